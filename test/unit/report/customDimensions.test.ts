// A team's own dimensions in the tree model, the filter and the overview renderers.
import { strict as assert } from 'node:assert';
import { facetCounts } from '../../../src/core/report/facets';
import { buildFileTree, buildWorkspaceTree, matchesFilter, resolveGrouping } from '../../../src/core/report/grouping';
import { buildReport } from '../../../src/core/report/overview';
import { parseSession } from '../../../src/core/parse/parser';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { renderOverviewHtml, renderOverviewMain } from '../../../src/core/render/overview/html';
import { renderMarkdown } from '../../../src/core/render/overview/markdown';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import { mergeVocabulary, readVocabularyFile } from '../../../src/core/vocabulary/vocabularyFile';
import { outline } from '../helpers/treeOutline';

const TEAM_FILE = `dimensions:
  - id: party
    label: { en: Party, nl: Partij }
    prefixes: [party, partij]
    values:
      - id: city
        label: { en: City, nl: Gemeente }
      - school
  - id: conversation
    label: { en: Conversation level, nl: Gespreksniveau }
    values: [content, emotion, intention]
`;

const reading = readVocabularyFile(TEAM_FILE, BUILTIN_VOCABULARY, 'en');
const vocabulary = mergeVocabulary(BUILTIN_VOCABULARY, reading.file!);

const NOTES = [
  '# Regiotafel', //                                                      1
  '',
  'Opening words #process', //                                            3: no party
  '',
  '## Budget #party/city #explore', //                                    5
  '',
  '- The city pays the first year #ambition', //                          7: city (from the heading)
  '- The school wants a say #partij/school #interests #conversation/emotion', // 8: school
  '',
  'Both agree on the goal #party/city #party/school #agree', //          10: city and school
].join('\n');

const session = parseSession(NOTES, { file: 'regiotafel.md', vocabulary });
const entry = { key: 'file:///regiotafel.md', session };

