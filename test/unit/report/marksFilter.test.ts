import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { matchesFilter } from '../../../src/core/report/grouping';

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
