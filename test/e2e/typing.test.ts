// Tests that type like a person (issue 11): a realistic session note typed key by key at a human pace
// into code-server with the packaged .vsix, the Facilitator Notes sidebar and the overview open beside
// it, Enter after every line-end tag. At the end the document holds exactly what was typed, and the
// sidebar and the overview show the counts the core computes, in the UI's language: a Dutch note in a
// Dutch UI, an English note in an English UI.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { parseSession } from '../../src/core/parse/parser';
import { GroupNode, buildFileTree } from '../../src/core/report/grouping';
import { summarizeSession } from '../../src/core/report/overview';
import { OVERVIEW_LABELS } from '../../src/core/render/shared/labels';
import { termLabel } from '../../src/core/vocabulary/labels';
import { BUILTIN_VOCABULARY, Lang } from '../../src/core/vocabulary/vocabulary';
import { DUTCH_NOTE, ENGLISH_NOTE } from './typedNotes';
import { NotesFolder, notesFolder, openFile, savedText, typeText } from './typing';
import { ROOT, SHOTS, Workbench, manifest, openWorkbench, overviewFrame, palette } from './workbench';

const RUNS: { lang: Lang; note: string; file: string }[] = [
  { lang: 'nl', note: DUTCH_NOTE, file: 'regiotafel.md' },
  { lang: 'en', note: ENGLISH_NOTE, file: 'youth-table.md' },
];
const UNTAGGED: Record<Lang, string> = { en: 'Untagged condition', nl: 'Geen conditie getagd' };
const KEY_DELAY_MS = 10;
const PAUSE_BEFORE_ENTER_MS = 150;

/** The manifest's texts in a UI language (package.nls.json or package.nls.nl.json). */
function nls(lang: Lang): (key: string) => string {
  const texts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, lang === 'en' ? 'package.nls.json' : `package.nls.${lang}.json`), 'utf8'));
  return (value) => value.replace(/^%(.+)%$/, (whole, key: string) => texts[key] ?? whole);
}

for (const { lang, note, file } of RUNS) {
  describe(`typing a session note like a person, sidebar and overview open (e2e, ${lang} UI)`, function () {
    this.timeout(150_000);
    let workbench: Workbench | undefined;
    let folder: NotesFolder;
    let page: Page;
    let overview: Frame;
    let failed = false;
    const t = nls(lang);
    const session = parseSession(note, { file });

    before(async function () {
      this.timeout(180_000);
      folder = notesFolder(`typing-${lang}`, { [file]: '' });
      workbench = await openWorkbench(`e2e-typing-${lang}`, { 'workbench.view.alwaysShowHeaderActions': true }, { folder: folder.dir, locale: lang === 'en' ? undefined : lang });
      page = workbench.page;
      await openFile(page, file);
      const container = manifest.contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'facilitatorNotes');
      await page.locator(`.activitybar .action-item a.action-label[aria-label^="${t(container.title)}"]`).click();
      const command = manifest.contributes.commands.find((c: { command: string }) => c.command === 'facilitatorNotes.openOverviewToSide');
      await openFile(page, file);
      await palette(page, `${command.category}: ${t(command.title)}`);
      overview = await overviewFrame(page);
      await openFile(page, file);
    });

    afterEach(async function () {
      if (this.currentTest?.state === 'failed') failed = true;
      await page?.screenshot({ path: path.join(SHOTS, `typing-${lang}.png`) });
    });

    after(async () => {
      await workbench?.close(failed);
      folder?.remove();
    });

    it('the document holds exactly what was typed, every tag as typed', async () => {
      const started = Date.now();
      await typeText(page, note, KEY_DELAY_MS, PAUSE_BEFORE_ENTER_MS);
      console.log(`      typed ${note.length} characters in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      assert.equal(await savedText(page, folder.file(file)), note);
    });

    it('the sidebar groups the observations as the core does, in the UI language', async () => {
      const groups = buildFileTree({ key: file, session }, 'condition', {}, BUILTIN_VOCABULARY) as GroupNode[];
      const expected = groups.map((g) => [g.value === null ? UNTAGGED[lang] : termLabel(g.dimension, g.value, lang), String(g.count)]);
      const pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: t('%view.observations%') }) });
      await pane.locator('.pane-header .action-label[aria-label="Collapse All"]').click();
      const rows = async () => Promise.all((await pane.locator('.monaco-list-row[aria-level="1"]').all()).map(async (row) =>
        [(await row.locator('.label-name').innerText()).trim(), (await row.locator('.label-description').innerText()).trim()]));
      const deadline = Date.now() + 20_000;
      let shown = await rows();
      while (JSON.stringify(shown) !== JSON.stringify(expected) && Date.now() < deadline) {
        await page.waitForTimeout(200); // poll while the tree updates; the deadline bounds it
        shown = await rows();
      }
      assert.deepEqual(shown, expected);
      const status = await page.locator('.statusbar-item', { hasText: lang === 'nl' ? 'observaties' : 'observations' }).innerText();
      assert.match(status, new RegExp(`${session.observations.length} ${lang === 'nl' ? 'observaties' : 'observations'}`));
    });

    it('the overview shows the same counts and headings in the UI language, none in the other', async () => {
      const summary = summarizeSession(session);
      overview = await overviewFrame(page); // the page may have been reloaded since
      await overview.locator('strong[data-count="observations"]', { hasText: String(summary.observations) }).waitFor({ timeout: 20_000 });
      const headings = (await overview.locator('main#overview h2').allInnerTexts()).map((h) => h.trim());
      const other: Lang = lang === 'nl' ? 'en' : 'nl';
      assert.ok(headings.includes(OVERVIEW_LABELS[lang].conditionByPhase), headings.join(' | '));
      assert.deepEqual(headings.filter((h) => Object.values(OVERVIEW_LABELS[other]).includes(h) && !Object.values(OVERVIEW_LABELS[lang]).includes(h)), []);
      const duration = await overview.locator('strong[data-count="duration"]').innerText();
      assert.equal(duration, lang === 'nl' ? '1 u 15 min' : '1 h 15 min');
    });

    it('takes the README\'s screenshots of the sidebar and the overview (FN_SCREENSHOTS=1)', async function () {
      if (process.env.FN_SCREENSHOTS !== '1') this.skip();
      const dir = path.join(ROOT, 'media/screenshots');
      fs.mkdirSync(dir, { recursive: true });
      await page.locator('.part.sidebar').screenshot({ path: path.join(dir, `sidebar-${lang}.png`) });
      await page.locator('.part.editor .editor-group-container').last().screenshot({ path: path.join(dir, `overview-${lang}.png`) });
    });
  });
}
