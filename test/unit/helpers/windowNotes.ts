// Notes for the tests of reading a file in windows: the bundled examples, and generated notes whose headings,
// lists, tasks, blockquotes, private marks, decisions and readings fall on either side of a window's edge.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

export const EXAMPLE_NOTES = ['examples', 'examples/buurtnetwerk-noord'].flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.md'))
  .map((f) => ({ file: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') })));

const word = fc.constantFrom('x', 'wij', 'Gemeente:', '#ambitie', '#private', '#privé', '#relatie', '#conflict', '#waakzaam', '#besluit', '#free',
  '14:05', '#verkennen', '#delen', '@Esther');
const line = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const block = fc.oneof(
  line,
  fc.tuple(fc.integer({ min: 1, max: 4 }), line).map(([d, l]) => `${'#'.repeat(d)} ${l}`),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l, i) => `${'  '.repeat(i % 2)}- ${i === 2 ? '[ ] ' : ''}${l}`).join('\n')),
  line.map((l) => `> ${l}\n>\n> ${l}`),
);

/** Up to 25 blocks, with or without the front matter that names the parties. */
export const generatedNotes = fc.tuple(fc.boolean(), fc.array(block, { maxLength: 25 }))
  .map(([parties, bs]) => `${parties ? '---\nparticipants: [Gemeente, School]\n---\n' : ''}${bs.join('\n\n')}`);
