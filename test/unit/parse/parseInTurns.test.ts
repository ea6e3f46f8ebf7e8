import { strict as assert } from 'node:assert';
import { readGuarded, readGuardedInTurns } from '../../../src/core/parse/guard';
import { parseNotes, parseNotesInTurns } from '../../../src/core/parse/parser';
import { Vocabulary } from '../../../src/core/vocabulary/vocabulary';

// The CLI's parse asks for a pause between top-level blocks, so a signal is handled partway through a large file
// (issue 22); what it makes is parseNotes' session and blocks, exactly.
const TEXT = [
  '---', 'date: 2026-03-02', 'participants: [Gemeente, Het Anker]', '---', '# Session', '',
  'See [the plan][p]. #ambition #explore', '', '- Gemeente: more time #trust', '  - nested #private', '',
  '14:05 #conflict', '', '> quoted #relatie', '', '| a | b |', '|---|---|', '| #ambition | x |', '', '[p]: https://example.org', '',
].join('\n');

describe('parse in turns: the same session, with a pause between top-level blocks', () => {
  it('gives parseNotes\' session and blocks, and asks for a pause after each block of each pass', async () => {
    let asked = 0;
    const inTurns = await parseNotesInTurns(TEXT, { file: 'a.md' }, true, () => void asked++);
    assert.deepEqual(inTurns, parseNotes(TEXT, { file: 'a.md' }, true));
    // Once after the front matter and lines are read, then after each of six top-level blocks (heading, paragraph,
    // list, marker, blockquote, table; the link reference makes none), read twice: the text may define a link
    // reference (']:'), so a first pass reads the references alone.
    assert.equal(asked, 13);
  });

  it('waits for the pause it is given before the next block', async () => {
    const order: string[] = [];
    let blocks = 0;
    const pause = () => {
      blocks++;
      return blocks === 1 ? new Promise<void>((resolve) => setImmediate(() => { order.push('turn'); resolve(); })) : undefined;
    };
    const parsing = parseNotesInTurns('# A\n\ntext #ambition\n', { file: 'a.md' }, false, pause).then(() => order.push('parsed'));
    order.push('called');
    await parsing;
    assert.deepEqual([order, blocks], [['called', 'turn', 'parsed'], 3]);
  });

  it('readGuardedInTurns: the same read as readGuarded, a failure included', async () => {
    const none = () => undefined;
    const ok = await readGuardedInTurns(TEXT, { file: 'a.md' }, (s) => s.tags.length, none);
    assert.deepEqual(ok, readGuarded(TEXT, { file: 'a.md' }, (s) => s.tags.length));
    const broken = { dimensions: null } as unknown as Vocabulary;
    const failed = await readGuardedInTurns(TEXT, { file: 'a.md', vocabulary: broken }, (s) => s.problems.length, none);
    assert.deepEqual([failed.failed, failed.result, failed.session.lineCount], [true, 1, 21]);
  });
});
