import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildReport, summarizeSession } from '../../src/core/report/overview';
import { REPORT_FORMATS } from '../../src/core/render/formats';
import { renderPartnerReport, reportLanguage } from '../../src/core/render/report/partnerReport';
import type { OverviewRender } from '../../src/overview/overviewPanel';
import type { Exporter } from '../../src/overview/export';
import { api, fixture, openFixture, waitFor } from './helpers';

const FIRST = 'overview/2026-03-02-regiotafel.md';
const SECOND = 'overview/2026-03-16-vervolg.md';

/** The counts in the matrix cells of the rendered overview. */
function matrixIn(html: string): Record<string, Record<string, number>> {
  const matrix: Record<string, Record<string, number>> = {};
  for (const m of html.matchAll(/<td class="s\d" data-cell="([^"|]+)\|([^"]+)">(?:<a [^>]*>)?(\d+)/g)) (matrix[m[1]] ??= {})[m[2]] = Number(m[3]);
  return matrix;
}

async function shown(): Promise<OverviewRender> {
  const current = (await api()).overview.current;
  assert.ok(current, 'the overview panel is open');
  return current;
}

/** Waits for the panel to show something that passes `check`. */
async function waitForRender(check: (r: OverviewRender) => boolean, what: string): Promise<OverviewRender> {
  const found = await waitFor(async () => {
    const r = (await api()).overview.current;
    return r && check(r) ? r : undefined;
  }, what);
  return found!;
}

