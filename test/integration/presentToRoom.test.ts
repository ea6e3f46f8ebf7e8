// Present to the Room (issue 23): one switch hides every private paragraph from the screen (the editor
// covers it, the sidebar leaves it out, the panel shows the partners' report in large type) and brings
// everything back when switched off.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { api, fixture, treeOutline, waitFor } from './helpers';

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

describe('present to the room: every view on screen', function () {
  // Opening the Actions view and a workspace note is slow on a loaded machine.
  this.timeout(60_000);
  const ROOM_NOTES = [
    '---', 'title: Overleg zaal', 'date: 2026-10-06', 'lang: nl', '---', '# Overleg zaal', '',
    'We beginnen rustig. #waakzaam', '',
    'De gemeente wil snel starten. #ambitie #verkennen', '',
    'Ik schrik van de toon. #onenigheid #privé', '',
  ].join('\n');
  /** A workspace note of the Pact collaboration, given a private action while the test runs (unsaved). */
  const PACT = 'actions/pact/2026-04-01-next.md';
  let doc: vscode.TextDocument;
  let pact: vscode.TextDocument;
  let pactText: string;

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    pactText = fs.readFileSync(fixture(PACT).fsPath, 'utf8');
    pact = await vscode.workspace.openTextDocument(fixture(PACT));
    const editor = await vscode.window.showTextDocument(pact);
    await editor.edit((e) => e.insert(new vscode.Position(pact.lineCount, 0), '\n- [ ] Bel Jan apart @Esther #privé\n'));
    doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: ROOM_NOTES });
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    (await api()).room.toggle(false);
    for (const d of [doc, pact]) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The host's files.autoSave (afterDelay) may have saved the private action: the fixture goes back as it was.
    if (fs.readFileSync(fixture(PACT).fsPath, 'utf8') !== pactText) fs.writeFileSync(fixture(PACT).fsPath, pactText);
  });

  /** The Pact group's open actions in the Actions view, with their tooltips. */
  async function pactActions(): Promise<string[]> {
    const view = (await api()).sidebar.actions;
    const group = (await view.nodes()).find((g) => g.kind === 'group' && g.group.name === 'Pact');
    return (group ? await view.getChildren(group) : []).map((n) => `${view.getTreeItem(n).label} | ${view.getTreeItem(n).tooltip}`);
  }

  async function hoverText(line: number, tag: string): Promise<string> {
    const column = doc.lineAt(line - 1).text.indexOf(tag) + 1;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line - 1, column));
    return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  }

  it('the Thermometer view, Actions view, status bar, hovers and Markdown preview show nothing private, and all comes back when switched off', async () => {
    const a = await api();
    const preview = () => a.extendMarkdownIt(new MarkdownIt()).render(doc.getText());
    const thermometer = () => a.sidebar.thermometer.rows().map((r) => `${r.kind}:${r.level}:${r.line}:${r.text}`);
    const privateAction = async () => (await pactActions()).some((row) => row.startsWith('Bel Jan apart'));
    await waitFor(() => a.sidebar.thermometer.rows().length === 4, 'the thermometer with both readings');
    await waitFor(privateAction, 'the private action in the Actions view', 40_000);
    assert.deepEqual(thermometer(), ['start:null:1:', 'reading:watchful:8:We beginnen rustig.', 'reading:disagreement:12:Ik schrik van de toon.', 'current:disagreement:null:']);
    assert.ok(a.sidebar.thermometer.advice().length > 0, 'the facilitator sees what to do');
    assert.match(await hoverText(12, '#onenigheid'), /thermometer/i);
    assert.ok(preview().includes('Ik schrik van de toon.'));
    assert.match(a.sidebar.statusBar.item.text, / Disagreement .*· 3 observations$/);
    const before = await pactActions();

    a.room.toggle(true);
    assert.deepEqual(thermometer(), ['start:null:1:', 'reading:watchful:null:', 'current:watchful:null:']);
    assert.deepEqual(a.sidebar.thermometer.advice(), []);
    const reading = a.sidebar.thermometer.getTreeItem(a.sidebar.thermometer.rows()[1]);
    assert.equal(reading.description, undefined);
    assert.equal(reading.tooltip, undefined);
    await waitFor(async () => !(await privateAction()), 'the private action left out');
    const shownActions = await pactActions();
    assert.equal(shownActions.length, before.length - 1);
    assert.ok(shownActions.every((row) => !row.includes('From:')), 'no session named in a tooltip');
    assert.equal(await hoverText(12, '#onenigheid'), '');
    assert.equal(await hoverText(10, '#ambitie'), '');
    const shown = preview();
    assert.ok(!shown.includes('schrik'), shown);
    assert.ok(shown.includes('De gemeente wil snel starten.'), shown);
    assert.match(a.sidebar.statusBar.item.text, / Watchful .*· 2 observations$/);
    assert.equal(a.sidebar.statusBar.item.color, undefined);

    a.room.toggle(false);
    assert.equal(thermometer().length, 4);
    assert.ok(a.sidebar.thermometer.advice().length > 0);
    await waitFor(privateAction, 'the private action back');
    assert.deepEqual(await pactActions(), before);
    assert.match(await hoverText(10, '#ambitie'), /condit/i);
    assert.ok(preview().includes('Ik schrik van de toon.'));
    assert.match(a.sidebar.statusBar.item.text, / Disagreement .*· 3 observations$/);
  });
});
