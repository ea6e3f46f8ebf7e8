// Parties in the sidebar: Group by party, the filter's party values, and completion after #partij/,
// on an untitled Markdown document (closed without saving after each test).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, expectTreeOutline, waitFor } from './helpers';

const NOTES = [
  '---', 'participants: [Gemeente, { name: Zorggroep Het Anker, aliases: [Het Anker] }, Corporatie]', '---',
  'Het Anker: eerst zekerheid over geld #belangen', '',
  '- Gemeente: wij betalen de verbouwing #organisatie', '  - en de ontmoetingsruimte #organisatie', '',
  'Zonder partij #proces', '',
].join('\n');

async function untitled(content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(doc);
  return doc;
}

describe('parties in the sidebar and completion', () => {
  afterEach(async () => {
    const { sidebar } = await api();
    await sidebar.observations.setGrouping('condition');
    await sidebar.observations.setFilter({});
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('groups party → condition → observation, chosen in "Group by…"', async () => {
    const doc = await untitled(NOTES);
    await waitFor(async () => (await api()).store.get(doc), 'the notes to be parsed');
    const tree = (await api()).sidebar.observations;
    // The quick pick lists condition, phase, level, then party: the fourth item.
    const running = vscode.commands.executeCommand('facilitatorNotes.groupBy');
    await new Promise((r) => setTimeout(r, 600));
    for (let i = 0; i < 3; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    assert.equal(tree.grouping, 'parties');
    await expectTreeOutline([
      'Gemeente [2]', '  Organisation [2]', '    Gemeente: wij betalen de verbouwing [line 6]', '    en de ontmoetingsruimte [line 7]',
      'Zorggroep Het Anker [1]', '  Interests [1]', '    Het Anker: eerst zekerheid over geld [line 4]',
      'No Party [1]', '  Process [1]', '    Zonder partij [line 9]',
    ], 'the tree grouped by party');
    assert.equal((tree.getTreeItem(tree.getChildren()[0]).iconPath as vscode.ThemeIcon).id, 'organization');
  });

  it('filters by a party', async () => {
    await untitled(NOTES);
    await vscode.commands.executeCommand('facilitatorNotes.filter', { party: ['Zorggroep Het Anker'] });
    await expectTreeOutline(['Interests [1]', '  No phase [1]', '    Het Anker: eerst zekerheid over geld [line 4]'], 'the tree filtered on one party');
  });

  it('completes the participants after #partij/', async () => {
    const doc = await untitled(`${NOTES}\nNog een punt #partij/`);
    await waitFor(async () => (await api()).store.get(doc), 'the notes to be parsed');
    const end = new vscode.Position(doc.lineCount - 1, doc.lineAt(doc.lineCount - 1).text.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end, '/');
    // Only our tag items: the editor adds word and snippet suggestions of its own.
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).filter((l) => l.startsWith('#'));
    assert.deepEqual(labels, ['#partij/gemeente', '#partij/zorggroep-het-anker', '#partij/corporatie']);
  });

  it('completes the party speaking at the start of a list item, when asked (Ctrl+Space)', async () => {
    const doc = await untitled(`${NOTES}\n- Het`);
    await waitFor(async () => (await api()).store.get(doc), 'the notes to be parsed');
    const end = new vscode.Position(doc.lineCount - 1, doc.lineAt(doc.lineCount - 1).text.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
    const ours = list.items.filter((i) => typeof i.label !== 'string' && i.label.description === 'Party speaking');
    assert.deepEqual(ours.map((i) => [(i.label as vscode.CompletionItemLabel).label, i.insertText]),
      [['Gemeente:', 'Gemeente: '], ['Zorggroep Het Anker:', 'Zorggroep Het Anker: '], ['Corporatie:', 'Corporatie: ']]);
  });
});