const section = (html: string, id: string): string => {
  const start = html.indexOf(`<section id="${id}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
};

describe('custom dimensions', () => {
  it('the fixture reads as intended: facets per observation', () => {
    assert.deepEqual(reading.issues, []);
    assert.deepEqual(session.observations.map((o) => [o.startLine, o.facets]), [
      [3, {}],
      [7, { party: ['city'] }],
      [8, { party: ['school'], conversation: ['emotion'] }],
      [10, { party: ['city', 'school'] }],
    ]);
  });

  describe('tree grouping', () => {
    it('groups by a custom dimension: value → observation in vocabulary order, two values under both, none last', () => {
      assert.deepEqual(outline(buildFileTree(entry, 'party', {}, vocabulary)), [
        'party:city (2)', '  L7', '  L10',
        'party:school (2)', '  L8', '  L10',
        'party:none (1)', '  L3',
      ]);
      assert.deepEqual(outline(buildFileTree(entry, 'conversation', {}, vocabulary)), [
        'conversation:emotion (1)', '  L8',
        'conversation:none (3)', '  L3', '  L7', '  L10',
      ]);
      assert.equal(buildFileTree(entry, 'party', {}, vocabulary)[2].id, 'file:///regiotafel.md|party:-');
    });

    it('falls back to condition when the vocabulary has no such dimension', () => {
      assert.equal(resolveGrouping('party', vocabulary), 'party');
      assert.equal(resolveGrouping('level', vocabulary), 'level');
      assert.equal(resolveGrouping('party', BUILTIN_VOCABULARY), 'condition');
      assert.equal(resolveGrouping('need', vocabulary), 'condition');
      const builtIn = parseSession(NOTES, { file: 'regiotafel.md' });
      const plain = { key: entry.key, session: builtIn };
      assert.deepEqual(buildFileTree(plain, 'party', {}, BUILTIN_VOCABULARY), buildFileTree(plain, 'condition', {}, BUILTIN_VOCABULARY));
    });

    it('groups each session of the workspace by the dimension', () => {
      const other = parseSession('---\ntitle: Later\ndate: 2026-04-01\n---\nSchools first #party/school #shape', { file: 'later.md', vocabulary });
      const tree = buildWorkspaceTree([entry, { key: 'file:///later.md', session: other }], 'party', { party: ['school'] }, vocabulary);
      // The filter keeps whole observations: the one with both values still shows under city too.
      assert.deepEqual(outline(tree), [
        'Later (1)', '  party:school (1)', '    L5',
        'Regiotafel (2)', '  party:city (1)', '    L10', '  party:school (2)', '    L8', '    L10',
      ]);
    });
  });

  describe('filter', () => {
    const pick = (filter: Parameters<typeof matchesFilter>[1]): number[] =>
      session.observations.filter((o) => matchesFilter(o, filter)).map((o) => o.startLine);

    it('narrows by custom dimension values, keyed by the dimension id, with the built-in facets', () => {
      assert.deepEqual(pick({ party: ['school'] }), [8, 10]);
      assert.deepEqual(pick({ party: ['city', 'school'] }), [7, 8, 10]);
      assert.deepEqual(pick({ party: ['city'], condition: ['ambition'] }), [7]);
      assert.deepEqual(pick({ party: ['school'], conversation: ['emotion'] }), [8]);
      assert.deepEqual(pick({ party: [] }), [3, 7, 8, 10]);
      assert.deepEqual(pick({ ghost: ['x'] }), []);
      assert.deepEqual(pick({ constructor: ['x'] }), []);
    });

    it('narrows the grouped tree', () => {
      assert.deepEqual(outline(buildFileTree(entry, 'condition', { party: ['school'] }, vocabulary)), [
        'condition:interests (1)', '  phase:explore (1)', '    L8',
        'condition:none (1)', '  phase:agree (1)', '    L10',
      ]);
    });
  });

  describe('overview', () => {
    const later = parseSession('---\ntitle: Later\ndate: 2026-04-01\n---\nSchools first #party/school #shape\n\nNo party here #process', { file: 'later.md', vocabulary });

    it('counts observations per value of each custom dimension, zeros included, none last', () => {
      assert.deepEqual(facetCounts([session], vocabulary).map((d) => [d.dimension.id, d.counts.map((c) => [c.value, c.observations])]), [
        ['signal', []],
        ['party', [['city', 2], ['school', 2], [null, 1]]],
        ['conversation', [['content', 0], ['emotion', 1], ['intention', 0], [null, 3]]],
      ]);
      assert.deepEqual(facetCounts([session, later], vocabulary)[1].counts.map((c) => c.observations), [2, 3, 2]);
      assert.deepEqual(facetCounts([session], BUILTIN_VOCABULARY).map((d) => d.dimension.id), ['signal'], 'the built-in signals only');
    });

    it('html session page: a section per dimension with the vocabulary labels, in English and Dutch', () => {
      const en = renderOverviewMain([session], { lang: 'en', vocabulary });
      assert.equal(section(en, 'facet-0'), '<section id="facet-0" aria-labelledby="h-facet-0"><h2 id="h-facet-0">Party</h2>\n'
        + '<ul class="plain counts"><li>City: <strong>2</strong></li><li>school: <strong>2</strong></li><li>No party: <strong>1</strong></li></ul>\n</section>');
      assert.equal(section(en, 'facet-1'), '<section id="facet-1" aria-labelledby="h-facet-1"><h2 id="h-facet-1">Conversation level</h2>\n'
        + '<ul class="plain counts"><li>content: <strong>0</strong></li><li>emotion: <strong>1</strong></li><li>intention: <strong>0</strong></li><li>No conversation level: <strong>3</strong></li></ul>\n</section>');
      assert.equal(section(en, 'facet-2'), '');
      const nl = renderOverviewMain([session], { lang: 'nl', vocabulary });
      assert.equal(section(nl, 'facet-0'), '<section id="facet-0" aria-labelledby="h-facet-0"><h2 id="h-facet-0">Partij</h2>\n'
        + '<ul class="plain counts"><li>Gemeente: <strong>2</strong></li><li>school: <strong>2</strong></li><li>Geen partij: <strong>1</strong></li></ul>\n</section>');
      assert.equal(section(renderOverviewMain([session], { lang: 'en' }), 'facet-0'), '', 'no section without custom dimensions and signals');
    });

    it('html workspace page: the counts over every session', () => {
      const html = renderOverviewMain([session, later], { lang: 'en', vocabulary });
      assert.ok(html.includes('<h1>Workspace overview</h1>'));
      assert.equal(section(html, 'facet-0'), '<section id="facet-0" aria-labelledby="h-facet-0"><h2 id="h-facet-0">Party</h2>\n'
        + '<ul class="plain counts"><li>City: <strong>2</strong></li><li>school: <strong>3</strong></li><li>No party: <strong>2</strong></li></ul>\n</section>');
    });

    it('markdown: a block per dimension in each session and over all sessions', () => {
      const md = REPORT_FORMATS.md.render(buildReport([session, later], vocabulary), 'en', [session, later], vocabulary);
      assert.ok(md.includes('### Free tags\n\nNo free tags.\n\n### Party\n\n- City: 2\n- school: 2\n- No party: 1\n\n'
        + '### Conversation level\n\n- content: 0\n- emotion: 1\n- intention: 0\n- No conversation level: 3\n\n## Later'), md);
      assert.ok(md.includes('### Party\n\n- City: 0\n- school: 1\n- No party: 1\n\n### Conversation level\n\n- content: 0\n- emotion: 0\n- intention: 0\n- No conversation level: 2\n\n## All sessions'), md);
      assert.ok(md.endsWith('### Party\n\n- City: 2\n- school: 3\n- No party: 2\n\n### Conversation level\n\n- content: 0\n- emotion: 1\n- intention: 0\n- No conversation level: 5\n'), md);
      const nl = renderMarkdown(buildReport([session], vocabulary), 'nl', vocabulary, [session]);
      assert.ok(nl.endsWith('### Partij\n\n- Gemeente: 2\n- school: 2\n- Geen partij: 1\n\n### Gespreksniveau\n\n- content: 0\n- emotion: 1\n- intention: 0\n- Geen gespreksniveau: 3\n'), nl);
    });

    it('escapes the team\'s labels in html and markdown', () => {
      const hostile = mergeVocabulary(BUILTIN_VOCABULARY, readVocabularyFile(
        'dimensions:\n  - id: party\n    label: "<img src=x onerror=alert(1)> & *co*"\n    values:\n      - id: city\n        label: "<b>City</b> | #1"\n',
        BUILTIN_VOCABULARY, 'en').file!);
      const s = parseSession('Point #party/city', { file: 'x.md', vocabulary: hostile });
      const html = renderOverviewHtml([s], { lang: 'en', vocabulary: hostile });
      assert.equal(section(html, 'facet-0'), '<section id="facet-0" aria-labelledby="h-facet-0"><h2 id="h-facet-0">&lt;img src=x onerror=alert(1)&gt; &amp; *co*</h2>\n'
        + '<ul class="plain counts"><li>&lt;b&gt;City&lt;/b&gt; | #1: <strong>1</strong></li><li>No &lt;img src=x onerror=alert(1)&gt; &amp; *co*: <strong>0</strong></li></ul>\n</section>');
      assert.ok(!html.includes('<img') && !html.includes('<b>City'));
      const md = renderMarkdown(buildReport([s], hostile), 'en', hostile, [s]);
      assert.ok(md.endsWith('### \\<img src=x onerror=alert(1)\\> \\& \\*co\\*\n\n- \\<b\\>City\\</b\\> \\| \\#1: 1\n- No \\<img src=x onerror=alert(1)\\> \\& \\*co\\*: 0\n'), md);
    });

    it('keeps the JSON contract exactly as it was', () => {
      const json = JSON.parse(REPORT_FORMATS.json.render(buildReport([session], vocabulary), 'en', [session], vocabulary));
      assert.deepEqual(Object.keys(json.sessions[0]), ['file', 'title', 'date', 'facilitator', 'participants', 'lang', 'observations', 'private', 'matrix', 'thermometer', 'needs', 'parties', 'decisions', 'actions', 'otherTags', 'problems']);
      assert.deepEqual(Object.keys(json), ['version', 'sessions', 'totals']);
    });
  });
});
