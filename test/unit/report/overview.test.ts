import * as assert from 'node:assert/strict';
import { buildReport, summarizeSession } from '../../../src/core/report/overview';
import { overviewReportSchema } from '../../../src/core/report/overviewSchema';
import { Observation, Session, TagMention } from '../../../src/core/parse/model';
import { renderMarkdown } from '../../../src/core/render/overview/markdown';
import { parseSession } from '../../../src/core/parse/parser';
import { forAudience, partnerView } from '../../../src/core/report/audience';

// Sessions are built by hand so these tests pin the overview rules independently of the parser.
function session(over: Partial<Session> = {}): Session {
  return {
    file: 'notes/a.md', title: 'A', date: '2026-03-02', lineCount: 20, frontMatter: {}, frontMatterLines: null,
    startLevel: null, facilitator: null, participants: [], lang: null, collaboration: null, currentPhase: null,
    observations: [], readings: [], markers: [], decisions: [], actions: [], headings: [], tags: [], problems: [], private: false, privateScopes: [], ...over,
  };
}

function observation(conditions: string[], phase: string | null): Observation {
  return { startLine: 1, endLine: 1, text: 'x', conditions, phase, level: null, needs: [], otherTags: [], facets: {}, tags: [], parties: [], private: false, decision: false };
}

function tag(raw: string, dimension?: string, value?: string): TagMention {
  return { line: 1, column: 0, length: raw.length + 1, raw, dimension, value };
}

const zeroRow = { explore: 0, share: 0, agree: 0, shape: 0, execute: 0, none: 0 };
const zeroMatrix = () => ({
  ambition: { ...zeroRow }, interests: { ...zeroRow }, relationship: { ...zeroRow },
  organisation: { ...zeroRow }, process: { ...zeroRow }, none: { ...zeroRow },
});

