import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { IncrementalSession, LineEdit, mergeLineEdits, parseIncremental, updateIncremental } from '../../../src/core/parse/incremental';
import { ParseOptions, parseSession } from '../../../src/core/parse/parser';
import { lensDimensions } from '../../../src/core/vocabulary/lenses';
import { BUILTIN_VOCABULARY, Vocabulary } from '../../../src/core/vocabulary/vocabulary';

const OPTIONS: ParseOptions = { file: 'notes.md' };
const LENSES: Vocabulary = { ...BUILTIN_VOCABULARY, dimensions: [...BUILTIN_VOCABULARY.dimensions, ...lensDimensions(['interestKinds', 'conversation'])] };

/** One edit as the editor makes it: `removed` characters at `offset` replaced by `inserted`. */
interface TextEdit { offset: number; removed: number; inserted: string }

/** The lines an edit touches, as the store works them out from VS Code's change ranges. */
function lineEditOf(text: string, { offset, removed, inserted }: TextEdit): LineEdit {
  const lineAt = (t: string, at: number) => t.slice(0, at).split(/\r\n|\r|\n/).length - 1;
  const newText = text.slice(0, offset) + inserted + text.slice(offset + removed);
  return { startLine: lineAt(text, offset), oldEndLine: lineAt(text, offset + removed), newEndLine: lineAt(newText, offset + inserted.length) };
}

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.offset) + edit.inserted + text.slice(edit.offset + edit.removed);
}

/** How many updates took the shortcut, of how many: the shortcut, not the fallback to a full parse, is under test. */
const tally = { kept: 0, all: 0 };

/** Applies the edits one by one; after each the incremental session must be the full parse's, and the previous one unchanged. */
function check(text: string, edits: TextEdit[], options = OPTIONS): void {
  let state: IncrementalSession = parseIncremental(text, options);
  assert.deepStrictEqual(state.session, parseSession(text, options));
  for (const edit of edits) {
    const before = structuredClone(state.session);
    const next = apply(text, edit);
    const updated = updateIncremental(state, next, lineEditOf(text, edit), options);
    assert.deepStrictEqual(updated.session, parseSession(next, options), `after ${JSON.stringify(edit)} on ${JSON.stringify(text)}`);
    assert.deepStrictEqual(state.session, before, 'the previous session changed');
    tally.all++;
    // The shortcut keeps the front matter as read (a full parse reads it again).
    if (updated.context.frontMatter === state.context.frontMatter) tally.kept++;
    [text, state] = [next, updated];
  }
}

/** Typing `word` one character at a time at `offset`. */
function typing(offset: number, word: string): TextEdit[] {
  return [...word].map((char, i) => ({ offset: offset + i, removed: 0, inserted: char }));
}

const LINES = [
  '', '', '', '# Titel #relatie', '## Sectie #verkennen', '### Sub #waakzaam', '## Apart #privé', '# ', '#### Diep #proces #delen',
  'Titel van de setext', '===', '---', 'Tekst met #relatie', 'Gemeente: daar komen we op terug #belangen', 'Nog wat tekst zonder tags',
  '08:13 #waakzaam', '#delen', '9:30 #onenigheid #vormgeven', 'Besluit genomen #besluit', 'geheim #privé', 'met #partij/gemeente #ambitie',
  '#ambitoin', '#need/geduld #behoefte/vertrouwen', '- item #organisatie', '  - genest #delen', '- [ ] taak @Esther 2026-04-20 #proces',
  '- [x] klaar @Gemeente', '1. genummerd #proces', '   vervolg van het item', '* ster #conflict', '```', '```js', '~~~', 'code #ambitie',
  '<div>', '</div>', '<!-- #relatie -->', '<details>', '<pre>', '| kop #relatie | b |', '| --- | --- |', '| c | d #delen |',
  '> citaat #relatie', '> > dieper #vriendschappelijk', '>', '[memo]: https://example.org/memo', 'zie [memo] #proces', '    ingesprongen #relatie',
  '***', 'Corporatie: *de huren* blijven #belang/collectief', '#inhoud #emotie', 'lazy vervolg', '  - [ ] genest taak #waakzaam',
];
const FRONT_MATTER = [
  '', '', '---\ntitle: Proef\nphase: delen\nthermometer: waakzaam\nparticipants: [Gemeente, { name: Woningcorporatie, aliases: [Corporatie] }]\n---\n',
  '---\nphase: vormgeven\n---\n\n', '---\nnot closed\n', '---\nthermometer: [\n---\n',
];
const PIECES = ['a', ' ', '#', '\n', '\n\n', '-', '`', '```', '|', '>', '[', ']', ':', '=', '*', '<', '#waakzaam', '#delen', '- ', '## ', '    ', '#privé'];

