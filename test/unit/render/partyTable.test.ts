// The overview's party × condition table in headless Chromium, with the panel's own script: a count
// opens that party's list of observations, a click on one asks the editor to reveal it, and the
// "Report for partners…" button asks for the export.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { parseSession } from '../../../src/core/parse/parser';
import { renderOverviewHtml } from '../../../src/core/render/overview/html';

const ROOT = path.resolve(__dirname, '../../../..');
const NOTES = '---\ntitle: Tafel\nparticipants: [Gemeente, Het Anker]\n---\n\n## Belangen #belangen #delen\n\n'
  + Array.from({ length: 60 }, (_, i) => `${i % 2 ? 'Gemeente' : 'Het Anker'}: punt ${i}.`).join('\n\n') + '\n';

describe('party × condition table in headless Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  let dir: string;

  before(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(path.join(tmpdir(), 'fn-parties-'));
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(): Promise<Page> {
    const file = path.join(dir, 'panel.html');
    const webview = { nonce: 'bm9uY2U', cspSource: 'file:', scriptUri: pathToFileURL(path.join(ROOT, 'media/overview.js')).href };
    writeFileSync(file, renderOverviewHtml([parseSession(NOTES, { file: 'a.md' })], { lang: 'nl', webview }));
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown[]>;
      w.__posted = [];
      (w as unknown as Record<string, unknown>).acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.__posted.push(m), getState: () => undefined, setState: () => undefined });
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return page;
  }
  const posted = (page: Page) => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted.filter((m) => (m as { type: string }).type !== 'ready'));

  it('a count opens the party\'s observations in view; clicking one reveals it', async () => {
    const page = await open();
    const link = page.locator('td[data-party-cell="Het Anker|interests"] a');
    assert.equal(await link.innerText(), '30');
    await link.click();
    const details = page.locator('details#party-1-1');
    assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), true);
    assert.equal(await details.locator('summary').innerText(), 'Het Anker × Belangen (30)');
    const box = await details.boundingBox();
    assert.ok(box && Math.round(box.y) >= 0 && box.y < 600, `the list is scrolled into view (y = ${box?.y})`);
    await details.locator('button.obs').first().click();
    assert.deepEqual(await posted(page), [{ type: 'reveal', session: 0, line: 8, endLine: 8 }]);
    await page.close();
  });

  it('the "Verslag voor partners…" button posts the export message', async () => {
    const page = await open();
    await page.locator('button[data-command="exportPartners"]').click();
    assert.deepEqual(await posted(page), [{ type: 'exportPartners' }]);
    await page.close();
  });
});
