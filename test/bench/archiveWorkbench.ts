// The code-server part of `npm run bench:archive`: the packaged .vsix opened on the generated archive, as a user
// would, against the same steps in a workspace of one note. Measures the time to the Actions view populated from
// opening the folder, cold (fresh extension storage) and warm (the same storage reopened); the workspace overview's
// first paint and its page size; a collaboration's dossier; the extension host's memory; and typing 10 lines at
// 70 ms a key into one note with the Actions view and the workspace overview open (key-down to paint, long tasks).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openFile, toEnd, typeText } from '../e2e/typing';
import { commandTitle, container, localized, manifest, openWorkbench, overviewFrame, palette, Run, SHOTS, Workbench } from '../e2e/workbench';

const KEY_DELAY_MS = 70;
/** The note typed into: the next session of a Dutch collaboration, in the archive and alone in a folder. */
const TYPED_NOTE = 'volgende-sessie.md';
/** Ten lines as a facilitator types them in a meeting; one decision, so the workspace views have something to update. */
const TYPED_LINES = [
  'De wethouder opent en vraagt wat er sinds vorige keer is gebeurd #ambitie',
  'De corporatie heeft de lijst met woningen nog niet rond #organisatie',
  'Wijkteam: we wachten al drie weken op antwoord #belangen #behoefte/erkenning',
  'Er valt een stilte als het over geld gaat #relatie',
  'De thuiszorg stelt voor de planning samen te maken #proces',
  'Iedereen knikt maar niemand neemt het op zich #organisatie',
  'We maken de planning voortaan samen op de tweede dinsdag #besluit',
  'De school wil eerst weten wie de regie houdt #belangen',
  'Gemeente: de regie blijft bij ons tot de zomer #relatie',
  'Het gesprek is rustiger dan de vorige keer #proces',
].join('\n');
/** Generous: a cold scan of thousands of notes on a loaded machine. */
const SCAN_TIMEOUT_MS = 600_000;
const DOSSIER_TIMEOUT_MS = 120_000;
const INDEX_FILE = 'notes-index.json';
const actionsView = (manifest.contributes.views.facilitatorNotes as { id: string; name: string }[]).find((v) => v.id === 'facilitatorNotes.actions')!;

/** Wall-clock milliseconds, comparable with a page's performance.timeOrigin + performance.now(). */
const now = (): number => performance.timeOrigin + performance.now();

/** Says on stderr what the bench does now: a run of minutes shows where it is. */
const step = (what: string): void => void process.stderr.write(`  ${new Date().toISOString().slice(11, 19)} ${what}\n`);

export interface TypingFigures { keys: number; medianMs: number; p95Ms: number; slowestMs: number; longTasks: number; longestTaskMs: number }

export interface HostFigures {
  /** Actions view's first row, from the workbench page's navigation (opening the folder) and from showing the view. */
  actionsFromOpenMs: number;
  actionsFromViewMs: number;
  rssAfterScanMb: number;
  overviewPaintMs: number;
  overviewElements: number;
  overviewHeightPx: number;
  /** The first and a second collaboration's dossier, from the click in the overview; empty without a dossier button. */
  dossierMs: number[];
  typing?: TypingFigures;
  rssAtEndMb: number;
  peakRssMb: number;
}

/** Resident and peak memory (MB) of the extension host: the descendant of code-server's process started for it. */
function extensionHostMemory(serverPid: number): { rss: number; peak: number } {
  const parents = new Map<number, number>();
  for (const name of fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    const stat = readQuietly(`/proc/${name}/stat`);
    parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  }
  const under = (pid: number): boolean => pid === serverPid || (pid > 1 && parents.has(pid) && under(parents.get(pid)!));
  const host = [...parents.keys()].find((pid) => under(pid) && /extensionHost/.test(readQuietly(`/proc/${pid}/cmdline`)));
  if (host === undefined) throw new Error(`no extension host under process ${serverPid}`);
  const status = readQuietly(`/proc/${host}/status`);
  const mb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1]) / 1024;
  return { rss: mb('VmRSS'), peak: mb('VmHWM') };
}