const document = fc.tuple(fc.constantFrom(...FRONT_MATTER), fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }))
  .map(([front, lines]) => front + lines.join('\n') + '\n');

/** An edit at a fraction of the text, made concrete against the text it is applied to. */
type EditPlan = (text: string) => TextEdit[];
// Unbiased: fast-check's bias would put most edits on the first line.
const at = fc.noBias(fc.integer({ min: 0, max: 9999 })).map((n) => n / 10_000);
const offsetIn = (text: string, where: number) => Math.min(text.length, Math.floor(where * (text.length + 1)));
const lineStart = (text: string, where: number) => { const o = offsetIn(text, where); return text.lastIndexOf('\n', o - 1) + 1; };
const plan: fc.Arbitrary<EditPlan> = fc.oneof(
  fc.tuple(at, fc.constantFrom(...PIECES)).map(([w, inserted]) => (t: string) => [{ offset: offsetIn(t, w), removed: 0, inserted }]),
  fc.tuple(at, fc.integer({ min: 1, max: 24 })).map(([w, n]) => (t: string) => { const o = offsetIn(t, w); return [{ offset: o, removed: Math.min(n, t.length - o), inserted: '' }]; }),
  fc.tuple(at, fc.integer({ min: 1, max: 12 }), fc.constantFrom(...LINES, ...PIECES)).map(([w, n, inserted]) => (t: string) => { const o = offsetIn(t, w); return [{ offset: o, removed: Math.min(n, t.length - o), inserted }]; }),
  fc.tuple(at, fc.constantFrom(...LINES)).map(([w, line]) => (t: string) => [{ offset: lineStart(t, w), removed: 0, inserted: line + '\n' }]),
  at.map((w) => (t: string) => { const o = lineStart(t, w); const end = t.indexOf('\n', o); return [{ offset: o, removed: (end < 0 ? t.length : end + 1) - o, inserted: '' }]; }),
  fc.tuple(at, fc.constantFrom(' #waakzaam', ' #relatie', ' #privé', ' #partij/gemeente', '\n\n08:13 #onenigheid', ' #delen\n')).map(([w, word]) => (t: string) => {
    const o = t.indexOf('\n', offsetIn(t, w));
    return typing(o < 0 ? t.length : o, word);
  }),
  at.map((w) => (t: string) => [{ offset: offsetIn(t, w), removed: 0, inserted: '\n' }]),
);

describe('incremental re-parse', () => {
  it('deep-equals a full parse after any sequence of edits (property, fixed seed)', function () {
    this.timeout(60_000);
    fc.assert(fc.property(document, fc.array(plan, { minLength: 1, maxLength: 25 }), fc.boolean(), (text, plans, lenses) => {
      let current = text;
      const edits: TextEdit[] = [];
      for (const p of plans) for (const edit of p(current)) { edits.push(edit); current = apply(current, edit); }
      check(text, edits, lenses ? { file: 'notes.md', vocabulary: LENSES } : OPTIONS);
    }), { seed: 10, numRuns: 300 });
    assert.ok(tally.all > 3000 && tally.kept > 0.75 * tally.all, `${tally.kept} of ${tally.all} updates took the shortcut`);
  });
});

/** Where the line break at or after `offset` starts, and its length: never between the CR and LF of one, where no editor puts a cursor. */
const lineBreak = (t: string, offset: number) => {
  const lf = t.indexOf('\n', offset);
  if (lf < 0) return { at: t.length, length: 0 };
  return t[lf - 1] === '\r' ? { at: lf - 1, length: 2 } : { at: lf, length: 1 };
};
/** Edits that move every line below them: an Enter (at a line's start, end or middle), a line deleted, two lines joined. */
const lineShift: fc.Arbitrary<EditPlan> = fc.oneof(
  at.map((w) => (t: string) => { const o = offsetIn(t, w); return [{ offset: t[o - 1] === '\r' && t[o] === '\n' ? o - 1 : o, removed: 0, inserted: '\n' }]; }),
  at.map((w) => (t: string) => [{ offset: lineStart(t, w), removed: 0, inserted: '\n' }]),
  fc.tuple(at, fc.constantFrom('\n', '\n\n', '\r\n')).map(([w, breaks]) => (t: string) => [{ offset: lineBreak(t, offsetIn(t, w)).at, removed: 0, inserted: breaks }]),
  at.map((w) => (t: string) => { const o = lineStart(t, w); const end = lineBreak(t, o); return [{ offset: o, removed: end.at + end.length - o, inserted: '' }]; }),
  at.map((w) => (t: string) => { const end = lineBreak(t, offsetIn(t, w)); return end.length ? [{ offset: end.at, removed: end.length, inserted: '' }] : []; }),
);

