import * as assert from 'node:assert/strict';
import { isSessionNotes, parseSession } from '../../../src/core/parse/parser';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import { clockTime, isoDate, sessionFileName, sessionTemplate, slug } from '../../../src/core/write/template';

describe('new session template', () => {
  it('makes a slug of plain lower-case ASCII words', () => {
    assert.equal(slug('Regiotafel zorgnetwerk — start'), 'regiotafel-zorgnetwerk-start');
    assert.equal(slug('Café Überleg: één, twee!'), 'cafe-uberleg-een-twee');
    assert.equal(slug('   '), 'session');
    assert.equal(slug('!!!'), 'session');
    assert.equal(slug('a'.repeat(80)), 'a'.repeat(60));
    assert.equal(slug(`${'word '.repeat(20)}`).length <= 60, true);
    assert.equal(sessionFileName('2026-03-02', 'Kick-off Gemeente'), '2026-03-02-kick-off-gemeente.md');
  });

  it('formats local dates and times', () => {
    const d = new Date(2026, 0, 5, 9, 7);
    assert.equal(isoDate(d), '2026-01-05');
    assert.equal(clockTime(d), '09:07');
  });

  for (const lang of ['en', 'nl'] as const) {
    it(`gives notes that parse cleanly (${lang})`, () => {
      const text = sessionTemplate('Regiotafel: start', '2026-03-02', lang, BUILTIN_VOCABULARY);
      const session = parseSession(text, { file: 'x.md' });
      assert.deepEqual(session.problems, []);
      assert.equal(isSessionNotes(session), true);
      assert.equal(session.title, 'Regiotafel: start');
      assert.equal(session.date, '2026-03-02');
      assert.equal(session.startLevel, 'friendly');
      assert.deepEqual(session.observations, [], 'the example observation is a comment');
      assert.equal(session.actions.length, 0, 'the example action is a comment');
      assert.equal(text.includes(lang === 'nl' ? '#ambitie' : '#ambition'), true);
      assert.equal(session.currentPhase, 'explore');
      assert.equal(session.lang, lang);
      assert.equal(session.facilitator, '');
      assert.deepEqual(session.participants, []);
      assert.deepEqual(text.split('\n').slice(0, 9), lang === 'nl'
        ? ['---', 'titel: "Regiotafel: start"', 'datum: 2026-03-02', 'taal: nl', 'facilitator: ""', 'deelnemers: []', 'fase: verkennen', 'thermometer: vriendschappelijk', '---']
        : ['---', 'title: "Regiotafel: start"', 'date: 2026-03-02', 'lang: en', 'facilitator: ""', 'participants: []', 'phase: explore', 'thermometer: friendly', '---']);
    });
  }

  it('keeps a title that YAML would read as another type a string', () => {
    const session = parseSession(sessionTemplate('true', '2026-03-02', 'en', BUILTIN_VOCABULARY), { file: 'x.md' });
    assert.equal(session.title, 'true');
    assert.deepEqual(session.problems, []);
  });
});
