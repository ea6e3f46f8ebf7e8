// End-to-end (issue 23): Preview Report for Partners on a Dutch example, driven with the keyboard. Leave out
// on the first item adds #privé to its notes line, Ctrl+Z takes it away, and the preview follows both.
// Present to the Room hides a private paragraph's text in the editor and the panel, and brings it back.
// The walkthrough's last step writes a Word report of that one session without a private word.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as mammoth from 'mammoth';
import type { Frame, Page } from 'playwright-core';
import { EXAMPLES, SHOTS, Workbench, commandTitle, localized, manifest, openWorkbench, overviewFrame, palette } from './workbench';

const NOTES = '2026-03-02-regiotafel-zorgnetwerk.md';

/** The preview's frame: VS Code nests the page in iframes, the innermost holds the toolbar. */
async function previewFrame(page: Page, timeout = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.$('nav.preview-toolbar').catch(() => null)) return frame;
    }
    if (Date.now() > deadline) throw new Error('no frame holds the preview');
    await page.waitForTimeout(100); // poll while the webview loads; the deadline bounds it
  }
}

/** Waits until the preview's page (reloaded on each update, so found anew) does or does not hold `text`. */
async function previewHolds(page: Page, text: string, holds: boolean, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      const body = await frame.evaluate(() => (document.querySelector('nav.preview-toolbar') ? document.body.textContent : null)).catch(() => null);
      if (body !== null && body.includes(text) === holds) return;
    }
    if (Date.now() > deadline) throw new Error(`the preview ${holds ? 'never showed' : 'still shows'} ${text}`);
    await page.waitForTimeout(100); // poll while the webview reloads; the deadline bounds it
  }
}

/** The editor's visible lines as text (Monaco renders spaces as no-break spaces). */
async function editorLines(page: Page): Promise<string[]> {
  const lines = await page.locator('.editor-group-container .monaco-editor .view-lines .view-line').allInnerTexts();
  return lines.map((l) => l.replace(/\u00a0/g, ' '));
}