describe('incremental re-parse: Enter and deleted lines', () => {
  it('deep-equals a full parse after any sequence of line-moving edits, the tags still shared with their blocks (property, fixed seed)', function () {
    this.timeout(60_000);
    const shifts = { kept: 0, all: 0 };
    fc.assert(fc.property(document, fc.array(lineShift, { minLength: 4, maxLength: 25 }), fc.boolean(), (text, plans, lenses) => {
      const options = lenses ? { file: 'notes.md', vocabulary: LENSES } : OPTIONS;
      let state = parseIncremental(text, options);
      for (const p of plans) {
        for (const edit of p(text)) {
          const before = structuredClone(state.session);
          const next = apply(text, edit);
          const updated = updateIncremental(state, next, lineEditOf(text, edit), options);
          assert.deepStrictEqual(updated.session, parseSession(next, options), `after ${JSON.stringify(edit)} on ${JSON.stringify(text)}`);
          assert.deepStrictEqual(state.session, before, 'the previous session changed');
          const mentions = new Set(updated.session.tags);
          for (const own of [...updated.session.observations, ...updated.session.headings]) assert.ok(own.tags.every((t) => mentions.has(t)), 'a block\'s tag is not the session\'s');
          shifts.all++;
          if (updated.context.frontMatter === state.context.frontMatter) shifts.kept++;
          [text, state] = [next, updated];
        }
      }
    }), { seed: 12, numRuns: 300 });
    assert.ok(shifts.all > 3000 && shifts.kept > 0.7 * shifts.all, `${shifts.kept} of ${shifts.all} updates took the shortcut`);
  });
});

/** An edit worked out on the text as it is by then: `inserted` in place of `removed` characters at `mark` (or just after it). */
type Step = (text: string) => TextEdit[];
function edit(mark: string, inserted: string, removed = 0, after = false): Step {
  return (text) => {
    const offset = text.indexOf(mark);
    assert.ok(offset >= 0, `no ${JSON.stringify(mark)} in the text`);
    return [{ offset: after ? offset + mark.length : offset, removed, inserted }];
  };
}
const typed = (mark: string, word: string): Step => (text) => typing(text.indexOf(mark) + mark.length, word);

function steps(text: string, ...made: Step[]): void {
  const edits: TextEdit[] = [];
  let current = text;
  for (const step of made) for (const edit of step(current)) { edits.push(edit); current = apply(current, edit); }
  check(text, edits);
}

describe('incremental re-parse: edits merged', () => {
  it('takes several edits merged into one, as the store gets them from VS Code between two parses (property)', () => {
    fc.assert(fc.property(document, fc.array(plan, { minLength: 2, maxLength: 6 }), (text, plans) => {
      let current = text;
      let merged: LineEdit | undefined;
      for (const p of plans) {
        for (const edit of p(current)) {
          const lines = lineEditOf(current, edit);
          merged = merged ? mergeLineEdits(merged, lines) : lines;
          current = apply(current, edit);
        }
      }
      const updated = updateIncremental(parseIncremental(text, OPTIONS), current, merged!, OPTIONS);
      assert.deepStrictEqual(updated.session, parseSession(current, OPTIONS));
    }), { seed: 11, numRuns: 500 });
  });

  it('merges an edit below, above and inside an earlier one', () => {
    const first = { startLine: 10, oldEndLine: 10, newEndLine: 12 };
    assert.deepEqual(mergeLineEdits(first, { startLine: 20, oldEndLine: 21, newEndLine: 20 }), { startLine: 10, oldEndLine: 19, newEndLine: 20 });
    assert.deepEqual(mergeLineEdits(first, { startLine: 2, oldEndLine: 2, newEndLine: 3 }), { startLine: 2, oldEndLine: 10, newEndLine: 13 });
    assert.deepEqual(mergeLineEdits(first, { startLine: 11, oldEndLine: 11, newEndLine: 11 }), { startLine: 10, oldEndLine: 10, newEndLine: 12 });
  });
});

