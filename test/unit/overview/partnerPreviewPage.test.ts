// The partner report's preview page (issue 23): the export's HTML with Leave out buttons on the lines of the
// notes, a webview CSP with a nonce; in headless Chromium with the preview's own script, the buttons are
// reached with the keyboard and post the line.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { parseSession } from '../../../src/core/parse/parser';
import { renderPartnerReport } from '../../../src/core/render/report/partnerReport';
import { previewPage, sourceLine } from '../../../src/overview/partnerPreviewPage';

const ROOT = path.resolve(__dirname, '../../../..');
const NOTES = [
  '---', 'title: Werkoverleg', 'date: 2026-10-06', 'lang: nl', '---', '# Werkoverleg', '',
  'De gemeente wil "snel" starten & meer. #ambitie #verkennen', '',
  '- Huisartsen willen eerst de financiering rond. #belangen', '',
  'Ik vind de wethouder ongeduldig. #privé', '',
].join('\n');
const HOSTING = { nonce: 'bm9uY2U', cspSource: 'file:', scriptUri: pathToFileURL(path.join(ROOT, 'media/partnerPreview.js')).href, leaveOut: 'Weglaten', exportLabel: 'Exporteren…' };

describe('partner report preview page', () => {
  const session = parseSession(NOTES, { file: 'a.md' });
  const report = renderPartnerReport({ file: 'a.md', text: NOTES }, { format: 'html', lang: 'nl' });

  it('adds a Leave out button after the text of each paragraph and list item it finds the notes line of', () => {
    const page = previewPage(report, session, NOTES, HOSTING);
    assert.deepEqual(page.lines, [8, 10]);
    assert.ok(page.html.includes('De gemeente wil &quot;snel&quot; starten &amp; meer.<button type="button" class="leave-out" data-line="8">Weglaten</button>'));
    assert.ok(page.html.includes('Huisartsen willen eerst de financiering rond.<button type="button" class="leave-out" data-line="10">Weglaten</button>'));
    assert.equal(page.html.replace(/<button type="button" class="leave-out" data-line="\d+">Weglaten<\/button>/g, '')
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace(/<style nonce="bm9uY2U">[^<]*<\/style><\/head>/, '</head>')
      .replace(/ nonce="bm9uY2U"/g, '').replace(/<nav class="preview-toolbar">.*?<\/nav>/, '').replace(/<script[^>]*><\/script>/, ''),
    report.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''), 'nothing else of the report changes');
    assert.ok(page.html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src file: data:; style-src &#39;nonce-bm9uY2U&#39;; script-src &#39;nonce-bm9uY2U&#39;">`));
  });

  it('finds a text by its observation, action or decision, else by the words of a line without tags and emphasis', () => {
    const lines = ['---', 'title: x', '---', 'x: **Harbour** said _so_ #ambitie', 'Not here'];
    const bare = parseSession('---\ntitle: x\n---\n', { file: 'x.md' });
    assert.equal(sourceLine('x: Harbour said so', bare, lines), 4);
    assert.equal(sourceLine('title: x', bare, lines), undefined, 'never the front matter');
    assert.equal(sourceLine('…', bare, lines), undefined);
    assert.equal(sourceLine('Huisartsen willen eerst de financiering rond.', session, NOTES.split('\n')), 10);
  });

  describe('in headless Chromium', function () {
    this.timeout(60_000);
    let browser: Browser;
    let dir: string;
    before(async () => {
      browser = await launchChromium();
      dir = mkdtempSync(path.join(tmpdir(), 'fn-preview-'));
    });
    after(async () => {
      await browser?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('Tab reaches Export… and each Leave out; Enter and a click post what they do; the nonce\'d styles apply', async () => {
      const file = path.join(dir, 'preview.html');
      writeFileSync(file, previewPage(report, session, NOTES, HOSTING).html);
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as Record<string, unknown>;
        const posted: unknown[] = [];
        w.__posted = posted;
        w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m) });
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const focused = () => page.evaluate(() => `${document.activeElement?.textContent}@${(document.activeElement as HTMLElement | null)?.dataset.line ?? ''}`);
      await page.keyboard.press('Tab');
      assert.equal(await focused(), 'Exporteren…@');
      await page.keyboard.press('Tab');
      assert.equal(await focused(), 'Weglaten@8');
      await page.keyboard.press('Tab');
      assert.equal(await focused(), 'Weglaten@10');
      await page.keyboard.press('Enter');
      await page.locator('nav.preview-toolbar button').click();
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted), [{ type: 'leaveOut', line: 10 }, { type: 'export' }]);
      assert.equal(await page.locator('nav.preview-toolbar').evaluate((n) => getComputedStyle(n).position), 'sticky');
      await page.close();
    });
  });
});
