// The exported dossier in headless Chromium: the chart's date labels and legend are laid out inside the
// chart without overlapping, and every text reaches WCAG AA contrast with the stylesheet's fallbacks.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { contrastRatio, effectiveBackground, parseCssColor } from '../../e2e/contrast';
import { parseSession } from '../../../src/core/parse/parser';
import { collaborations } from '../../../src/core/report/collaboration';
import { DOSSIER_FORMATS } from '../../../src/core/render/dossier/dossierFormats';
import { thermometerAcross } from '../../../src/core/render/dossier/dossierSvg';

const FOLDER = path.resolve(__dirname, '../../../../examples/buurtnetwerk-noord');
const AA = 4.5;

const TARGETS: Record<string, string> = {
  'body text': 'main p:not(.meta):not(.muted), h1, h2, td, th, li',
  'muted text': '.meta, .where, .muted, footer',
  'level badges': '.level',
  'SVG labels and legend': 'svg text.axis',
};

interface Box { text: string; x: number; y: number; width: number; height: number }

function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.evaluate((sel) => Array.from(document.querySelectorAll(sel), (el) => {
    const r = el.getBoundingClientRect();
    return { text: (el.textContent ?? '').trim(), x: r.x, y: r.y, width: r.width, height: r.height };
  }), selector);
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('dossier page in headless Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await launchChromium();
    const sessions = readdirSync(FOLDER).sort().map((f) => parseSession(readFileSync(path.join(FOLDER, f), 'utf8'), { file: `buurtnetwerk-noord/${f}` }));
    page = await browser.newPage();
    await page.setContent(DOSSIER_FORMATS.html.render(collaborations(sessions, { today: '2026-05-01' }), 'nl'), { waitUntil: 'load' });
  });

  after(async () => {
    await browser?.close();
  });

  it('labels each session of the chart by its date, inside the chart, without overlaps', async () => {
    const dates = await boxes(page, 'svg.across text.date');
    assert.deepEqual(dates.map((d) => d.text), ['4 feb. 2026', '18 mrt. 2026', '29 apr. 2026']);
    const [chart] = await boxes(page, 'svg.across');
    for (const d of dates) assert.ok(d.width > 0 && d.x >= chart.x && d.x + d.width <= chart.x + chart.width && d.y + d.height <= chart.y + chart.height, d.text);
    for (let i = 1; i < dates.length; i++) assert.ok(!overlap(dates[i - 1], dates[i]), `${dates[i - 1].text} overlaps ${dates[i].text}`);
  });

  it('has a legend that names start, end and peak beside their shapes', async () => {
    const legend = await boxes(page, 'svg.across g.legend text');
    assert.deepEqual(legend.map((l) => l.text), ['Legenda', 'Begin', 'Einde', 'Piek']);
    for (let i = 1; i < legend.length; i++) assert.ok(!overlap(legend[i - 1], legend[i]), `${legend[i - 1].text} overlaps ${legend[i].text}`);
    const shapes = await page.evaluate(() => Array.from(document.querySelectorAll('svg.across g.legend rect, svg.across g.legend circle'), (el) => el.tagName + (el.getAttribute('fill') === 'none' ? ':ring' : ':filled')));
    assert.deepEqual(shapes, ['rect:filled', 'circle:filled', 'circle:ring']);
    assert.equal(await page.locator('svg.across rect.start').count(), 3);
    assert.equal(await page.locator('svg.across circle.end').count(), 3);
    assert.equal(await page.locator('svg.across circle.peak').count(), 3);
  });

  it('slants the date labels of many sessions, all inside the chart and clear of the legend', async () => {
    const points = Array.from({ length: 24 }, (_, i) => ({ label: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`, title: `S${i}`, start: 'friendly', end: 'watchful', peak: 'conflict' }));
    const many = await browser.newPage();
    await many.setContent(`<!DOCTYPE html><body style="margin:0">${thermometerAcross(points, 'en')}</body>`);
    const dates = await boxes(many, 'svg.across text.date');
    const [chart] = await boxes(many, 'svg.across');
    const legend = await boxes(many, 'svg.across g.legend text');
    await many.close();
    assert.equal(dates.length, 24);
    for (const d of dates) {
      assert.ok(d.x >= chart.x && d.x + d.width <= chart.x + chart.width && d.y + d.height <= chart.y + chart.height, `${d.text} inside the chart`);
      for (const l of legend) assert.ok(!overlap(d, l), `${d.text} clear of the legend's ${l.text}`);
    }
  });

  it(`every measured text reaches ${AA}:1`, async () => {
    const failing: string[] = [];
    for (const [target, selector] of Object.entries(TARGETS)) {
      const found = await page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).map((el) => {
        const layers: string[] = [];
        for (let n: Element | null = el; n; n = n.parentElement) layers.push(getComputedStyle(n).backgroundColor);
        const style = getComputedStyle(el);
        return { text: (el.textContent ?? '').trim().slice(0, 30), fg: el instanceof SVGElement ? style.fill : style.color, layers };
      }), selector);
      assert.ok(found.length > 0, `no element for ${target}`);
      for (const s of found) {
        const ratio = contrastRatio(parseCssColor(s.fg), effectiveBackground(s.layers));
        if (ratio < AA) failing.push(`${target} "${s.text}": ${ratio.toFixed(2)}`);
      }
    }
    assert.deepEqual(failing, []);
  });
});