describe('Preview Report for Partners with the packaged extension (e2e)', function () {
  this.timeout(180_000);
  let workbench: Workbench | undefined;
  let page: Page;
  let failed = false;
  const source = fs.readFileSync(path.join(EXAMPLES, NOTES), 'utf8').split('\n');

  before(async function () {
    this.timeout(240_000);
    // No word wrap: each notes line is one rendered line the test can read whole.
    workbench = await openWorkbench('e2e-partner-preview', { 'files.autoSave': 'off', '[markdown]': { 'editor.wordWrap': 'off' } });
    page = workbench.page;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') failed = true;
    if (page) await page.screenshot({ path: path.join(SHOTS, `partner-preview-${(this.currentTest?.title ?? 'test').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`) });
  });

  after(async () => {
    await workbench?.close(failed);
  });

  it('Leave out with the keyboard adds #privé to that line, Ctrl+Z removes it, the preview follows', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: NOTES }).click();
    await page.locator('.tabs-container .tab', { hasText: NOTES }).waitFor();
    // The extension is active once its status bar item counts the observations: its commands are then in the palette.
    await page.locator('.statusbar-item', { hasText: 'observations' }).waitFor({ timeout: 90_000 });
    await palette(page, commandTitle('facilitatorNotes.previewPartnerReport')!);
    const frame = await previewFrame(page);
    await frame.locator('h1').first().click();
    await page.keyboard.press('Tab');
    const button = await frame.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { label: el.textContent, line: Number(el.dataset.line), item: el.parentElement?.firstChild?.textContent ?? '' };
    });
    // The preview speaks the notes' language (Dutch here), whatever VS Code's.
    assert.equal(button.label, 'Weglaten');
    assert.ok(button.item.length > 10 && source[button.line - 1].includes(button.item.slice(0, 10)), `${button.item} is on line ${button.line}`);
    await page.keyboard.press('Enter');

    const marked = `${source[button.line - 1]} #privé`;
    await page.locator('.tabs-container .tab.dirty', { hasText: NOTES }).waitFor({ timeout: 30_000 });
    await page.locator('.tabs-container .tab', { hasText: NOTES }).click();
    await page.waitForFunction((text) => Array.from(document.querySelectorAll('.view-line')).some((l) => l.textContent?.replace(/\u00a0/g, ' ') === text), marked, { timeout: 30_000 });
    assert.ok((await editorLines(page)).includes(marked));
    await previewHolds(page, button.item, false);

    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+z');
    await page.locator('.tabs-container .tab.dirty').waitFor({ state: 'detached', timeout: 30_000 });
    assert.ok(!(await editorLines(page)).includes(marked));
    await previewHolds(page, button.item, true);
    assert.deepEqual(fs.readFileSync(path.join(EXAMPLES, NOTES), 'utf8').split('\n'), source, 'the file on disk never changed');
  });

  it('Present to the Room makes a private paragraph\'s text invisible in the editor and gone from the panel, until switched off', async () => {
    const PRIVATE = 'De teamleider van het wijkteam';
    await palette(page, 'View: Close All Editors');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: NOTES }).click();
    await page.locator('.tabs-container .tab', { hasText: NOTES }).waitFor();
    // The editor comes back where the first test left it: to the top, where the private paragraph is on screen.
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await palette(page, commandTitle('facilitatorNotes.openOverviewToSide')!);
    const opacity = () => page.evaluate((text) => {
      const line = Array.from(document.querySelectorAll('.view-line')).find((l) => l.textContent?.replace(/\u00a0/g, ' ').includes(text));
      const span = line && Array.from(line.querySelectorAll('span span')).find((s) => s.textContent?.replace(/\u00a0/g, ' ').includes('teamleider'));
      return span ? getComputedStyle(span).opacity : 'no line';
    }, PRIVATE);
    const panelText = async () => (await overviewFrame(page)).evaluate(() => document.body.textContent ?? '').catch(() => '');
    const until = async (check: () => Promise<boolean>, what: string) => {
      const deadline = Date.now() + 30_000;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await page.waitForTimeout(100); // poll while the views update; the deadline bounds it
      }
    };
    await until(async () => (await panelText()).includes('teamleider'), 'the overview with the private paragraph');
    await until(async () => (await opacity()) === '1', 'the private paragraph visible in the editor');

    await palette(page, commandTitle('facilitatorNotes.presentToRoom')!);
    await page.locator('.statusbar-item', { hasText: 'Je presenteert aan de zaal' }).waitFor({ timeout: 30_000 });
    await until(async () => (await opacity()) === '0', 'the private paragraph covered in the editor');
    // The cursor inside the covered paragraph does not uncover it.
    await page.locator('.editor-group-container .monaco-editor .view-line', { hasText: PRIVATE }).first().click();
    await page.keyboard.press('End');
    await page.waitForTimeout(300); // let the editor draw the cursor's line
    assert.equal(await opacity(), '0', 'still covered with the cursor inside');
    await until(async () => (await panelText()).includes('Presentatie stoppen'), 'the panel presenting, in the notes\' language');
    assert.ok(!(await panelText()).includes('teamleider'), 'the panel shows nothing of the private paragraph');

    await palette(page, commandTitle('facilitatorNotes.presentToRoom')!);
    await page.locator('.statusbar-item', { hasText: 'Je presenteert aan de zaal' }).waitFor({ state: 'detached', timeout: 30_000 });
    await until(async () => (await opacity()) === '1', 'the private paragraph back in the editor');
    await until(async () => (await panelText()).includes('teamleider'), 'the private paragraph back in the panel');
  });

  it('the walkthrough\'s last step writes a Word report of the one session in the editor, without a private word', async () => {
    const walkthrough = manifest.contributes.walkthroughs[0];
    const step = walkthrough.steps.at(-1);
    const [, linkText, command] = /\[([^\]]+)\]\(command:([\w.]+)\)/.exec(localized(step.description))!;
    assert.equal(command, 'facilitatorNotes.exportPartnerReport');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-e2e-report-'));
    const target = path.join(dir, 'verslag.docx');
    await palette(page, 'View: Close All Editors');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: NOTES }).click();
    await page.locator('.tabs-container .tab', { hasText: NOTES }).waitFor();
    // As a facilitator does: open the walkthrough beside the notes, open its last step, click its button.
    await palette(page, 'View: Split Editor Right');
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Welcome: Open Walkthrough...');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Welcome: Open Walkthrough...' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: localized(walkthrough.title) }).first().click();
    await page.locator('.getting-started-step', { hasText: localized(step.title) }).first().click();
    await page.locator('.getting-started-step.expanded .button-link, .getting-started-step.expanded .monaco-button', { hasText: linkText }).first().click();
    // The walkthrough has the focus: the one session shown in an editor beside it is the report's.
    assert.equal(await exportWord(target), 'Verslag voor partners exporteren: Regiotafel zorgnetwerk Rivierenland — startbijeenkomst');
    await expectOneSession(target);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('with a Markdown preview focused and the panel on the dossier, asks which session and still writes exactly that one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-e2e-report-'));
    const target = path.join(dir, 'verslag.docx');
    await palette(page, 'View: Close All Editors');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: NOTES }).click();
    await page.locator('.tabs-container .tab', { hasText: NOTES }).waitFor();
    await palette(page, commandTitle('facilitatorNotes.openDossier')!);
    await overviewFrame(page);
    await page.locator('.tabs-container .tab', { hasText: NOTES }).click();
    await palette(page, 'Markdown: Open Preview');
    // The preview takes the editor's place (and the focus): wait until a frame shows the notes with our chips.
    const deadline = Date.now() + 30_000;
    while (!(await Promise.all(page.frames().map((f) => f.evaluate(() => document.querySelector('h1')?.textContent?.includes('Startbijeenkomst') && !!document.querySelector('.fn-tag')).catch(() => false)))).some(Boolean)) {
      if (Date.now() > deadline) throw new Error('the Markdown preview never showed');
      await page.waitForTimeout(100); // poll while the preview loads; the deadline bounds it
    }
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill(`>${commandTitle('facilitatorNotes.exportPartnerReport')}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: commandTitle('facilitatorNotes.exportPartnerReport')!.replace('Facilitator Notes: ', '') }).first().waitFor();
    await page.keyboard.press('Enter');
    // Neither an editor nor the panel names one session: the question lists the sessions, newest first.
    const session = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Regiotafel zorgnetwerk Rivierenland — startbijeenkomst' });
    await session.waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.quick-input-widget input').getAttribute('placeholder'), 'Which session is the report about?');
    await session.click();
    assert.equal(await exportWord(target), 'Verslag voor partners exporteren: Regiotafel zorgnetwerk Rivierenland — startbijeenkomst');
    await expectOneSession(target);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Picks Word in the open format question and saves to `target` in the save dialog; returns the question's title. */
  async function exportWord(target: string): Promise<string> {
    const input = page.locator('.quick-input-widget input');
    const word = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Word (.docx)' }).first();
    await word.waitFor();
    const title = await page.locator('.quick-input-title').innerText();
    await word.click();
    // The save dialog (code-server's own) offers the report's default file next to the notes.
    const deadline = Date.now() + 30_000;
    while (!(await input.inputValue().catch(() => '')).endsWith('2026-03-02-regiotafel-zorgnetwerk-report.docx')) {
      if (Date.now() > deadline) throw new Error('the save dialog never offered the report file');
      await page.waitForTimeout(100); // poll while the dialog opens; the deadline bounds it
    }
    await input.fill(target);
    // The dialog checks the typed path before it takes it: its OK is the way to accept.
    await page.locator('.quick-input-widget .monaco-button', { hasText: 'OK' }).click();
    await page.locator('.notifications-toasts', { hasText: 'geëxporteerd naar' }).last().waitFor({ timeout: 30_000 });
    assert.match(await page.locator('.notifications-toasts').innerText(), /Verslag voor partners over "Regiotafel zorgnetwerk Rivierenland — startbijeenkomst" geëxporteerd naar/);
    await palette(page, 'Notifications: Clear All Notifications');
    return title;
  }

  /** The Word file holds the one session, without a private word or anything of another session. */
  async function expectOneSession(target: string): Promise<void> {
    assert.ok(!fs.existsSync(path.join(EXAMPLES, '2026-03-02-regiotafel-zorgnetwerk-report.docx')));
    const text = (await mammoth.extractRawText({ path: target })).value;
    assert.ok(text.includes('Regiotafel zorgnetwerk Rivierenland — startbijeenkomst'));
    assert.ok(!text.includes('teamleider'), 'no private word');
    for (const other of ['Wonen, welzijn', 'Techniek', 'Youth']) assert.ok(!text.includes(other), `nothing of another session: ${other}`);
  }
});
