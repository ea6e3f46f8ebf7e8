// End-to-end: the Actions view of the packaged extension on examples/, driven as a user would: the open
// actions grouped as the core groups them, and the inline Done that ticks one in its (then unsaved) notes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { latestLanguage } from '../../src/core/parse/language';
import { parseSession } from '../../src/core/parse/parser';
import { collaborations } from '../../src/core/report/collaboration';
import { openActionGroups } from '../../src/core/report/openActions';
import { isoDate } from '../../src/core/write/template';
import { EXAMPLES, SHOTS, Workbench, localized, manifest, openWorkbench, palette } from './workbench';

const FOLDER = 'buurtnetwerk-noord';
const ACTION = 'Bibliotheek vragen wie er namens hen aanschuift @Joris';

/** The examples' notes as the extension names them: paths relative to the workspace folder. */
function exampleSessions() {
  const files = (dir: string): string[] => fs.readdirSync(path.join(EXAMPLES, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.posix.join(dir, e.name)) : e.name.endsWith('.md') ? [path.posix.join(dir, e.name)] : []));
  return files('').map((file) => parseSession(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'), { file }));
}

describe('Actions view with the packaged extension (e2e)', function () {
  this.timeout(60_000);
  let workbench: Workbench | undefined;
  let page: Page;
  let failed = false;
  const groups = openActionGroups(collaborations(exampleSessions(), { today: isoDate(new Date()), rootName: 'examples' }), 'collaboration');
  const view = (manifest.contributes.views.facilitatorNotes as { id: string; name: string }[]).find((v) => v.id === 'facilitatorNotes.actions')!;
  const container = (manifest.contributes.viewsContainers.activitybar as { id: string; title: string }[]).find((c) => c.id === 'facilitatorNotes')!;

  before(async function () {
    this.timeout(180_000);
    // code-server saves edited files after a delay by default; off, the test sees that Done itself never saves.
    workbench = await openWorkbench('e2e-actions', { 'workbench.view.alwaysShowHeaderActions': true, 'files.autoSave': 'off' });
    page = workbench.page;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') failed = true;
    if (page) await page.screenshot({ path: path.join(SHOTS, `actions-${(this.currentTest?.title ?? 'test').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`) });
  });

  after(async () => {
    await workbench?.close(failed);
  });

  async function actionsPane() {
    const pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: localized(view.name) }) });
    const header = pane.locator('.pane-header');
    await header.waitFor();
    // The other views folded, so every collaboration's row is on screen (the tree renders only visible rows).
    for (const other of await page.locator('.sidebar .pane-header').all()) {
      const open = (await other.getAttribute('aria-expanded')) === 'true';
      if (open && !(await other.innerText()).includes(localized(view.name))) await other.click();
    }
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    return pane;
  }

  it('lists the open actions of each collaboration, as the core groups them', async () => {
    await page.locator(`.activitybar .action-item a.action-label[aria-label^="${localized(container.title)}"]`).click();
    const pane = await actionsPane();
    const rows = pane.locator('.monaco-list-row[aria-level="1"]');
    await rows.first().waitFor({ timeout: 30_000 });
    const found: [string, string][] = [];
    for (const row of await rows.all()) found.push([(await row.locator('.label-name').innerText()).trim(), (await row.locator('.label-description').innerText()).trim()]);
    // A collaboration without a name in its front matter says how it got one (issue 25), in the latest notes' language.
    const dutch = latestLanguage(exampleSessions()) === 'nl';
    const how = { key: '', titles: dutch ? ' · naam uit de titels' : ' · named after its titles', folder: dutch ? ' · naam van de map' : ' · named after its folder' };
    assert.deepEqual(found, groups.map((g) => [g.name, `${g.actions.length}${how[g.collaboration!.by]}`]));
    assert.ok(groups.some((g) => g.name === 'Buurtnetwerk Noord' && g.actions.some((a) => a.action.text === ACTION)));
  });

  it('ticks an action with the inline Done: its notes open, unsaved, and the action leaves the view', async () => {
    const pane = await actionsPane();
    const row = pane.locator('.monaco-list-row', { hasText: ACTION });
    await row.hover();
    await row.locator('.action-label[aria-label="Done"]').click();
    await page.locator('.tabs-container .tab.dirty', { hasText: '2026-03-18-afspraken-over-de-middag.md' }).waitFor({ timeout: 20_000 });
    await row.waitFor({ state: 'detached', timeout: 20_000 });
    await page.locator('.tabs-container .tab', { hasText: '2026-03-18-afspraken-over-de-middag.md' }).click();
    await palette(page, 'File: Revert File');
    await page.locator('.tabs-container .tab.dirty').waitFor({ state: 'detached' });
    assert.ok(fs.readFileSync(path.join(EXAMPLES, FOLDER, '2026-03-18-afspraken-over-de-middag.md'), 'utf8').includes(`- [ ] ${ACTION}`));
  });
});
