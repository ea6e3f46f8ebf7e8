// Tag completion after '#' and after 'prefix/' in Markdown notes, the parties at the start of a
// paragraph or list item ('Gemeente: '), and the front matter's keys; the choice of items lives in the core.
import * as vscode from 'vscode';
import { speakerCompletions, tagCompletions, TagCompletion } from '../core/write/completionItems';
import { frontMatterKeyCompletions } from '../core/write/frontMatterCompletion';
import { notesLang, tagLang, uiLang } from '../workspace/lang';
import { SessionStore } from '../workspace/sessionStore';

const TAG_CHAR = /[\p{L}\p{M}\p{N}_\-/]/u;

export function registerCompletion(store: SessionStore): vscode.Disposable {
  const provider: vscode.CompletionItemProvider = {
    provideCompletionItems(doc, position) {
      const line = doc.lineAt(position.line).text;
      let end = position.character;
      while (end < line.length && TAG_CHAR.test(line[end])) end++;
      // The last parse, even a keystroke old: asking per key must not parse per key.
      const session = store.latestNotes(doc);
      const before = line.slice(0, position.character);
      const result = tagCompletions(store.vocabularyFor(doc.uri), before, {
        tagLang: tagLang(doc.uri, session),
        lang: uiLang(),
        session,
        line: position.line + 1,
        after: line.slice(position.character, end),
      }) ?? speakerCompletions(before, { session, line: position.line + 1, lang: uiLang() })
        ?? frontMatterKeyCompletions(before, { session, line: position.line + 1, lineText: (n) => doc.lineAt(n - 1).text, lang: notesLang(doc.uri, session) });
      if (!result) return undefined;
      const range = {
        inserting: new vscode.Range(position.line, result.start, position.line, position.character),
        replacing: new vscode.Range(position.line, result.start, position.line, end),
      };
      // Incomplete: asked again per keystroke, so the list closes as soon as the tag is complete.
      return new vscode.CompletionList(result.items.map((i) => toItem(i, range)), true);
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, provider, '#', '/'),
    // Notes open the list with no item selected (configurationDefaults), so Enter starts a new line;
    // Tab still takes the first item, as it does elsewhere.
    vscode.commands.registerCommand('facilitatorNotes.acceptFirstSuggestion', async () => {
      await vscode.commands.executeCommand('selectNextSuggestion');
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
    }),
  );
}

function toItem(i: TagCompletion, range: { inserting: vscode.Range; replacing: vscode.Range }): vscode.CompletionItem {
  // The dimension beside the tag, short enough never to be cut; the explanation in the details pane,
  // so the list itself still teaches the model.
  const label: vscode.CompletionItemLabel = { label: i.label, description: i.group };
  const item = new vscode.CompletionItem(label, i.dimension ? vscode.CompletionItemKind.EnumMember : vscode.CompletionItemKind.Text);
  item.insertText = i.insertText;
  item.filterText = i.filterText;
  item.sortText = i.sortText;
  item.detail = i.detail || undefined;
  item.range = range;
  return item;
}
