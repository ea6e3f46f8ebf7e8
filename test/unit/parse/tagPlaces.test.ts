// Every tag's place reads back its spelling from the source, where the inline text and the source differ: an
// unmatched backtick (literal, no code span), one in a table cell, emphasis inside a tag's name.
import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';

/** Each tag as [name, line, column, length], and what its place spells in the source. */
function places(text: string): { tags: [string, number, number, number][]; spelled: string[] } {
  const lines = text.split('\n');
  const { tags } = parseSession(text, { file: 'a.md' });
  return {
    tags: tags.map((t) => [t.raw, t.line, t.column, t.length]),
    spelled: tags.map((t) => lines[t.line - 1].slice(t.column, t.column + t.length)),
  };
}

describe('tag places read back their spelling', () => {
  it('after emphasis and an unmatched backtick: the backtick is literal', () => {
    assert.deepEqual(places('**x** `y #relatie'), { tags: [['relatie', 1, 9, 8]], spelled: ['#relatie'] });
    assert.deepEqual(places('Tekst\nx **a** `b #relatie #proces'), { tags: [['relatie', 2, 11, 8], ['proces', 2, 20, 7]], spelled: ['#relatie', '#proces'] });
  });

  it('a matched pair still makes a code span: no tag in it', () => {
    assert.deepEqual(places('**x** `y #code` #relatie'), { tags: [['relatie', 1, 16, 8]], spelled: ['#relatie'] });
  });

  it('a backtick alone in a table cell: the next cell\'s tag is text', () => {
    assert.deepEqual(places('| a ` | #relatie |\n|---|---|'), { tags: [['relatie', 1, 8, 8]], spelled: ['#relatie'] });
    assert.deepEqual(places('| k | l |\n|---|---|\n| **a** ` | b #relatie ` |'), { tags: [['relatie', 3, 14, 8]], spelled: ['#relatie'] });
  });

  it('emphasis inside a tag\'s name: the name as the reader ends it', () => {
    assert.deepEqual(places('a #x/__b__ #proces'), { tags: [['x', 1, 2, 2], ['proces', 1, 11, 7]], spelled: ['#x', '#proces'] });
  });
});
