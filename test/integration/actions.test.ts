import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isoDate } from '../../src/core/write/template';
import type { ActionsNode, ActionsView } from '../../src/sidebar/actionsView';
import { api, fixture, openFixture, waitFor } from './helpers';

const START = 'actions/pact/2026-03-01-start.md';
const NEXT = 'actions/pact/2026-04-01-next.md';

async function view(): Promise<ActionsView> {
  return (await api()).sidebar.actions;
}

/** The view as 'group: action [description]' lines, for the fixture's collaborations and owners only. */
async function outline(): Promise<string[]> {
  const v = await view();
  const lines: string[] = [];
  for (const group of await v.nodes()) {
    if (group.kind !== 'group') continue;
    for (const node of await v.getChildren(group)) {
      if (node.kind !== 'action' || !vscode.workspace.asRelativePath(node.uri).startsWith('actions/')) continue;
      lines.push(`${v.getTreeItem(group).label}: ${v.getTreeItem(node).label} [${v.getTreeItem(node).description}]`);
    }
  }
  return lines;
}

async function actionNode(text: string): Promise<ActionsNode & { kind: 'action' }> {
  const v = await view();
  for (const group of await v.nodes()) {
    for (const node of await v.getChildren(group)) {
      if (node.kind === 'action' && node.item.action.text === text) return node;
    }
  }
  throw new Error(`no action "${text}" in the Actions view`);
}

async function revertAndClose(uri: vscode.Uri): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!doc) return;
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
}

