import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { EXAMPLE_NOTES, generatedNotes } from '../helpers/windowNotes';
import { parseNotes } from '../../../src/core/parse/parser';
import { NotesWindow, WindowedParse, merged } from '../../../src/core/parse/windows';
import { partnerView, privateRanges } from '../../../src/core/report/audience';
import { Session } from '../../../src/core/parse/model';

// A file read in windows gives the same lists, blocks and private lines as the whole parse, cut after whole
// top-level blocks, and a head that says what the whole session says of the file.

const PRIVATE_NOTES = [
  '# Overnameplan #private\n\nkastanjes #relatie\n\n## Onder #ambitie\n\nmeer #proces\n\n# Overleg\n\nWij willen één loket. #ambitie\n',
  'Overnameplan #private\n===\n\nWe denken aan kastanjes. #relatie\n\n# Overleg\n\ngedeeld #ambitie\n',
  'gedeeld #ambitie\n\n- Persoonlijk #private\n\n  14:05 #conflict\n\n  - kind #zebratag\n\n> #private\n>\n> Een marimba. #relatie\n\n## Geheim #privé\n\nx #belangen\n\n### dieper\n\ny #relatie\n\n## Open\n\nz #proces\n',
  '---\ntitle: Eigen titel\nprivate: true\n---\n# Kop\n\nx #ambitie\n',
  '<details>\n\nx #ambitie\n\n</details>\n\n#private\n\nalleen #relatie\n\n<!-- #private -->\n',
];


function windowsOf(text: string, items: number): { windows: NotesWindow[]; parse: WindowedParse } {
  const parse = new WindowedParse(text, { file: 'a/2026-04-09-x.md' }, true, items);
  return { windows: [...parse.windowsNow()], parse };
}

function withoutEnds(session: Pick<Session, 'headings'>) {
  return session.headings.map(({ endLine: _, ...h }) => h);
}

function check(text: string, items: number): void {
  const whole = parseNotes(text, { file: 'a/2026-04-09-x.md' }, true);
  const { windows, parse } = windowsOf(text, items);
  const all = <K extends keyof NotesWindow['out']>(kind: K) => windows.flatMap((w) => w.out[kind] as unknown[]);
  for (const kind of ['observations', 'readings', 'markers', 'decisions', 'actions', 'tags', 'privateScopes'] as const) {
    assert.deepEqual(all(kind), whole.session[kind], kind);
  }
  assert.deepEqual(withoutEnds({ headings: all('headings') as Session['headings'] }), withoutEnds(whole.session));
  assert.deepEqual((all('problems') as Session['problems']).sort((a, b) => a.line - b.line), whole.session.problems);
  assert.deepEqual(windows.flatMap((w) => w.blocks), whole.blocks);
  for (const [i, w] of windows.entries()) {
    if (i > 0) assert.equal(w.firstLine, windows[i - 1].lastLine + 1);
    for (const b of w.blocks) assert.ok(b.line >= w.firstLine && b.endLine <= w.lastLine, `block at ${b.line} in ${w.firstLine}-${w.lastLine}`);
  }
  if (!whole.session.private) assert.deepEqual(merged(windows.flatMap((w) => w.hidden)).map((r) => [r.startLine, r.endLine]), privateRanges(whole.session));
  const head = parse.head!;
  for (const key of ['title', 'date', 'lang', 'currentPhase', 'private', 'frontMatter', 'lineCount'] as const) assert.deepEqual(head.session[key], whole.session[key], key);
  assert.deepEqual(head.session.problems, whole.session.problems.filter((p) => p.code === 'unclear-private' || p.code.startsWith('front-matter')));
  assert.equal(head.partnerTitle, partnerView(whole.session).title);
  assert.equal(head.knownTag, whole.session.tags.some((t) => t.dimension !== undefined));
}

describe('a file read in windows', () => {
  it('the examples: the same lists, blocks, private lines and head, in windows of 1, 7 and 4,096 items', () => {
    for (const { text } of EXAMPLE_NOTES) for (const items of [1, 7, 4096]) check(text, items);
  });

  it('private headings, items, blockquotes and a private session: the private lines across windows', () => {
    for (const text of PRIVATE_NOTES) for (const items of [1, 2, 3, 5, 4096]) check(text, items);
  });

  it('generated notes (fixed seed): the same as the whole parse in any window size', () => {
    fc.assert(fc.property(generatedNotes, fc.integer({ min: 1, max: 9 }), (text, items) => check(text, items)), { seed: 20261207, numRuns: 400 });
  });

  it('a window is handed on once it holds the items asked for: 2,000 paragraphs in windows of 100', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `punt ${i} #ambitie`).join('\n\n');
    const { windows } = windowsOf(text, 100);
    // Each paragraph makes an observation, a tag and a block: 3 items, so a window ends after 34 paragraphs.
    assert.equal(windows.length, Math.ceil(2000 / 34));
    assert.equal(windows[0].blocks.length, 34);
  });
});
