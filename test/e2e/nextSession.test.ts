// The next session from the keyboard (issue 25): in a folder with a collaboration's first notes, New Session
// Notes → "Next session of …" writes notes that carry on who sat at the table, the phase and the last level
// and list the open actions; nothing in them counts as an observation; the first observation is typed at the
// cursor; ticking a carried action there takes it off the collaboration's open actions in the Actions view.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { isoDate, sessionFileName } from '../../src/core/write/template';
import { regiotafelNextNotes } from '../unit/helpers/nextSessionNotes';
import { notesWorkbench, savedText, typeText } from './typing';
import { EXAMPLES, commandTitle, localized, manifest } from './workbench';

const EXAMPLE = '2026-03-02-regiotafel-zorgnetwerk.md';
const TITLE = 'Regiotafel — tweede overleg';
const CARRIED = 'Per partij een halen/brengen-overzicht maken @Esther';
const STILL_OPEN = 'Ziekenhuis persoonlijk uitnodigen voor de volgende keer @Marco 20-03-2026';

/** The next session's notes as New Session Notes writes them on `date`. */
const nextNotes = (date: string) => regiotafelNextNotes(TITLE, date);

describe('the next session from the keyboard (e2e)', function () {
  this.timeout(120_000);
  const workbench = notesWorkbench('next-session', { [EXAMPLE]: fs.readFileSync(path.join(EXAMPLES, EXAMPLE), 'utf8') }, 'en', (test) => `next-session-${test.replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 40)}`);
  const date = isoDate(new Date());
  const file = sessionFileName(date, TITLE);
  let page: Page;
  before(() => (page = workbench.page));

  it('New Session Notes → "Next session of …" writes the carried-on notes; no observation counted', async () => {
    await openSidebar(page);
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill(`>${commandTitle('facilitatorNotes.newSession')}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'New Session Notes' }).first().waitFor();
    await page.keyboard.press('Enter');
    // The questions speak the language the new notes will be in: Dutch, as the collaboration's notes are.
    await page.locator('.quick-input-list .monaco-list-row[data-index="0"]', { hasText: 'Volgende sessie van Regiotafel zorgnetwerk Rivierenland' }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-message', { hasText: 'Titel van de sessie' }).waitFor();
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: 20_000 });
    assert.equal(fs.readFileSync(workbench.folder.file(file), 'utf8'), nextNotes(date));
    await statusCount(page, 0);
    // The notes speak Dutch, so do the status bar and the empty view; no "no session notes open".
    const observations = pane(page, '%view.observations%');
    await observations.getByText('Nog geen observaties: tag een alinea, bijvoorbeeld met #ambitie, dan staat die hier.').waitFor({ timeout: 20_000 });
    assert.deepEqual([await observations.locator('.monaco-list-row').count(), await observations.getByText('No session notes open').count()], [0, 0]);
  });

  it('the first observation is typed at the cursor, on the first agenda item', async () => {
    await page.locator('.editor-instance .monaco-editor.focused').waitFor();
    await typeText(page, 'Kennismaking\n\nIedereen wil zorg dichtbij huis. #ambitie', 40, 150);
    await page.keyboard.press('Escape');
    await statusCount(page, 1);
    assert.equal(await savedText(page, workbench.folder.file(file)),
      nextNotes(date).replace(/## \n$/, '## Kennismaking\n\nIedereen wil zorg dichtbij huis. #ambitie\n'));
  });

  it('ticking a carried action in the new notes takes it off the collaboration\'s open actions', async () => {
    const actions = pane(page, '%view.actions%');
    await expand(page, actions);
    const collaboration = actions.locator('.monaco-list-row[aria-level="1"]', { hasText: 'Regiotafel zorgnetwerk Rivierenland' });
    await collaboration.locator('.label-description', { hasText: /^2$/ }).waitFor({ timeout: 20_000 });
    await actions.locator('.monaco-list-row', { hasText: CARRIED }).waitFor();
    // Quick Open's ':line:column' to the box of the carried action, then [ ] becomes [x].
    const line = nextNotes(date).split('\n').indexOf(`- [ ] ${CARRIED}`) + 1;
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(`:${line}:4`);
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .monaco-editor.focused').waitFor();
    await page.keyboard.press('Delete');
    await page.keyboard.type('x');
    const saved = await savedText(page, workbench.folder.file(file));
    assert.ok(saved.includes(`- [x] ${CARRIED}\n- [ ] ${STILL_OPEN}\n`), saved);
    await actions.locator('.monaco-list-row', { hasText: CARRIED }).waitFor({ state: 'detached', timeout: 20_000 });
    await collaboration.locator('.label-description', { hasText: /^1$/ }).waitFor({ timeout: 20_000 });
    // Its row shows the due date in its own words: the text before the date names it.
    await actions.locator('.monaco-list-row', { hasText: STILL_OPEN.slice(0, STILL_OPEN.indexOf(' @')) }).waitFor();
  });
});

/** Waits until the status bar counts `n` observations, in the notes' language (Dutch). */
async function statusCount(page: Page, n: number): Promise<void> {
  await page.locator('.statusbar-item', { hasText: new RegExp(`(^|\\D)${n} observaties?$`) }).first().waitFor({ timeout: 20_000 });
}

async function openSidebar(page: Page): Promise<void> {
  const container = (manifest.contributes.viewsContainers.activitybar as { id: string; title: string }[]).find((c) => c.id === 'facilitatorNotes')!;
  const icon = page.locator(`.activitybar .action-item a.action-label[aria-label^="${localized(container.title)}"]`);
  if (!(await page.locator('.sidebar .pane-header', { hasText: localized('%view.observations%') }).isVisible())) await icon.click();
}

function pane(page: Page, name: string): Locator {
  return page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: localized(name) }) });
}

/** Unfolds a view of the sidebar, the others folded so its rows are on screen. */
async function expand(page: Page, view: Locator): Promise<void> {
  const header = view.locator('.pane-header');
  for (const other of await page.locator('.sidebar .pane-header').all()) {
    if ((await other.getAttribute('aria-expanded')) === 'true' && !(await other.innerText()).includes(await header.innerText())) await other.click();
  }
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}
