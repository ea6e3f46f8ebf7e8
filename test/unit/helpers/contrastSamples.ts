// WCAG contrast of a page's text in Chromium: per named selector, its lowest-contrast element.
import { strict as assert } from 'node:assert';
import { Page } from 'playwright-core';
import { contrastRatio, effectiveBackground, parseCssColor, toHex } from '../../e2e/contrast';

interface Sample { text: string; fg: string; layers: string[] }

/** Text colour (fill for SVG text) and the background layers under each element, innermost first. */
function samples(page: Page, selector: string): Promise<Sample[]> {
  return page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).map((el) => {
    const style = getComputedStyle(el);
    const layers: string[] = [];
    for (let n: Element | null = el; n; n = n.parentElement) layers.push(getComputedStyle(n).backgroundColor);
    return { text: (el.textContent ?? '').trim().slice(0, 40), fg: el instanceof SVGElement ? style.fill : style.color, layers };
  }), selector);
}

export interface Lowest { target: string; ratio: number; text: string; fg: string; bg: string }

/** Every selector must match at least one element, so a renamed class fails the test. */
export async function lowestContrast(page: Page, targets: Record<string, string>): Promise<Lowest[]> {
  const lowest: Lowest[] = [];
  for (const [target, selector] of Object.entries(targets)) {
    const found = await samples(page, selector);
    assert.ok(found.length > 0, `no element for ${target}: ${selector}`);
    const measured = found.map((s) => {
      const bg = effectiveBackground(s.layers);
      return { target, ratio: contrastRatio(parseCssColor(s.fg), bg), text: s.text, fg: toHex(parseCssColor(s.fg)), bg: toHex(bg) };
    });
    lowest.push(measured.reduce((a, b) => (b.ratio < a.ratio ? b : a)));
  }
  return lowest;
}