describe('overview panel', () => {
  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens to the side of the notes and shows the model\'s matrix, thermometer and actions', async () => {
    const doc = await openFixture(FIRST);
    const overview = (await api()).overview;
    await vscode.commands.executeCommand('facilitatorNotes.openOverviewToSide');
    const r = await shown();
    const session = (await api()).store.get(doc)!;
    assert.equal(r.mode, 'session');
    assert.equal(r.uris[0].toString(), doc.uri.toString());
    assert.deepEqual(matrixIn(r.main), summarizeSession(session).matrix);
    assert.deepEqual(matrixIn(r.main).ambition, { explore: 2, share: 0, agree: 0, shape: 0, execute: 0, none: 0 });
    assert.ok(r.main.includes('<strong data-count="observations">8</strong>'));
    assert.ok(r.main.includes('<h3>Open (<span data-count="open">2</span>)</h3>'));
    assert.ok(r.main.includes('<button type="button" data-command="exportPartners">Report for partners…</button>'));
    assert.match(r.main, /<dt>Peak<\/dt><dd data-level="Peak"><span class="level lvl-2">Disagreement<\/span>/);
    assert.equal(overview.webviewPanel?.title, 'Overview: Regiotafel zorgnetwerk — start');
    await waitFor(() => overview.webviewPanel?.viewColumn === vscode.ViewColumn.Two, 'the panel beside the notes');
    const html = overview.webviewPanel!.webview.html;
    assert.match(html, /<script nonce="([^"]+)" src="[^"]+\/media\/overview\.js"><\/script>/);
    const nonce = /<script nonce="([^"]+)"/.exec(html)![1];
    assert.ok(html.includes(`script-src &#39;nonce-${nonce}&#39;`));
    assert.deepEqual(overview.webviewPanel!.webview.options.localResourceRoots?.map((u) => path.basename(u.path)), ['media']);
  });

  it('updates live after an edit', async () => {
    // An untitled copy, so nothing can ever reach the fixture on disk.
    const content = fs.readFileSync(fixture(FIRST).fsPath, 'utf8');
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('facilitatorNotes.openOverviewToSide');
    await waitForRender((x) => x.uris[0]?.toString() === doc.uri.toString(), 'the panel to show the untitled notes');
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(16, 0), '- Nieuw: wie bewaakt het proces? #proces\n')));
    const r = await waitForRender((x) => matrixIn(x.main).process?.explore === 1, 'the edit to show in the overview');
    assert.ok(r.main.includes('<strong data-count="observations">9</strong>'));
    assert.ok(r.main.includes('Nieuw: wie bewaakt het proces?'));
    await vscode.commands.executeCommand('undo');
    await waitForRender((x) => matrixIn(x.main).process?.explore === 0 && x.main.includes('data-count="observations">8<'), 'the undo to show');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('follows the active notes editor', async () => {
    await openFixture(FIRST);
    await vscode.commands.executeCommand('facilitatorNotes.openOverviewToSide');
    const second = await vscode.workspace.openTextDocument(fixture(SECOND));
    await vscode.window.showTextDocument(second, vscode.ViewColumn.One);
    const r = await waitForRender((x) => x.uris[0]?.toString() === second.uri.toString(), 'the panel to follow the second notes');
    assert.deepEqual(matrixIn(r.main).interests, { explore: 0, share: 0, agree: 1, shape: 0, execute: 0, none: 0 });
    const plain = await vscode.workspace.openTextDocument(fixture('overview/plain.md'));
    await vscode.window.showTextDocument(plain, vscode.ViewColumn.One);
    assert.equal((await shown()).uris[0].toString(), second.uri.toString(), 'a file without notes leaves the panel as it was');
  });

  it('reveals an observation in the editor when it is clicked', async () => {
    const doc = await openFixture(FIRST);
    await vscode.commands.executeCommand('facilitatorNotes.openOverviewToSide');
    await waitForRender((x) => x.uris[0]?.toString() === doc.uri.toString(), 'the first notes');
    const button = /<button type="button" class="obs" data-session="(\d+)" data-line="(\d+)" data-end="(\d+)">Er ontstaat discussie over wie betaalt\.<\/button>/.exec((await shown()).main);
    assert.ok(button, 'the observation is a button in the panel');
    await (await api()).overview.receive({ type: 'reveal', session: Number(button[1]), line: Number(button[2]), endLine: Number(button[3]) });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), doc.uri.toString());
    assert.deepEqual([editor!.selection.start.line, editor!.selection.start.character, editor!.selection.end.line, editor!.selection.end.character],
      [19, 0, 19, 'Er ontstaat discussie over wie betaalt. #belangen #onenigheid #need/zekerheid'.length]);
  });

  it('shows the workspace overview as one row per collaboration, opens its dossier and a session from there', async () => {
    await vscode.commands.executeCommand('facilitatorNotes.openWorkspaceOverview');
    const r = await waitForRender((x) => x.mode === 'workspace', 'the workspace overview');
    const files = r.uris.map((u) => vscode.workspace.asRelativePath(u));
    assert.ok(files.includes(FIRST) && files.includes(SECOND), files.join());
    assert.ok(!files.includes('overview/plain.md'));
    assert.ok(r.main.includes(`<strong data-count="sessions">${r.sessions.length}</strong>`));
    assert.match(r.main, /<tr data-collaboration="Regiotafel"><td><button type="button" class="open-dossier" data-command="dossier" data-collaboration="Regiotafel" [^>]*>Regiotafel<\/button><\/td><td class="num">2<\/td><td><time datetime="2026-03-16">16 March 2026<\/time><\/td>/);
    assert.ok(!r.main.includes('id="matrix"'), 'no matrix mixed over several collaborations');
    assert.ok(r.main.includes('<p class="muted" id="in-dossiers">') && !r.main.includes('<section id="actions"'), 'actions and decisions are in the dossiers');
    const { overview } = await api();
    // A page beyond the last (collaborations removed since) shows the last page: here the only one.
    await overview.receive({ type: 'mode', mode: 'workspace', page: 3 });
    assert.equal((await shown()).main.match(/<tr data-collaboration=/g)?.length, r.main.match(/<tr data-collaboration=/g)?.length);
    await overview.receive({ type: 'mode', mode: 'dossier', collaboration: 'Regiotafel' });
    const dossier = await shown();
    assert.equal(dossier.mode, 'dossier');
    assert.deepEqual(dossier.uris.map((u) => vscode.workspace.asRelativePath(u)), [FIRST, SECOND]);
    assert.ok(dossier.main.includes('<button type="button" class="open-session" data-session="1">Regiotafel — vervolg</button>'));
    // A click comes from the shown panel: wait until VS Code has reported where the panel now stands.
    await waitFor(() => overview.webviewPanel?.active, 'the overview panel to be active in its column');
    await overview.receive({ type: 'openSession', session: 1 });
    const back = await shown();
    assert.equal(back.mode, 'session');
    assert.equal(vscode.workspace.asRelativePath(back.uris[0]), SECOND);
  });
});

