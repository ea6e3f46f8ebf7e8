// Tag Observation… by keyboard as a person uses it: open the picker, type a tag's name, press Enter. The
// highlighted tag is ticked and applied (before, Enter with a filter did nothing and said nothing).
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { notesWorkbench, openFile, savedText, toEnd } from './typing';

const NOTES = '---\ntitle: Overleg\ndate: 2026-05-12\n---\n\nDe gemeente wil eerst cijfers zien #verkennen';

describe('Tag Observation: a typed filter and Enter tick the highlighted tag (e2e)', function () {
  this.timeout(90_000);
  const workbench = notesWorkbench('tag-picker', { 'notes.md': NOTES }, 'en', () => 'tag-picker');
  let page: Page;
  before(() => (page = workbench.page));

  it('Alt+Shift+T T, "belangen", Enter: the paragraph gets #belangen', async () => {
    await openFile(page, 'notes.md');
    await toEnd(page);
    await page.keyboard.press('Alt+Shift+T');
    await page.keyboard.press('T');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '#belangen' }).first().waitFor();
    await input.pressSequentially('belangen', { delay: 40 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    assert.equal(await savedText(page, workbench.folder.file('notes.md')), `${NOTES} #belangen`);
  });
});
