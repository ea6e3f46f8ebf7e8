// Tidying tags across the workspace: Rename Tag… (and F2 on a free tag or a team term), Merge Tags… and Split
// Tag…, each one workspace edit shown in VS Code's refactor preview and undone as one; a team term changes in the
// team vocabulary file in the same edit. Terms of the model keep their spellings: the commands say so and point to the team
// vocabulary's aliases. The text edits come from core/write/tagRename.ts and core/vocabulary/vocabularyEdit.ts.
import * as vscode from 'vscode';
import { Session } from '../core/parse/model';
import { RenameRefusal, renameRefusal, retagEdits, sameSubject, subjectNamed, subjectOf, subjectText, TagSubject, termName } from '../core/write/tagRename';
import { Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { declaresTerm, mergeTeamTerm, renameTeamTerm } from '../core/vocabulary/vocabularyEdit';
import { VOCABULARY_FILE } from '../core/vocabulary/vocabularyFile';
import { exists } from '../workspace/files';
import { notesLang, say } from '../workspace/lang';
import { messageLang, messages } from '../workspace/messages';
import { SessionStore } from '../workspace/sessionStore';
import { WorkspaceNote } from '../workspace/workspaceNotes';
import { replaceFile, TeamFile, teamFile, vocabularyAfter } from './teamVocabularyEdit';

export interface TagRefactorArgs {
  /** The tag to rename or merge, as written ('kofie', '#need/trust'); default: asked. */
  from?: string;
  /** The new name, or the tag to merge into; default: asked. */
  to?: string;
  /** Show the refactor preview before applying (default true). */
  preview?: boolean;
}

export interface SplitTagArgs {
  /** The tag to split, as written; default: asked. */
  from?: string;
  /** The new tags, two or more; default: asked. */
  into?: string[];
  /**
   * Instead of the preview's checkboxes: the new tag of each mention, in the order of the notes files' paths and
   * then their text ('' leaves that mention as it is).
   */
  assign?: string[];
}

export function registerTagRefactor(store: SessionStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('facilitatorNotes.renameTag', (args: TagRefactorArgs = {}) => renameTag(store, args)),
    vscode.commands.registerCommand('facilitatorNotes.mergeTags', (args: TagRefactorArgs = {}) => mergeTags(store, args)),
    vscode.commands.registerCommand('facilitatorNotes.splitTag', (args: SplitTagArgs = {}) => splitTag(store, args)),
    vscode.languages.registerRenameProvider({ language: 'markdown' }, new TagRenameProvider(store)),
  );
}

/** Renames a free tag or a team term in every notes file (and the vocabulary file); resolves to whether an edit was applied. */
async function renameTag(store: SessionStore, args: TagRefactorArgs): Promise<boolean> {
  const scope = await refactorScope(store, vscode.window.activeTextEditor?.document.uri, await messageLang(store));
  if (!scope) return false;
  const { notes, team, vocabulary, lang } = scope;
  if (typeof team === 'string') return refuse(team, false, lang);
  const from = args.from !== undefined ? subjectNamed(args.from, vocabulary) : await pickTag(notes, vocabulary, say(lang, 'Rename tag'), lang);
  if (!from) return false;
  const teamTerm = isTeamTerm(from, team);
  const text = (name: string) => refusalText(renameRefusal(from, name, vocabulary, freeTagsIn(notes), teamTerm), from, vocabulary, lang);
  if (from.kind === 'term' && !teamTerm) return refuse(text('')!, true, lang);
  const current = from.kind === 'free' ? from.name : from.term;
  const name = args.to ?? await vscode.window.showInputBox({
    title: say(lang, 'Rename tag'), prompt: say(lang, 'New name for {0}', subjectText(from, vocabulary, lang)), value: current, validateInput: (v) => text(v) ?? null,
  });
  if (name === undefined) return false;
  const edit = renameEdit(from, name, { ...scope, team }, args.preview ?? true);
  return typeof edit === 'string' ? refuse(edit, false, lang) : apply(edit, lang);
}

