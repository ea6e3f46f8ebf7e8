// A tag renamed or split across notes files, ticked in VS Code's refactor preview, is taken back by one Undo (the
// integration host cannot do this: where VS Code asks whether to undo across all files, it refuses to show the
// question), and every file is as it was. Real key presses and clicks in code-server with the packaged .vsix.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import { commandTitle, palette } from './workbench';
import { notesWorkbench, openFile } from './typing';

const HEAD = '---\ntitle: Overleg\nlang: nl\n---\n\n';
const FILES: Record<string, string> = {
  'a.md': `${HEAD}Over geld. #budget`,
  'b.md': `${HEAD}- Nog meer #budget\n- En weer #Budget #ambitie\n`,
};

describe('tag rename and split across files, undone by one Undo (e2e)', function () {
  this.timeout(120_000);
  const workbench = notesWorkbench('tag-undo', FILES, 'en', (test) => `tag-undo-${test.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
  let page: Page;
  before(() => (page = workbench.page));

  const onDisk = () => Object.keys(FILES).map((f) => fs.readFileSync(workbench.folder.file(f), 'utf8'));

  /** Saves every editor and waits until the files on disk read `expected`. */
  async function saveAllAndRead(expected: string[]): Promise<string[]> {
    await palette(page, 'File: Save All');
    const deadline = Date.now() + 10_000;
    while (JSON.stringify(onDisk()) !== JSON.stringify(expected) && Date.now() < deadline) await page.waitForTimeout(50); // poll; the deadline bounds it
    return onDisk();
  }

  /** Undo in the active editor, answering "Undo in 2 Files" when VS Code asks whether to undo across all files. */
  async function undoAcrossFiles(original: string[]): Promise<void> {
    await page.locator('.editor-instance .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Z');
    const ask = page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Undo in 2 Files' });
    await ask.waitFor({ timeout: 3000 }).then(() => ask.click(), () => undefined); // the preview's edits undo without asking
    assert.deepEqual(await saveAllAndRead(original), original);
  }

  /** Runs a command from the palette and picks #budget as the tag to change. */
  async function onBudget(command: string, answer: string): Promise<void> {
    await openFile(page, 'a.md');
    // Not palette(): the command's own quick pick follows the palette's at once.
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill(`>${commandTitle(command)}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: commandTitle(command) }).first().click();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '#budget' }).first().click();
    await page.locator('.quick-input-widget input').fill(answer);
    await page.keyboard.press('Enter');
  }

  const preview = () => page.locator('.bulk-edit-panel');
  const row = (text: string) => preview().locator('.monaco-list-row', { hasText: text });

  /** Applies what is ticked in the refactor preview. */
  async function applyPreview(): Promise<void> {
    await preview().locator('.monaco-button', { hasText: 'Apply' }).click();
    await preview().waitFor({ state: 'hidden' });
  }

  it('Rename Tag… renames #budget in both files once their rows are ticked in the preview; one Undo restores both', async () => {
    const original = onDisk();
    await onBudget('facilitatorNotes.renameTag', 'begroting');
    await row('- En weer #Budget#begroting').waitFor();
    await row('a.md').locator('.edit-checkbox').click();
    await row('b.md').locator('.edit-checkbox').click();
    await applyPreview();
    const renamed = original.map((t) => t.replace(/#budget\b/gi, '#begroting'));
    assert.deepEqual(await saveAllAndRead(renamed), renamed);
    await undoAcrossFiles(original);
  });

  it('Split Tag… lists each place under each new tag, unticked; the ticked ones change, one Undo restores all', async () => {
    const original = onDisk();
    await onBudget('facilitatorNotes.splitTag', 'begroting subsidie');
    await row('- En weer #Budget#subsidie').waitFor();
    assert.equal(await preview().locator('.textedit').count(), 6, 'three places, each under two new tags');
    assert.equal(await preview().locator('.edit-checkbox[aria-checked="true"]').count(), 0, 'nothing ticked at first');
    await row('Over geld. #budget#begroting').locator('.edit-checkbox').click();
    await row('- Nog meer #budget#subsidie').locator('.edit-checkbox').click();
    await applyPreview();
    const split = [original[0].replace('#budget', '#begroting'), original[1].replace('#budget', '#subsidie')];
    assert.deepEqual(await saveAllAndRead(split), split);
    await undoAcrossFiles(original);
  });
});