describe('Actions view', () => {
  afterEach(async () => {
    await (await view()).setGrouping('collaboration');
  });

  it('lists the open actions by collaboration, carried-over ones once, and toggles to owners', async () => {
    const v = await view();
    await v.setGrouping('collaboration');
    assert.deepEqual(await outline(), [
      'actions/zorg: Send the minutes @Esther [Esther]',
      'Pact: Invite the school @Esther [Esther]',
      'Pact: Ask the board for a budget []',
    ]);
    const groups = (await v.nodes()).filter((g) => g.kind === 'group' && /^(Pact|actions\/zorg)$/.test(String(v.getTreeItem(g).label)));
    assert.deepEqual(groups.map((g) => [v.getTreeItem(g).label, v.getTreeItem(g).description]), [['actions/zorg', '1 · named after its folder'], ['Pact', '2 · named after its titles']]);
    assert.match(String(v.getTreeItem(groups[0]).tooltip), /add "collaboration: Name"/);
    await v.setGrouping('owner');
    assert.equal(v.groupedBy, 'owner');
    assert.deepEqual(await outline(), [
      'Esther: Send the minutes @Esther [actions/zorg]',
      'Esther: Invite the school @Esther [Pact]',
      'No owner: Ask the board for a budget [Pact]',
    ]);
  });

  it('makes a group\'s rows only when the group is opened: the root builds no action row; groups after the third start collapsed', async () => {
    const v = await view();
    await v.setGrouping('owner');
    // Four owners more than the fixtures have: enough groups for some to start collapsed.
    const uri = fixture('lazy-groups/owners.md');
    const owners = ['Anna', 'Bram', 'Cor', 'Dirk'];
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`---\ntitle: Owners\n---\n\nWho calls whom. #share\n\n${owners.map((o) => `- [ ] Call ${o}'s school @${o}\n`).join('')}`));
    try {
      const groups = (await waitFor(async () => {
        const all = (await v.nodes()).filter((g): g is ActionsNode & { kind: 'group' } => g.kind === 'group');
        return all.length >= 6 ? all : undefined;
      }, 'the new owners grouped', 6000))!;
      assert.deepEqual(groups.slice(3).map((g) => g.children), groups.slice(3).map(() => undefined), 'no rows for a group nobody opened');
      assert.deepEqual(groups.map((g) => v.getTreeItem(g).collapsibleState),
        groups.map((_, i) => (i < 3 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed)));
      const last = groups.at(-1)!;
      const rows = await v.getChildren(last);
      assert.equal(rows.length, last.group.actions.length);
      assert.equal(last.children, rows, 'made once, then kept');
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    }
  });

  it('reveals an action in its notes on click', async () => {
    const v = await view();
    const item = v.getTreeItem(await actionNode('Ask the board for a budget'));
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(vscode.workspace.asRelativePath(editor!.document.uri), NEXT);
    assert.equal(editor!.selection.start.line, 10);
  });

  it('Done ticks the checkbox in a closed file as one undoable edit, leaving it unsaved', async () => {
    const uri = fixture(START);
    const original = fs.readFileSync(uri.fsPath, 'utf8');
    await revertAndClose(uri);
    try {
      assert.equal(await vscode.commands.executeCommand('facilitatorNotes.actionDone', await actionNode('Invite the school @Esther')), true);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
      assert.equal(doc.lineAt(9).text, '- [x] Invite the school @Esther');
      await waitFor(async () => !(await outline()).some((l) => l.includes('Invite the school')), 'the ticked action to leave the view');
      // VS Code saves a workspace edit's files that no editor shows (files.refactoring.autoSave): this one is shown, and stays unsaved.
      assert.equal(vscode.window.visibleTextEditors.some((e) => e.document === doc), true);
      assert.equal(doc.isDirty, true, 'never saved behind the user\'s back');
      assert.equal(fs.readFileSync(uri.fsPath, 'utf8').includes('- [ ] Invite the school'), true);
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('undo');
      assert.equal(doc.lineAt(9).text, '- [ ] Invite the school @Esther');
    } finally {
      await revertAndClose(uri);
      // The host's files.autoSave (afterDelay) may have saved the tick meanwhile: the fixture goes back as it was.
      if (fs.readFileSync(uri.fsPath, 'utf8') !== original) fs.writeFileSync(uri.fsPath, original);
    }
  });

  it('Done leaves the notes alone when the action has moved since the view was built', async () => {
    const uri = fixture(START);
    const original = fs.readFileSync(uri.fsPath, 'utf8');
    const node = await actionNode('Invite the school @Esther');
    const doc = await openFixture(START);
    try {
      assert.ok(await vscode.window.activeTextEditor!.edit((e) => e.insert(new vscode.Position(5, 0), 'A new line.\n\n')));
      const before = doc.getText();
      assert.equal(await (await view()).done(node), false);
      assert.equal(doc.getText(), before);
    } finally {
      await revertAndClose(uri);
      // The host's files.autoSave (afterDelay) may have saved the edit: the fixture goes back as it was.
      if (fs.readFileSync(uri.fsPath, 'utf8') !== original) fs.writeFileSync(uri.fsPath, original);
    }
  });

  it('New Session starts the next session in the collaboration\'s folder: its phase, its open actions to tick, the cursor on the first agenda item', async () => {
    await openFixture(NEXT);
    const created = await vscode.commands.executeCommand<vscode.Uri>('facilitatorNotes.newSession', 'Pact third');
    try {
      assert.equal(vscode.workspace.asRelativePath(created), `actions/pact/${isoDate(new Date())}-pact-third.md`);
      const editor = vscode.window.activeTextEditor!;
      const text = editor.document.getText();
      assert.equal(text.slice(text.indexOf('\n---\n')), '\n---\n\n# Pact third\n\n'
        + '<!-- Under each agenda item (a heading with ##), note what you see, with tags: "Everyone wants care close to home. #ambition". An action: "- [ ] Send the notes @Esther 2026-04-20"; tick it with [x]. -->\n\n'
        + '## Open actions\n\n- [ ] Invite the school @Esther\n- [ ] Ask the board for a budget\n\n## \n');
      assert.match(text, /\nparticipants: \[\]\nabsent: \[\]\nphase: agree\n---/);
      assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [text.split('\n').indexOf('## '), 3]);
      await waitFor(async () => (await api()).store.notes(editor.document), 'the new notes to be parsed');
      assert.equal((await api()).store.notes(editor.document)!.observations.length, 0);
      assert.equal(await vscode.commands.executeCommand('facilitatorNotes.carryOver'), 0, 'nothing left to carry over');
      // Ticking a carried action in the new notes marks it done for the collaboration.
      const line = text.split('\n').indexOf('- [ ] Invite the school @Esther');
      await editor.edit((e) => e.replace(new vscode.Range(line, 3, line, 4), 'x'));
      await waitFor(async () => !(await outline()).some((l) => l.includes('Invite the school')), 'the ticked action to leave the Actions view');
      assert.deepEqual((await outline()).filter((l) => l.startsWith('Pact: ')), ['Pact: Ask the board for a budget []']);
    } finally {
      await revertAndClose(created);
      await vscode.workspace.fs.delete(created);
      // The next suites read the workspace: wait until its scan has dropped the deleted notes.
      await waitFor(async () => !(await (await api()).store.workspaceNotes()).some((n) => n.uri.toString() === created.toString()), 'the workspace scan to drop the new notes');
    }
    assert.equal(fs.existsSync(path.join(fixture('actions/pact').fsPath, `${isoDate(new Date())}-pact-third.md`)), false);
  });
});