describe('overview', () => {
  it('summarises a small session into exactly the JSON contract', () => {
    const s = session({
      startLevel: 'friendly',
      observations: [observation(['ambition'], 'explore'), observation([], null)],
      readings: [{ line: 7, level: 'disagreement', text: 'x', time: null }, { line: 12, level: 'watchful', text: 'y', time: null }],
      actions: [{ line: 14, done: false, owner: 'Esther', text: 'a', due: null, ownerParty: null, private: false }, { line: 15, done: true, owner: null, text: 'b', due: null, ownerParty: null, private: false }, { line: 16, done: false, owner: null, text: 'c', due: null, ownerParty: null, private: false }],
      tags: [tag('ambitie', 'condition', 'ambition'), tag('Need/Vertrouwen', 'need', 'trust'), tag('FollowUp'), tag('need/geduld', 'need'), tag('followup')],
      problems: [
        { line: 2, severity: 'error', message: 'Bad date', code: 'front-matter-field', field: 'date' },
        { line: 9, severity: 'warning', message: 'Unknown need', code: 'unknown-prefixed-value', column: 3, length: 12, suggestion: '#need/x' },
      ],
    });
    const matrix = zeroMatrix();
    matrix.ambition.explore = 1;
    matrix.none.none = 1;
    assert.deepEqual(summarizeSession(s), {
      file: 'notes/a.md',
      title: 'A',
      date: '2026-03-02',
      facilitator: null,
      participants: [],
      lang: 'en',
      observations: 2,
      private: 0,
      matrix,
      thermometer: { start: 'friendly', readings: [{ line: 7, level: 'disagreement' }, { line: 12, level: 'watchful' }], end: 'watchful', peak: 'disagreement' },
      needs: { trust: 1 },
      parties: {},
      decisions: [],
      actions: {
        open: 2,
        done: 1,
        items: [
          { line: 14, text: 'a', done: false, owner: 'Esther', due: null },
          { line: 15, text: 'b', done: true, owner: null, due: null },
          { line: 16, text: 'c', done: false, owner: null, due: null },
        ],
      },
      otherTags: { followup: 2, 'need/geduld': 1 },
      problems: [{ line: 2, severity: 'error', message: 'Bad date' }, { line: 9, severity: 'warning', message: 'Unknown need' }],
    });
  });

  it('has all 6 x 6 matrix keys in vocabulary order, none last', () => {
    const { matrix } = summarizeSession(session());
    assert.deepEqual(Object.keys(matrix), ['ambition', 'interests', 'relationship', 'organisation', 'process', 'none']);
    for (const row of Object.values(matrix)) assert.deepEqual(Object.keys(row), ['explore', 'share', 'agree', 'shape', 'execute', 'none']);
  });

  it('counts an observation with two conditions in both rows but once in observations', () => {
    const summary = summarizeSession(session({ observations: [observation(['ambition', 'process'], 'share')] }));
    assert.equal(summary.observations, 1);
    assert.equal(summary.matrix.ambition.share, 1);
    assert.equal(summary.matrix.process.share, 1);
    assert.equal(Object.values(summary.matrix).reduce((sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0), 0), 2);
  });

  describe('thermometer', () => {
    const thermometer = (startLevel: string | null, levels: string[]) =>
      summarizeSession(session({ startLevel, readings: levels.map((level, i) => ({ line: 10 + i, level, text: '', time: null })) })).thermometer;

    it('ends at the last reading and peaks at the most severe, even when it calms down again', () => {
      assert.deepEqual(thermometer('watchful', ['conflict', 'friendly']), {
        start: 'watchful', readings: [{ line: 10, level: 'conflict' }, { line: 11, level: 'friendly' }], end: 'friendly', peak: 'conflict',
      });
    });

    it('counts the start level for the peak', () => {
      assert.equal(thermometer('disagreement', ['friendly', 'watchful']).peak, 'disagreement');
    });

    it('ends and peaks at the start when there are no readings', () => {
      assert.deepEqual(thermometer('watchful', []), { start: 'watchful', readings: [], end: 'watchful', peak: 'watchful' });
    });

    it('is all null without a start level or readings', () => {
      assert.deepEqual(thermometer(null, []), { start: null, readings: [], end: null, peak: null });
    });

    it('peaks at the readings when there is no start level', () => {
      assert.deepEqual(thermometer(null, ['watchful', 'friendly']), {
        start: null, readings: [{ line: 10, level: 'watchful' }, { line: 11, level: 'friendly' }], end: 'friendly', peak: 'watchful',
      });
    });
  });

  it('lists needs in vocabulary order, whatever order they were mentioned in', () => {
    const tags = [tag('need/zorgzaamheid', 'need', 'care'), tag('behoefte/vrijheid', 'need', 'freedom'), tag('need/care', 'need', 'care')];
    assert.deepEqual(Object.entries(summarizeSession(session({ tags })).needs), [['freedom', 1], ['care', 2]]);
  });

  it('adds up observations and matrices over sessions in totals', () => {
    const report = buildReport([
      session({ observations: [observation(['ambition', 'process'], 'share'), observation(['ambition'], null)] }),
      session({ file: 'b.md', observations: [observation(['ambition'], 'share')] }),
      session({ file: 'c.md' }),
    ]);
    const matrix = zeroMatrix();
    matrix.ambition.share = 2;
    matrix.ambition.none = 1;
    matrix.process.share = 1;
    assert.equal(report.version, 1);
    assert.deepEqual(report.sessions.map((s) => s.file), ['notes/a.md', 'b.md', 'c.md']);
    assert.deepEqual(report.totals, { observations: 3, matrix });
  });

  it('gives an empty report for no sessions', () => {
    assert.deepEqual(buildReport([]), { version: 1, sessions: [], totals: { observations: 0, matrix: zeroMatrix() } });
  });

  it('produces reports that satisfy the published zod schema, which rejects extra keys', () => {
    const report = buildReport([session({ startLevel: 'conflict', observations: [observation(['relationship'], 'agree')] })]);
    assert.deepEqual(overviewReportSchema().parse(report), report);
    assert.equal(overviewReportSchema().safeParse({ ...report, extra: 1 }).success, false);
    const { none: _dropped, ...withoutNone } = report.totals.matrix;
    assert.equal(overviewReportSchema().safeParse({ ...report, totals: { ...report.totals, matrix: withoutNone } }).success, false);
  });
});

