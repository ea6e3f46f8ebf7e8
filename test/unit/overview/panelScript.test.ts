// The panel's own script (media/overview.js) in headless Chromium: live updates keep the scroll
// position and the open cells, and a reloaded panel restores them from the webview state.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { parseSession } from '../../../src/core/parse/parser';
import { renderOverviewHtml, renderOverviewMain, renderPage } from '../../../src/core/render/overview/html';
import { renderDossierMain } from '../../../src/core/render/dossier/dossierHtml';
import { collaborations } from '../../../src/core/report/collaboration';
import { handSession } from '../helpers/sessions';

const ROOT = path.resolve(__dirname, '../../../..');
const notes = (n: number) => Array.from({ length: n }, (_, i) => `Observatie ${i} #${i % 2 ? 'belangen' : 'ambitie'} #verkennen`).join('\n\n');
const webview = { nonce: 'bm9uY2U', cspSource: 'file:', scriptUri: pathToFileURL(path.join(ROOT, 'media/overview.js')).href };
const options = { lang: 'en' as const, webview };

describe('overview panel script in headless Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  let dir: string;

  before(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(path.join(tmpdir(), 'fn-panel-'));
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * The panel page (by default one session's overview) with a stand-in for the webview API that starts from `state`,
   * records setState and keeps what the page posts in `__posted`.
   */
  async function open(state: unknown, html = renderOverviewHtml([parseSession(notes(120), { file: 'a.md' })], options)): Promise<Page> {
    const file = path.join(dir, 'panel.html');
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    await page.addInitScript((initial) => {
      const w = window as unknown as Record<string, unknown>;
      w.__state = initial;
      w.__posted = [];
      w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => (w.__posted as unknown[]).push(m), getState: () => w.__state, setState: (s: unknown) => { w.__state = s; } });
    }, state);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return page;
  }

  const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
  const isOpen = (page: Page, id: string) => page.evaluate((i) => (document.getElementById(i) as HTMLDetailsElement).open, id);

  it('keeps scroll position and open cells across a live update, and resets them for another document', async () => {
    const page = await open(undefined);
    await page.locator('a[data-cell-link="cell-1-0"]').click();
    assert.equal(await isOpen(page, 'cell-1-0'), true);
    await page.evaluate(() => window.scrollTo(0, 900));
    await page.waitForFunction(() => (window as unknown as { __state?: { scrollY: number } }).__state?.scrollY === 900);
    const updated = renderOverviewMain([parseSession(`${notes(120)}\n\nNieuw #proces #verkennen`, { file: 'a.md' })], options);
    await page.evaluate((html) => window.postMessage({ type: 'update', html, keepState: true }, '*'), updated);
    await page.waitForFunction(() => document.body.textContent?.includes('Nieuw'));
    assert.equal(await scrollY(page), 900);
    assert.equal(await isOpen(page, 'cell-1-0'), true);
    assert.match(await page.locator('td[data-cell="process|explore"]').innerHTML(), />1</);
    await page.evaluate((html) => window.postMessage({ type: 'update', html, keepState: false }, '*'), updated.replace('Nieuw', 'Anders'));
    await page.waitForFunction(() => document.body.textContent?.includes('Anders'));
    assert.equal(await scrollY(page), 0);
    assert.equal(await isOpen(page, 'cell-1-0'), false);
    await page.close();
  });

  it('patches only what changed on a live update: untouched nodes stay the same nodes', async () => {
    const page = await open(undefined);
    await page.evaluate(() => {
      const w = window as unknown as { __removed: number; __header: Element | null };
      w.__header = document.querySelector('main#overview header');
      w.__removed = 0;
      new MutationObserver((records) => { for (const r of records) w.__removed += r.removedNodes.length; })
        .observe(document.getElementById('overview')!, { childList: true, subtree: true });
    });
    const before = await page.evaluate(() => document.querySelectorAll('main#overview *').length);
    const updated = renderOverviewMain([parseSession(`${notes(120)}\n\nNieuw #proces #verkennen`, { file: 'a.md' })], options);
    await page.evaluate((html) => window.postMessage({ type: 'update', html, keepState: true }, '*'), updated);
    await page.waitForFunction(() => document.body.textContent?.includes('Nieuw'));
    const result = await page.evaluate(() => {
      const w = window as unknown as { __removed: number; __header: Element | null };
      return { sameHeader: w.__header === document.querySelector('main#overview header'), removed: w.__removed };
    });
    assert.equal(result.sameHeader, true);
    assert.ok(before > 400, `the page has ${before} elements`);
    assert.ok(result.removed < 40, `${result.removed} nodes were removed for one new observation`);
    const same = await page.evaluate((html) => {
      const parsed = document.createElement('template');
      parsed.innerHTML = html;
      const bare = (text: string) => text.replace(/ open=""/g, '');
      return bare(document.getElementById('overview')!.innerHTML) === bare(parsed.innerHTML);
    }, updated);
    assert.equal(same, true, 'the patched page equals the new HTML');
    await page.close();
  });

  it('swaps in a dossier and back without loading the page again: title, language, state, scroll and focus', async () => {
    // 40 collaborations, one session each: the workspace page is taller than the window.
    const sessions = Array.from({ length: 40 }, (_, i) => handSession({ file: `c${String(i).padStart(2, '0')}/1.md`, title: `Sessie ${i}` }));
    const groups = collaborations(sessions, { today: '2026-05-01' });
    const workspace = renderOverviewMain(sessions, { ...options, lang: 'nl', mode: 'workspace', collaborations: groups, page: 0 });
    const dossier = renderDossierMain([groups[30]], { ...options, lang: 'en' });
    const page = await open(undefined, renderPage(workspace, 'Werkruimte-overzicht', { ...options, lang: 'nl', webview: { ...webview, state: '{"mode":"workspace"}' } }));
    await page.evaluate(() => { (window as unknown as { __loads: number }).__loads = 1; });
    const row = page.locator('button.open-dossier[data-collaboration="c30"]');
    await row.click();
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted.at(-1)), { type: 'mode', mode: 'dossier', collaboration: 'c30', page: undefined });

    const dossierState = '{"mode":"dossier","collaboration":"c30"}';
    await page.evaluate(([html, state]) => window.postMessage({ type: 'update', html, keepState: false, title: 'Dossier: c30', lang: 'en', state }, '*'), [dossier, dossierState]);
    await page.waitForFunction(() => document.querySelector('main#overview article.dossier'));
    const inDossier = await page.evaluate(() => ({
      loads: (window as unknown as { __loads?: number }).__loads, title: document.title, lang: document.documentElement.lang,
      scrollY: window.scrollY, focused: document.activeElement?.textContent, state: (window as unknown as { __state: { view: unknown } }).__state.view,
      dataState: document.getElementById('overview')!.dataset.state,
    }));
    assert.deepEqual(inDossier, { loads: 1, title: 'Dossier: c30', lang: 'en', scrollY: 0, focused: 'Dossier: c30', state: { mode: 'dossier', collaboration: 'c30' }, dataState: dossierState });

    await page.evaluate((html) => window.postMessage({ type: 'update', html, keepState: false, title: 'Werkruimte-overzicht', lang: 'nl', state: '{"mode":"workspace"}' }, '*'), workspace);
    await page.waitForFunction(() => document.querySelector('main#overview button.open-dossier'));
    const back = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const box = focused.getBoundingClientRect();
      return { loads: (window as unknown as { __loads?: number }).__loads, title: document.title, lang: document.documentElement.lang, focused: focused.dataset.collaboration, inView: box.top >= 0 && box.bottom <= innerHeight, scrolled: window.scrollY > 0 };
    });
    assert.deepEqual(back, { loads: 1, title: 'Werkruimte-overzicht', lang: 'nl', focused: 'c30', inView: true, scrolled: true });
    await page.close();
  });

  it('restores scroll position and open cells when the panel is shown again', async () => {
    const page = await open({ scrollY: 700, open: ['cell-0-0'] });
    assert.equal(await scrollY(page), 700);
    assert.equal(await isOpen(page, 'cell-0-0'), true);
    assert.equal(await isOpen(page, 'cell-1-0'), false);
    await page.close();
  });
});
