// Readability in VS Code's own light, dark and high-contrast themes, measured in the real workbench:
// for each built-in theme, the session overview's text against its painted background (WCAG 4.5:1),
// its graphics and the contributed level/tag colours against the sidebar and editor backgrounds
// the workbench actually paints (3:1; tags colour editor text, so 4.5:1). One code-server session,
// themes picked with "Preferences: Color Theme". Screenshots: test-results/e2e/theme-*.png.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { contrastRatio, effectiveBackground, parseCssColor, toHex } from './contrast';
import { Contribution, EXAMPLE, SHOTS, Workbench, commandTitle, localized, manifest, openExample, openWorkbench, overviewFrame, palette } from './workbench';

/** label: as the theme picker lists it; setting: its workbench.colorTheme value. */
interface Theme { label: string; setting: string; kind: 'light' | 'dark' | 'highContrast' | 'highContrastLight'; workbenchClass: string }
const THEMES: Theme[] = [
  { label: 'Light Modern', setting: 'Default Light Modern', kind: 'light', workbenchClass: 'vs' },
  { label: 'Dark Modern', setting: 'Default Dark Modern', kind: 'dark', workbenchClass: 'vs-dark' },
  { label: 'Dark High Contrast', setting: 'Default High Contrast', kind: 'highContrast', workbenchClass: 'hc-black' },
  { label: 'Light High Contrast', setting: 'Default High Contrast Light', kind: 'highContrastLight', workbenchClass: 'hc-light' },
  // VS Code's defaults for new users since the 2026 themes.
  { label: 'Light 2026', setting: 'Light 2026', kind: 'light', workbenchClass: 'vs' },
  { label: 'Dark 2026', setting: 'Dark 2026', kind: 'dark', workbenchClass: 'vs-dark' },
];

const TEXT = 4.5;
const NON_TEXT = 3;

/** What to measure: a label, a CSS selector, and for graphics the property (and pseudo-element) that paints it. */
interface Probe { label: string; selector: string; paint?: 'fill' | 'stroke' | 'backgroundColor'; pseudo?: string; min: number }
const OVERVIEW_PROBES: Probe[] = [
  { label: 'body text', selector: 'main h1, h2, h3, #thermometer .advice p, #needs li, #actions li', min: TEXT },
  { label: 'muted text', selector: '.meta, .where, footer', min: TEXT },
  { label: 'matrix header', selector: 'table.matrix th', min: TEXT },
  { label: 'most shaded matrix cell', selector: 'table.matrix td.s4 a', min: TEXT },
  { label: 'shaded matrix cell', selector: 'table.matrix td.s1 a, table.matrix td.s2 a, table.matrix td.s3 a', min: TEXT },
  { label: 'empty matrix cell', selector: 'table.matrix td.s0', min: TEXT },
  { label: 'level badge (start/end/peak)', selector: 'dl.levels .level', min: TEXT },
  { label: 'level and tag chips', selector: '.level, .chip', min: TEXT },
  { label: 'coverage hint', selector: '#coverage p, #coverage li, #coverage .chip', min: TEXT },
  { label: 'thermometer axis label', selector: 'svg.chart text.axis', paint: 'fill', min: TEXT },
  { label: 'observation link', selector: 'button.obs', min: TEXT },
  { label: 'toolbar button', selector: '.toolbar button', min: TEXT },
  { label: 'level dot in badge', selector: '.level', paint: 'backgroundColor', pseudo: '::before', min: NON_TEXT },
  { label: 'thermometer reading dot', selector: 'svg.chart .dot', paint: 'fill', min: NON_TEXT },
  { label: 'thermometer course line', selector: 'svg.chart path.course', paint: 'stroke', min: NON_TEXT },
];

interface Sample { label: string; what: string; foreground: string; backgrounds: string[]; min: number }
interface Measured extends Sample { ratio: number }

/** Runs in the page: each matched element's paint colour and the background colours from it up to <html>. */
function sampleElements(probes: Probe[]): Sample[] {
  return probes.flatMap((probe) => Array.from(document.querySelectorAll(probe.selector), (el) => {
    const style = getComputedStyle(el, probe.pseudo);
    const backgrounds: string[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) backgrounds.push(getComputedStyle(node).backgroundColor);
    const what = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    return { label: probe.label, what, foreground: style[probe.paint ?? 'color'], backgrounds, min: probe.min };
  }));
}

function measure(samples: Sample[]): Measured[] {
  return samples.map((s) => ({ ...s, ratio: contrastRatio(parseCssColor(s.foreground), effectiveBackground(s.backgrounds)) }));
}

const describeFailure = (m: Measured) =>
  `${m.label}: ${m.what} ${toHex(parseCssColor(m.foreground))} on ${toHex(effectiveBackground(m.backgrounds))} = ${m.ratio.toFixed(2)} < ${m.min}`;