/** The workspace edit that renames `from`, or why it is refused; a team term is renamed in the vocabulary file too. */
function renameEdit(from: TagSubject, name: string, { notes, team, vocabulary, lang }: RefactorScope & { team: TeamFile | undefined }, preview: boolean): vscode.WorkspaceEdit | string {
  const teamTerm = isTeamTerm(from, team);
  const refusal = refusalText(renameRefusal(from, name, vocabulary, freeTagsIn(notes), teamTerm), from, vocabulary, lang);
  if (refusal) return refusal;
  if (from.kind === 'free' || !team) return retagEdit(notes, from, subjectNamed(name, vocabulary)!, vocabulary, vocabulary, preview, lang);
  const term = termName(name, from.dimension, vocabulary);
  return withTeamFile(notes, from, { kind: 'term', dimension: from.dimension, term }, renameTeamTerm(team.text, from, term)!, team, vocabulary, preview, lang);
}

/** Writes one tag's mentions as another's in every notes file; a team term merged leaves the vocabulary file. */
async function mergeTags(store: SessionStore, args: TagRefactorArgs): Promise<boolean> {
  const scope = await refactorScope(store, vscode.window.activeTextEditor?.document.uri, await messageLang(store));
  if (!scope) return false;
  const { notes, team, vocabulary, lang } = scope;
  if (typeof team === 'string') return refuse(team, false, lang);
  const from = args.from !== undefined ? subjectNamed(args.from, vocabulary) : await pickTag(notes, vocabulary, say(lang, 'Merge tags'), lang);
  if (!from) return false;
  const to = args.to !== undefined
    ? subjectNamed(args.to, vocabulary)
    : await pickTag(notes, vocabulary, say(lang, 'Merge {0} into', subjectText(from, vocabulary, lang)), lang, from);
  if (!to) return args.to === undefined ? false : refuse(say(lang, 'A tag is letters, digits, - and _, without spaces.'), false, lang);
  if (sameSubject(to, from)) return refuse(say(lang, 'Choose two different tags to merge.'), false, lang);
  const preview = args.preview ?? true;
  if (from.kind === 'free' || !team || !isTeamTerm(from, team)) return apply(retagEdit(notes, from, to, vocabulary, vocabulary, preview, lang), lang);
  const edit = withTeamFile(notes, from, to, mergeTeamTerm(team.text, from, to.kind === 'term' ? to : undefined)!, team, vocabulary, preview, lang);
  return typeof edit === 'string' ? refuse(edit, false, lang) : apply(edit, lang);
}

/**
 * Splits one tag into several: every mention gets one unchecked change per new tag in the refactor preview, grouped
 * by new tag, and the user checks the one each mention becomes (checking two at one mention makes VS Code refuse).
 */
async function splitTag(store: SessionStore, args: SplitTagArgs): Promise<boolean> {
  const scope = await refactorScope(store, vscode.window.activeTextEditor?.document.uri, await messageLang(store));
  if (!scope) return false;
  const { vocabulary, lang } = scope;
  const notes = scope.notes.sort((a, b) => a.uri.path.localeCompare(b.uri.path));
  const from = args.from !== undefined ? subjectNamed(args.from, vocabulary) : await pickTag(notes, vocabulary, say(lang, 'Split tag'), lang);
  if (!from) return false;
  const targets = (names: readonly string[]) => splitTargets(from, names, vocabulary, lang);
  const names = args.into ?? (await vscode.window.showInputBox({
    title: say(lang, 'Split tag'), prompt: say(lang, 'The new tags for {0}, separated by spaces', subjectText(from, vocabulary, lang)),
    validateInput: (v) => { const t = targets(v.split(/[\s,]+/)); return typeof t === 'string' ? t : null; },
  }))?.split(/[\s,]+/);
  if (names === undefined) return false;
  const into = targets(names);
  if (typeof into === 'string') return refuse(into, false, lang);
  const edit = new vscode.WorkspaceEdit();
  let index = 0;
  for (const { uri, session } of notes) {
    const choices = into.map((to) => ({ to, edits: retagEdits(session, from, to, vocabulary), label: changeLabel(from, to, vocabulary, vocabulary, lang) }));
    choices[0].edits.forEach((e, i) => {
      const range = new vscode.Range(e.line - 1, e.column, e.line - 1, e.column + e.length);
      const assigned = args.assign && subjectNamed(args.assign[index++] ?? '', vocabulary);
      for (const choice of choices) {
        if (args.assign && !(assigned && sameSubject(assigned, choice.to))) continue;
        edit.replace(uri, range, choice.edits[i].text, { needsConfirmation: !args.assign, label: choice.label });
      }
    });
  }
  return apply(edit, lang);
}

