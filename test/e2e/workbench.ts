// Shared set-up of the e2e suites: the packaged .vsix installed into code-server (once per test run), a fresh
// code-server per suite, a headless chromium page on the examples/ folder, and the few workbench gestures the suites use.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { GroupNode, GroupingMode, buildFileTree } from '../../src/core/report/grouping';
import { Session } from '../../src/core/parse/model';
import { termLabel } from '../../src/core/vocabulary/labels';
import { BUILTIN_VOCABULARY } from '../../src/core/vocabulary/vocabulary';

export const ROOT = path.resolve(__dirname, '../../..');
export const EXAMPLES = path.join(ROOT, 'examples');
export const EXAMPLE = '2026-05-12-youth-support-network.md';
export const SHOTS = path.join(ROOT, 'test-results/e2e');

export interface Contribution { command?: string; id?: string; title?: string; name?: string; category?: string }
export const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
export const localized = (s = ''): string => s.replace(/^%(.+)%$/, (whole, key: string) => nls[key] ?? whole);
const vsix = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

/** The part of scripts/lib/code-server.mjs the suites use (loaded at run time: it is an ES module). */
export interface Run { dir: string; extensionsDir: string }
interface Server { pid: number; stop(): Promise<void> }
interface SharedChromium { browser: Browser; newContext(): Promise<BrowserContext> }
interface Harness {
  assertInstalled(): void;
  createRun(kind: string, settings?: object): Run;
  removeRun(run: Run): void;
  installVsix(run: Run, vsix: string): Promise<void>;
  startCodeServer(run: Run, options?: { locale?: string }): Promise<Server>;
  launchChromium(run: Run): Promise<BrowserContext>;
  launchSharedChromium(run: Run): Promise<SharedChromium>;
  workbenchUrl(server: Server, folder: string): string;
}

const loadHarness = (): Promise<Harness> => import(pathToFileURL(path.join(ROOT, 'scripts/lib/code-server.mjs')).href);

/**
 * Under mocha, the workbenches of one test run share the .vsix installed once and one browser (each workbench its
 * own user data and browser context, as empty as before): installing the same file and starting the same browser
 * again cost seconds per suite. Both go after the last test file.
 */
let shared: { run: Run; extensionsDir: Promise<string>; chromium: Promise<SharedChromium> } | undefined;
const underMocha = typeof after === 'function';
if (underMocha) {
  after(async () => {
    if (!shared) return;
    await shared.chromium.then((c) => c.browser.close(), () => undefined);
    (await loadHarness()).removeRun(shared.run);
  });
}

function sharedParts(harness: Harness) {
  if (!shared) {
    const run = harness.createRun('e2e-shared');
    shared = { run, extensionsDir: harness.installVsix(run, vsix).then(() => run.extensionsDir), chromium: harness.launchSharedChromium(run) };
    // Awaited by each workbench; a failure fails the workbench that waits for it, not the process.
    shared.extensionsDir.catch(() => undefined);
    shared.chromium.catch(() => undefined);
  }
  return shared;
}

export const container = (manifest.contributes.viewsContainers?.activitybar ?? [])
  .find((c: Contribution) => c.id === 'facilitatorNotes') as Contribution | undefined;
export const observationsView = (manifest.contributes.views?.facilitatorNotes ?? [])
  .find((v: Contribution) => v.id === 'facilitatorNotes.observations') as Contribution | undefined;

export function commandTitle(id: string): string | undefined {
  const c = (manifest.contributes.commands as Contribution[]).find((x) => x.command === id);
  return c && `${localized(c.category)}${c.category ? ': ' : ''}${localized(c.title)}`;
}

export interface Workbench {
  page: Page;
  run: Run;
  /** code-server's process: the extension host is one of its descendants. */
  serverPid: number;
  /** Closes the browser and stops code-server; the run folder is kept (for its logs) when `keepRun`. */
  close(keepRun: boolean): Promise<void>;
}

/**
 * code-server with the packaged extension and `settings` as user settings, the workbench loaded on
 * `folder` (examples/ by default), in the display language `locale` (English by default). With `run`, a
 * run kept by an earlier close(true) starts again: its settings, extension storage and browser profile as left.
 */
