// End-to-end (issue 28): the packaged extension in code-server's web worker extension host, the one VS Code for
// the Web has (no Node). The user setting remote.extensionKind makes the workbench run it there instead of in the
// server's Node host; the test proves where it ran from the two hosts' logs. On a copy of the example notes it
// types a tagged observation, sees the sidebar and the overview follow, and exports the partners' report to the
// workspace as Markdown (read back whole) and as Word (the browser's Word writer).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { parseSession } from '../../src/core/parse/parser';
import { reportLanguage, renderPartnerReport } from '../../src/core/render/report/partnerReport';
import { BUILTIN_VOCABULARY } from '../../src/core/vocabulary/vocabulary';
import { wordText } from '../unit/helpers/wordFile';
import { notesFolder, NotesFolder, savedText, toEnd, typeText } from './typing';
import { EXAMPLE, EXAMPLES, SHOTS, Workbench, commandTitle, container, expectRows, expectedGroups, localized, manifest, openExample, openWorkbench, overviewFrame, palette } from './workbench';

const EXTENSION = `${manifest.publisher}.${manifest.name}`;
const ACTIVATED = `ExtensionService#_doActivateExtension ${EXTENSION},`;
const TYPED = 'The alderman promises an answer on the budget in June. #organisation';

/** The web worker extension host's log, which the workbench keeps in the browser's IndexedDB. */
function workerHostLog(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const db = await request(indexedDB.open('vscode-web-db'));
    if (!db.objectStoreNames.contains('vscode-logs-store')) return '';
    const store = db.transaction('vscode-logs-store').objectStore('vscode-logs-store');
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    const text = (v: unknown) => (typeof v === 'string' ? v : new TextDecoder().decode(v as Uint8Array));
    return keys.map((k, i) => (String(k).endsWith('/exthost/webWorker/workerexthost.log') ? text(values[i]) : '')).join('');
  });
}

/** The server's Node extension host logs (exthost1/remoteexthost.log, …) of the run. */
function nodeHostLogs(runDir: string): string {
  const logs = path.join(runDir, 'ud/logs');
  return fs.readdirSync(logs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('remoteexthost.log'))
    .map((f) => fs.readFileSync(path.join(logs, f), 'utf8')).join('');
}

/** Polls `check` until it holds; `what` names it when the deadline passes. */
async function until(page: Page, check: () => Promise<boolean>, what: string, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(200); // poll while the workbench updates; the deadline bounds it
  }
}

