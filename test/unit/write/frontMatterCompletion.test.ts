import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { frontMatterKeyCompletions } from '../../../src/core/write/frontMatterCompletion';
import { Lang } from '../../../src/core/vocabulary/vocabulary';

/** The completion labels on a line of the notes, with `before` typed at its start. */
function keysAt(text: string, line: number, before: string, lang: Lang): string[] | undefined {
  const lines = text.split('\n');
  const session = parseSession(text, { file: 'x.md' });
  return frontMatterKeyCompletions(before, { session, line, lineText: (n) => lines[n - 1] ?? '', lang })?.items.map((i) => i.label);
}

const DUTCH = '---\ntitel: Stuurgroep\nDatum: 2026-10-06\n\n---\n\nWe willen één loket. #ambitie\n';

describe('front matter key completion', () => {
  it('offers the keys in the notes\' language, without those present in either spelling', () => {
    assert.deepEqual(keysAt(DUTCH, 4, '', 'nl'), ['facilitator', 'deelnemers', 'fase', 'thermometer', 'taal', 'samenwerking', 'locatie', 'afwezig', 'volgende', 'samenvatting']);
    assert.deepEqual(keysAt(DUTCH, 4, 'de', 'en'), ['facilitator', 'participants', 'phase', 'thermometer', 'lang', 'collaboration', 'location', 'absent', 'next', 'summary']);
    const english = '---\ntitle: Kick-off\nparticipants: [A, B]\nlocatie: Stadhuis\nx\n---\n';
    assert.deepEqual(keysAt(english, 5, 'x', 'en'), ['date', 'facilitator', 'phase', 'thermometer', 'lang', 'collaboration', 'absent', 'next', 'summary']);
  });

  it('inserts the key with its colon and says what it holds', () => {
    const items = frontMatterKeyCompletions('', { session: parseSession(DUTCH, { file: 'x.md' }), line: 4, lineText: (n) => DUTCH.split('\n')[n - 1], lang: 'nl' })!;
    assert.equal(items.start, 0);
    assert.deepEqual(items.items[1], {
      insertText: 'deelnemers: ', label: 'deelnemers', filterText: 'deelnemers', sortText: '01', group: 'Front matter',
      detail: 'De partijen aan tafel', dimension: null, value: 'participants',
    });
  });

  it('offers nothing outside the front matter, on its --- lines, past a key, or in an indented value', () => {
    assert.equal(keysAt(DUTCH, 1, '', 'nl'), undefined);
    assert.equal(keysAt(DUTCH, 5, '', 'nl'), undefined);
    assert.equal(keysAt(DUTCH, 7, '', 'nl'), undefined);
    assert.equal(keysAt(DUTCH, 4, 'titel:', 'nl'), undefined);
    assert.equal(keysAt(DUTCH, 4, '  - ', 'nl'), undefined);
    assert.equal(keysAt('Geen front matter\n', 1, '', 'nl'), undefined);
  });
});
