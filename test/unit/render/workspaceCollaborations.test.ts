import * as assert from 'node:assert/strict';
import { collaborations } from '../../../src/core/report/collaboration';
import { renderOverviewMain } from '../../../src/core/render/overview/html';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSession } from '../../../src/core/parse/parser';
import { NoteSummary, noteSummary } from '../../../src/core/report/noteSummary';
import { sessionCounts, workspaceCounts } from '../../../src/core/report/overview';
import { escapeHtml } from '../../../src/core/render/shared/escape';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import { generateArchive } from '../../bench/archive';
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
    const rows = [...main.matchAll(/<tr data-collaboration="([^"]*)"><td>([^<]*)<\/td><td class="num">(\d+)<\/td><td>(?:<time datetime="[-\d]+">)?([^<]*)(?:<\/time>)?<\/td><td>([^<]*)<\/td><td>(?:<span class="level [^"]*">)?([^<]*)(?:<\/span>)?<\/td><td class="num">(\d+)<\/td><td class="num[^"]*">(\d+)<\/td><\/tr>/g)].map((m) => m.slice(1));
    assert.deepEqual(rows, [
      ['pact', 'pact', '2', '1 April 2026', 'Agree', 'Conflict', '2', '1'],
      ['zorg', 'zorg', '1', '1 February 2026', '—', '—', '0', '0'],
    ]);
    assert.ok(!main.includes('id="matrix"'), 'no matrix mixed over two collaborations');
    assert.ok(!main.includes('id="thermometer"'), 'no trend mixed over two collaborations');
  });

  it('opens a dossier from its row in the panel', () => {
    const main = renderOverviewMain(sessions, { lang: 'nl', mode: 'workspace', collaborations: groups, webview: hosting });
    assert.ok(main.includes('<button type="button" class="open-dossier" data-command="dossier" data-collaboration="zorg" title="Dossier openen">zorg</button>'));
    assert.ok(main.includes('<th scope="col">Samenwerking</th>'));
    assert.ok(main.includes('<td><time datetime="2026-02-01">1 februari 2026</time></td>'));
  });

  it('one folder of notes: one row, and the sessions, matrix and trend as before', () => {
    const one = sessions.slice(0, 2);
    const main = renderOverviewMain(one, { lang: 'en', mode: 'workspace' });
    assert.equal((main.match(/<tr data-collaboration=/g) ?? []).length, 1);
    for (const id of ['sessions', 'matrix', 'thermometer', 'coverage']) assert.ok(main.includes(`<section id="${id}"`), id);
  });

  it('several workspace folders: a row group per folder, named, with its collaborations', () => {
    const [pact, zorg] = groups;
    const main = renderOverviewMain(sessions, { lang: 'en', mode: 'workspace', collaborations: groups,
      folders: [{ name: 'team <a>', collaborations: [zorg] }, { name: 'team-b', collaborations: [pact] }] });
    const bodies = [...main.matchAll(/<tbody([^>]*)>([\s\S]*?)<\/tbody>/g)].map((m) => [m[1], ...[...m[2].matchAll(/<t[hr] [^>]*(?:data-collaboration="([^"]*)"|>([^<]*)<\/th>)/g)].map((r) => r[1] ?? r[2])]);
    assert.deepEqual(bodies, [
      [' class="folder" data-folder="team &lt;a&gt;"', 'team &lt;a&gt;', 'zorg'],
      [' class="folder" data-folder="team-b"', 'team-b', 'pact'],
    ]);
    assert.ok(main.includes('<tr><th scope="rowgroup" colspan="7">team-b</th></tr>'));
  });

  it('one folder (no folders given): one plain row group, as before', () => {
    const main = renderOverviewMain(sessions, { lang: 'en', mode: 'workspace', collaborations: groups });
    assert.deepEqual([...main.matchAll(/<tbody[^>]*>/g)].map((m) => m[0]), ['<tbody>']);
  });

  describe('the panel pages a workspace of 200 collaborations', () => {
    let dir: string;
    let summaries: NoteSummary[];
    let big: ReturnType<typeof collaborations>;
    before(function () {
      this.timeout(120_000);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-collaborations-'));
      generateArchive(dir, 400, 200);
      summaries = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort()
        .map((f) => noteSummary(parseSession(fs.readFileSync(path.join(dir, f), 'utf8'), { file: f }), BUILTIN_VOCABULARY));
      big = collaborations(summaries, { today: '2026-12-01' });
      assert.equal(big.length, 200);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    const page = (n: number) => renderOverviewMain(summaries, { lang: 'nl', mode: 'workspace', collaborations: big, webview: hosting, page: n });
    const rowNames = (main: string) => [...main.matchAll(/<tr data-collaboration="([^"]*)">/g)].map((m) => m[1]);

    it('page 1: the first 50 rows, no list of every action and decision, at most 5,000 elements', () => {
      const main = page(0);
      assert.deepEqual(rowNames(main), big.slice(0, 50).map((c) => c.name));
      const elements = (main.match(/<[a-z]/g) ?? []).length;
      assert.ok(elements <= 5000, `${elements} elements`);
      assert.ok(!main.includes('<section id="actions"') && !main.includes('<section id="decisions"'));
      assert.ok(main.includes('<p class="muted" id="in-dossiers">De acties en besluiten van een samenwerking staan in haar dossier'));
      assert.ok(main.includes('<nav class="toolbar pager"><button type="button" data-command="workspace" data-page="-1" disabled>Vorige</button>'
        + '<span class="muted">Samenwerkingen 1–50 van 200</span><button type="button" data-command="workspace" data-page="1">Volgende</button></nav>'));
    });

    it('pages run across folders: a folder cut by the page break is named again on the next page', () => {
      const folders = [{ name: 'a', collaborations: big.slice(0, 30) }, { name: 'b', collaborations: big.slice(30) }];
      const heads = (n: number) => [...renderOverviewMain(summaries, { lang: 'nl', mode: 'workspace', collaborations: big, folders, webview: hosting, page: n })
        .matchAll(/<tbody class="folder" data-folder="([^"]*)">[\s\S]*?<\/tbody>/g)].map((m) => [m[1], (m[0].match(/<tr data-collaboration=/g) ?? []).length]);
      assert.deepEqual(heads(0), [['a', 30], ['b', 20]]);
      assert.deepEqual(heads(1), [['b', 50]]);
    });

    it('the last page, and a page beyond it shows the last', () => {
      for (const n of [3, 99]) {
        const main = page(n);
        assert.deepEqual(rowNames(main), big.slice(150).map((c) => c.name));
        assert.ok(main.includes('<span class="muted">Samenwerkingen 151–200 van 200</span><button type="button" data-command="workspace" data-page="4" disabled>Volgende</button>'));
      }
      assert.deepEqual(rowNames(page(-2)), big.slice(0, 50).map((c) => c.name));
    });

    it('a page made from the sessions\' counts is the page made from their report', () => {
      const counts = workspaceCounts(summaries.map((s) => sessionCounts(s)));
      assert.equal(counts.observations, summaries.reduce((n, s) => n + s.observations.length, 0));
      assert.deepEqual(counts.needs.map(([id]) => id), ['recognition', 'certainty', 'support']);
      assert.equal(renderOverviewMain(summaries, { lang: 'nl', mode: 'workspace', collaborations: big, webview: hosting, page: 0, counts }), page(0));
      assert.ok(page(0).includes(`<strong data-count="observations">${counts.observations}</strong>`));
    });

    it('a page of several collaborations given its counts summarises no session (only a page of one collaboration needs summaries)', () => {
      let summarised = 0;
      // Only a session's summary reads its problems (the rows come from the collaborations, the counts from `counts`).
      const watched = summaries.map((s) => Object.defineProperty({ ...s }, 'problems', { get: () => (summarised++, s.problems) }));
      const counts = workspaceCounts(summaries.map((s) => sessionCounts(s)));
      const main = renderOverviewMain(watched, { lang: 'nl', mode: 'workspace', collaborations: big, webview: hosting, page: 0, counts });
      assert.equal(summarised, 0);
      assert.equal(main, page(0));
      renderOverviewMain(watched, { lang: 'nl', mode: 'workspace', collaborations: big, webview: hosting, page: 0 });
      assert.equal(summarised, summaries.length, 'without counts, the page summarises every session');
    });

    it('the export (no page) stays complete: every row, every open action', () => {
      const main = renderOverviewMain(summaries, { lang: 'nl', mode: 'workspace', collaborations: big });
      assert.equal(rowNames(main).length, 200);
      assert.ok(!main.includes('class="toolbar pager"'));
      const open = big.flatMap((c) => c.actions.filter((a) => !a.done));
      assert.ok(open.length > 200);
      assert.ok(main.includes(`(<span data-count="open">${open.length}</span>)`));
      for (const action of open) assert.ok(main.includes(`<span class="chip">@${escapeHtml(action.owner ?? '')}</span>`), action.text);
    });
  });
});
