// The exported overview outside VS Code: no --vscode-* variables, so the stylesheet's fallbacks
// paint it. Measures WCAG contrast of its text in headless Chromium, on screen and in print.
// The stylesheet has no dark variant (fallbacks are light only), so there is no dark-scheme check.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { lowestContrast } from '../helpers/contrastSamples';
import { buildReport } from '../../../src/core/report/overview';
import { parseSession } from '../../../src/core/parse/parser';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';

const EXAMPLE = path.resolve(__dirname, '../../../../examples/2026-04-09-techniek-pact.md');
const AA = 4.5;

/** What is measured; every selector must match at least one element, so a renamed class fails the test. */
const TARGETS: Record<string, string> = {
  'body text': 'main span.obs, main p:not(.meta):not(.muted), h1, h2, h3, summary, dl.levels dt',
  'muted text': '.meta, .where, .muted, footer',
  'matrix headers': 'table.matrix th',
  'most shaded matrix cell': 'table.matrix td.s4 a',
  'level badges': '.level',
  'coverage hints': '#coverage p, #coverage ul.skipped li',
  'coverage hint chips': '#coverage .chip',
  'SVG axis labels': 'svg text.axis',
  'party table': 'table.parties th, table.parties td',
  'party hints': '#coverage ul.party-hints li',
  'people in the header': 'p.people',
};

describe('exported overview HTML: text contrast outside VS Code (headless Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let html: string;

  before(async () => {
    browser = await launchChromium();
    const session = parseSession(readFileSync(EXAMPLE, 'utf8'), { file: path.basename(EXAMPLE), vocabulary: BUILTIN_VOCABULARY });
    html = REPORT_FORMATS.html.render(buildReport([session], BUILTIN_VOCABULARY), 'nl', [session], BUILTIN_VOCABULARY);
  });

  after(async () => {
    await browser?.close();
  });

  for (const [mode, media] of [['screen', { media: 'screen' }], ['print', { media: 'print' }]] as const) {
    it(`${mode}: every measured text reaches ${AA}:1`, async () => {
      const page = await browser.newPage();
      await page.emulateMedia(media);
      await page.setContent(html, { waitUntil: 'load' });
      const lowest = await lowestContrast(page, TARGETS);
      await page.close();
      const failing = lowest.filter((l) => l.ratio < AA).map((l) => `${l.target} "${l.text}": ${l.fg} on ${l.bg} = ${l.ratio.toFixed(2)}`);
      assert.deepEqual(failing, []);
    });
  }

  it('control: the measurement catches a low-contrast fallback', async () => {
    const page = await browser.newPage();
    await page.setContent(html.replace('--muted: var(--vscode-descriptionForeground, #59636e)', '--muted: var(--vscode-descriptionForeground, #aaaaaa)'), { waitUntil: 'load' });
    const lowest = await lowestContrast(page, TARGETS);
    await page.close();
    const muted = lowest.find((l) => l.target === 'muted text');
    assert.equal(muted?.fg, '#aaaaaa');
    assert.equal(muted?.ratio.toFixed(2), '2.32');
  });
});
