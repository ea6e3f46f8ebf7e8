// `npm run bench:typing`: how much the sidebar and the session overview beside the notes slow typing down.
// The packaged .vsix in code-server, a fixed note typed key by key with Playwright (each key waits until
// the page has handled it, so freezes show as time), alternately with neither open and with the
// Facilitator Notes sidebar and the overview open; prints the median times and their ratio (goal ≤ 1.10).
// An e2e benchmark: not part of npm test. Record the figure in BENCHMARKS.md ("Typing with the overview open").
import * as os from 'node:os';
import type { Page } from 'playwright-core';
import { DUTCH_NOTE } from '../e2e/typedNotes';
import { notesFolder, openFile, typeText } from '../e2e/typing';
import { commandTitle, localized, manifest, openWorkbench, overviewFrame, palette } from '../e2e/workbench';

const ROUNDS = Number(process.env.FN_BENCH_ROUNDS) || 2;
const KEY_DELAY_MS = 0;

async function timedTyping(page: Page, file: string): Promise<number> {
  await openFile(page, file);
  const started = performance.now();
  await typeText(page, DUTCH_NOTE, KEY_DELAY_MS);
  const took = performance.now() - started;
  await page.keyboard.press('Control+S'); // so closing the editors later asks nothing
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  return took;
}

async function showPanels(page: Page, file: string): Promise<void> {
  const container = manifest.contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'facilitatorNotes');
  // The sidebar shows ours after the previous round with panels; clicking the icon again would close it.
  if (!(await page.locator('.part.sidebar').isVisible())) {
    await page.locator(`.activitybar .action-item a.action-label[aria-label^="${localized(container.title)}"]`).click();
  }
  await openFile(page, file);
  await palette(page, commandTitle('facilitatorNotes.openOverviewToSide')!);
  await page.locator('.tabs-container .tab', { hasText: 'Overview' }).first().waitFor();
  await overviewFrame(page); // opening the page is not what is timed: typing beside it is
  await openFile(page, file); // the focus back in the notes, the overview beside them
}

async function hidePanels(page: Page): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('>View: Close All Editors');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'View: Close All Editors' }).first().waitFor();
  await page.keyboard.press('Enter');
  if (await page.locator('.part.sidebar').isVisible()) await palette(page, 'View: Close Primary Side Bar');
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

async function main(): Promise<void> {
  const files = Object.fromEntries(['warm-up', ...Array.from({ length: ROUNDS * 2 }, (_, i) => String(i))].map((n) => [`typing-${n}.md`, '']));
  const folder = notesFolder('bench-typing', files);
  const workbench = await openWorkbench('bench-typing', {}, { folder: folder.dir });
  const page = workbench.page;
  const plain: number[] = [];
  const live: number[] = [];
  const withoutPanels = async (file: string) => { await hidePanels(page); plain.push(await timedTyping(page, file)); };
  const withPanels = async (file: string) => { await showPanels(page, file); live.push(await timedTyping(page, file)); };
  try {
    await timedTyping(page, 'typing-warm-up.md'); // the first typing in a fresh workbench loads code: not timed
    for (let round = 0; round < ROUNDS; round++) {
      // Alternating which goes first, so both see the same drift in machine load.
      const [first, second] = round % 2 ? [withPanels, withoutPanels] : [withoutPanels, withPanels];
      await first(`typing-${round * 2}.md`);
      await second(`typing-${round * 2 + 1}.md`);
      console.log(`round ${round + 1}: neither open ${(plain[round] / 1000).toFixed(1)} s, sidebar and overview open ${(live[round] / 1000).toFixed(1)} s`);
    }
  } finally {
    await workbench.close(false);
    folder.remove();
  }
  const ratio = median(live) / median(plain);
  console.log(`typing ${DUTCH_NOTE.length} characters: neither open ${(median(plain) / 1000).toFixed(1)} s, sidebar and overview open ${(median(live) / 1000).toFixed(1)} s`);
  console.log(`ratio ${ratio.toFixed(2)} (goal ≤ 1.10) · ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} · ${new Date().toISOString().slice(0, 10)}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