function readQuietly(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return ''; // the process ended while the tree was read
  }
}

/** Shows the Facilitator Notes side bar with the Actions view expanded; returns when it was asked to show. */
async function showActionsView(page: Page): Promise<number> {
  const header = page.locator('.sidebar .pane-header', { hasText: localized(actionsView.name) });
  let shown = now();
  if (!(await header.isVisible())) {
    shown = now();
    await page.locator(`.activitybar .action-item a.action-label[aria-label^="${localized(container?.title)}"]`).click();
  }
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  return shown;
}

/** Opens the workbench on `folder` and times the Actions view populated (its first row). */
async function startHost(folder: string, run?: Run): Promise<{ workbench: Workbench; fromOpenMs: number; fromViewMs: number }> {
  const workbench = await openWorkbench('bench-archive', {}, { folder, run });
  const page = workbench.page;
  const opened = await page.evaluate(() => performance.timeOrigin);
  const shown = await showActionsView(page);
  const pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: localized(actionsView.name) }) });
  await pane.locator('.monaco-list-row[aria-level="1"]').first().waitFor({ timeout: SCAN_TIMEOUT_MS });
  const populated = now();
  return { workbench, fromOpenMs: populated - opened, fromViewMs: populated - shown };
}

/** When the page in `frame` first painted content (wall clock); without a paint entry, now. */
function paintedAt(frame: Frame): Promise<number> {
  return frame.evaluate(() => performance.timeOrigin + (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now()));
}

/** Opens the workspace overview: its first paint from the command, and the page's element count and height. */
async function openWorkspaceOverview(page: Page): Promise<{ paintMs: number; elements: number; heightPx: number; frame: Frame }> {
  const asked = performance.timeOrigin + await workbenchCommand(page, commandTitle('facilitatorNotes.openWorkspaceOverview')!);
  const frame = await overviewFrame(page, SCAN_TIMEOUT_MS, 'main#overview > *');
  const paintMs = await paintedAt(frame) - asked;
  const size = await frame.evaluate(() => ({ elements: document.getElementsByTagName('*').length, heightPx: document.documentElement.scrollHeight }));
  return { paintMs, ...size, frame };
}

/** Records in `frame` when the page's <main> is next swapped: the end of the frame painted after it (wall clock). */
function watchSwap(frame: Frame): Promise<void> {
  return frame.evaluate(() => {
    const probe = window as unknown as { fnSwappedAt?: number };
    probe.fnSwappedAt = undefined;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      // A message posted in a frame callback arrives after that frame is painted.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { probe.fnSwappedAt = performance.timeOrigin + performance.now(); };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.getElementById('overview')!, { childList: true });
  });
}

/** When `frame` showed its content: after a swap in the same page, that paint; in a page loaded anew, its first paint. */
async function shownAt(frame: Frame): Promise<number> {
  if (!(await frame.evaluate(() => 'fnSwappedAt' in window))) return paintedAt(frame);
  const swapped = await frame.waitForFunction(() => (window as unknown as { fnSwappedAt?: number }).fnSwappedAt, undefined, { timeout: DOSSIER_TIMEOUT_MS });
  return swapped.jsonValue() as Promise<number>;
}

/** Opens the `nth` collaboration's dossier from the overview and goes back; the time from the click to its first paint. */
async function dossierTime(page: Page, overview: Frame, nth: number): Promise<{ ms: number; overview: Frame }> {
  await watchSwap(overview);
  const clicked = now();
  await overview.locator('button.open-dossier').nth(nth).click();
  const dossier = await overviewFrame(page, DOSSIER_TIMEOUT_MS, 'main#overview article.dossier');
  const ms = await shownAt(dossier) - clicked;
  await dossier.locator('button[data-command="workspace"]').click();
  return { ms, overview: await overviewFrame(page, DOSSIER_TIMEOUT_MS, 'main#overview button.open-dossier') };
}