describe('markdown report', () => {
  const report = buildReport([
    session({
      title: 'Kick-off <b>*bold*</b> | pipe',
      startLevel: 'friendly',
      observations: [observation(['ambition', 'process'], 'share'), observation(['ambition'], 'share')],
      readings: [{ line: 8, level: 'conflict', text: '', time: null }, { line: 9, level: 'watchful', text: '', time: null }],
      actions: [{ line: 12, done: true, owner: null, text: '', due: null, ownerParty: null, private: false }],
      tags: [tag('need/trust', 'need', 'trust'), tag('my_tag')],
      problems: [{ line: 3, severity: 'warning', message: 'Unknown tag #ambitoin: did you mean #ambition?', code: 'near-miss-tag' }],
    }),
  ]);

  it('renders the sections, the condition x phase table and the thermometer course in English', () => {
    const text = renderMarkdown(report, 'en');
    assert.equal(text, [
      '# Session overview',
      '',
      '## Kick-off \\<b\\>\\*bold\\*\\</b\\> \\| pipe',
      '',
      'Monday 2 March 2026 · notes/a.md · Observations: 2',
      '',
      '### Condition × phase',
      '',
      '| Condition × phase | Explore | Share | Agree | Shape | Execute | No phase | Total |',
      '| :-- | --: | --: | --: | --: | --: | --: | --: |',
      '| Ambition | · | 2 | · | · | · | · | 2 |',
      '| Interests | · | · | · | · | · | · | · |',
      '| Relationship | · | · | · | · | · | · | · |',
      '| Organisation | · | · | · | · | · | · | · |',
      '| Process | · | 1 | · | · | · | · | 1 |',
      '| No condition | · | · | · | · | · | · | · |',
      '',
      '### Thermometer',
      '',
      'Friendly (start) → Conflict (line 8) → Watchful (line 9)',
      '',
      'End: **Watchful** · Peak: **Conflict**',
      '',
      '### Needs',
      '',
      '- Trust: 1',
      '',
      '### Actions',
      '',
      'open: 0 · done: 1',
      '',
      '### Free tags',
      '',
      '- \\#my\\_tag: 1',
      '',
      '### Problems',
      '',
      '- **warning** (line 3): Unknown tag \\#ambitoin: did you mean \\#ambition?',
      '',
    ].join('\n'));
  });

  it('uses Dutch labels and term names with lang nl', () => {
    const text = renderMarkdown(report, 'nl');
    assert.match(text, /^# Sessieoverzicht\n/);
    assert.ok(text.includes('| Conditie × fase | Verkennen | Delen | Overeenkomen | Vormgeven | Uitvoeren | Geen fase | Totaal |\n'));
    assert.ok(text.includes('Vriendschappelijk (begin) → Conflict (regel 8) → Waakzaam (regel 9)\n\nEinde: **Waakzaam** · Piek: **Conflict**'));
    assert.ok(text.includes('### Behoeften\n\n- Vertrouwen: 1\n'));
    assert.ok(text.includes('open: 0 · afgerond: 1'));
    assert.ok(text.includes('- **waarschuwing** (regel 3): '));
  });

  it('adds an all-sessions table only when there is more than one session', () => {
    assert.ok(!renderMarkdown(report, 'en').includes('## All sessions'));
    const two = buildReport([session({ observations: [observation([], 'agree')] }), session({ file: 'b.md', observations: [observation(['ambition'], null)] })]);
    const text = renderMarkdown(two, 'en');
    assert.ok(text.includes('## All sessions\n\nSessions: 2 · Observations: 2\n\n| Condition × phase |'));
    assert.ok(text.endsWith('| Ambition | · | · | · | · | · | 1 | 1 |\n| Interests | · | · | · | · | · | · | · |\n| Relationship | · | · | · | · | · | · | · |\n| Organisation | · | · | · | · | · | · | · |\n| Process | · | · | · | · | · | · | · |\n| No condition | · | · | 1 | · | · | · | 1 |\n'));
  });

  it('says so when there are no sessions', () => {
    assert.equal(renderMarkdown(buildReport([]), 'en'), '# Session overview\n\nNo session notes found.\n');
  });
});

describe('overview: parties, decisions, private notes and the partners\' audience', () => {
  const NOTES = [
    '---',
    'title: Wonen en zorg',
    'facilitator: Esther',
    'participants: [Gemeente, { name: Het Anker, aliases: [Anker] }, Corporatie]',
    'taal: nl',
    '---',
    'Gemeente: we willen de wachtlijst weg #ambitie', //                7
    '',
    'Anker: eerst zekerheid over geld #belangen #organisatie', //        9
    '',
    'Jan (Anker) rolt met zijn ogen, GEHEIMWOORD #relatie #privé #koffie', // 11
    '',
    'We starten in mei #besluit', //                                     13
    '',
    '## Reflectie #privé', //                                            15
    '',
    'Ik duwde te hard, ZWIJGWOORD #proces', //                          17
    '',
    '- [ ] ZWIJGACTIE opvolgen @Esther', //                              19
    '- Niemand weet het, STILBESLUIT #besluit #waakzaam', //            20
    '',
    '## Acties', //                                                      22
    '',
    '- [ ] Offerte sturen @Corporatie 20-04-2026', //                    24
    '- [x] Zaal regelen @Anker', //                                      25
  ].join('\n');
  const s = parseSession(NOTES, { file: 'wonen.md' });

  it('adds participants, facilitator, language, parties, decisions, private and action items', () => {
    const summary = summarizeSession(s);
    assert.deepEqual([summary.facilitator, summary.participants, summary.lang, summary.observations, summary.private], ['Esther', ['Gemeente', 'Het Anker', 'Corporatie'], 'nl', 5, 3]);
    const none = { ambition: 0, interests: 0, relationship: 0, organisation: 0, process: 0, none: 0 };
    assert.deepEqual(summary.parties, {
      Gemeente: { observations: 1, conditions: { ...none, ambition: 1 } },
      'Het Anker': { observations: 1, conditions: { ...none, interests: 1, organisation: 1 } },
      Corporatie: { observations: 0, conditions: none },
    });
    assert.deepEqual(summary.decisions, [{ line: 13, text: 'We starten in mei' }, { line: 20, text: 'Niemand weet het, STILBESLUIT' }]);
    assert.deepEqual(summary.actions, {
      open: 2, done: 1, items: [
        { line: 19, text: 'ZWIJGACTIE opvolgen @Esther', done: false, owner: 'Esther', due: null },
        { line: 24, text: 'Offerte sturen @Corporatie 20-04-2026', done: false, owner: 'Corporatie', due: '2026-04-20' },
        { line: 25, text: 'Zaal regelen @Anker', done: true, owner: 'Anker', due: null },
      ],
    });
    assert.deepEqual(summary.otherTags, { koffie: 1 });
    assert.deepEqual(summary.thermometer.readings, [{ line: 20, level: 'watchful' }]);
    assert.deepEqual(overviewReportSchema().safeParse(buildReport([s])).success, true);
  });

  it('leaves every private observation, action, decision and its counts out for the partners', () => {
    const summary = summarizeSession(s, undefined, { audience: 'partners' });
    assert.deepEqual([summary.observations, summary.private], [2, 0]);
    assert.equal(summary.matrix.relationship.none, 0);
    assert.equal(summary.matrix.process.none, 0);
    assert.deepEqual(summary.decisions, [{ line: 13, text: 'We starten in mei' }]);
    assert.deepEqual(summary.actions.items.map((a) => a.line), [24, 25]);
    assert.deepEqual([summary.actions.open, summary.actions.done], [1, 1]);
    assert.deepEqual(summary.otherTags, {});
    assert.deepEqual(summary.thermometer.readings, []);
    assert.deepEqual(summary.problems, []);
    const json = JSON.stringify(buildReport([s], undefined, { audience: 'partners' }));
    for (const word of ['GEHEIMWOORD', 'ZWIJGWOORD', 'ZWIJGACTIE', 'STILBESLUIT', 'koffie', 'Reflectie']) assert.ok(!json.includes(word), word);
    assert.ok(overviewReportSchema().safeParse(JSON.parse(json)).success);
  });

  it('keeps the session itself for the facilitator and hides private headings and lines for the partners', () => {
    assert.deepEqual(forAudience([s], 'facilitator'), [s]);
    assert.equal(forAudience([s], 'facilitator')[0], s);
    assert.deepEqual(forAudience([s], 'partners'), [partnerView(s)]);
    const partners = partnerView(s);
    assert.deepEqual(partners.headings.map((h) => h.text), ['Acties']);
    assert.deepEqual(partners.observations.map((o) => o.startLine), [7, 9]);
    assert.ok(partners.tags.every((t) => t.line !== 11 && (t.line < 15 || t.line > 21)));
    assert.deepEqual(s.observations.length, 5);
  });

  it('says "en" when the notes do not tell their language', () => {
    assert.equal(summarizeSession(session()).lang, 'en');
  });
});
