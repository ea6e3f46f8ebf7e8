// A notes file saved as UTF-16 (as Windows tools often do) is that file's problem only (issue 22): the workspace
// scan says, once and in words a facilitator can act on, that UTF-16 is not supported and to save the file as
// UTF-8; the other notes are read as usual. Real code-server, the packaged .vsix, an English and a Dutch UI.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { notesWorkbench, openFile } from './typing';
import { localized, manifest } from './workbench';

/** The sidebar's title in the UI's language: opening it starts the workspace scan. */
function sidebarTitle(locale: 'en' | 'nl'): string {
  const key = manifest.contributes.viewsContainers.activitybar[0].title as string;
  if (locale === 'en') return localized(key);
  const dutch = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.nls.nl.json'), 'utf8')) as Record<string, string>;
  return dutch[key.slice(1, -1)];
}

const GOOD = '---\ntitle: Overleg jeugdhulp\ndate: 2026-05-12\n---\n\n- [ ] Agenda rondsturen @Gemeente #actie\n';
const OLD = '---\ntitle: Oud overleg\n---\n\nWe willen samen verder #ambitie\n';

/** The text as Windows' "Unicode" saves it: UTF-16 little endian with a byte order mark. */
function utf16(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

const MESSAGES = {
  en: 'Facilitator Notes skipped oud.md: UTF-16 is not supported; save the file as UTF-8.',
  nl: 'Facilitator Notes heeft oud.md overgeslagen: UTF-16 wordt niet ondersteund; sla het bestand op als UTF-8.',
};

for (const locale of ['en', 'nl'] as const) {
  describe(`a UTF-16 notes file in the workspace (e2e, ${locale} UI)`, function () {
    this.timeout(120_000);
    const workbench = notesWorkbench(`utf16-${locale}`, { 'goed.md': GOOD, 'oud.md': utf16(OLD) }, locale, (test) => `utf16-${locale}-${test.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
    let page: Page;
    before(() => (page = workbench.page));

    it('is named in one warning that says to save it as UTF-8', async () => {
      await openFile(page, 'goed.md');
      await page.locator(`.activitybar .action-item a.action-label[aria-label^="${sidebarTitle(locale)}"]`).click();
      const toast = page.locator('.notifications-toasts .notification-list-item-message', { hasText: 'UTF-' });
      await toast.first().waitFor({ timeout: 60_000 });
      assert.equal((await toast.first().innerText()).trim(), MESSAGES[locale]);
      assert.equal(await toast.count(), 1);
    });
  });
}
