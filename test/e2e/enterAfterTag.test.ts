// Enter after a fully typed tag at the end of a line gives a new line and keeps the tag as typed
// (issue 11, item 1): real key presses in code-server with the packaged .vsix, fast and slow, in an
// English and a Dutch UI. A suggestion is only taken when the person chooses one.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { SUGGEST, notesWorkbench, openFile, savedText, suggestionShown, toEnd, typeText } from './typing';

const HEAD = '---\ntitle: Overleg jeugdhulp\ndate: 2026-05-12\n---\n\n';
const FILES = ['fast.md', 'slow.md', 'english.md', 'chosen.md', 'tab.md'];

// Line-end tags in both languages, each followed by Enter and the next words.
const DUTCH = 'Het gaat over vertrouwen #relatie\nVolgende punt #proces\nWe willen samen verder #ambitie\n'
  + 'De gemeente kijkt de kat uit de boom #waakzaam\nKlaar';
const ENGLISH = 'They talk about trust #relationship\nNext point #interests\nWe explore options #explore\nDone';

for (const locale of ['en', 'nl']) {
  describe(`Enter after a tag keeps the tag and starts a new line (e2e, ${locale} UI)`, function () {
    this.timeout(90_000);
    const workbench = notesWorkbench(`enter-${locale}`, Object.fromEntries(FILES.map((f) => [f, HEAD])), locale,
      (test) => `enter-${locale}-${test.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
    let page: Page;
    before(() => (page = workbench.page));

    async function typeInto(file: string, text: string, delay: number, pause = 0): Promise<string> {
      await openFile(page, file);
      await toEnd(page);
      await typeText(page, text, delay, pause);
      return savedText(page, workbench.folder.file(file));
    }

    it('typed fast: every tag stays as typed and every Enter is a new line', async () => {
      assert.equal(await typeInto('fast.md', DUTCH, 5), HEAD + DUTCH);
    });

    it('typed slowly, pausing before Enter while a list could appear late', async () => {
      assert.equal(await typeInto('slow.md', DUTCH, 90, 700), HEAD + DUTCH);
    });

    it('keeps English tags as typed too', async () => {
      assert.equal(await typeInto('english.md', ENGLISH, 30, 300), HEAD + ENGLISH);
    });

    it('takes a suggestion after moving to it in the list and pressing Enter', async () => {
      await openFile(page, 'chosen.md');
      await toEnd(page);
      await typeText(page, 'Eerst kennismaken #verk', 40);
      await suggestionShown(page, locale === 'nl' ? '#verkennen' : '#explore');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await typeText(page, ' en dan verder', 40);
      assert.equal(await savedText(page, workbench.folder.file('chosen.md')), `${HEAD}Eerst kennismaken ${locale === 'nl' ? '#verkennen' : '#explore'} en dan verder`);
    });

    it('takes the first suggestion with Tab', async () => {
      await openFile(page, 'tab.md');
      await toEnd(page);
      await typeText(page, 'Wat zij willen #belan', 40);
      await suggestionShown(page, locale === 'nl' ? '#belangen' : '#interests');
      await page.keyboard.press('Tab');
      await page.locator(SUGGEST).waitFor({ state: 'hidden' });
      assert.equal(await savedText(page, workbench.folder.file('tab.md')), `${HEAD}Wat zij willen ${locale === 'nl' ? '#belangen' : '#interests'}`);
    });
  });
}
