// Dutch front matter keys (issue 24): titel, datum, deelnemers, fase, samenwerking and taal read as
// title, date, participants, phase, collaboration and lang, over random notes; the English key wins a tie.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DUTCH_KEYS, frontMatterSchema } from '../../../src/core/parse/frontMatter';
import { parseSession } from '../../../src/core/parse/parser';
import { Session } from '../../../src/core/parse/model';

type Key = keyof typeof DUTCH_KEYS;

const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
const field = fc.oneof(
  fc.record({ key: fc.constant<Key | 'facilitator' | 'thermometer'>('title'), value: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')) }),
  fc.record({ key: fc.constant<Key>('date'), value: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) }),
  fc.record({ key: fc.constant<Key>('participants'), value: fc.uniqueArray(word, { maxLength: 4 }).map((w) => `[${w.join(', ')}]`) }),
  fc.record({ key: fc.constant<Key>('phase'), value: fc.constantFrom('explore', 'delen', 'overeenkomen', 'Vormgeven', 'nergens') }),
  fc.record({ key: fc.constant<Key>('lang'), value: fc.constantFrom('nl', 'en', 'Nederlands', 'English', 'fr') }),
  fc.record({ key: fc.constant<Key>('collaboration'), value: word }),
  fc.record({ key: fc.constantFrom<'facilitator' | 'thermometer'>('facilitator', 'thermometer'), value: fc.constantFrom('Esther', 'waakzaam', 'friendly') }),
);
const body = fc.array(fc.constantFrom('Het doel is vaag #ambitie', 'Trust grows #relationship #share', '10:00 #waakzaam', '- [ ] Bellen @Esther', 'Gemeente: we betalen #besluit'), { maxLength: 5 });

const notes = (fields: { key: string; value: string }[], dutch: boolean, lines: string[]): string =>
  `---\n${fields.map((f) => `${dutch && f.key in DUTCH_KEYS ? DUTCH_KEYS[f.key as Key] : f.key}: ${f.value}`).join('\n')}\n---\n\n${lines.join('\n\n')}\n`;

/** The session without what names the key as written: a problem's field and its message. */
const comparable = (s: Session) => ({ ...s, problems: s.problems.map((p) => ({ ...p, field: undefined, message: '' })) });

describe('Dutch front matter keys', () => {
  it('parse to the same session as the English ones, over random notes', () => {
    fc.assert(fc.property(fc.uniqueArray(field, { selector: (f) => f.key, maxLength: 7 }), body, (fields, lines) => {
      const english = parseSession(notes(fields, false, lines), { file: 'a.md' });
      const dutch = parseSession(notes(fields, true, lines), { file: 'a.md' });
      assert.deepEqual(comparable(dutch), comparable(english));
    }), { numRuns: 300 });
  });

  it('read a Dutch session\'s front matter as its English fields', () => {
    const s = parseSession('---\ntitel: Aftrap\ndatum: 2026-03-02\ndeelnemers: [Gemeente, Anker]\nfase: delen\ntaal: nl\nsamenwerking: Buurtpact\n---\n', { file: 'a.md' });
    assert.deepEqual([s.title, s.date, s.participants.map((p) => p.name), s.lang, s.collaboration, s.problems], ['Aftrap', '2026-03-02', ['Gemeente', 'Anker'], 'nl', 'Buurtpact', []]);
    assert.deepEqual(s.frontMatter, { title: 'Aftrap', date: '2026-03-02', participants: ['Gemeente', 'Anker'], phase: 'share', lang: 'nl', collaboration: 'Buurtpact' });
  });

  it('let the English key win when both are written, in either order', () => {
    assert.equal(parseSession('---\ntitel: Een\ntitle: Two\n---\n', { file: 'a.md' }).title, 'Two');
    assert.equal(parseSession('---\ntitle: Two\ntitel: Een\n---\n', { file: 'a.md' }).title, 'Two');
  });

  it('say a bad Dutch field by its Dutch key', () => {
    const [p] = parseSession('---\ndatum: maandag\n---\n', { file: 'a.md' }).problems;
    assert.deepEqual([p.field, p.message], ['datum', "Invalid date 'maandag', ignored: write it as YYYY-MM-DD"]);
  });

  it('are in the front matter schema, each described as the Dutch spelling of its English key', () => {
    const shape = frontMatterSchema().shape as Record<string, { description?: string }>;
    assert.deepEqual(Object.values(DUTCH_KEYS).map((nl) => [nl, shape[nl]?.description]), [
      ['titel', 'Dutch spelling of title'], ['datum', 'Dutch spelling of date'], ['deelnemers', 'Dutch spelling of participants'],
      ['fase', 'Dutch spelling of phase'], ['taal', 'Dutch spelling of lang'], ['samenwerking', 'Dutch spelling of collaboration'],
      ['locatie', 'Dutch spelling of location'], ['afwezig', 'Dutch spelling of absent'], ['volgende', 'Dutch spelling of next'],
      ['samenvatting', 'Dutch spelling of summary'],
    ]);
  });
});
