import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { eachTopLevelBlock, parseAfterLines, topLevelBlocks, withLineScan } from '../../../src/core/parse/blockState';
import { generateSession } from '../../bench/sessionText';

// The faster line scan must leave the block pass exactly as markdown-it's own: the same marks on
// every line, so the same tokens.
const stock = new MarkdownIt({ html: true });
const fast = withLineScan(new MarkdownIt({ html: true }));
const spec = (require('commonmark-spec') as { tests: { markdown: string }[] }).tests;

function marks(md: MarkdownIt, src: string): object {
  const state = new md.block.State(src, md, {}, []);
  const { bMarks, eMarks, tShift, sCount, bsCount, lineMax, blkIndent, line, tight, ddIndent, listIndent, parentType, level } = state;
  // The line scan's marks are typed arrays: compared by their numbers.
  const [b, e, t, s, bs] = [bMarks, eMarks, tShift, sCount, bsCount].map((m) => Array.from(m));
  return { bMarks: b, eMarks: e, tShift: t, sCount: s, bsCount: bs, lineMax, blkIndent, line, tight, ddIndent, listIndent, parentType, level, src: state.src };
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

describe('block pass one top-level block at a time', () => {
  // As the parser has it: the block pass alone (its inline pass runs per block on demand).
  const blockOnly = withLineScan(new MarkdownIt({ html: true }).disable(['text_join', 'inline', 'normalize']));

  /** The blocks eachTopLevelBlock hands over, copied (it empties its array after each), and the env it filled. */
  function blocks(src: string, lines: number): { tokens: unknown[][]; env: object } {
    const env = {};
    const tokens: unknown[][] = [];
    eachTopLevelBlock(blockOnly, src, env, lines, (block) => tokens.push([...block]));
    return { tokens, env };
  }

  function assertSameBlocks(src: string, lines: number): void {
    const env = {};
    const whole = parseAfterLines(blockOnly, src, env, lines);
    const { tokens, env: streamedEnv } = blocks(src, lines);
    assert.deepEqual(tokens.flat(), whole, JSON.stringify(src));
    assert.deepEqual(streamedEnv, env);
    // Each block is whole: it opens and closes at the top level.
    for (const block of tokens as { level: number }[][]) assert.deepEqual([block[0].level, block[block.length - 1].level], [0, 0]);
  }

  it('hands over one block per top-level paragraph, heading, list and quote', () => {
    const { tokens } = blocks('# Kop\n\ntekst #relatie\n\n- a\n  - b\n\n> q\n', 0);
    assert.deepEqual(tokens.map((b) => (b as { type: string }[]).map((t) => t.type).join(' ')), [
      'heading_open inline heading_close',
      'paragraph_open inline paragraph_close',
      'bullet_list_open list_item_open paragraph_open inline paragraph_close bullet_list_open list_item_open paragraph_open inline paragraph_close list_item_close bullet_list_close list_item_close bullet_list_close',
      'blockquote_open paragraph_open inline paragraph_close blockquote_close',
    ]);
  });

  it('gives, block after block, the tokens and link references of the whole pass on every CommonMark spec example', () => {
    for (const { markdown } of spec) assertSameBlocks(markdown, 0);
  });

  it('gives the whole pass on generated notes after front matter lines', () => {
    const line = fc.array(fc.constantFrom(' ', '\t', 'a', '>', '-', '1.', '#', '`', '```', '---', '<div>', '[x]: /u', '|a|', ''), { maxLength: 6 }).map((parts) => parts.join(''));
    const text = fc.tuple(fc.array(line, { maxLength: 14 }), fc.nat(4)).map(([lines, n]) => ({ src: lines.join('\n'), n }));
    fc.assert(fc.property(text, ({ src, n }) => assertSameBlocks(src, n)), { seed: 20261206, numRuns: 3000 });
  });

  it('gives the whole pass on the bench notes', () => {
    assertSameBlocks(generateSession(400, 7), 0);
  });
});

describe('block pass marks written over by the next walk', () => {
  const blockOnly = withLineScan(new MarkdownIt({ html: true }).disable(['text_join', 'inline', 'normalize']));
  const walk = (src: string) => topLevelBlocks(blockOnly, src, {}, 0);
  const whole = (src: string) => parseAfterLines(blockOnly, src, {}, 0);
  // Indents, tabs and quotes on most lines, so stale marks of one text would misplace the other's blocks.
  const large = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i % 4)}- item ${i}\n\t> quoted ${i}\n\n    code ${i}\n`).join('\n');
  const small = '# Kop\n\ntekst #relatie\n\n- a\n  - b\n\n> q\n';

  it('a smaller text after a larger one read to its end: the same tokens as on their own', () => {
    const expected = [large, small].map(whole);
    const tokens: unknown[][] = [[], []];
    for (const block of walk(large)) tokens[0].push(...block);
    for (const block of walk(small)) tokens[1].push(...block);
    assert.deepEqual(tokens, expected);
  });

  it('walks taken in turns, one ending while others run and another starts: each its own tokens', () => {
    const texts = [large, small, large.slice(0, large.length / 2), `${small}\n\n${small}`];
    const expected = texts.map(whole);
    const got: unknown[][] = texts.map(() => []);
    const walks = texts.slice(0, 3).map((src) => walk(src));
    let started = 3;
    // Round robin: the small text ends first and the fourth walk starts, while the others still read their marks.
    for (let step = 0; walks.some(Boolean); step++) {
      walks.forEach((w, i) => {
        if (!w) return;
        const next = w.next();
        if (next.done) {
          walks[i] = undefined as unknown as Generator<never>;
          if (started < texts.length) walks.push(walk(texts[started++]));
        } else got[i].push(...next.value);
      });
    }
    assert.deepEqual(got, expected);
  });
});
