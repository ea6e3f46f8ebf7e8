import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSession } from '../../../src/core/parse/parser';
import { collaborations } from '../../../src/core/report/collaboration';
import { carriedOn } from '../../../src/core/report/nextSession';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import { withCollaborationKey } from '../../../src/core/write/collaborationKey';
import { firstAgendaItem, nextSessionTemplate } from '../../../src/core/write/nextSession';
import { sessionTemplate } from '../../../src/core/write/template';
import { action, handSession } from '../helpers/sessions';
import { regiotafelNextNotes } from '../helpers/nextSessionNotes';

const today = '2026-06-01';
const example = path.join(__dirname, '../../../../examples/2026-03-02-regiotafel-zorgnetwerk.md');

describe('the next session of a collaboration', () => {
  const first = parseSession(fs.readFileSync(example, 'utf8'), { file: 'regio/2026-03-02-start.md' });
  const [regio] = collaborations([first], { today });
  const text = withCollaborationKey(nextSessionTemplate('Regiotafel — tweede overleg', '2026-04-01', carriedOn(regio, 'en'), BUILTIN_VOCABULARY), regio.name);

  it('carries on the facilitator, participants with aliases, language, phase and last level; absent left empty; open actions to tick', () => {
    assert.equal(text, regiotafelNextNotes('Regiotafel — tweede overleg', '2026-04-01'));
  });

  it('parses cleanly, with no observation and only the carried actions; the cursor waits on the first agenda item', () => {
    const next = parseSession(text, { file: 'regio/2026-04-01-tweede.md' });
    assert.deepEqual(next.problems, []);
    assert.equal(next.observations.length, 0);
    assert.deepEqual(next.actions.map((a) => [a.text, a.done]), [
      ['Per partij een halen/brengen-overzicht maken @Esther', false],
      ['Ziekenhuis persoonlijk uitnodigen voor de volgende keer @Marco 20-03-2026', false],
    ]);
    assert.deepEqual(next.participants, first.participants);
    assert.deepEqual([next.facilitator, next.lang, next.currentPhase, next.startLevel], ['Esther', 'nl', 'share', 'watchful']);
    assert.deepEqual(firstAgendaItem(text), { line: 25, character: 3 });
  });

  it('the collaboration shows the new session in the phase it continues in, each action once; ticking one there closes it', () => {
    const next = parseSession(text.replace('- [ ] Per partij', '- [x] Per partij'), { file: 'regio/2026-04-01-tweede.md' });
    const [c] = collaborations([first, next], { today });
    assert.deepEqual([c.sessions.length, c.currentPhase, c.latestLevel], [2, 'share', 'watchful']);
    assert.deepEqual(c.actions.map((a) => [a.text.slice(0, 20), a.done, a.latest.session]), [
      ['Per partij een halen', true, 1], ['Ziekenhuis persoonli', false, 1], ['Verslag en foto\'s va', true, 0],
    ]);
  });

  it('an open action from private notes stays private; names YAML would misread are quoted', () => {
    const [c] = collaborations([handSession({
      file: 'p/1.md', lang: 'en', facilitator: 'true', participants: [{ name: 'Smith, Jones & Co', aliases: ['S&J', 'null'] }],
      actions: [action(3, 'Call the lawyer', false, { private: true }), action(4, 'Book a room')],
    })], { today });
    const notes = nextSessionTemplate('Next', '2026-04-01', carriedOn(c, 'nl'), BUILTIN_VOCABULARY);
    const next = parseSession(notes, { file: 'p/2.md' });
    assert.deepEqual(next.problems, []);
    assert.deepEqual(next.actions.map((a) => [a.text, a.private]), [['Call the lawyer', true], ['Book a room', false]]);
    assert.deepEqual(next.participants, [{ name: 'Smith, Jones & Co', aliases: ['S&J', 'null'] }]);
    assert.equal(next.facilitator, 'true');
    assert.match(notes, /^## Open actions\n\n- \[ \] Call the lawyer #private\n- \[ \] Book a room$/m);
  });

  for (const lang of ['en', 'nl'] as const) {
    it(`writes every front matter key in the notes' language (${lang})`, () => {
      const [c] = collaborations([handSession({ file: 'k/1.md', lang, facilitator: 'Esther', participants: [{ name: 'Wijkteam', aliases: [] }] })], { today });
      const notes = nextSessionTemplate('Next', '2026-04-01', { ...carriedOn(c, lang), phase: 'agree', level: 'watchful' }, BUILTIN_VOCABULARY);
      const keys = notes.split('---')[1].split('\n').filter((l) => /^\w+:/.test(l)).map((l) => l.slice(0, l.indexOf(':')));
      assert.deepEqual(keys, lang === 'nl'
        ? ['titel', 'datum', 'taal', 'facilitator', 'deelnemers', 'afwezig', 'fase', 'thermometer']
        : ['title', 'date', 'lang', 'facilitator', 'participants', 'absent', 'phase', 'thermometer']);
      const next = parseSession(notes, { file: 'k/2.md' });
      assert.deepEqual([next.problems, next.lang, next.currentPhase, next.startLevel], [[], lang, 'agree', 'watchful']);
      assert.deepEqual(next.frontMatter.absent, []);
    });
  }
});

describe('the template of first notes', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`has its examples only as a comment: no observation, no action (${lang}); the cursor under the first heading`, () => {
      const text = sessionTemplate('Start', '2026-03-02', lang, BUILTIN_VOCABULARY);
      const session = parseSession(text, { file: 'x.md' });
      assert.deepEqual([session.observations.length, session.actions.length, session.problems.length], [0, 0, 0]);
      const { line, character } = firstAgendaItem(text);
      assert.deepEqual([text.split('\n')[line - 2], text.split('\n')[line], character], [lang === 'nl' ? '## Kennismaken #verkennen' : '## Getting to know each other #explore', '', 0]);
    });
  }
});
