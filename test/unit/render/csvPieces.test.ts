// The CSVs of a large session in pieces (issue 22): rows made one at a time in line order, written in pieces of
// about 64K characters, the same bytes as the CSV made whole.
import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { parseSession } from '../../../src/core/parse/parser';
import { observationsCsv, observationsCsvPieces } from '../../../src/core/render/overview/csv';
import { WindowedParse } from '../../../src/core/parse/windows';
import { partnerCsv, partnerCsvPieces } from '../../../src/core/render/report/partnerCsv';
import { inLineOrder, lineSource } from '../../../src/core/render/shared/lineOrder';
import { largeNotes } from '../cli/run';

const LARGEST = 65_536 + 1_000;

describe('CSV in pieces', () => {
  it('rows of several lists in line order: what a stable sort of their concatenation by line gives', () => {
    const item = fc.record({ line: fc.integer({ min: 1, max: 40 }), id: fc.nat() });
    fc.assert(fc.property(fc.array(fc.array(item, { maxLength: 30 }), { maxLength: 4 }), fc.boolean(), (lists, sortedFirst) => {
      const given = sortedFirst ? lists.map((l) => [...l].sort((a, b) => a.line - b.line)) : lists;
      const tagged = given.map((list, s) => list.map((x) => ({ ...x, s })));
      const expected = tagged.flat().sort((a, b) => a.line - b.line);
      const merged = [...inLineOrder(tagged.map((list) => lineSource(list, (x) => x.line, (x) => x)))];
      assert.deepEqual(merged, expected);
    }), { seed: 11, numRuns: 500 });
  });

  it('the facilitator\'s and the partners\' CSV of 1 MB of notes: pieces of at most 64K characters, the whole CSV joined', async () => {
    const session = parseSession(largeNotes(1), { file: 'large.md' });
    for (const lang of ['en', 'nl'] as const) {
      const facilitator = [...observationsCsvPieces([session], lang)];
      const partners = [...partnerCsvPieces([session], lang)];
      for (const pieces of [facilitator, partners]) {
        assert.ok(pieces.length >= 10, String(pieces.length));
        assert.deepEqual(pieces.filter((p) => p.length > LARGEST).map((p) => p.length), []);
      }
      assert.equal(facilitator.join(''), observationsCsv([session], lang));
      assert.equal(partners.join(''), partnerCsv([session], lang));
    }
  });

  it('one large session read in windows (the CLI\'s CSV) is written in pieces too, not one string per window or session', () => {
    const text = largeNotes(1);
    // As the CLI: a first reading for the head (the session's date), then the rows of each window.
    const first = new WindowedParse(text, { file: 'large.md' }, false);
    for (const w of first.windowsNow()) void w;
    const windows = function* () {
      for (const w of new WindowedParse(text, { file: 'large.md' }, false).windowsNow()) yield { ...first.head!.session, ...w.out };
    };
    const pieces = [...observationsCsvPieces(windows(), 'en', false)];
    assert.ok(pieces.length >= 10, String(pieces.length));
    assert.deepEqual(pieces.filter((p) => p.length > LARGEST).map((p) => p.length), []);
    assert.equal(observationsCsv([], 'en') + pieces.join(''), observationsCsv([parseSession(text, { file: 'large.md' })], 'en'));
  });
});
