// A team term renamed or merged in the vocabulary file: the file's other lines, comments included, stay as written.
import { strict as assert } from 'node:assert';
import { declaresTerm, mergeTeamTerm, renameTeamTerm } from '../../../src/core/vocabulary/vocabularyEdit';
import { readVocabularyFile } from '../../../src/core/vocabulary/vocabularyFile';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';

const FILE = `# Our parties
aliases:
  city: [stad]
  ambition: [doel]
labels:
  city: { en: City, nl: Gemeente }
dimensions:
  - id: party
    label: Party
    prefixes: [party, partij]
    values:
      - city # the municipality
      - id: school
        aliases: [scholen]
      - id: care
        label: Care
        aliases: [zorg]
`;

const city = { dimension: 'party', term: 'city' };

describe('team terms in the vocabulary file (core/vocabulary/vocabularyEdit)', () => {
  it('knows which terms the file declares', () => {
    assert.equal(declaresTerm(FILE, city), true);
    assert.equal(declaresTerm(FILE, { dimension: 'party', term: 'scholen' }), false);
    assert.equal(declaresTerm(FILE, { dimension: 'condition', term: 'ambition' }), false);
    assert.equal(declaresTerm('dimensions: [', city), false);
  });

  it('renames a term: its value, its aliases key and its labels key, nothing else', () => {
    const renamed = renameTeamTerm(FILE, city, 'gemeente');
    assert.equal(renamed, FILE.replace('  city: [stad]', '  gemeente: [stad]').replace('  city: { en', '  gemeente: { en').replace('- city #', '- gemeente #'));
    assert.equal(renameTeamTerm(FILE, { dimension: 'party', term: 'school' }, 'college'), FILE.replace('id: school', 'id: college'));
    assert.equal(renameTeamTerm(FILE, { dimension: 'party', term: 'nobody' }, 'x'), undefined);
    assert.deepEqual(readVocabularyFile(renamed!, BUILTIN_VOCABULARY, 'en').issues, []);
  });

  it('merges a term into one of its dimension: its spellings become the other\'s aliases, its label goes', () => {
    const merged = mergeTeamTerm(FILE, city, { dimension: 'party', term: 'care' });
    assert.equal(merged, `# Our parties
aliases:
  ambition: [doel]
dimensions:
  - id: party
    label: Party
    prefixes: [party, partij]
    values:
      - id: school
        aliases: [scholen]
      - id: care
        label: Care
        aliases: [zorg, city, stad]
`);
    const intoPlain = mergeTeamTerm(FILE, { dimension: 'party', term: 'school' }, city)!;
    assert.match(intoPlain, /values:\n {6}- id: city\n {8}aliases:\n {10}- school\n {10}- scholen\n {6}- id: care\n/);
    assert.deepEqual(readVocabularyFile(intoPlain, BUILTIN_VOCABULARY, 'en').issues, []);
  });

  it('merges a term into another dimension\'s tag without moving its spellings', () => {
    const merged = mergeTeamTerm(FILE, { dimension: 'party', term: 'care' }, { dimension: 'condition', term: 'ambition' });
    assert.equal(merged, FILE.replace('      - id: care\n        label: Care\n        aliases: [zorg]\n', ''));
    const last = 'dimensions:\n  - id: party\n    label: Party\n    values: [city]\n';
    assert.equal(mergeTeamTerm(last, city), 'dimensions:\n  - id: party\n    label: Party\n    values: []\n');
    assert.notDeepEqual(readVocabularyFile(mergeTeamTerm(last, city)!, BUILTIN_VOCABULARY, 'en').issues, [], 'a dimension without values is refused');
  });
});
