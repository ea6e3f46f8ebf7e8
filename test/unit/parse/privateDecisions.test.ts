import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseSession } from '../../../src/core/parse/parser';
import { firstDate, isoDate } from '../../../src/core/parse/dates';

const parse = (text: string) => parseSession(text, { file: 'notes.md' });

describe('private notes', () => {
  it('makes a paragraph private with #privé, #prive or #private, and not a free tag', () => {
    const s = parse('Jan rolt met zijn ogen #relatie #privé\n\nOpen punt #relatie\n\nEigen reflectie #prive #proces\n\nMine #private #process\n');
    assert.deepEqual(s.observations.map((o) => [o.text, o.private, o.otherTags]), [
      ['Jan rolt met zijn ogen', true, []], ['Open punt', false, []], ['Eigen reflectie', true, []], ['Mine', true, []],
    ]);
    assert.deepEqual(s.tags.filter((t) => t.dimension === 'private').map((t) => t.value), ['private', 'private', 'private']);
  });

  it('makes a heading\'s whole section private, nested sections included, and nothing after it', () => {
    const s = parse([
      '## Voor mezelf #privé', '', 'a #relatie', '', '### Dieper', '', 'b #proces', '', '- [ ] Coach bellen @Esther', '',
      'Besloten: nooit meer op vrijdag #besluit', '', '## Met de partners', '', 'c #ambitie', '', '- [ ] Agenda sturen', '', 'We starten in mei #besluit',
    ].join('\n'));
    assert.deepEqual(s.observations.map((o) => [o.text, o.private]), [['a', true], ['b', true], ['c', false]]);
    assert.deepEqual(s.actions.map((a) => [a.text, a.private]), [['Coach bellen @Esther', true], ['Agenda sturen', false]]);
    assert.deepEqual(s.decisions, [{ line: 11, text: 'Besloten: nooit meer op vrijdag', private: true }, { line: 19, text: 'We starten in mei', private: false }]);
  });

  it('makes a list item private with its nested items, not its siblings', () => {
    const s = parse('- Over Jan #privé #relatie\n  - nog erger #relatie\n    - [ ] Jan apart spreken\n- Gewoon #relatie\n');
    assert.deepEqual(s.observations.map((o) => [o.text, o.private]), [['Over Jan', true], ['nog erger', true], ['Jan apart spreken', true], ['Gewoon', false]]);
    assert.deepEqual(s.actions.map((a) => a.private), [true]);
  });

  it('keeps a #privé paragraph without a condition out of the observations', () => {
    assert.deepEqual(parse('Ik ben moe #privé\n').observations, []);
  });
});

describe('decisions', () => {
  it('records #besluit and #decision on a paragraph or list item, also as an observation when tagged', () => {
    const s = parse('We gaan door #besluit\n\n- Budget is rond #decision #organisatie\n- Geen besluit hier #organisatie\n');
    assert.deepEqual(s.decisions, [{ line: 1, text: 'We gaan door', private: false }, { line: 3, text: 'Budget is rond', private: false }]);
    assert.deepEqual(s.observations.map((o) => [o.text, o.decision, o.otherTags]), [['Budget is rond', true, []], ['Geen besluit hier', false, []]]);
  });

  it('takes a decision that inherits a condition as an observation too', () => {
    const s = parse('## Geld #organisatie\n\nDe gemeente betaalt #besluit\n');
    assert.deepEqual(s.observations.map((o) => [o.text, o.conditions, o.decision]), [['De gemeente betaalt', ['organisation'], true]]);
  });
});

describe('due dates', () => {
  it('reads 2026-04-20 and 20-04-2026 in an action as its due date', () => {
    const s = parse('- [ ] Offerte sturen @Corporatie 2026-04-20\n- [ ] Zaal regelen voor 20-04-2026 @Jan\n- [x] Verslag 1-5-2026\n- [ ] Bellen\n- [ ] Onmogelijk 2026-02-30\n');
    assert.deepEqual(s.actions.map((a) => [a.owner, a.due]), [['Corporatie', '2026-04-20'], ['Jan', '2026-04-20'], [null, '2026-05-01'], [null, null], [null, null]]);
  });

  it('validates real dates and takes the first one', () => {
    assert.equal(isoDate(2028, 2, 29), '2028-02-29');
    assert.equal(isoDate(2026, 2, 29), null);
    assert.equal(isoDate(2026, 13, 1), null);
    assert.equal(firstDate('na 31-04-2026 of 2026-06-01, anders 02-06-2026'), '2026-06-01');
    assert.equal(firstDate('ref 12026-04-20 and 2026-04-201'), null);
    assert.equal(firstDate('nothing'), null);
  });
});

describe('due dates: any real day in either form', () => {
  it('reads back every real date written as YYYY-MM-DD or DD-MM-YYYY, and no impossible one', () => {
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
      const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const dutch = `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`;
      assert.equal(firstDate(`Bellen @Jan ${iso}`), real ? iso : null);
      assert.equal(firstDate(`Bellen voor ${dutch} @Jan`), real ? iso : null);
    }), { numRuns: 500 });
  });
});