describe('New Session in a collaboration with a key', () => {
  it('fills in the key of the active notes\' collaboration', async () => {
    await openFixture('actions/keyed/2026-05-01-keyed.md');
    const created = await vscode.commands.executeCommand<vscode.Uri>('facilitatorNotes.newSession', 'Keyed next');
    try {
      assert.equal(vscode.workspace.asRelativePath(created), `actions/keyed/${isoDate(new Date())}-keyed-next.md`);
      assert.match(fs.readFileSync(created.fsPath, 'utf8'), /^---\ntitle: Keyed next\ndate: \d{4}-\d{2}-\d{2}\ncollaboration: Keyed pact\n/);
    } finally {
      await revertAndClose(created);
      await vscode.workspace.fs.delete(created);
      await waitFor(async () => !(await (await api()).store.workspaceNotes()).some((n) => n.uri.toString() === created.toString()), 'the workspace scan to drop the new notes');
    }
  });
});

describe('dossier panel', () => {
  it('opens the dossier of the active notes\' collaboration', async () => {
    await openFixture(START);
    const { overview } = await api();
    const r = await vscode.commands.executeCommand<Awaited<ReturnType<typeof overview.openDossier>>>('facilitatorNotes.openDossier');
    assert.equal(r.mode, 'dossier');
    assert.deepEqual(r.uris.map((u) => vscode.workspace.asRelativePath(u)), [START, NEXT]);
    assert.ok(r.main.includes('<h1 id="title">Dossier: Pact</h1>'));
    assert.match(r.main, /<tr data-status="open"><td>Open<\/td><td><button type="button" class="obs" data-session="0" data-line="10" data-end="10">Invite the school @Esther<\/button>/);
    assert.match(r.main, /<tr data-status="done"><td>Done<\/td><td><button type="button" class="obs" data-session="1" data-line="10" data-end="10">Draft the covenant @Marco<\/button>/);
    await overview.receive({ type: 'mode', mode: 'workspace' });
    assert.equal(overview.current?.mode, 'workspace');
  });

  it('keeps the collaboration in the page state and comes back to its dossier after a reload', async () => {
    const { overview } = await api();
    await overview.openDossier('actions/zorg');
    // The page keeps it whether it was loaded with it or had it swapped in (an open panel's page is not loaded again).
    assert.match(overview.pageView!, /^\{"mode":"dossier",.*"collaboration":"actions\/zorg"\}$/);
    const panel = vscode.window.createWebviewPanel('facilitatorNotes.overview', 'restoring', vscode.ViewColumn.Two, {});
    const r = await overview.restore(panel, { view: { mode: 'dossier', collaboration: 'actions/zorg' } });
    assert.equal(r.mode, 'dossier');
    assert.deepEqual(r.uris.map((u) => vscode.workspace.asRelativePath(u)), ['actions/zorg/2026-02-01-kick-off.md']);
    assert.equal(panel.title, 'Dossier: actions/zorg');
  });
});

describe('dossier export', () => {
  it('writes the dossier of a collaboration as Markdown and HTML, like the CLI', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-dossier-export-'));
    try {
      const md = await vscode.commands.executeCommand<vscode.Uri>('facilitatorNotes.exportDossier',
        { collaboration: 'Pact', format: 'md', target: vscode.Uri.file(path.join(dir, 'pact.md')) });
      const text = fs.readFileSync(md.fsPath, 'utf8');
      assert.ok(text.startsWith('# Dossier: Pact\n\nSessions: 2 · Current phase: Agree · Open: 2 · Overdue: 0\n'), text.slice(0, 200));
      assert.match(text, /^\| Done \| Draft the covenant @Marco \| Marco \| — \| 1 Mar 2026 Pact start \|$/m);
      const html = await vscode.commands.executeCommand<vscode.Uri>('facilitatorNotes.exportDossier',
        { collaboration: 'actions/zorg', format: 'html', target: vscode.Uri.file(path.join(dir, 'zorg.html')) });
      const page = fs.readFileSync(html.fsPath, 'utf8');
      assert.ok(page.includes('<h1 id="title">Dossier: actions/zorg</h1>'));
      assert.ok(!page.includes('<script'), 'the exported page has no scripts');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
