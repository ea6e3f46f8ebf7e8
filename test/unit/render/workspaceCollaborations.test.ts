import * as assert from 'node:assert/strict';
import { collaborations } from '../../../src/core/report/collaboration';
import { renderOverviewMain } from '../../../src/core/render/overview/html';
import { action, handSession as session, observation } from '../helpers/sessions';

const hosting = { nonce: 'n', cspSource: 'c', scriptUri: 's' };

describe('overview html: workspace as a list of collaborations', () => {
  const sessions = [
    session({ file: 'pact/1.md', date: '2026-03-01', startLevel: 'watchful', observations: [observation(['ambition'], 'explore')],
      actions: [action(3, 'Call <the> school', false, { due: '2026-03-10' }), action(4, 'Book a room')] }),
    session({ file: 'pact/2.md', date: '2026-04-01', readings: [{ line: 2, level: 'conflict', text: '', time: null }], observations: [observation(['process'], 'agree')], currentPhase: 'agree' }),
    session({ file: 'zorg/1.md', date: '2026-02-01', actions: [action(2, 'Done already', true)] }),
  ];
  const groups = collaborations(sessions, { today: '2026-05-01' });

  it('has one row per collaboration: sessions, latest date, current phase, latest level, open and overdue actions', () => {
    const main = renderOverviewMain(sessions, { lang: 'en', mode: 'workspace', collaborations: groups });
    const rows = [...main.matchAll(/<tr data-collaboration="([^"]*)"><td>([^<]*)<\/td><td class="num">(\d+)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>(?:<span class="level [^"]*">)?([^<]*)(?:<\/span>)?<\/td><td class="num">(\d+)<\/td><td class="num[^"]*">(\d+)<\/td><\/tr>/g)].map((m) => m.slice(1));
    assert.deepEqual(rows, [
      ['pact', 'pact', '2', '1 Apr 2026', 'Agree', 'Conflict', '2', '1'],
      ['zorg', 'zorg', '1', '1 Feb 2026', '—', '—', '0', '0'],
    ]);
    assert.ok(!main.includes('id="matrix"'), 'no matrix mixed over two collaborations');
    assert.ok(!main.includes('id="thermometer"'), 'no trend mixed over two collaborations');
  });

  it('opens a dossier from its row in the panel', () => {
    const main = renderOverviewMain(sessions, { lang: 'nl', mode: 'workspace', collaborations: groups, webview: hosting });
    assert.ok(main.includes('<button type="button" class="open-dossier" data-command="dossier" data-collaboration="zorg" title="Dossier openen">zorg</button>'));
    assert.ok(main.includes('<th scope="col">Samenwerking</th>'));
  });

  it('one folder of notes: one row, and the sessions, matrix and trend as before', () => {
    const one = sessions.slice(0, 2);
    const main = renderOverviewMain(one, { lang: 'en', mode: 'workspace' });
    assert.equal((main.match(/<tr data-collaboration=/g) ?? []).length, 1);
    for (const id of ['sessions', 'matrix', 'thermometer', 'coverage']) assert.ok(main.includes(`<section id="${id}"`), id);
  });
});
