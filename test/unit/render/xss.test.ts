// Loads the overview HTML (panel, export, CLI) built from notes full of XSS payloads into Debian's
// headless Chromium and checks that nothing ran and the payload text shows literally.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { Session } from '../../../src/core/parse/model';
import { buildReport } from '../../../src/core/report/overview';
import { parseSession } from '../../../src/core/parse/parser';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { renderOverviewHtml } from '../../../src/core/render/overview/html';
import { BUILTIN_VOCABULARY, Vocabulary } from '../../../src/core/vocabulary/vocabulary';

const ROOT = path.resolve(__dirname, '../../../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/xss/xss.md');

/** A team vocabulary whose labels and summaries carry payloads too (it comes from a workspace file). */
const hostileVocabulary: Vocabulary = {
  dimensions: BUILTIN_VOCABULARY.dimensions.map((d) => d.role !== 'condition' ? d : {
    ...d,
    terms: d.terms.map((t) => t.id !== 'ambition' ? t : {
      ...t,
      label: { en: `<img src=x onerror="window.__xss='vocab-label'">`, nl: '<b>x</b>' },
      summary: { en: `"><script>window.__xss='vocab-summary'</script>`, nl: '' },
    }),
  }),
};

interface Outcome { marker: unknown; dialogs: string[]; handlers: string[]; scripts: number; posted: unknown[] }

describe('overview HTML in headless Chromium: XSS payloads never run', function () {
  this.timeout(60_000);
  let browser: Browser;
  let dir: string;
  let session: Session;

  before(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(path.join(tmpdir(), 'fn-xss-'));
    session = parseSession(readFileSync(FIXTURE, 'utf8'), { file: `<svg onload="window.__xss='file'">.md`, vocabulary: hostileVocabulary });
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a page from a file, stubbing the webview API so the panel's own script can run. */
  async function load(html: string, name: string): Promise<{ page: Page; outcome: Outcome }> {
    const file = path.join(dir, name);
    writeFileSync(file, html);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { acquireVsCodeApi: unknown; __posted: unknown[] };
      w.__posted = [];
      w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.__posted.push(m), getState: () => undefined, setState: () => undefined });
    });
    // 'load' waits for images and frames, so onerror/onload payloads have fired; no element may carry
    // an on* attribute at all, so payloads waiting for a hover or click are ruled out below.
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const outcome = await page.evaluate(() => {
      const w = window as unknown as { __xss: unknown; __posted: unknown[] };
      const handlers = Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}.${a.name}`));
      return { marker: w.__xss, handlers, scripts: document.scripts.length, posted: w.__posted };
    });
    return { page, outcome: { ...outcome, dialogs } };
  }

  async function assertInert(html: string, name: string, expectedScripts: number): Promise<Page> {
    const { page, outcome } = await load(html, name);
    assert.equal(outcome.marker, undefined, `a payload set window.__xss in ${name}`);
    assert.deepEqual(outcome.dialogs, [], `a payload opened a dialog in ${name}`);
    assert.deepEqual(outcome.handlers, [], `event handler attributes in ${name}`);
    assert.equal(outcome.scripts, expectedScripts, `script elements in ${name}`);
    assert.equal(await page.locator('main img, main iframe, main svg [onload], main a[href^="javascript"], main math').count(), 0);
    return page;
  }

  async function assertLiteral(page: Page): Promise<void> {
    assert.equal(await page.locator('h1').textContent(), `</title><script>window.__xss='title'</script><img src=x onerror="window.__xss='title-img'">`);
    assert.equal(await page.title(), `Session overview: </title><script>window.__xss='title'</script><img src=x onerror="window.__xss='title-img'">`);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const literal of [
      `<img src=x onerror="window.__xss='code-span'"> in a code span.`,
      `<svg onload="window.__xss='escaped-svg'"> written with an escape.`,
      `<script>window.__xss='entity'</script> as entities.`,
      `<svg onload="window.__xss='file'">.md`,
      `<img src=x onerror="window.__xss='vocab-label'">`,
      `<a href="javascript:alert('action')">owner</a> mails`,
    ]) assert.ok(text.includes(literal), `shown literally: ${literal}`);
  }

  it('control: the same payloads unescaped do run here, so the checks below can fail', async () => {
    const texts = [session.title, ...session.observations.map((o) => o.text), ...session.actions.map((a) => a.text)];
    const { page, outcome } = await load(`<!DOCTYPE html><html><body><main>${texts.join('<br>')}</main></body></html>`, 'control.html');
    assert.equal(typeof outcome.marker, 'string');
    assert.ok(outcome.handlers.length >= 3, outcome.handlers.join());
    await page.close();
  });

  it('the panel page (webview CSP, nonce\'d script) runs only its own script', async () => {
    const scriptUri = pathToFileURL(path.join(ROOT, 'media/overview.js')).href;
    const html = renderOverviewHtml([session], { lang: 'en', vocabulary: hostileVocabulary, webview: { nonce: 'Tm9uY2UxMjM0NTY3ODkw', cspSource: 'file:', scriptUri } });
    const page = await assertInert(html, 'panel.html', 1);
    await assertLiteral(page);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted), [{ type: 'ready' }], 'the panel script itself ran under the CSP');
    await page.locator('ol.readings button.obs', { hasText: 'as entities.' }).click();
    const cell = page.locator('a[data-cell-link]').first();
    const id = await cell.getAttribute('data-cell-link');
    assert.equal(await page.locator(`details#${id}`).getAttribute('open'), null);
    await cell.click();
    assert.equal(await page.locator(`details#${id}`).getAttribute('open'), '', 'the panel script opens a cell\'s list');
    await page.locator(`details#${id} button.obs`).first().click();
    const posted = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
    assert.deepEqual(posted.slice(1), [{ type: 'reveal', session: 0, line: 17, endLine: 17 }, { type: 'reveal', session: 0, line: 11, endLine: 11 }]);
    await page.close();
  });

  it('the exported HTML (static, no scripts) shows the payloads as text', async () => {
    const html = REPORT_FORMATS.html.render(buildReport([session], hostileVocabulary), 'en', [session], hostileVocabulary);
    const page = await assertInert(html, 'export.html', 0);
    await assertLiteral(page);
    await page.close();
  });

  it('the CLI\'s --format html output is inert too', async () => {
    const cli = path.join(ROOT, 'dist/cli.js');
    const html = execFileSync(process.execPath, [cli, 'overview', '--format', 'html', FIXTURE], { encoding: 'utf8' });
    const { page, outcome } = await load(html, 'cli.html');
    assert.equal(outcome.marker, undefined);
    assert.deepEqual(outcome.dialogs, []);
    assert.deepEqual(outcome.handlers, []);
    assert.equal(outcome.scripts, 0);
    assert.equal(await page.locator('h1').textContent(), `</title><script>window.__xss='title'</script><img src=x onerror="window.__xss='title-img'">`);
    assert.ok(((await page.locator('main').textContent()) ?? '').includes(`<script>window.__xss='entity'</script> as entities.`));
    await page.close();
  });
});