/** Records each key's time from key-down to the frame after it (the next paint), and long tasks, in the workbench page. */
async function watchKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = window as unknown as { fnKeys: number[]; fnLongTasks: number[] };
    probe.fnKeys = [];
    probe.fnLongTasks = [];
    addEventListener('keydown', (e) => {
      const down = e.timeStamp;
      // A message posted in a frame callback arrives after that frame is painted.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => probe.fnKeys.push(performance.now() - down);
        channel.port2.postMessage(null);
      });
    }, true);
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) probe.fnLongTasks.push(entry.duration); }).observe({ type: 'longtask' });
  });
}

async function keyFigures(page: Page): Promise<TypingFigures> {
  const { keys, longTasks } = await page.evaluate(() => {
    const probe = window as unknown as { fnKeys: number[]; fnLongTasks: number[] };
    return { keys: probe.fnKeys, longTasks: probe.fnLongTasks };
  });
  const sorted = [...keys].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { keys: keys.length, medianMs: at(0.5), p95Ms: at(0.95), slowestMs: sorted.at(-1) ?? NaN, longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks) };
}

/**
 * Runs a command from the palette with the focus out of the overview's page (which keeps F1 to itself, and takes
 * the focus back as it moves, closing the palette): a click on the status bar's empty middle first, tried again.
 * Returns when Enter was pressed (performance.now()).
 */
