// Renaming and merging tags in notes text: exact replacements of the parser's mentions, in the notes' language.
import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { MentionEdit, renameRefusal, retagEdits, subjectNamed, termName } from '../../../src/core/write/tagRename';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import { mergeVocabulary, readVocabularyFile } from '../../../src/core/vocabulary/vocabularyFile';

/** The built-in vocabulary with a team file applied. */
const withFile = (yaml: string) => mergeVocabulary(BUILTIN_VOCABULARY, readVocabularyFile(yaml, BUILTIN_VOCABULARY, 'en').file!);
const TEAM = withFile('dimensions:\n  - id: party\n    label: Party\n    prefixes: [party, partij]\n    values: [city, { id: school, aliases: [scholen] }]\n'
  + '  - id: theme\n    label: Theme\n    bare: true\n    values: [wonen, zorg]\n');

const NOTES = `---
title: Koffie
lang: nl
---

## Pauze #kofie

Iedereen wil #Kofie en \`#kofie\` in code blijft staan. #ambitie

- Nog meer #kofie, en #kofiepot is een ander woord.
`;

/** The text with the edits applied, right to left on each line. */
function applied(text: string, edits: MentionEdit[]): string {
  const lines = text.split('\n');
  for (const e of [...edits].sort((a, b) => b.line - a.line || b.column - a.column)) {
    const line = lines[e.line - 1];
    lines[e.line - 1] = line.slice(0, e.column) + e.text + line.slice(e.column + e.length);
  }
  return lines.join('\n');
}

const session = (text = NOTES) => parseSession(text, { file: 'a.md' });
const kofie = { kind: 'free', name: 'kofie' } as const;

describe('tag rename and merge (core/write)', () => {
  it('renames every mention of a free tag, any case, and nothing inside code or in longer tags', () => {
    const edits = retagEdits(session(), kofie, { kind: 'free', name: 'koffie' }, BUILTIN_VOCABULARY);
    assert.equal(edits.length, 3);
    assert.equal(applied(NOTES, edits), NOTES.replace('## Pauze #kofie', '## Pauze #koffie').replace('wil #Kofie', 'wil #koffie').replace('meer #kofie,', 'meer #koffie,'));
  });

  it('merges into a term, spelled in the notes\' language', () => {
    const into = subjectNamed('ambition', BUILTIN_VOCABULARY)!;
    assert.deepEqual(into, { kind: 'term', dimension: 'condition', term: 'ambition' });
    const nl = applied(NOTES, retagEdits(session(), kofie, into, BUILTIN_VOCABULARY));
    assert.match(nl, /## Pauze #ambitie\n\nIedereen wil #ambitie en `#kofie` in code/);
    const en = NOTES.replace('lang: nl', 'lang: en');
    assert.match(applied(en, retagEdits(session(en), kofie, into, BUILTIN_VOCABULARY)), /## Pauze #ambition\n/);
    const trust = subjectNamed('need/vertrouwen', BUILTIN_VOCABULARY)!;
    const merged = retagEdits(session(), { kind: 'term', dimension: 'condition', term: 'ambition' }, trust, BUILTIN_VOCABULARY);
    assert.deepEqual(merged, [{ line: 8, column: 54, length: 8, text: '#behoefte/vertrouwen' }]);
  });

  it('keeps the columns of CRLF notes', () => {
    const crlf = NOTES.replace(/\n/g, '\r\n');
    const edits = retagEdits(session(crlf), kofie, { kind: 'free', name: 'koffie' }, BUILTIN_VOCABULARY);
    assert.deepEqual(edits, retagEdits(session(), kofie, { kind: 'free', name: 'koffie' }, BUILTIN_VOCABULARY));
  });

  it('refuses terms, names that are no tag, the same name and names taken', () => {
    const ambition = { kind: 'term', dimension: 'condition', term: 'ambition' } as const;
    assert.deepEqual(renameRefusal(ambition, 'doel', BUILTIN_VOCABULARY, []), { kind: 'term' });
    assert.deepEqual(renameRefusal(kofie, 'two words', BUILTIN_VOCABULARY, []), { kind: 'name' });
    assert.deepEqual(renameRefusal(kofie, '#Kofie', BUILTIN_VOCABULARY, []), { kind: 'same' });
    assert.deepEqual(renameRefusal(kofie, 'Ambitie', BUILTIN_VOCABULARY, []), { kind: 'taken', name: 'ambitie' });
    assert.deepEqual(renameRefusal(kofie, 'kofiepot', BUILTIN_VOCABULARY, ['kofie', 'kofiepot']), { kind: 'taken', name: 'kofiepot' });
    assert.equal(renameRefusal(kofie, '#Koffie', BUILTIN_VOCABULARY, ['kofie']), undefined);
    assert.equal(subjectNamed('no tag!', BUILTIN_VOCABULARY), undefined);
  });

  it('renames a team term within its dimension: a free value there, not a built-in term\'s or a free tag\'s in use', () => {
    const city = { kind: 'term', dimension: 'party', term: 'city' } as const;
    const wonen = { kind: 'term', dimension: 'theme', term: 'wonen' } as const;
    assert.deepEqual(renameRefusal(city, 'gemeente', TEAM, [], false), { kind: 'term' });
    assert.equal(renameRefusal(city, 'gemeente', TEAM, ['gemeente'], true), undefined, 'a prefixed term does not meet free tags');
    assert.equal(renameRefusal(city, '#partij/Gemeente', TEAM, [], true), undefined);
    assert.equal(termName('#partij/Gemeente', 'party', TEAM), 'gemeente');
    assert.equal(termName('other/gemeente', 'party', TEAM), 'other/gemeente');
    assert.deepEqual(renameRefusal(city, 'party/gemeente/x', TEAM, [], true), { kind: 'name' });
    assert.deepEqual(renameRefusal(city, 'City', TEAM, [], true), { kind: 'same' });
    assert.deepEqual(renameRefusal(city, 'scholen', TEAM, [], true), { kind: 'taken', name: 'party/scholen' });
    assert.deepEqual(renameRefusal(wonen, 'zorg', TEAM, [], true), { kind: 'taken', name: 'zorg' });
    assert.deepEqual(renameRefusal(wonen, 'ambitie', TEAM, [], true), { kind: 'taken', name: 'ambitie' });
    assert.deepEqual(renameRefusal(wonen, 'koffie', TEAM, ['koffie'], true), { kind: 'taken', name: 'koffie' });
    assert.equal(renameRefusal(wonen, 'huisvesting', TEAM, ['koffie'], true), undefined);
  });

  it('writes a renamed team term with its prefix, in the vocabulary after the rename', () => {
    const notes = '---\nlang: nl\n---\n\nDe #partij/city en #party/city. #wonen\n';
    const after = withFile('dimensions:\n  - id: party\n    label: Party\n    prefixes: [party, partij]\n    values: [gemeente]\n');
    const edits = retagEdits(parseSession(notes, { file: 'a.md', vocabulary: TEAM }), { kind: 'term', dimension: 'party', term: 'city' }, { kind: 'term', dimension: 'party', term: 'gemeente' }, after);
    assert.equal(applied(notes, edits), notes.replace('#partij/city en #party/city', '#partij/gemeente en #partij/gemeente'));
  });
});
