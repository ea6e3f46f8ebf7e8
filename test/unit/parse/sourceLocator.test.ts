import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { SourceText } from '../../../src/core/parse/sourceText';

const where = (text: string) => parseSession(text, { file: 'a.md' }).tags.map((t) => [t.raw, t.line, t.column, t.length]);

// Each tag is found where it is written, also where the source spells it otherwise than the tag list.
describe('parser: tag positions', () => {
  it('locates a tag written in decomposed Unicode (NFD) at its own line and column', () => {
    assert.deepEqual(where('Intro.\n\nWe read the e\u0301tude #e\u0301tude and #ambition.\n'), [['étude', 3, 19, 7], ['ambition', 3, 31, 9]]);
  });

  it('locates tags in table cells, also right after the cell bar', () => {
    assert.deepEqual(where('| a | b |\n| - | - |\n|#ambition| x #explore |\n|#proces|#t1|\n'),
      [['ambition', 3, 1, 9], ['explore', 3, 14, 8], ['proces', 4, 1, 7], ['t1', 4, 9, 3]]);
  });

  it('skips a tag-like text inside a code span, then finds the tags after it on the same line', () => {
    assert.deepEqual(where('`#a` #a `x` #b #a\n'), [['a', 1, 5, 2], ['b', 1, 12, 2], ['a', 1, 15, 2]]);
  });

  it('locates a tag at the start of a line after a CR line break', () => {
    assert.deepEqual(where('One.\r#ambition two\r'), [['ambition', 2, 0, 9]]);
  });

  it('keeps each distinct tag once in the observation, in order, however many there are', () => {
    const names = Array.from({ length: 40 }, (_, i) => `t${i % 20}`);
    const session = parseSession(`${names.map((n) => `#${n}`).join(' ')} #ambition\n`, { file: 'a.md' });
    assert.deepEqual(session.observations[0].otherTags, names.slice(0, 20));
  });

  it('reads the text without the tags when many tags follow each other', () => {
    const session = parseSession(`Start ${'#a '.repeat(50)}end #ambition.\n`, { file: 'a.md' });
    assert.equal(session.observations[0].text, 'Start end.');
  });
});

describe('source text: the next backtick', () => {
  it('answers forward, backward and past the last backtick alike', () => {
    const source = new SourceText('a `b` c\nd `e\nno ticks here\n');
    assert.deepEqual([0, 3, 4, 5, 9, 11, 0, 12, 9].map((from) => source.nextBacktick(from)), [2, 4, 4, 10, 10, -1, 2, -1, 10]);
  });

  it('skips tag-like text in code spans on every line of a block, and after a block without backticks', () => {
    assert.deepEqual(where('x `#a` #a\n`#b` #b `x`\n#c\n\nno ticks #d\n\n`#e` #e\n'),
      [['a', 1, 7, 2], ['b', 2, 5, 2], ['c', 3, 0, 2], ['d', 5, 9, 2], ['e', 7, 5, 2]]);
  });
});

describe('front matter: unique keys', () => {
  for (const [block, line] of [['a: "1"\nb: 2\na: 3', 4], ['a: 1\nb: {x: 1, y: [1], x: 2}', 3]] as const) {
    it(`reports a key written twice in one mapping at its second line (${JSON.stringify(block)})`, () => {
      const session = parseSession(`---\n${block}\n---\nText.\n`, { file: 'a.md' });
      assert.deepEqual(session.problems.map((p) => [p.line, p.code, p.message]), [[line, 'front-matter-syntax', 'Front matter is not valid YAML and is ignored: Map keys must be unique']]);
      assert.deepEqual(session.frontMatter, {});
    });
  }
});
