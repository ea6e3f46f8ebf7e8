// The core's problems as live diagnostics on session notes, with quick fixes: a near-miss tag
// becomes its suggestion, an unknown front matter value one of the values the vocabulary knows.
import * as vscode from 'vscode';
import { Problem } from '../core/parse/model';
import { problemMessage, ProblemContext } from '../core/parse/problemText';
import { tagText } from '../core/write/tagEdit';
import { Dimension, Lang, Term, Vocabulary } from '../core/vocabulary/vocabulary';
import { notesLang, say, tagLang } from '../workspace/lang';
import { SessionStore } from '../workspace/sessionStore';

const SOURCE = 'Facilitator Notes';
const FIELD_LINE = /^(\s*)([\p{L}\p{N}_-]+)(\s*:\s*)(.*?)\s*$/u;

export function registerDiagnostics(store: SessionStore): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('facilitatorNotes');
  const update = (doc: vscode.TextDocument) => {
    const session = store.notes(doc);
    if (session) collection.set(doc.uri, session.problems.map((p) => toDiagnostic(doc, p, { vocabulary: store.vocabularyFor(doc.uri), tags: session.tags }, notesLang(doc.uri, session))));
    else collection.delete(doc.uri);
  };
  const byUri = (uri: vscode.Uri) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) update(doc);
  };
  // After activation, not during it: the first parse of already open notes must not delay start-up.
  setTimeout(() => vscode.workspace.textDocuments.forEach(update));
  return vscode.Disposable.from(
    collection,
    store.onDidChange(byUri),
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidCloseTextDocument((doc) => collection.delete(doc.uri)),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new QuickFixes(store), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
  );
}

function toDiagnostic(doc: vscode.TextDocument, p: Problem, context: ProblemContext, lang: Lang): vscode.Diagnostic {
  const line = Math.min(p.line - 1, doc.lineCount - 1);
  const range = p.column !== undefined && p.length
    ? new vscode.Range(line, p.column, line, p.column + p.length)
    : doc.lineAt(line).range;
  const diagnostic = new vscode.Diagnostic(range, problemMessage(p, lang, context), p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  diagnostic.source = SOURCE;
  diagnostic.code = p.code;
  return diagnostic;
}

class QuickFixes implements vscode.CodeActionProvider {
  constructor(private readonly store: SessionStore) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return context.diagnostics.filter((d) => d.source === SOURCE).flatMap((d) => {
      if (d.code === 'near-miss-tag' || d.code === 'unknown-prefixed-value') return this.tagFix(doc, d);
      if (d.code === 'front-matter-field') return this.fieldFixes(doc, d);
      return [];
    });
  }

  /** The parser's suggestion for the tag under the diagnostic, looked up again in the current parse. */
  private tagFix(doc: vscode.TextDocument, d: vscode.Diagnostic): vscode.CodeAction[] {
    const problem = this.store.get(doc)?.problems.find((p) => p.line - 1 === d.range.start.line && p.column === d.range.start.character && p.code === d.code);
    if (!problem?.suggestion) return [];
    const action = fix(say(notesLang(doc.uri, this.store.get(doc)), 'Replace with {0}', problem.suggestion), doc, d, d.range, problem.suggestion);
    action.isPreferred = true;
    return [action];
  }

  /** One fix per value that the field's dimension knows (phase: explore…, thermometer: friendly…). */
  private fieldFixes(doc: vscode.TextDocument, d: vscode.Diagnostic): vscode.CodeAction[] {
    const field = termField(doc, d.range.start.line, this.store.vocabularyFor(doc.uri));
    if (!field) return [];
    const session = this.store.get(doc);
    const lang = tagLang(doc.uri, session);
    const shown = notesLang(doc.uri, session);
    return field.dimension.terms.map((term) => {
      const value = valueText(field.dimension, term, lang);
      return fix(say(shown, 'Change {0} to {1}', field.name, value), doc, d, field.value.range, value);
    });
  }
}

/** A front matter line whose field takes a vocabulary term (phase, thermometer): its dimension and value. */
function termField(doc: vscode.TextDocument, line: number, vocabulary: Vocabulary) {
  const m = FIELD_LINE.exec(doc.lineAt(line).text);
  if (!m) return undefined;
  const name = m[2].toLowerCase();
  const dimension = vocabulary.dimensions.find((dim) => dim.id === name || dim.prefixes.includes(name));
  if (!dimension) return undefined;
  const start = m[1].length + m[2].length + m[3].length;
  return { name, dimension, value: { text: m[4], range: new vscode.Range(line, start, line, start + m[4].length) } };
}

/** A term as a front matter value in a language: 'explore', 'verkennen'. */
function valueText(dimension: Dimension, term: Term, lang: Lang): string {
  return tagText({ ...dimension, bare: true }, term, lang).slice(1);
}

function fix(title: string, doc: vscode.TextDocument, d: vscode.Diagnostic, range: vscode.Range, text: string): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [d];
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(doc.uri, range, text);
  return action;
}