describe('overview panel: switching views', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('drills down into a dossier and back without loading the page again', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const { overview } = await api();
    await vscode.commands.executeCommand('facilitatorNotes.openWorkspaceOverview');
    await waitForRender((x) => x.mode === 'workspace', 'the workspace overview');
    await waitFor(() => overview.pageReady, 'the panel\'s script to load', 15_000);
    const [loaded, posted] = [overview.pagesLoaded, overview.posted];
    await overview.receive({ type: 'ready' });
    assert.equal(overview.posted, posted, 'a page that shows the latest view is sent nothing when it says it is ready');

    await overview.receive({ type: 'mode', mode: 'dossier', collaboration: 'Regiotafel' });
    const dossier = await shown();
    assert.equal(dossier.mode, 'dossier');
    assert.equal(overview.webviewPanel!.title, 'Dossier: Regiotafel');
    assert.equal(firstRow(dossier.main), '2 Mar 2026 | Regiotafel zorgnetwerk — startoverview/2026-03-02-regiotafel.md | 8 | Gemeente, Zorgaanbieder, Corporatie | Friendly | Disagreement | Explore, Share, Agree');
    assert.deepEqual(viewOf(overview.pageView), ['dossier', 'Regiotafel']);

    await overview.receive({ type: 'mode', mode: 'workspace' });
    const workspace = await shown();
    assert.equal(workspace.mode, 'workspace');
    assert.equal(overview.webviewPanel!.title, 'Workspace overview');
    assert.equal(firstRow(workspace.main), 'actions/zorg | 1 | 1 February 2026 | Share | — | 1 | 0');
    assert.deepEqual(viewOf(overview.pageView), ['workspace', undefined]);
    assert.equal(overview.pagesLoaded, loaded, 'the page was not loaded again');
    assert.equal(overview.posted, posted + 2, 'each view was sent to the page');
    assert.equal(overview.pageReady, true);
    // VS Code reloads a page by itself from the last page it was given (moved to another group): it gets the view shown.
    await overview.receive({ type: 'ready' });
    assert.equal(overview.posted, posted + 3);
    assert.equal(overview.pagesLoaded, loaded);
  });
});

/** The mode and collaboration of the page state the panel last gave its page. */
function viewOf(state: string | undefined): [string, string | undefined] {
  const view = JSON.parse(state ?? '{}') as { mode: string; collaboration?: string };
  return [view.mode, view.collaboration];
}

/** The text of the first table row in a page's body (tags stripped, cells joined by ' | '). */
function firstRow(main: string): string {
  const row = /<tbody>\s*<tr[^>]*>([\s\S]*?)<\/tr>/.exec(main)?.[1] ?? '';
  return row.split(/<\/t[dh]>/).map((cell) => cell.replace(/<[^>]*>/g, '').trim()).filter(Boolean).join(' | ');
}

