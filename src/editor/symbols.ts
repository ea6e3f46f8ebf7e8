// Document symbols for session notes: headings with their tags and the tagged observations under
// them, for the Outline view and breadcrumbs.
import * as vscode from 'vscode';
import { outline, OutlineEntry } from '../core/report/outline';
import { SessionStore } from '../workspace/sessionStore';

export function registerSymbols(store: SessionStore): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider({ language: 'markdown' }, {
    provideDocumentSymbols(doc) {
      const session = store.notes(doc);
      return session ? outline(session).map((e) => toSymbol(doc, e)) : [];
    },
  }, { label: 'Facilitator Notes' });
}

function toSymbol(doc: vscode.TextDocument, e: OutlineEntry): vscode.DocumentSymbol {
  const last = Math.max(e.line, Math.min(e.endLine, doc.lineCount)) - 1;
  const range = new vscode.Range(e.line - 1, 0, last, doc.lineAt(last).text.length);
  const selection = doc.lineAt(e.line - 1).range;
  const kind = e.kind === 'heading' ? vscode.SymbolKind.String : vscode.SymbolKind.Field;
  const symbol = new vscode.DocumentSymbol(e.name, e.detail, kind, range, selection);
  symbol.children = e.children.map((c) => toSymbol(doc, c));
  return symbol;
}