describe('readable in the built-in colour themes (e2e)', function () {
  this.timeout(60_000);
  let workbench: Workbench | undefined;
  let page: Page;
  let overview: Frame;
  let failed = false;
  const container = (manifest.contributes.viewsContainers?.activitybar ?? [])
    .find((c: Contribution) => c.id === 'facilitatorNotes') as Contribution;

  before(async function () {
    this.timeout(180_000);
    workbench = await openWorkbench('e2e-themes', {});
    page = workbench.page;
    await openExample(page);
    await page.locator(`.activitybar .action-item a.action-label[aria-label^="${localized(container.title)}"]`).click();
    const title = commandTitle('facilitatorNotes.openOverviewToSide');
    assert.ok(title, 'package.json contributes facilitatorNotes.openOverviewToSide');
    await page.locator('.tabs-container .tab', { hasText: EXAMPLE }).click(); // the palette offers the command with a Markdown editor focused
    await palette(page, title);
    overview = await overviewFrame(page);
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') failed = true;
  });

  after(async () => {
    await workbench?.close(failed);
  });

  /** Picks the theme with "Preferences: Color Theme" and waits until the workbench and the webview both use it. */
  async function switchTo(theme: Theme): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Preferences: Color Theme');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme' }).first().click();
    await input.fill(theme.label);
    await page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: new RegExp(`^${theme.label}$`) }).click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.locator(`.monaco-workbench.${theme.workbenchClass}`).waitFor({ timeout: 20_000 });
    await overview.locator(`body[data-vscode-theme-name="${theme.label}"]`).waitFor({ timeout: 20_000 });
  }

  /** The contributed colours as the workbench resolved them, and the backgrounds it paints behind them. */
  async function workbenchColours() {
    return page.evaluate((ids: string[]) => {
      const root = getComputedStyle(document.querySelector('.monaco-workbench')!);
      const chain = (el: Element | null) => {
        const layers: string[] = [];
        for (let node = el; node; node = node.parentElement) layers.push(getComputedStyle(node).backgroundColor);
        return layers;
      };
      const icons = Array.from(document.querySelectorAll('.part.sidebar .monaco-list-row .codicon'))
        .filter((icon) => /codicon-(pass|eye|warning|flame)\b/.test(icon.className))
        .map((icon) => ({ what: icon.className, foreground: getComputedStyle(icon).color, backgrounds: chain(icon) }));
      return {
        colours: Object.fromEntries(ids.map((id) => [id, root.getPropertyValue(`--vscode-${id.replace('.', '-')}`).trim()])),
        sidebar: chain(document.querySelector('.part.sidebar')),
        editor: chain(document.querySelector('.part.editor .monaco-editor .monaco-editor-background')),
        icons,
      };
    }, (manifest.contributes.colors as { id: string }[]).map((c) => c.id));
  }

  for (const theme of THEMES) {
    it(`${theme.setting}: overview text ≥ ${TEXT}:1, graphics and contributed colours ≥ ${NON_TEXT}:1`, async () => {
      await switchTo(theme);
      const samples = await overview.evaluate(sampleElements, OVERVIEW_PROBES);
      for (const probe of OVERVIEW_PROBES) assert.ok(samples.some((m) => m.label === probe.label), `the overview shows a ${probe.label} (${probe.selector})`);

      const wb = await workbenchColours();
      for (const { id, defaults } of manifest.contributes.colors as { id: string; defaults: Record<string, string> }[]) {
        const colour = defaults[theme.kind];
        assert.equal(wb.colours[id].toLowerCase(), colour.toLowerCase(), `${id} as the workbench resolves it`);
        // Tags colour text in the editor; levels tint icons in the sidebar and reading markers in the editor.
        if (id.endsWith('Tag')) samples.push({ label: `${id} on the editor`, what: colour, foreground: colour, backgrounds: wb.editor, min: TEXT });
        else {
          samples.push({ label: `${id} on the editor`, what: colour, foreground: colour, backgrounds: wb.editor, min: NON_TEXT });
          samples.push({ label: `${id} on the sidebar`, what: colour, foreground: colour, backgrounds: wb.sidebar, min: NON_TEXT });
        }
      }
      assert.ok(wb.icons.length > 0, 'the sidebar shows level icons');
      samples.push(...wb.icons.map((i) => ({ label: 'sidebar level icon', ...i, min: NON_TEXT })));
      const all = measure(samples);

      // Two shots: the top of the overview with the sidebar and the editor, then its thermometer and coverage part.
      const shot = `theme-${theme.setting.replace(/\s+/g, '-').toLowerCase()}`;
      await page.screenshot({ path: path.join(SHOTS, `${shot}.png`) });
      await overview.evaluate(() => document.getElementById('thermometer')!.scrollIntoView());
      await page.screenshot({ path: path.join(SHOTS, `${shot}-lower.png`) });
      await overview.evaluate(() => window.scrollTo(0, 0));
      const lowest = (min: number) => all.filter((m) => m.min === min).reduce((a, b) => (b.ratio < a.ratio ? b : a));
      for (const min of [TEXT, NON_TEXT]) {
        const m = lowest(min);
        console.log(`      lowest ${min === TEXT ? 'text' : 'non-text'} ratio ${m.ratio.toFixed(2)}: ${m.label} ${m.what}`);
      }
      const failures = [...new Set(all.filter((m) => m.ratio < m.min).map(describeFailure))];
      assert.deepEqual(failures, [], `${theme.setting}: too little contrast`);
    });
  }
});