describe('overview exports', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-export-'));
  });

  afterEach(async () => {
    (await api()).exporter.confirmOverwrite = originalConfirm!;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  let originalConfirm: Exporter['confirmOverwrite'] | undefined;
  const originalAsk: { format?: Exporter['askPartnerFormat']; target?: Exporter['askTarget'] } = {};
  before(async () => {
    const { exporter } = await api();
    originalConfirm = exporter.confirmOverwrite;
    originalAsk.format = exporter.askPartnerFormat;
    originalAsk.target = exporter.askTarget;
  });

  async function expected(format: 'csv' | 'md' | 'html'): Promise<string> {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(fixture(FIRST));
    const session = a.store.get(doc)!;
    return REPORT_FORMATS[format].render(buildReport([session], a.store.vocabulary), 'en', [session], a.store.vocabulary);
  }

  for (const [format, command] of [['html', 'facilitatorNotes.exportHtml'], ['md', 'facilitatorNotes.exportMarkdown'], ['csv', 'facilitatorNotes.exportCsv']] as const) {
    it(`${command} writes exactly the ${format} overview, atomically`, async () => {
      const target = vscode.Uri.file(path.join(dir, `out.${format}`));
      const written = await vscode.commands.executeCommand<vscode.Uri>(command, { source: fixture(FIRST), target });
      assert.equal(written?.fsPath, target.fsPath);
      assert.equal(fs.readFileSync(target.fsPath, 'utf8'), await expected(format));
      assert.deepEqual(fs.readdirSync(dir), [`out.${format}`], 'no temporary file is left behind');
    });
  }

  it('the CSV has a BOM, a header and one row per observation', async () => {
    const target = vscode.Uri.file(path.join(dir, 'obs.csv'));
    await vscode.commands.executeCommand('facilitatorNotes.exportCsv', { source: fixture(FIRST), target });
    const text = fs.readFileSync(target.fsPath, 'utf8');
    assert.ok(text.startsWith('\uFEFFfile,date,line,text,conditions,phase,level,needs,free tags,parties,private,decision,due,owner\r\n'));
    assert.equal(text.split('\r\n')[1], 'overview/2026-03-02-regiotafel.md,2026-03-02,13,Gemeente wil vooral snelheid in de wijkaanpak.,ambition,explore,friendly,recognition,,,,,,');
    assert.equal(text.split('\r\n').length, 1 + 8 + 3 + 1);
  });

  it('never replaces an existing file without asking', async () => {
    const target = vscode.Uri.file(path.join(dir, 'exists.html'));
    fs.writeFileSync(target.fsPath, 'keep me');
    const asked: string[] = [];
    const a = await api();
    a.exporter.confirmOverwrite = async (uri) => {
      asked.push(uri.fsPath);
      return false;
    };
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('facilitatorNotes.exportHtml', { source: fixture(FIRST), target });
    assert.equal(refused, undefined);
    assert.deepEqual(asked, [target.fsPath]);
    assert.equal(fs.readFileSync(target.fsPath, 'utf8'), 'keep me');
    a.exporter.confirmOverwrite = async () => true;
    await vscode.commands.executeCommand('facilitatorNotes.exportHtml', { source: fixture(FIRST), target });
    assert.equal(fs.readFileSync(target.fsPath, 'utf8'), await expected('html'));
    assert.deepEqual(fs.readdirSync(dir), ['exists.html']);
  });

  for (const format of ['html', 'md'] as const) {
    it(`facilitatorNotes.exportPartnerReport writes exactly the partners' ${format} report, in the notes' language`, async () => {
      const a = await api();
      const doc = await vscode.workspace.openTextDocument(fixture(FIRST));
      const session = a.store.get(doc)!;
      const target = vscode.Uri.file(path.join(dir, `report.${format}`));
      await vscode.commands.executeCommand('facilitatorNotes.exportPartnerReport', { source: fixture(FIRST), target, format });
      const lang = reportLanguage([session], null, 'en');
      assert.equal(lang, 'nl');
      assert.equal(fs.readFileSync(target.fsPath, 'utf8'), renderPartnerReport({ file: session.file, text: doc.getText() }, { format, lang, vocabulary: a.store.vocabulary }));
    });
  }

  it('facilitatorNotes.exportPartnerReport refuses notes the front matter makes private, before any question, and writes nothing', async () => {
    const notes = path.join(dir, 'geheim.md');
    fs.writeFileSync(notes, '---\ntitle: Overnameplan\nprivate: true\n---\n\nWe praten over kastanjes. #relatie\n');
    const a = await api();
    const asked: string[] = [];
    a.exporter.askPartnerFormat = async () => (asked.push('format'), 'html');
    a.exporter.askTarget = async () => (asked.push('target'), vscode.Uri.file(path.join(dir, 'report.html')));
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('facilitatorNotes.exportPartnerReport', vscode.Uri.file(notes));
      assert.equal(written, undefined);
      assert.deepEqual(asked, []);
      assert.deepEqual(fs.readdirSync(dir), ['geheim.md']);
    } finally {
      a.exporter.askPartnerFormat = originalAsk.format!;
      a.exporter.askTarget = originalAsk.target!;
    }
  });

  it('facilitatorNotes.exportPartnerReport writes a Word file through the lazily loaded writer', async () => {
    const target = vscode.Uri.file(path.join(dir, 'report.docx'));
    const docxLoaded = () => Object.keys(require.cache).some((file) => file.endsWith(`${path.sep}dist${path.sep}docx.js`));
    assert.equal(docxLoaded(), false, 'activation loaded the Word writer');
    await vscode.commands.executeCommand('facilitatorNotes.exportPartnerReport', { source: fixture(FIRST), target, format: 'docx' });
    assert.equal(docxLoaded(), true);
    const bytes = fs.readFileSync(target.fsPath);
    assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04');
    assert.ok(bytes.includes(Buffer.from('word/document.xml')));
    // The heat map as a picture: the chart renderer read from the extension's dist/ (a zip names its entries in clear).
    assert.ok(bytes.includes(Buffer.from('word/media/image1.png')), 'no chart picture in the exported Word file');
  });

  it('the panel\'s "Report for partners…" button exports what the panel shows, in the format and file chosen', async () => {
    const a = await api();
    await openFixture(FIRST);
    await vscode.commands.executeCommand('facilitatorNotes.openOverview');
    await waitForRender((r) => r.uris[0]?.path.endsWith(FIRST), 'the overview of the first session');
    const target = vscode.Uri.file(path.join(dir, 'from-panel.html'));
    const asked: string[] = [];
    a.exporter.askPartnerFormat = async () => 'html';
    a.exporter.askTarget = async (options) => {
      asked.push(path.basename(options.defaultUri!.fsPath));
      return target;
    };
    try {
      await a.overview.receive({ type: 'exportPartners' });
    } finally {
      a.exporter.askPartnerFormat = originalAsk.format!;
      a.exporter.askTarget = originalAsk.target!;
    }
    assert.deepEqual(asked, ['2026-03-02-regiotafel-report.html']);
    const doc = await vscode.workspace.openTextDocument(fixture(FIRST));
    const notes = { file: a.store.get(doc)!.file, text: doc.getText() };
    assert.equal(fs.readFileSync(target.fsPath, 'utf8'), renderPartnerReport(notes, { format: 'html', lang: 'nl', vocabulary: a.store.vocabulary }));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('exports the active notes editor when no source is given', async () => {
    await openFixture(SECOND);
    const target = vscode.Uri.file(path.join(dir, 'active.md'));
    await vscode.commands.executeCommand('facilitatorNotes.exportMarkdown', { target });
    assert.match(fs.readFileSync(target.fsPath, 'utf8'), /^# Session overview\n\n## Regiotafel — vervolg\n/);
  });
});

describe('markdown preview plugin', () => {
  it('VS Code\'s Markdown renderer shows tags as chips and the overview fence as a matrix', async () => {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', 'Wie betaalt? #belangen #lunch\n\n```facilitator-overview\n```\n');
    assert.ok(html.includes('<span class="fn-tag fn-tag-condition" title="Condition: Interests. What each organisation and person needs to get out of it.">#belangen</span>'), html);
    assert.ok(html.includes('<span class="fn-tag fn-tag-free">#lunch</span>'), html);
    assert.match(html, /<div class="facilitator-overview">[\s\S]*data-cell="interests\|none">1</);
  });
});

describe('overview panel while typing', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('takes up notes typed into an empty file it was opened on', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('facilitatorNotes.openOverviewToSide');
    await waitFor(() => vscode.window.activeTextEditor?.document === doc, 'the notes editor to keep the focus');
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# Nieuw\n\nEerste punt #ambitie\n'));
    const r = await waitForRender((x) => x.main.includes('Eerste punt'), 'the typed notes in the overview');
    assert.equal(r.uris[0]?.toString(), doc.uri.toString());
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('coalesces the updates of a burst of keystrokes into one, sends none when nothing shown changed, and keeps the focus', async () => {
    const overview = (await api()).overview;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Typen\n\nEerste punt #ambitie\n\nTweede punt #belangen\n' });
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('facilitatorNotes.openOverviewToSide');
    await waitForRender((r) => r.main.includes('Tweede punt'), 'the overview of the typed notes');
    await waitFor(() => vscode.window.activeTextEditor?.document === doc, 'the notes editor to keep the focus');
    await waitFor(() => overview.pageReady, 'the panel\'s script to load', 15_000);
    const renders: string[] = [];
    const listener = overview.onDidRender((r) => renders.push(r.main));
    try {
      const posted = overview.posted;
      for (const ch of ' en meer') {
        await editor.edit((b) => b.insert(doc.lineAt(4).range.end.translate(0, -' #belangen'.length), ch));
        await new Promise((resolve) => setTimeout(resolve, 200)); // a person's pace: each pause lets the store re-parse
      }
      await waitForRender((r) => r.main.includes('Tweede punt en meer'), 'the burst in the overview');
      await new Promise((resolve) => setTimeout(resolve, 700)); // any update still waiting would come now
      // 8 keys over ~2 s, each followed by a re-parse: at most one render per 1.5 s of typing, and one after it.
      assert.ok(renders.length <= 2, `${renders.length} renders for one burst of typing`);
      const sent = overview.posted - posted;
      assert.ok(sent >= 1 && sent <= renders.length, `${sent} updates sent for ${renders.length} renders`);
      const count = renders.length;
      await editor.edit((b) => b.insert(doc.lineAt(5).range.start, '   '));
      await waitFor(() => renders.length === count + 1, 'the render after whitespace was typed');
      assert.equal(overview.posted, posted + sent, 'an update that changes nothing shown is not sent');
      assert.equal(vscode.window.activeTextEditor?.document, doc);
    } finally {
      listener.dispose();
    }
  });
});
