// Someone who types without pausing (70 ms a key, no 150 ms pause ever) still sees the status bar's
// observation count catch up within 2 s of each tagged line: the session store's maximum wait (issue 25).
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { notesWorkbench, openFile, toEnd } from './typing';

const KEY_DELAY_MS = 70;
const TYPING_MS = 20_000;
const HEAD = '---\ntitle: Steady\ndate: 2026-05-12\nlang: en\n---\n\n';
const LINE = (n: number) => `Point ${n} #ambition`;

describe('typing steadily: the status bar keeps up (e2e)', function () {
  this.timeout(120_000);
  const workbench = notesWorkbench('steady', { 'steady.md': HEAD }, 'en', () => 'steady-typing');
  let page: Page;
  before(() => (page = workbench.page));

  it('at 70 ms a key for 20 s, each tagged line is counted within 2 s, while typing goes on', async () => {
    await openFile(page, 'steady.md');
    await toEnd(page);
    const status = page.locator('.statusbar-item', { hasText: /\d+ observations?/ });
    await status.first().waitFor({ timeout: 30_000 }); // the extension is live: "0 observations"
    // What the status bar said, and when, read every 100 ms while the typing goes on.
    const seen: { at: number; count: number }[] = [];
    let typing = true;
    const watching = (async () => {
      while (typing) {
        const text = await status.first().innerText().catch(() => '');
        const count = Number(/(\d+) observations?/.exec(text)?.[1] ?? 0);
        if (count !== (seen.at(-1)?.count ?? 0)) seen.push({ at: Date.now(), count });
        await page.waitForTimeout(100); // poll interval
      }
    })();
    const ended: number[] = [];
    const start = Date.now();
    for (let n = 1; Date.now() - start < TYPING_MS; n++) {
      await page.keyboard.type(LINE(n), { delay: KEY_DELAY_MS });
      await page.keyboard.press('Enter', { delay: KEY_DELAY_MS });
      await page.keyboard.press('Enter', { delay: KEY_DELAY_MS });
      ended.push(Date.now());
    }
    // The last lines may be counted after the typing stopped: watch 2 s more.
    await page.waitForTimeout(2_000);
    typing = false;
    await watching;
    assert.ok(ended.length >= 3, `typed ${ended.length} lines`);
    // The count may rise as the tag's last key lands, just before the Enters: no lag then.
    const lags = ended.map((at, i) => Math.max(0, (seen.find((s) => s.count >= i + 1)?.at ?? Infinity) - at));
    assert.ok(lags.every((lag) => lag <= 2_000), `lags after each tagged line: ${lags.join(', ')} ms`);
  });
});