describe('the packaged extension in the web worker extension host (e2e)', function () {
  this.timeout(120_000);
  let workbench: Workbench | undefined;
  let folder: NotesFolder | undefined;
  let page: Page;
  let failed = false;
  let notes = '';

  before(async function () {
    this.timeout(240_000);
    folder = notesFolder('e2e-web-notes', { [EXAMPLE]: fs.readFileSync(path.join(EXAMPLES, EXAMPLE), 'utf8') });
    // 'web' is the workbench's own kind for the browser's host; the setting overrides what the manifest implies.
    workbench = await openWorkbench('e2e-web', {
      'remote.extensionKind': { [EXTENSION]: ['web'] }, 'files.autoSave': 'off', 'workbench.view.alwaysShowHeaderActions': true,
    }, { folder: folder.dir });
    page = workbench.page;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') failed = true;
    if (page) await page.screenshot({ path: path.join(SHOTS, `web-${(this.currentTest?.title ?? 'test').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`) });
  });

  after(async () => {
    await workbench?.close(failed);
    folder?.remove();
  });

  it('activates in the web worker host, never in the server\'s Node host', async () => {
    await openExample(page);
    await page.locator('.statusbar-item', { hasText: 'observations' }).waitFor({ timeout: 90_000 });
    await until(page, async () => (await workerHostLog(page)).includes(ACTIVATED), 'the web worker host to log the activation');
    // The Node host is told of every installed extension ('global extensions'), but runs only its 'local' ones.
    const nodeHost = nodeHostLogs(workbench!.run.dir);
    assert.ok(!nodeHost.includes(ACTIVATED), 'the Node extension host never activated the extension');
    const local = nodeHost.match(/following local extensions: ([^\n]*)/g) ?? [];
    assert.ok(local.every((line) => !line.split(/[ ,]/).includes(EXTENSION)), 'nor ran it as one of its own');
  });

  it('a typed tagged observation shows in the Observations view and the overview', async () => {
    await page.locator(`.activitybar .action-item a.action-label[aria-label^="${localized(container?.title)}"]`).click();
    const before = parseSession(fs.readFileSync(folder!.file(EXAMPLE), 'utf8'), { file: EXAMPLE });
    await expectRows(page, expectedGroups(before, 'condition'));
    await page.locator('.tabs-container .tab', { hasText: EXAMPLE }).click();
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await toEnd(page);
    await typeText(page, `\n\n${TYPED}`, 10);
    await page.keyboard.press('Escape'); // closes the tag completion, if it is still open
    notes = await savedText(page, folder!.file(EXAMPLE));
    assert.ok(notes.endsWith(`\n\n${TYPED}`), notes.slice(-120));
    const after = parseSession(notes, { file: EXAMPLE });
    const organisation = (s: typeof before) => expectedGroups(s, 'condition').find(([label]) => label === 'Organisation')?.[1];
    assert.equal(Number(organisation(after)), Number(organisation(before)) + 1);
    await expectRows(page, expectedGroups(after, 'condition'));

    await palette(page, commandTitle('facilitatorNotes.openOverview')!);
    await until(page, async () => ((await (await overviewFrame(page)).evaluate(() => document.body.textContent ?? '').catch(() => ''))).includes('The alderman promises an answer on the budget in June.'), 'the overview to show the typed observation');
  });

  /** Exports the partners' report of the example in `format` (its row in the format question) to `target`. */
  async function exportReport(formatRow: string, target: string): Promise<void> {
    await page.locator('.tabs-container .tab', { hasText: EXAMPLE }).click();
    // Not palette(): the command keeps the quick input open for its format question.
    const title = commandTitle('facilitatorNotes.exportPartnerReport')!;
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
    // The first such row: the same format grouped by condition follows it.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: formatRow }).first().click();
    await until(page, async () => (await input.inputValue().catch(() => '')).includes('-report.'), 'the save dialog');
    await input.fill(target);
    // The dialog checks the typed path before it takes it: its OK is the way to accept.
    await page.locator('.quick-input-widget .monaco-button', { hasText: 'OK' }).click();
    await until(page, async () => fs.existsSync(target), `${path.basename(target)} written`);
  }

  it('exports the partners\' report as Markdown into the workspace, exactly as the core renders it', async () => {
    const target = folder!.file('verslag.md');
    await exportReport('Markdown', target);
    const session = parseSession(notes, { file: EXAMPLE });
    const expected = renderPartnerReport({ file: EXAMPLE, text: notes },
      { lang: reportLanguage([session], null, 'en'), vocabulary: BUILTIN_VOCABULARY, thermometer: false, readings: false, format: 'md' });
    assert.equal(fs.readFileSync(target, 'utf8'), expected);
    assert.ok(expected.includes('The alderman promises an answer on the budget in June.'));
  });

  it('exports the partners\' report as Word with the browser\'s Word writer', async () => {
    const target = folder!.file('verslag.docx');
    await exportReport('Word (.docx)', target);
    const bytes = fs.readFileSync(target);
    // The heat map drawn in the browser too: resvg's wasm and the font read from the extension's dist/ (a zip names its entries in clear).
    assert.ok(bytes.includes(Buffer.from('word/media/image1.png')), 'no chart picture in the Word file written in the web worker');
    const text = await wordText(bytes);
    assert.ok(text.startsWith('REPORT\n\nYouth support network — evaluation after six months\n\nDate: '), text.slice(0, 200));
    assert.ok(text.includes('\nThe alderman promises an answer on the budget in June.\n'), text);
  });
});