async function workbenchCommand(page: Page, title: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const bar = await page.locator('.part.statusbar').boundingBox();
    await page.mouse.click(bar!.x + bar!.width / 2, bar!.y + bar!.height / 2);
    try {
      return await palette(page, title);
    } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

/** Types TYPED_LINES at the end of TYPED_NOTE, with the workspace overview (moved to the right) and the Actions view open. */
async function typeBesideViews(page: Page): Promise<TypingFigures> {
  await workbenchCommand(page, 'View: Move Editor into Right Group');
  await workbenchCommand(page, 'View: Focus First Editor Group');
  await openFile(page, TYPED_NOTE);
  await toEnd(page);
  await page.keyboard.press('Enter');
  await watchKeys(page);
  await typeText(page, TYPED_LINES, KEY_DELAY_MS);
  await page.waitForTimeout(1000); // the last keys' paints and long tasks are recorded
  return keyFigures(page);
}

/** The steps measured in one host, after the Actions view populated: memory, the overview, dossiers, typing. */
async function measureHost(name: string, started: Awaited<ReturnType<typeof startHost>>, typing: boolean): Promise<HostFigures> {
  try {
    return await measureSteps(started, typing);
  } catch (e) {
    await started.workbench.page.screenshot({ path: path.join(SHOTS, `bench-archive-${name}.png`) }).catch(() => undefined);
    throw e;
  }
}

async function measureSteps(started: Awaited<ReturnType<typeof startHost>>, typing: boolean): Promise<HostFigures> {
  const { page, serverPid } = started.workbench;
  step(`Actions view populated after ${(started.fromOpenMs / 1000).toFixed(1)} s; opening the workspace overview`);
  // A panel the workbench restored at the start (a warm start) would be taken for the new page.
  await workbenchCommand(page, 'View: Close All Editors');
  // FN_SETTLE_MS: time the overview and dossiers once the workbench has had that long to finish its own start.
  if (process.env.FN_SETTLE_MS) await page.waitForTimeout(Number(process.env.FN_SETTLE_MS));
  const afterScan = extensionHostMemory(serverPid);
  const overview = await openWorkspaceOverview(page);
  const dossierMs: number[] = [];
  let frame = overview.frame;
  const dossiers = Math.min(2, await frame.locator('button.open-dossier').count());
  for (let nth = 0; nth < dossiers; nth++) {
    step(`dossier ${nth + 1}`);
    const visit = await dossierTime(page, frame, nth);
    dossierMs.push(visit.ms);
    frame = visit.overview;
  }
  if (typing) step('typing');
  const typed = typing ? await typeBesideViews(page) : undefined;
  const end = extensionHostMemory(serverPid);
  return {
    actionsFromOpenMs: started.fromOpenMs, actionsFromViewMs: started.fromViewMs, rssAfterScanMb: afterScan.rss,
    overviewPaintMs: overview.paintMs, overviewElements: overview.elements, overviewHeightPx: overview.heightPx,
    dossierMs, typing: typed, rssAtEndMb: end.rss, peakRssMb: end.peak,
  };
}

/** Waits until the extension has written the notes index into the run's workspace storage and it stopped growing. */
async function indexWritten(run: Run, page: Page): Promise<number> {
  const storage = path.join(run.dir, 'ud/User/workspaceStorage');
  const size = () => {
    const found = fs.existsSync(storage) ? fs.readdirSync(storage, { recursive: true }).map(String).find((f) => f.endsWith(INDEX_FILE)) : undefined;
    return found ? fs.statSync(path.join(storage, found)).size : 0;
  };
  const deadline = Date.now() + 120_000;
  for (let last = -1; ;) {
    const bytes = size();
    if (bytes > 0 && bytes === last) return bytes;
    if (Date.now() > deadline) throw new Error(`no ${INDEX_FILE} in ${storage}`);
    last = bytes;
    await page.waitForTimeout(2000); // the extension writes the index 2 s after the last change to it
  }
}

/**
 * Adds TYPED_NOTE to the first Dutch collaboration of the archive (a copy of its latest notes, a week later) and
 * makes a folder `oneNote` holding only that note, at the same place; returns the note's path in the archive.
 */
function addTypedNote(archive: string, oneNote: string): string {
  for (const folder of fs.readdirSync(archive).sort()) {
    const latest = fs.readdirSync(path.join(archive, folder)).sort().at(-1)!;
    const text = fs.readFileSync(path.join(archive, folder, latest), 'utf8');
    if (!/^samenwerking: /m.test(text)) continue;
    const next = text.replace(/^date: (\S+)$/m, (_line, date: string) => `date: ${new Date(Date.parse(date) + 7 * 86_400_000).toISOString().slice(0, 10)}`);
    for (const root of [archive, oneNote]) {
      fs.mkdirSync(path.join(root, folder), { recursive: true });
      fs.writeFileSync(path.join(root, folder, TYPED_NOTE), next);
    }
    return path.join(folder, TYPED_NOTE);
  }
  throw new Error(`no Dutch collaboration in ${archive}`);
}

export interface WorkbenchFigures { oneNote: HostFigures; cold: HostFigures; warm: HostFigures; indexBytes: number }

/**
 * The archive in `archive` (TYPED_NOTE added) against a folder of only that note (made in `oneNote`). The one-note
 * host types, the archive's cold host runs every step but typing, the warm host (the cold host's extension storage
 * and browser profile reopened) types.
 */
export async function workbenchBench(archive: string, oneNote: string): Promise<WorkbenchFigures> {
  addTypedNote(archive, oneNote);
  step('one-note workspace');
  const single = await startHost(oneNote);
  let oneNoteFigures: HostFigures;
  try {
    oneNoteFigures = await measureHost('one-note', single, true);
  } finally {
    await single.workbench.close(false);
  }
  step('the archive, cold');
  const cold = await startHost(archive);
  let coldFigures: HostFigures;
  let indexBytes: number;
  try {
    coldFigures = await measureHost('cold', cold, false);
    // Nothing left open to restore: the warm start only reads the index and fills the Actions view.
    await workbenchCommand(cold.workbench.page, 'View: Close All Editors');
    step('waiting for the notes index to be written');
    indexBytes = await indexWritten(cold.workbench.run, cold.workbench.page);
  } catch (e) {
    await cold.workbench.close(true);
    throw e;
  }
  await cold.workbench.close(true);
  step('the archive, warm');
  const warm = await startHost(archive, cold.workbench.run);
  try {
    return { oneNote: oneNoteFigures, cold: coldFigures, warm: await measureHost('warm', warm, true), indexBytes };
  } finally {
    await warm.workbench.close(false);
  }
}
