import * as assert from 'node:assert/strict';
import { withCollaborationKey } from '../../../src/core/write/collaborationKey';
import { parseSession } from '../../../src/core/parse/parser';
import { sessionTemplate } from '../../../src/core/write/template';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';

describe('new notes in a collaboration', () => {
  const template = sessionTemplate('Derde overleg', '2026-06-01', 'nl', BUILTIN_VOCABULARY);

  it('puts the key after the date, in Dutch in Dutch notes, and the parser reads it back', () => {
    const notes = withCollaborationKey(template, 'Buurtnetwerk Noord');
    assert.ok(notes.startsWith('---\ntitel: Derde overleg\ndatum: 2026-06-01\nsamenwerking: Buurtnetwerk Noord\n'), notes);
    const english = withCollaborationKey(sessionTemplate('Third', '2026-06-01', 'en', BUILTIN_VOCABULARY), 'North');
    assert.ok(english.startsWith('---\ntitle: Third\ndate: 2026-06-01\ncollaboration: North\n'), english);
    const session = parseSession(notes, { file: 'x.md' });
    assert.equal(session.collaboration, 'Buurtnetwerk Noord');
    assert.deepEqual(session.problems, []);
  });

  it('quotes a key YAML would read otherwise, and leaves notes without a key alone', () => {
    const notes = withCollaborationKey(template, 'Pact: #1');
    assert.match(notes, /^samenwerking: "Pact: #1"$/m);
    assert.equal(parseSession(notes, { file: 'x.md' }).collaboration, 'Pact: #1');
    assert.equal(withCollaborationKey(template, null), template);
  });
});
