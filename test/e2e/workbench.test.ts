// End-to-end: the packaged .vsix installed into code-server, the workbench driven by Playwright
// in headless chromium on the examples/ folder, as a user would. Expected values come from the
// core (parser + grouping) and the manifest, so the checks are exact. Screenshots go to
// test-results/e2e/. Run with: npm run package && npm run test:e2e
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { GroupNode, GroupingMode, buildFileTree } from '../../src/core/grouping';
import { termLabel } from '../../src/core/labels';
import { parseSession } from '../../src/core/parser';
import { Session } from '../../src/core/model';
import { BUILTIN_VOCABULARY } from '../../src/core/vocabulary';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = path.join(ROOT, 'examples');
const EXAMPLE = '2026-05-12-youth-support-network.md';
const SHOTS = path.join(ROOT, 'test-results/e2e');
const UNGROUPED: Record<string, string> = { condition: 'Untagged condition', phase: 'No phase', level: 'No level' };

interface Contribution { command?: string; id?: string; title?: string; name?: string; category?: string }
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
const localized = (s = ''): string => s.replace(/^%(.+)%$/, (whole, key: string) => nls[key] ?? whole);
const vsix = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

/** The part of scripts/lib/code-server.mjs this suite uses (loaded at run time: it is an ES module). */
interface Run { dir: string; extensionsDir: string }
interface Server { stop(): Promise<void> }
interface Harness {
  assertInstalled(): void;
  createRun(kind: string, settings?: object): Run;
  removeRun(run: Run): void;
  installVsix(run: Run, vsix: string): Promise<void>;
  startCodeServer(run: Run): Promise<Server>;
  launchChromium(run: Run): Promise<BrowserContext>;
  workbenchUrl(server: Server, folder: string): string;
}

function commandTitle(id: string): string | undefined {
  const c = (manifest.contributes.commands as Contribution[]).find((x) => x.command === id);
  return c && `${localized(c.category)}${c.category ? ': ' : ''}${localized(c.title)}`;
}

/** Top-level rows of the Observations view as the core groups them: [label, count]. */
function expectedGroups(session: Session, mode: GroupingMode): [string, string][] {
  const groups = buildFileTree({ key: 'example', session }, mode, {}, BUILTIN_VOCABULARY) as GroupNode[];
  return groups.map((g) => [g.value === null ? UNGROUPED[g.dimension] : termLabel(g.dimension, g.value, 'en'), String(g.count)]);
}

describe('workbench with the packaged extension (e2e)', function () {
  this.timeout(60_000);
  let harness: Harness;
  let run: Run;
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let failed = false;
  const session = parseSession(fs.readFileSync(path.join(EXAMPLES, EXAMPLE), 'utf8'), { file: EXAMPLE });
  const container = (manifest.contributes.viewsContainers?.activitybar ?? [])
    .find((c: Contribution) => c.id === 'facilitatorNotes') as Contribution | undefined;
  const observationsView = (manifest.contributes.views?.facilitatorNotes ?? [])
    .find((v: Contribution) => v.id === 'facilitatorNotes.observations') as Contribution | undefined;

  before(async function () {
    this.timeout(180_000);
    assert.ok(fs.existsSync(vsix), `${path.basename(vsix)} is missing: run  npm run package`);
    harness = await import(pathToFileURL(path.join(ROOT, 'scripts/lib/code-server.mjs')).href);
    harness.assertInstalled();
    run = harness.createRun('e2e', { 'workbench.view.alwaysShowHeaderActions': true });
    await harness.installVsix(run, vsix);
    server = await harness.startCodeServer(run);
    context = await harness.launchChromium(run);
    page = await context.newPage();
    await page.goto(harness.workbenchUrl(server, EXAMPLES));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') failed = true;
    if (!page || this.currentTest?.isPending()) return;
    const name = (this.currentTest?.title ?? 'test').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    if (run && !failed) harness.removeRun(run);
    else if (run) console.log(`    e2e logs kept in ${run.dir}`);
  });

  async function palette(title: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** The Observations pane, expanded, its groups collapsed so every top-level row is rendered. */
  async function observationsPane() {
    const pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: localized(observationsView?.name) }) });
    const header = pane.locator('.pane-header');
    await header.waitFor();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await pane.locator('.pane-header .action-label[aria-label="Collapse All"]').click();
    return pane;
  }

  async function topLevelRows(): Promise<[string, string][]> {
    const pane = await observationsPane();
    const rows = pane.locator('.monaco-list-row[aria-level="1"]');
    const texts: [string, string][] = [];
    for (const row of await rows.all()) {
      texts.push([(await row.locator('.label-name').innerText()).trim(), (await row.locator('.label-description').innerText()).trim()]);
    }
    return texts;
  }

  async function expectRows(expected: [string, string][]): Promise<void> {
    const deadline = Date.now() + 20_000;
    let rows = await topLevelRows();
    while (JSON.stringify(rows) !== JSON.stringify(expected) && Date.now() < deadline) {
      await page.waitForTimeout(200); // poll interval while the tree updates; the deadline bounds it
      rows = await topLevelRows();
    }
    assert.deepEqual(rows, expected);
  }

  it('installs the .vsix into code-server', () => {
    const installed = fs.readdirSync(run.extensionsDir).filter((d) => !d.startsWith('.') && d !== 'extensions.json');
    assert.deepEqual(installed, [`${manifest.publisher}.${manifest.name}-${manifest.version}`]);
  });

  it('shows the example notes grouped by condition in the Facilitator Notes view', async () => {
    assert.ok(container && observationsView, 'package.json contributes the facilitatorNotes container with its Observations view');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: EXAMPLE }).click();
    await page.locator('.tabs-container .tab', { hasText: EXAMPLE }).waitFor();
    await page.locator(`.activitybar .action-item a.action-label[aria-label^="${localized(container.title)}"]`).click();
    await expectRows(expectedGroups(session, 'condition'));
  });

  it('regroups the view by phase from the command palette', async () => {
    const title = commandTitle('facilitatorNotes.groupByPhase');
    assert.ok(title, 'package.json contributes facilitatorNotes.groupByPhase');
    await palette(title);
    await expectRows(expectedGroups(session, 'phase'));
  });

  it('opens the session overview panel on the active notes', async function () {
    const title = commandTitle('facilitatorNotes.openOverview');
    if (!title) this.skip(); // the overview panel (issue 5) has not contributed its command yet
    await page.locator('.tabs-container .tab', { hasText: EXAMPLE }).click();
    await palette(title);
    const webview: FrameLocator = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await webview.locator('body', { hasText: session.title }).waitFor({ timeout: 30_000 });
    assert.equal(session.title, 'Youth support network — evaluation after six months');
  });

  it('brings the overview panel back after a window reload', async function () {
    if (!commandTitle('facilitatorNotes.openOverview')) this.skip();
    const overviewTab = page.locator('.tabs-container .tab', { hasText: session.title });
    await overviewTab.waitFor();
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Developer: Reload Window');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Developer: Reload Window' }).first().waitFor();
    await Promise.all([page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() }), page.keyboard.press('Enter')]);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await overviewTab.click({ timeout: 30_000 });
    const webview: FrameLocator = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await webview.locator('body', { hasText: session.title }).waitFor({ timeout: 30_000 });
  });
});
