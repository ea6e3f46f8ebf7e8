import * as assert from 'node:assert/strict';
import { compileVocabulary, MEMO_LIMIT } from '../../../src/core/vocabulary/lexicon';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import { parseSession } from '../../../src/core/parse/parser';

describe('lexicon memo', () => {
  it('stays bounded however many distinct tags a long-lived host reads, and answers the same after starting over', () => {
    const lexicon = compileVocabulary(BUILTIN_VOCABULARY);
    for (let i = 0; i < 2 * MEMO_LIMIT + 10; i++) lexicon.resolve(`t${i}`);
    // The memo is private: its size is read here only to hold it to its bound.
    assert.ok((lexicon as unknown as { memo: Map<string, unknown> }).memo.size <= MEMO_LIMIT);
    const known = lexicon.resolve('Relatie');
    assert.equal(known.kind, 'known');
    assert.equal(known.kind === 'known' && known.term.id, 'relationship');
    assert.deepEqual(lexicon.resolve('t1'), { kind: 'free', suggestion: undefined });
  });

  it('keeps the notes\' language right after a file of more distinct tags than it remembers', () => {
    const many = Array.from({ length: MEMO_LIMIT + 100 }, (_, i) => `#t${i}`).join(' ');
    parseSession(many, { file: 'many.md' });
    assert.equal(parseSession('Het overleg #relatie #belangen\n\nNog een punt #relationship\n', { file: 'nl.md' }).lang, 'nl');
  });
});

describe('lexicon near misses', () => {
  const lexicon = compileVocabulary(BUILTIN_VOCABULARY);
  const suggestion = (written: string) => {
    const resolution = lexicon.resolve(written);
    return resolution.kind === 'known' ? 'known' : resolution.suggestion;
  };

  it('still suggests a spelling when a character no term has is within the distance', () => {
    assert.equal(suggestion('ambitoin'), '#ambition');
    assert.equal(suggestion('ambit1on'), '#ambition');
    assert.equal(suggestion('relatie9'), '#relatie');
    assert.equal(suggestion('condition/proces5'), '#condition/process');
  });

  it('rules out every term at once when more characters than the distance are foreign to all of them', () => {
    assert.equal(suggestion('t12345'), undefined);
    assert.equal(suggestion('amb1t10n'), undefined);
  });
});
