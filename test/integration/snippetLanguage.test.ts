import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api } from './helpers';

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const bodyOf = (i: vscode.CompletionItem) => (i.insertText instanceof vscode.SnippetString ? i.insertText.value : String(i.insertText));

describe('snippets in the tag language', () => {
  let editor: vscode.TextEditor;
  const setTagLanguage = (value: string | undefined) =>
    vscode.workspace.getConfiguration('facilitatorNotes').update('tagLanguage', value, vscode.ConfigurationTarget.Global);

  // One editor for the suite: a closed untitled document's name is reused, and completion could then see the old text.
  before(async () => {
    await api();
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown' }));
  });
  after(async () => {
    await setTagLanguage(undefined);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  /** `prefix` typed as the whole text; then the snippet the suggest list puts first for it, expanded. */
  async function expandFirst(prefix: string): Promise<{ text: string; offered: string[] }> {
    const doc = editor.document;
    await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), prefix));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, prefix.length));
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet && labelOf(i) === prefix)
      .sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
    assert.ok(snippets.length > 0, `a snippet for ${prefix}: ${JSON.stringify(list.items.map((i) => [labelOf(i), i.kind]))}`);
    assert.ok(await editor.insertSnippet(new vscode.SnippetString(bodyOf(snippets[0])), new vscode.Range(0, 0, 0, prefix.length)));
    return { text: doc.getText(), offered: snippets.map((i) => bodyOf(i).match(/#\p{L}+/u)?.[0] ?? '') };
  }

  it('tagLanguage nl: the English prefix expands with Dutch tags first, the file\'s English one still listed after it', async () => {
    await setTagLanguage('nl');
    assert.deepEqual(await expandFirst('observation'), {
      text: '- What happened #ambitie #verkennen #vriendschappelijk',
      offered: ['#ambitie', '#ambition'],
    });
    assert.deepEqual(await expandFirst('observatie'), {
      text: '- Wat er gebeurde #ambitie #verkennen #vriendschappelijk',
      offered: ['#ambitie'],
    });
  });

  it('tagLanguage en: the Dutch prefix expands with English tags first; the English prefix has one snippet', async () => {
    await setTagLanguage('en');
    const reading = await expandFirst('stand');
    assert.match(reading.text, /^\d\d:\d\d #friendly Wat er gebeurde$/);
    assert.deepEqual(reading.offered, ['#friendly', '#vriendschappelijk']);
    assert.deepEqual(await expandFirst('observation'), {
      text: '- What happened #ambition #explore #friendly',
      offered: ['#ambition'],
    });
  });
});
