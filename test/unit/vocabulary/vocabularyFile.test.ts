import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { BUILTIN_VOCABULARY as V } from '../../../src/core/vocabulary/vocabulary';
import { checkVocabularyObject, mergeVocabulary, readVocabularyFile } from '../../../src/core/vocabulary/vocabularyFile';

const TEAM_FILE = `# Our team's words
needs: false
aliases:
  ambition: [Ambities, doel]
  conflict: [ruzie]
labels:
  condition: { en: Building block, nl: Bouwsteen }
  ambition: Goal
dimensions:
  - id: party
    label: { en: Party, nl: Partij }
    prefixes: [party, partij]
    values:
      - municipality
      - id: school
        label: { en: School, nl: School }
        aliases: [scholen]
        summary: { en: The schools in the region., nl: De scholen in de regio. }
  - id: interest-kind
    label: { en: Kind of interest, nl: Soort belang }
    prefixes: [kind, soort]
    values: [collective, organisational, individual]
  - id: conversation
    label: { en: Conversation level, nl: Gespreksniveau }
    bare: true
    values: [content, emotion, intention]
`;

describe('vocabulary file', () => {
  it('reads a valid file and merges it: aliases, labels, needs off, custom dimensions', () => {
    const reading = readVocabularyFile(TEAM_FILE, V, 'en');
    assert.deepEqual(reading.issues, []);
    const v = mergeVocabulary(V, reading.file!);
    assert.deepEqual(v.dimensions.map((d) => [d.id, d.role, d.label.en, d.prefixes, d.bare]), [
      ['condition', 'condition', 'Building block', ['condition', 'conditie'], true],
      ['phase', 'phase', 'Phase', ['phase', 'fase'], true],
      ['level', 'level', 'Thermometer', ['thermometer'], true],
      ['signal', 'custom', 'Signal', ['signal', 'signaal'], true],
      ['private', 'private', 'Private', [], true],
      ['decision', 'decision', 'Decision', [], true],
      // The team's own party dimension takes the place of the built-in one.
      ['party', 'custom', 'Party', ['party', 'partij'], false],
      ['interest-kind', 'custom', 'Kind of interest', ['kind', 'soort'], false],
      ['conversation', 'custom', 'Conversation level', ['conversation'], true],
    ]);
    const ambition = v.dimensions[0].terms[0];
    assert.deepEqual(ambition.label, { en: 'Goal', nl: 'Goal' });
    assert.deepEqual(ambition.aliases, ['ambition', 'ambitie', 'ambities', 'doel']);
    assert.deepEqual(v.dimensions[2].terms[3].aliases, ['conflict', 'ruzie']);
    assert.deepEqual(v.dimensions.find((d) => d.id === 'party')!.terms, [
      { id: 'municipality', label: { en: 'municipality', nl: 'municipality' }, aliases: ['municipality'], summary: { en: '', nl: '' } },
      { id: 'school', label: { en: 'School', nl: 'School' }, aliases: ['school', 'scholen'], summary: { en: 'The schools in the region.', nl: 'De scholen in de regio.' } },
    ]);
  });

  it('never changes the base vocabulary', () => {
    const before = JSON.stringify(V);
    mergeVocabulary(V, readVocabularyFile(TEAM_FILE, V, 'en').file!);
    assert.equal(JSON.stringify(V), before);
  });

  it('makes the parser read the team\'s tags as facets and drop the needs', () => {
    const v = mergeVocabulary(V, readVocabularyFile(TEAM_FILE, V, 'en').file!);
    const session = parseSession('The #doel is vague #partij/scholen #kind/collective #emotion #need/trust #ruzie\n', { file: 'x.md', vocabulary: v });
    const o = session.observations[0];
    assert.deepEqual(o.conditions, ['ambition']);
    assert.deepEqual(o.facets, { party: ['school'], 'interest-kind': ['collective'], conversation: ['emotion'] });
    assert.deepEqual(o.needs, []);
    assert.deepEqual(o.otherTags, ['need/trust']);
    assert.equal(session.readings[0].level, 'conflict');
  });

  it('accepts an empty file and an absent setting', () => {
    assert.deepEqual(readVocabularyFile('', V, 'en'), { file: {}, issues: [] });
    assert.deepEqual(readVocabularyFile('# only a comment\n', V, 'en'), { file: {}, issues: [] });
    assert.deepEqual(checkVocabularyObject(undefined, V, 'en'), { file: {}, issues: [] });
  });

  it('reports schema errors at their line, in English or Dutch', () => {
    const text = 'aliases:\n  ambition: [ambities]\ndimensions:\n  - id: party\n    label: Party\n    values: [gemeente, "two words"]\ncolour: red\n';
    assert.deepEqual(readVocabularyFile(text, V, 'en'), {
      file: null,
      issues: [
        { path: ['dimensions', 0, 'values', 1], message: 'Use letters, digits, - and _ only (no # or spaces).', line: 6, column: 23, length: 11 },
        { path: ['colour'], message: 'Unrecognized key: "colour"', line: 7, column: 0, length: 6 },
      ],
    });
    assert.deepEqual(readVocabularyFile(text, V, 'nl').issues.map((i) => [i.line, i.message]), [
      [6, 'Gebruik alleen letters, cijfers, - en _ (geen # of spaties).'],
      [7, 'Onbekende key: "colour"'],
    ]);
  });

  it('reports unknown terms and clashing spellings at the key\'s line', () => {
    const text = 'aliases:\n  ambitoin: [ambities]\n  interests: [proces]\nlabels:\n  lunch: Lunch\ndimensions:\n  - id: phase\n    label: Phase two\n    prefixes: [fase]\n    values: [one]\n';
    assert.deepEqual(readVocabularyFile(text, V, 'en').issues.map((i) => [i.line, i.column, i.message]), [
      [7, 8, 'A dimension \'phase\' already exists.'],
      [9, 15, 'The prefix \'fase\' is already used by \'phase\'.'],
      [2, 2, 'Unknown term \'ambitoin\'.'],
      [3, 2, '\'proces\' is already a tag for \'process\'.'],
      [5, 2, 'Unknown dimension or term \'lunch\'.'],
    ]);
    assert.equal(readVocabularyFile(text, V, 'nl').issues[2].message, 'Onbekende term \'ambitoin\'.');
  });

  it('reports YAML syntax errors with their line and keeps no file', () => {
    const reading = readVocabularyFile('aliases:\n  ambition: [ambities\nlabels: x\n', V, 'en');
    assert.equal(reading.file, null);
    assert.equal(reading.issues.length, 1);
    assert.match(reading.issues[0].message, /^YAML syntax: /);
    assert.equal(reading.issues[0].line, 3);
  });

  it('says so when the file is not a mapping', () => {
    assert.deepEqual(readVocabularyFile('- a\n- b\n', V, 'en').issues.map((i) => [i.line, i.message]), [[1, 'The vocabulary must be a mapping (key: value).']]);
  });

  it('checks a settings object the same way, without lines', () => {
    assert.deepEqual(checkVocabularyObject({ aliases: { ambition: ['#goal'] } }, V, 'en').issues, [
      { path: ['aliases', 'ambition', 0], message: 'Use letters, digits, - and _ only (no # or spaces).' },
    ]);
    assert.deepEqual(checkVocabularyObject({ needs: false }, V, 'en'), { file: { needs: false }, issues: [] });
  });
});
