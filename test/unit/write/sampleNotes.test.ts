// The walkthrough's sample notes: the same made-up meeting in Dutch and English, parsing cleanly to the same
// observations, with Dutch front matter keys in the Dutch notes.
import * as assert from 'node:assert/strict';
import { isSessionNotes, parseSession } from '../../../src/core/parse/parser';
import { sampleNotes } from '../../../src/core/write/sampleNotes';

const parsed = (lang: 'en' | 'nl') => parseSession(sampleNotes(lang, '2026-12-07'), { file: 'sample.md' });

/** What the notes say, apart from their words. */
const model = (lang: 'en' | 'nl') => {
  const session = parsed(lang);
  return {
    observations: session.observations.map((o) => [o.conditions, o.phase, o.level, o.needs, o.otherTags, o.private, o.decision]),
    actions: session.actions.map((a) => [a.owner, a.done]),
    phase: session.currentPhase,
    facilitator: session.facilitator,
    participants: session.participants.length,
    date: session.date,
  };
};

describe('sample notes of the walkthrough', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`parse cleanly, as notes in ${lang}`, () => {
      const session = parsed(lang);
      assert.deepEqual(session.problems, []);
      assert.equal(isSessionNotes(session), true);
      assert.equal(session.lang, lang);
      assert.equal(session.title, lang === 'nl' ? 'Voorbeeld: eerste overleg buurtzorg' : 'Sample: first meeting on care in the neighbourhood');
    });
  }

  it('say the same in both languages: tags, private remark, decision, action', () => {
    assert.deepEqual(model('nl'), model('en'));
    assert.deepEqual(model('nl').observations, [
      [['ambition'], 'explore', null, [], [], false, false],
      [['interests'], 'explore', null, [], [], false, false],
      [['relationship'], 'explore', 'watchful', ['recognition'], [], false, false],
      [['relationship'], 'explore', 'watchful', [], [], true, false],
      [['process'], 'share', 'watchful', [], [], false, true],
    ]);
    assert.deepEqual(model('nl').actions, [['Sam', false]]);
    assert.deepEqual(model('nl').participants, 3);
  });

  it('write the Dutch front matter keys in the Dutch notes', () => {
    assert.deepEqual(sampleNotes('nl', '2026-12-07').split('\n').slice(0, 8),
      ['---', 'titel: "Voorbeeld: eerste overleg buurtzorg"', 'datum: 2026-12-07', 'taal: nl', 'facilitator: Sam', 'deelnemers: [Gemeente, Woningcorporatie, Buurtteam]', 'fase: verkennen', '---']);
  });
});
