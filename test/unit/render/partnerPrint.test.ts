// The partner report printed on A4 in headless Chromium: no table row cut across pages, header rows
// repeated, and readable text. Chromium lays out print pages only inside page.pdf, so the pages are laid
// out as columns of an A4 page's content box: the same fragmentation engine, with boxes to measure.
import { strict as assert } from 'node:assert';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { lowestContrast } from '../helpers/contrastSamples';
import { renderPartnerReport } from '../../../src/core/render/report/partnerReport';
import { HARBOUR } from '../helpers/harbourNotes';

/** A4 minus the report's 18 mm × 16 mm margins, in CSS pixels (96 per inch). */
const PAGE = { width: Math.floor((210 - 32) * 96 / 25.4), height: Math.floor((297 - 36) * 96 / 25.4) };
const AA = 4.5;

const LONG = 'and check with every partner organisation in the region whether the planning for the autumn still holds, with a written answer';
const NOTES = ['---', 'title: Regiotafel jeugdhulp', 'date: 2026-04-09', 'facilitator: Esther', 'thermometer: friendly', 'participants: [Gemeente, Het Anker, Thuisbasis]', '---', '',
  '## Round #explore', '',
  ...Array.from({ length: 12 }, (_, i) => `- ${i % 4 === 0 ? 'Gemeente: ' : ''}Observation ${i + 1} about the shared front door #${['ambition', 'interests', 'process'][i % 3]} #${['explore', 'share'][i % 2]}`),
  '', '14:05 #watchful', '', 'We meet monthly. #decision', '',
  ...Array.from({ length: 40 }, (_, i) => `- [${i % 5 === 0 ? 'x' : ' '}] Action ${i + 1}: send the minutes${i % 3 === 0 ? ` ${LONG}` : ''}`
    + `${['@Gemeente', '@Anker', ''][i % 3] ? ` ${['@Gemeente', '@Anker', ''][i % 3]}` : ''}${i % 2 ? ` 2026-05-${String(1 + (i % 28)).padStart(2, '0')}` : ''}`),
  ''].join('\n');
const html = renderPartnerReport({ file: 'r.md', text: NOTES }, { format: 'html', lang: 'en', thermometer: true });
const short = renderPartnerReport({ file: 'h.md', text: HARBOUR }, { format: 'html', lang: 'nl' });

/** Lays the printed report out in page-sized columns; `extra` CSS is added after the report's own. */
async function paged(browser: Browser, extra = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: PAGE.height + 100 } });
  await page.emulateMedia({ media: 'print' });
  await page.setContent(html.replace('</style>', `body { margin: 0; padding: 0; column-width: ${PAGE.width}px; column-gap: 0; column-fill: auto; height: ${PAGE.height}px; width: ${PAGE.width}px; }
section.report-section { break-before: column; }${extra}</style>`), { waitUntil: 'load' });
  return page;
}

/** Per table row of the report: how many fragments (columns, i.e. pages) its box is in. */
function rowFragments(page: Page): Promise<{ text: string; fragments: number }[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('table.report tr')).map((tr) => ({
    text: (tr.textContent ?? '').slice(0, 30),
    fragments: new Set(Array.from(tr.getClientRects()).filter((r) => r.height > 0).map((r) => Math.round(r.left))).size,
  })));
}

describe('partner report on A4 (headless Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  it('no table row of the 40 actions is cut across pages, and the action table spans pages with its header repeated', async () => {
    const page = await paged(browser);
    const rows = await rowFragments(page);
    const headerFragments = await page.evaluate(() => document.querySelector('#actions thead')!.getClientRects().length);
    const actionPages = await page.evaluate(() => new Set(Array.from(document.querySelectorAll('#actions tbody tr')).map((tr) => Math.round(tr.getBoundingClientRect().left))).size);
    await page.close();
    assert.equal(rows.length, 1 + 40);
    assert.deepEqual(rows.filter((r) => r.fragments !== 1), []);
    assert.ok(actionPages >= 2, `the actions fit one page (${actionPages}): the sample does not test page breaks`);
    assert.equal(headerFragments, actionPages);
  });

  it('prints to A4 PDFs: a short report on as few pages as its content needs, not a page per section', async () => {
    const pagesOf = async (page: string) => {
      const tab = await browser.newPage();
      await tab.setContent(page, { waitUntil: 'load' });
      const pdf = (await tab.pdf({ preferCSSPageSize: true })).toString('latin1');
      await tab.close();
      const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
      assert.deepEqual(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))], [595, 842]);
      return pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    };
    const pages = [await pagesOf(short), await pagesOf(html)];
    assert.deepEqual(pages, [2, 5]);
  });

  it('no table or chart runs past the printed page\'s right edge', async () => {
    for (const report of [html, short]) {
      const page = await paged(browser);
      await page.setContent(report.replace('</style>', `body { margin: 0; padding: 0; width: ${PAGE.width}px; }</style>`), { waitUntil: 'load' });
      const rights = await page.evaluate(() => Array.from(document.querySelectorAll('table.report, figure.chart svg')).map((e) => e.getBoundingClientRect().right));
      await page.close();
      assert.ok(rights.length > 0);
      assert.deepEqual(rights.filter((r) => r > PAGE.width + 0.5), []);
    }
  });

  for (const media of ['screen', 'print'] as const) {
    it(`${media}: every text reaches ${AA}:1`, async () => {
      const page = await browser.newPage();
      await page.emulateMedia({ media });
      await page.setContent(html, { waitUntil: 'load' });
      const lowest = await lowestContrast(page, {
        headings: 'h1, h2, h3, h4', fields: 'p.fields', 'list items': 'li', kicker: '.kicker', 'chart notes': 'figcaption',
        'table headers': 'table.report th', 'table cells': 'table.report td', paragraphs: 'section p',
      });
      await page.close();
      assert.deepEqual(lowest.filter((l) => l.ratio < AA).map((l) => `${l.target} "${l.text}": ${l.fg} on ${l.bg} = ${l.ratio.toFixed(2)}`), []);
    });
  }
});