/** The new tags of a split, or why they cannot be: two or more different tags, none the tag split. */
function splitTargets(from: TagSubject, names: readonly string[], vocabulary: Vocabulary, lang: Lang): TagSubject[] | string {
  const written = names.map((n) => n.trim()).filter(Boolean);
  const subjects = written.map((n) => subjectNamed(n, vocabulary));
  if (subjects.some((s) => !s)) return say(lang, 'A tag is letters, digits, - and _, without spaces.');
  const distinct = (subjects as TagSubject[]).filter((s, i, all) => !sameSubject(s, from) && all.findIndex((o) => sameSubject(o, s)) === i);
  return distinct.length < 2 ? say(lang, 'Name two or more new tags, other than the tag itself.') : distinct;
}

function isTeamTerm(subject: TagSubject, team: TeamFile | string | undefined): subject is Extract<TagSubject, { kind: 'term' }> {
  return subject.kind === 'term' && typeof team === 'object' && declaresTerm(team.text, subject);
}

/** The notes' edit with the vocabulary file's new text beside it, or why the new text is refused. */
function withTeamFile(notes: WorkspaceNote[], from: TagSubject, to: TagSubject, text: string, team: TeamFile, before: Vocabulary, preview: boolean, lang: Lang): vscode.WorkspaceEdit | string {
  const after = vocabularyAfter(team, text);
  if (typeof after === 'string') return after;
  const edit = retagEdit(notes, from, to, before, after, preview, lang);
  replaceFile(edit, team, text, { needsConfirmation: preview, label: changeLabel(from, to, before, after, lang) });
  return edit;
}

class TagRenameProvider implements vscode.RenameProvider {
  constructor(private readonly store: SessionStore) {}

  async prepareRename(doc: vscode.TextDocument, position: vscode.Position): Promise<{ range: vscode.Range; placeholder: string } | undefined> {
    const found = this.tagAt(doc, position);
    if (!found) return undefined;
    const team = await teamFile(this.lang(doc), vscode.workspace.getWorkspaceFolder(doc.uri));
    if (typeof team === 'string') throw new Error(team);
    if (found.subject.kind === 'free') return { range: found.range, placeholder: found.subject.name };
    if (!isTeamTerm(found.subject, team)) throw new Error(refusalText({ kind: 'term' }, found.subject, this.store.vocabularyFor(doc.uri), this.lang(doc)));
    return { range: found.range, placeholder: doc.getText(found.range) };
  }

  async provideRenameEdits(doc: vscode.TextDocument, position: vscode.Position, name: string): Promise<vscode.WorkspaceEdit | undefined> {
    const found = this.tagAt(doc, position);
    const scope = found && await refactorScope(this.store, doc.uri, this.lang(doc));
    if (!found || !scope) return undefined;
    const { team } = scope;
    if (typeof team === 'string') throw new Error(team);
    const edit = renameEdit(found.subject, name, { ...scope, team }, false);
    if (typeof edit === 'string') throw new Error(edit);
    return edit;
  }

  private lang(doc: vscode.TextDocument): Lang {
    return notesLang(doc.uri, this.store.get(doc));
  }

  /** The tag mention under the cursor: its subject and its name's range (without '#'). */
  private tagAt(doc: vscode.TextDocument, position: vscode.Position): { subject: TagSubject; range: vscode.Range } | undefined {
    const mention = this.store.get(doc)?.tags.find((t) => t.line === position.line + 1 && position.character >= t.column && position.character <= t.column + t.length);
    const subject = mention && subjectOf(mention);
    if (!mention || !subject) return undefined;
    return { subject, range: new vscode.Range(position.line, mention.column + 1, position.line, mention.column + mention.length) };
  }
}

/** One workspace edit of every mention, spelled as `after` (the vocabulary once the edit is saved) writes `to`; each change asks for confirmation in the refactor preview when `preview`. */
function retagEdit(notes: WorkspaceNote[], from: TagSubject, to: TagSubject, before: Vocabulary, after: Vocabulary, preview: boolean, lang: Lang): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const label = changeLabel(from, to, before, after, lang);
  for (const { uri, session } of notes) {
    for (const e of retagEdits(session, from, to, after)) {
      edit.replace(uri, new vscode.Range(e.line - 1, e.column, e.line - 1, e.column + e.length), e.text, { needsConfirmation: preview, label });
    }
  }
  return edit;
}