export async function openWorkbench(kind: string, settings: object, options: { folder?: string; locale?: string; run?: Run } = {}): Promise<Workbench> {
  assert.ok(fs.existsSync(vsix), `${path.basename(vsix)} is missing: run  npm run package`);
  const harness = await loadHarness();
  harness.assertInstalled();
  const run = options.run ?? harness.createRun(kind, settings);
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  const close = async (keepRun: boolean) => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    if (!keepRun) harness.removeRun(run);
    else console.log(`    e2e logs kept in ${run.dir}`);
  };
  try {
    // A run started again (options.run) keeps its own extensions and browser profile.
    const sharing = underMocha && !options.run ? sharedParts(harness) : undefined;
    if (sharing) run.extensionsDir = await sharing.extensionsDir;
    else if (!options.run) await harness.installVsix(run, vsix);
    server = await harness.startCodeServer(run, { locale: options.locale });
    context = sharing ? await (await sharing.chromium).newContext() : await harness.launchChromium(run);
    const page = await context.newPage();
    await page.goto(harness.workbenchUrl(server, options.folder ?? EXAMPLES));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return { page, run, serverPid: server.pid, close };
  } catch (e) {
    await close(true);
    throw e;
  }
}

/** Runs a command by its palette title; returns when Enter was pressed (performance.now()), for timing the command. */
export async function palette(page: Page, title: string): Promise<number> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  const pressed = performance.now();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  return pressed;
}

/** Opens the example notes from the Explorer. */
export async function openExample(page: Page): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: EXAMPLE }).click();
  await page.locator('.tabs-container .tab', { hasText: EXAMPLE }).waitFor();
}

/**
 * The frame of the overview webview: VS Code nests the page in iframes, the innermost holds <main id="overview">.
 * `holding`: a selector the page must also match (a page that has a certain content).
 */
export async function overviewFrame(page: Page, timeout = 30_000, holding = 'main#overview'): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.$(holding).catch(() => null)) return frame;
    }
    if (Date.now() > deadline) throw new Error('no frame holds the overview page');
    await page.waitForTimeout(100); // poll while the webview loads; the deadline bounds it
  }
}

const UNGROUPED: Record<string, string> = { condition: 'Untagged condition', phase: 'No phase', level: 'No level' };

/** Top-level rows of the Observations view as the core groups them: [label, count]. */
export function expectedGroups(session: Session, mode: GroupingMode): [string, string][] {
  const groups = buildFileTree({ key: 'example', session }, mode, {}, BUILTIN_VOCABULARY) as GroupNode[];
  return groups.map((g) => [g.value === null ? UNGROUPED[g.dimension] : termLabel(g.dimension, g.value, 'en'), String(g.count)]);
}

/** The Observations pane, expanded, its groups collapsed so every top-level row is rendered. */
async function observationsPane(page: Page) {
  const pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: localized(observationsView?.name) }) });
  const header = pane.locator('.pane-header');
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await pane.locator('.pane-header .action-label[aria-label="Collapse All"]').click();
  return pane;
}

async function topLevelRows(page: Page): Promise<[string, string][]> {
  const pane = await observationsPane(page);
  const rows = pane.locator('.monaco-list-row[aria-level="1"]');
  const texts: [string, string][] = [];
  try {
    for (const row of await rows.all()) {
      const text = (part: string) => row.locator(part).innerText({ timeout: 2000 });
      texts.push([(await text('.label-name')).trim(), (await text('.label-description')).trim()]);
    }
  } catch {
    return []; // a row went away while the tree re-rendered: the caller polls again
  }
  return texts;
}

/** Waits until the Observations view's top-level rows are `expected` ([label, count]). */
export async function expectRows(page: Page, expected: [string, string][]): Promise<void> {
  const deadline = Date.now() + 20_000;
  let rows = await topLevelRows(page);
  while (JSON.stringify(rows) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(200); // poll interval while the tree updates; the deadline bounds it
    rows = await topLevelRows(page);
  }
  assert.deepEqual(rows, expected);
}
