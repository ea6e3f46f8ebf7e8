import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import * as pkg from '../../package.json';
import { summarizeSession } from '../../src/core/report/overview';
import type { OverviewRender } from '../../src/overview/overviewPanel';
import { api, fixture, openFixture, waitFor } from './helpers';

const VIEW_TYPE = 'facilitatorNotes.overview';
const FIRST = 'overview/2026-03-02-regiotafel.md';
const NO_NOTES = '<p class="muted">Open a Markdown notes file to see its overview.</p>';

/** The page state media/overview.js keeps: what the page's <main data-state> says, as VS Code hands it back after a reload. */
function pageState(html: string): { view: unknown } {
  const attribute = /<main id="overview" data-state="([^"]*)">/.exec(html);
  assert.ok(attribute, 'the page carries its state');
  return { view: JSON.parse(attribute[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) };
}

/** A panel as VS Code creates one before it asks the serializer to fill it: no options, no content. */
function blankPanel(): vscode.WebviewPanel {
  return vscode.window.createWebviewPanel(VIEW_TYPE, 'restoring', vscode.ViewColumn.Two, {});
}

function counts(r: OverviewRender): number {
  return Number(/<strong data-count="observations">(\d+)<\/strong>/.exec(r.main)?.[1]);
}

describe('overview panel restored after a window reload', () => {
  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('is registered: the serializer for its view type, and the activation event that loads it', async () => {
    await api();
    assert.ok(pkg.activationEvents.includes(`onWebviewPanel:${VIEW_TYPE}`));
    assert.throws(() => vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, { deserializeWebviewPanel: async () => undefined }), /already registered/);
  });

  it('shows the session its page state names, set up like a new panel', async () => {
    const doc = await openFixture(FIRST);
    await vscode.commands.executeCommand('facilitatorNotes.openOverviewToSide');
    const { overview, store } = await api();
    const earlier = overview.webviewPanel!;
    let disposed = false;
    earlier.onDidDispose(() => { disposed = true; });
    const state = pageState(earlier.webview.html);
    assert.deepEqual(state.view, { mode: 'session', uri: doc.uri.toString() });

    const panel = blankPanel();
    const r = await overview.restore(panel, state);
    assert.equal(overview.webviewPanel, panel);
    assert.equal(overview.current, r);
    assert.equal(r.mode, 'session');
    assert.deepEqual(r.uris.map(String), [doc.uri.toString()]);
    assert.equal(counts(r), 8);
    assert.deepEqual(summarizeSession(r.sessions[0]), summarizeSession(store.get(doc)!));
    assert.equal(panel.title, 'Overview: Regiotafel zorgnetwerk — start');
    assert.equal(panel.webview.options.enableScripts, true);
    assert.deepEqual(panel.webview.options.localResourceRoots?.map((u) => path.basename(u.path)), ['media']);
    const html = panel.webview.html;
    const nonce = /<script nonce="([^"]+)" src="[^"]+\/media\/overview\.js"><\/script>/.exec(html)?.[1];
    assert.ok(nonce, 'the panel script is loaded with a nonce');
    assert.ok(html.includes(`script-src &#39;nonce-${nonce}&#39;`));
    assert.deepEqual(pageState(html), state, 'the restored page keeps the same state for the next reload');
    await waitFor(() => disposed, 'the earlier panel to give way: one overview panel at a time');
  });

  it('updates live and answers clicks after a restore', async () => {
    const content = fs.readFileSync(fixture(FIRST).fsPath, 'utf8');
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const { overview } = await api();
    await overview.restore(blankPanel(), { view: { mode: 'session', uri: doc.uri.toString() } });
    assert.equal(counts(overview.current!), 8);
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(16, 0), '- Nieuw na herladen #proces\n')));
    const r = await waitFor(() => (overview.current && counts(overview.current) === 9 ? overview.current : undefined), 'the edit to show in the restored panel');
    assert.ok(r);
    assert.ok(r.main.includes('Nieuw na herladen'));
    const button = /<button type="button" class="obs" data-session="(\d+)" data-line="(\d+)" data-end="(\d+)">Nieuw na herladen<\/button>/.exec(r.main);
    assert.ok(button);
    await overview.receive({ type: 'reveal', session: Number(button[1]), line: Number(button[2]), endLine: Number(button[3]) });
    assert.equal(vscode.window.activeTextEditor?.selection.start.line, 16);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => overview.current && counts(overview.current) === 8, 'the undo to show');
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows the "no notes" message when the notes file is gone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-restore-'));
    try {
      const file = path.join(dir, 'sessie.md');
      fs.writeFileSync(file, fs.readFileSync(fixture(FIRST).fsPath));
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('facilitatorNotes.openOverviewToSide');
      const { overview } = await api();
      const state = pageState(overview.webviewPanel!.webview.html);
      assert.deepEqual(state.view, { mode: 'session', uri: doc.uri.toString() });
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(file);

      const panel = blankPanel();
      const r = await overview.restore(panel, state);
      assert.equal(r.mode, 'session');
      assert.deepEqual(r.uris, []);
      assert.equal(r.main, NO_NOTES);
      assert.equal(panel.title, 'Session overview');
      assert.ok(panel.webview.html.includes(`<main id="overview" data-state="{&quot;mode&quot;:&quot;session&quot;}">${NO_NOTES}</main>`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('restores the workspace overview, and falls back to the "no notes" message on a state it does not know', async () => {
    const { overview } = await api();
    const workspace = await overview.restore(blankPanel(), { view: { mode: 'workspace', uri: fixture(FIRST).toString() } });
    assert.equal(workspace.mode, 'workspace');
    assert.ok(workspace.uris.some((u) => vscode.workspace.asRelativePath(u) === FIRST));
    await overview.receive({ type: 'mode', mode: 'session' });
    assert.deepEqual(overview.current!.uris.map((u) => vscode.workspace.asRelativePath(u)), [FIRST], 'switching back shows the saved notes');

    for (const state of [undefined, null, {}, { view: { mode: 'nonsense', uri: 42 } }]) {
      const r = await overview.restore(blankPanel(), state);
      assert.equal(r.mode, 'session', JSON.stringify(state));
      assert.equal(r.main, NO_NOTES, JSON.stringify(state));
    }
  });
});