describe('incremental re-parse: constructs that reach past the edit', () => {
  const filler = Array.from({ length: 12 }, (_, i) => `Alinea ${i} #relatie\n`).join('\n');

  it('lets a paragraph grow when the table that interrupted it loses its delimiter row', () => {
    steps(`${filler}\nTekst #proces\n| kop #delen | b |\n| --- | --- |\n| c | d |\n\n${filler}`, edit('| --- | --- |', 'x', 1), edit('x --- | --- |', '|', 1));
  });

  it('swallows the rest into a fence opened mid-file, and gives it back when it closes', () => {
    steps(`${filler}\nMidden #waakzaam\n\n${filler}`, edit('Midden', '```\n'), edit('Alinea 3 #relatie', '```\n'), edit('```\nMidden', '', 4));
  });

  it('reads the lines after an opened HTML block as HTML until a blank line', () => {
    steps(`${filler}\nEerste #relatie\nTweede #delen\n\n${filler}`, edit('Eerste', '<div>\n'), typed('Tweede', '\n'), edit('<div>\n', '', 6));
  });

  it('turns a paragraph into a setext heading, closing the section above it earlier', () => {
    steps(`# Start #ambitie\n\n${filler}\nKop wordt het #verkennen\n\n${filler}`, typed('Kop wordt het #verkennen', '\n==='), edit('===', '', 2));
  });

  it('continues a paragraph lazily when its blank line gets text, and a list across blank lines', () => {
    steps(`${filler}\n- item #organisatie\n\n\nvervolg #delen\n\n${filler}`, edit('vervolg', '  '), edit('- item #organisatie\n\n', 'lui', 0, true), edit('  vervolg', '', 2));
  });

  it('moves the level of every later observation while a tag is typed, up to the next reading', () => {
    steps(`${filler}\nHet wordt spannend\n\n${filler}\n08:15 #vriendschappelijk\n\n${filler}`, typed('spannend', ' #onenigheid'));
  });

  it('lets a typed phase marker set the phase of the rest of the file', () => {
    steps(`## Sectie #relatie\n\n${filler}\n## Tweede\n\n${filler}`, typed('#relatie\n\n', '14:05 #delen\n\n'), edit('#delen', '', 6));
  });

  it('re-reads every block when a link reference definition appears, changes or goes', () => {
    steps(`Zie [memo] #proces\n\n${filler}\n[mem]: https://example.org\n\n${filler}`, edit(']: https', 'o'), edit('o]: ', 'x'), edit('[memxo]: ', '', 1));
  });

  it('reads a front matter that an edit opens, closes or changes', () => {
    steps(`---\ntitle: Proef\n\n${filler}\n## Deel #delen\n\n${filler}`, edit('## Deel', '---\n'), edit('title', 'phase: vormgeven\n'), edit('---\n## Deel', '', 4));
  });

  it('takes the title from the first level-1 heading as it is typed', () => {
    steps(`${filler}\n# Later #ambitie\n\n${filler}`, () => typing(0, '# Eerst\n\n'), edit('# Eerst', '', 2));
  });

  it('keeps CRLF line endings and an Enter typed as CRLF', () => {
    steps(`${filler}\nMidden #waakzaam\n\n${filler}`.replace(/\n/g, '\r\n'), edit('Midden', '\r\n'), edit('#waakzaam', ' #delen', 0, true));
  });

  it('keeps the tokens of blocks away from the edit, shared between the sessions', () => {
    const text = `${filler}\nMidden #relatie\n\n${filler}`;
    const before = parseIncremental(text, OPTIONS);
    const [change] = edit('Midden', '\n')(text);
    const after = updateIncremental(before, apply(text, change), lineEditOf(text, change), OPTIONS);
    const kept = after.blocks.filter((b) => before.blocks.some((o) => o.tokens === b.tokens)).length;
    assert.equal(before.blocks.length, 25);
    assert.equal(after.blocks.length, 25);
    // The edited block and the two before it are read again; the other 22 are kept.
    assert.equal(kept, 22);
  });

  it('keeps the blocks below an Enter as they were, only their first lines moved', () => {
    const text = `${filler}\nMidden #relatie\n\n${filler}`;
    const before = parseIncremental(text, OPTIONS);
    const [change] = edit('Midden', '\n')(text);
    const after = updateIncremental(before, apply(text, change), lineEditOf(text, change), OPTIONS);
    const middle = before.starts.indexOf(24);
    assert.deepEqual([middle, before.starts[middle + 1], after.starts[middle], after.starts[middle + 1]], [12, 26, 25, 27]);
    assert.ok(after.blocks.slice(middle + 1).every((b, i) => b === before.blocks[middle + 1 + i]), 'a block below the Enter is a new object');
    assert.deepEqual(after.starts.slice(middle + 1), before.starts.slice(middle + 1).map((line) => line + 1));
  });
});
