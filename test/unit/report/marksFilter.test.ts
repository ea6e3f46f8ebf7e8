import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { buildFileTree, matchesFilter, PARTY_GROUPING, resolveGrouping } from '../../../src/core/report/grouping';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import { outline } from '../helpers/treeOutline';
import { mergeVocabulary } from '../../../src/core/vocabulary/vocabularyFile';

describe('filter by private, decision and party', () => {
  const s = parseSession('---\nparticipants: [Gemeente, Het Anker]\n---\nGemeente: wij betalen #organisatie #besluit\n\nJan is moe #relatie #privé\n\nHet Anker: eerst zekerheid #belangen\n', { file: 'x.md' });
  const pick = (filter: Record<string, string[]>) => s.observations.filter((o) => matchesFilter(o, filter)).map((o) => o.startLine);

  it('narrows to private observations, decisions and a party\'s observations', () => {
    assert.deepEqual(pick({ private: ['private'] }), [6]);
    assert.deepEqual(pick({ decision: ['decision'] }), [4]);
    assert.deepEqual(pick({ party: ['Het Anker'] }), [8]);
    assert.deepEqual(pick({ party: ['Gemeente', 'Het Anker'], condition: ['organisation'] }), [4]);
  });
});

describe('group by party', () => {
  const notes = '---\nparticipants: [Gemeente, Het Anker, Corporatie]\n---\nHet Anker: eerst zekerheid #belangen\n\nGemeente: wij betalen #organisatie #belangen\n\nZonder partij #proces\n';
  const entry = { key: 'k', session: parseSession(notes, { file: 'x.md' }) };

  it('groups party → condition → observation, parties in the session\'s order, silent ones left out, unattributed last', () => {
    assert.deepEqual(outline(buildFileTree(entry, PARTY_GROUPING, {}, BUILTIN_VOCABULARY)), [
      'party:Gemeente (1)', '  condition:interests (1)', '    L6', '  condition:organisation (1)', '    L6',
      'party:Het Anker (1)', '  condition:interests (1)', '    L4',
      'party:none (1)', '  condition:process (1)', '    L8',
    ]);
    assert.equal(resolveGrouping(PARTY_GROUPING, BUILTIN_VOCABULARY), 'parties');
    const team = mergeVocabulary(BUILTIN_VOCABULARY, { dimensions: [{ id: 'party', label: 'Party', values: ['city'] }] });
    assert.equal(resolveGrouping(PARTY_GROUPING, team), 'condition');
  });
});
