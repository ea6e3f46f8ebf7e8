import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { parseAfterLines, withLineScan } from '../../../src/core/parse/blockState';
import { generateSession } from '../../bench/sessionText';

// The faster line scan must leave the block pass exactly as markdown-it's own: the same marks on
// every line, so the same tokens.
const stock = new MarkdownIt({ html: true });
const fast = withLineScan(new MarkdownIt({ html: true }));
const spec = (require('commonmark-spec') as { tests: { markdown: string }[] }).tests;

function marks(md: MarkdownIt, src: string): object {
  const state = new md.block.State(src, md, {}, []);
  const { bMarks, eMarks, tShift, sCount, bsCount, lineMax, blkIndent, line, tight, ddIndent, listIndent, parentType, level } = state;
  return { bMarks, eMarks, tShift, sCount, bsCount, lineMax, blkIndent, line, tight, ddIndent, listIndent, parentType, level, src: state.src };
}

function assertSame(src: string): void {
  assert.deepEqual(marks(fast, src), marks(stock, src), JSON.stringify(src));
  assert.deepEqual(fast.parse(src, {}), stock.parse(src, {}), JSON.stringify(src));
}

describe('block pass line scan', () => {
  it('marks lines as markdown-it does at the edges: empty, blank last lines, tabs, no final line break', () => {
    for (const src of ['', ' ', '\n', 'a', 'a\n', 'a\n  ', 'a\n\t\n', '\t x\n  \t- y', '   \n\n  z', ' \t  \t#', '>\t>\tq\n']) assertSame(src);
    assert.deepEqual((marks(fast, 'a\n  ') as { bMarks: number[] }).bMarks, [0, 4]);
  });

  it('marks every CommonMark spec example as markdown-it does', () => {
    for (const { markdown } of spec) assertSame(markdown);
  });

  it('marks generated text of blanks, tabs, line breaks and markup as markdown-it does', () => {
    const text = fc.array(fc.constantFrom(' ', '\t', '\n', 'a', '>', '-', '1.', '#', '`', '\r'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (src) => assertSame(src)), { seed: 20261201, numRuns: 3000 });
  });

  it('marks the bench notes as markdown-it does', () => {
    assertSame(generateSession(400, 7));
  });
});

describe('block pass after the front matter', () => {
  const emptied = (src: string, lines: number) => src.split('\n').map((line, i) => (i < lines ? '' : line)).join('\n');

  it('gives the tokens of the text with those lines emptied', () => {
    for (const [src, lines] of [['---\ntitle: x\n---\n# Kop\n\ntekst #relatie', 3], ['---\na: 1\n---', 3], ['---\n- a\n---\n- b\n', 3], ['x\n', 5], ['---\n```\n---\n```\ncode\n```', 3]] as const) {
      assert.deepEqual(parseAfterLines(fast, src, {}, lines), stock.parse(emptied(src, lines), {}), JSON.stringify(src));
    }
  });

  it('gives the tokens of the emptied text on generated notes', () => {
    const line = fc.array(fc.constantFrom(' ', '\t', 'a', '>', '-', '1.', '#', '`', '```', '---', '<div>', '[x]: /u', '|a|'), { maxLength: 6 }).map((parts) => parts.join(''));
    const text = fc.tuple(fc.array(line, { maxLength: 12 }), fc.nat(8)).map(([lines, n]) => ({ src: lines.join('\n'), n }));
    fc.assert(fc.property(text, ({ src, n }) => {
      assert.deepEqual(parseAfterLines(fast, src, {}, n), stock.parse(emptied(src, n), {}));
    }), { seed: 20261202, numRuns: 3000 });
  });
});