function changeLabel(from: TagSubject, to: TagSubject, before: Vocabulary, after: Vocabulary, lang: Lang): string {
  return say(lang, '{0} becomes {1}', subjectText(from, before, lang), subjectText(to, after, lang));
}

async function apply(edit: vscode.WorkspaceEdit, lang: Lang): Promise<boolean> {
  if (edit.size === 0) return refuse(say(lang, 'No notes use this tag.'), false, lang);
  return vscode.workspace.applyEdit(edit);
}

/** The free tags the notes use, lower case. */
function freeTagsIn(notes: WorkspaceNote[]): string[] {
  return [...new Set(notes.flatMap((n) => n.session.tags.map(subjectOf).flatMap((s) => (s?.kind === 'free' ? [s.name] : []))))];
}

/** The tags in use, most used first, for a quick pick (`except` left out). */
async function pickTag(notes: WorkspaceNote[], vocabulary: Vocabulary, title: string, lang: Lang, except?: TagSubject): Promise<TagSubject | undefined> {
  const counts = new Map<string, { subject: TagSubject; count: number }>();
  for (const s of notes.flatMap((n: { session: Session }) => n.session.tags.map(subjectOf))) {
    if (!s || (except && sameSubject(s, except))) continue;
    const key = subjectText(s, vocabulary, lang);
    counts.set(key, { subject: s, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  const items = [...counts].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([label, { subject, count }]) => ({ label, description: say(lang, '{0} times', count), subject }));
  return (await vscode.window.showQuickPick(items, { title }))?.subject;
}

function refusalText(refusal: RenameRefusal | undefined, from: TagSubject, vocabulary: Vocabulary, lang: Lang): string | undefined {
  switch (refusal?.kind) {
    case undefined: return undefined;
    case 'term': return say(lang, '{0} is a term of the model: its spellings come from the vocabulary. Add your spelling under aliases in {1} instead.', subjectText(from, vocabulary, lang), VOCABULARY_FILE);
    case 'name': return say(lang, 'A tag is letters, digits, - and _, without spaces.');
    case 'same': return say(lang, 'That is the name it has.');
    case 'taken': return say(lang, '#{0} is already a tag: use Merge Tags… to bring the two together.', refusal.name);
  }
}

/**
 * The notes a tidying edits, the team vocabulary file it may change, the vocabulary their tags are read with and
 * the language its messages speak.
 */
interface RefactorScope { notes: WorkspaceNote[]; team: TeamFile | string | undefined; vocabulary: Vocabulary; lang: Lang }

/**
 * Every notes file, with the first folder's vocabulary file. In a workspace of several folders, one folder's notes
 * with that folder's vocabulary and file (each team its own terms): the folder of `uri` (the active notes), else
 * the one the user picks; undefined when none is picked.
 */
async function refactorScope(store: SessionStore, uri: vscode.Uri | undefined, lang: Lang): Promise<RefactorScope | undefined> {
  const notes = await store.workspaceNotes();
  if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) return { notes, team: await teamFile(lang), vocabulary: store.vocabulary, lang };
  const folder = (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? await vscode.window.showWorkspaceFolderPick();
  if (!folder) return undefined;
  return {
    notes: notes.filter((n) => vscode.workspace.getWorkspaceFolder(n.uri)?.index === folder.index),
    team: await teamFile(lang, folder),
    vocabulary: store.vocabularyFor(folder.uri),
    lang,
  };
}

/** Says why nothing was written (without waiting for the message to close); for a term, offers the team vocabulary file. */
async function refuse(message: string, offerVocabulary: boolean, lang: Lang): Promise<false> {
  const file = vscode.workspace.workspaceFolders?.[0] && vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, VOCABULARY_FILE);
  const open = say(lang, 'Open Vocabulary File');
  const offer = offerVocabulary && file && await exists(file) ? [open] : [];
  void messages.show({ kind: 'warning', text: message, items: offer }).then((choice) => (choice === open && file ? vscode.window.showTextDocument(file) : undefined));
  return false;
}
