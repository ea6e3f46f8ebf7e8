// Present to the Room (issue 23): one switch hides every private paragraph from the screen (the editor
// covers it, the sidebar leaves it out, the panel shows the partners' report in large type) and brings
// everything back when switched off.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, treeOutline, waitFor } from './helpers';

const NOTES = [
  '---', 'title: Werkoverleg wijkzorg', 'date: 2026-10-06', 'lang: nl', '---', '# Werkoverleg wijkzorg', '',
  '## Kennismaking', '',
  'De gemeente wil snel starten met de wijkaanpak. #ambitie #verkennen', '',
  'Ik vind de wethouder ongeduldig. #privé #relatie', '',
].join('\n');

describe('present to the room', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: NOTES });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('facilitatorNotes.openOverviewToSide');
  });

  after(async () => {
    const a = await api();
    a.room.toggle(false);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function outline(): Promise<string> {
    const tree = (await api()).sidebar.observations;
    await tree.ready;
    return treeOutline(tree).join('\n');
  }

  it('hides the private paragraph in the editor, sidebar, status bar and panel, and brings it back when switched off', async () => {
    const a = await api();
    await waitFor(async () => (await outline()).includes('wethouder'), 'the tree with the private observation');
    assert.equal(a.overview.current?.presenting, false);
    assert.ok(a.overview.current?.main.includes('wethouder'));
    assert.equal(a.sidebar.presenting.item.text, '$(device-desktop)');

    await vscode.commands.executeCommand('facilitatorNotes.presentToRoom');
    assert.equal(a.room.on, true);
    await waitFor(async () => !(await outline()).includes('wethouder'), 'the tree without the private observation');
    assert.ok((await outline()).includes('De gemeente wil snel starten met de wijkaanpak.'));
    assert.deepEqual(a.editor.roomCover.covered.get(doc.uri.toString()), [[12, 12]]);
    assert.equal(a.sidebar.presenting.item.text, '$(device-desktop) Presenting to the room');
    const shown = await waitFor(() => (a.overview.current?.presenting ? a.overview.current : undefined), 'the panel presenting');
    assert.ok(!shown!.main.includes('wethouder'), 'the panel shows nothing private');
    assert.ok(shown!.main.includes('De gemeente wil snel starten met de wijkaanpak.'));
    assert.ok(!/data-line=|Aandachtspunten|Coverage hints|Wat je kunt doen/.test(shown!.main), 'no line numbers, hints or coaching');
    assert.ok(shown!.main.startsWith('<div class="room"><nav class="toolbar"><button type="button" data-command="presentToRoom" aria-pressed="true">Stop presenting</button></nav>'));

    await a.overview.receive({ type: 'presentToRoom' });
    assert.equal(a.room.on, false);
    await waitFor(async () => (await outline()).includes('wethouder'), 'the tree with the private observation again');
    assert.deepEqual(a.editor.roomCover.covered.get(doc.uri.toString()), []);
    assert.equal(a.sidebar.presenting.item.text, '$(device-desktop)');
    const back = await waitFor(() => (a.overview.current && !a.overview.current.presenting ? a.overview.current : undefined), 'the panel back');
    assert.ok(back!.main.includes('wethouder'));
  });

  it('covers a private paragraph typed while presenting', async () => {
    const a = await api();
    a.room.toggle(true);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), '\nDit blijft onder ons. #privé\n'));
    await waitFor(() => JSON.stringify(a.editor.roomCover.covered.get(doc.uri.toString())) === '[[12,12],[14,14]]', 'the new private line covered', 3000)
      .catch(() => assert.deepEqual(a.editor.roomCover.covered.get(doc.uri.toString()), [[12, 12], [14, 14]]));
    a.room.toggle(false);
    await vscode.commands.executeCommand('undo');
  });
});
