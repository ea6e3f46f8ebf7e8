// markdown-it's block state with a faster line scan. Its own constructor visits every character in a
// loop to find the line ends; this one reads only each line's indent and finds the line's end with
// indexOf, a native search. A one-line paragraph's text is its slice (getLines), where markdown-it builds
// an array and joins it. The marks and tokens are the same (a property test compares them).
import type MarkdownIt from 'markdown-it';

type State = InstanceType<MarkdownIt['block']['State']>;
type Token = ReturnType<MarkdownIt['parse']>[number];
type StateConstructor = MarkdownIt['block']['State'];

/** markdown-it's own getLines, for what the one-line case leaves to it. */
let stockGetLines: State['getLines'];

/** How many first lines the next scan marks empty; set only while parseAfterLines runs. */
let blankLines = 0;

/**
 * markdown-it's tokens of `src` with its first `lines` lines read as empty (the front matter), for an md
 * made withLineScan: the same tokens as of the text with those lines emptied, without building that copy.
 */
export function parseAfterLines(md: MarkdownIt, src: string, env: object, lines: number): ReturnType<MarkdownIt['parse']> {
  blankLines = lines;
  try {
    return md.parse(src, env);
  } finally {
    blankLines = 0;
  }
}

/**
 * parseAfterLines' tokens one top-level block at a time: `visit` gets each block's tokens, and the array is
 * emptied after it, so a large file never holds all its tokens at once (they weigh about 20x the text).
 */
export function eachTopLevelBlock(md: MarkdownIt, src: string, env: object, lines: number, visit: (tokens: Token[]) => void): void {
  const blocks = new TopLevelBlocks(md, src, env, lines);
  while (blocks.next()) visit(blocks.tokens);
}

/** Gives the caller's event loop a turn now and then (a promise to wait for), else undefined: go on. */
export type Pause = () => Promise<void> | undefined;

/** eachTopLevelBlock as a generator: each block's tokens, one array emptied for the next. */
export function* topLevelBlocks(md: MarkdownIt, src: string, env: object, lines: number): Generator<Token[]> {
  const blocks = new TopLevelBlocks(md, src, env, lines);
  while (blocks.next()) yield blocks.tokens;
}

/**
 * eachTopLevelBlock that asks `pause` after each block, so a caller can handle a signal partway through a large
 * file, or hand on what it made between blocks: each block's tokens (one array, emptied for the next).
 */
export async function* topLevelBlocksInTurns(md: MarkdownIt, src: string, env: object, lines: number, pause: Pause): AsyncGenerator<Token[]> {
  const blocks = new TopLevelBlocks(md, src, env, lines);
  while (blocks.next()) {
    yield blocks.tokens;
    const turn = pause();
    if (turn) await turn;
  }
}

/**
 * The top-level blocks' tokens, one block in `tokens` at a time. The loop is markdown-it's ParserBlock.tokenize
 * at the top level; only the md's core 'block' rule may be enabled (as withLineScan's parser has it), as no
 * later rule sees these tokens.
 */
class TopLevelBlocks {
  readonly tokens: Token[] = [];
  /** Let go once the walk is read to its end: its marks may then be another walk's. */
  private state: State | undefined;
  private readonly rules: ReturnType<MarkdownIt['block']['ruler']['getRules']>;
  private readonly end: number;
  private line: number;
  private emptyBefore = false;

  constructor(md: MarkdownIt, src: string, env: object, lines: number) {
    this.rules = md.block.ruler.getRules('');
    if (!src) {
      [this.end, this.line] = [0, 0];
      return;
    }
    blankLines = lines;
    try {
      this.state = new md.block.State(src, md, env, this.tokens);
    } finally {
      blankLines = 0;
    }
    [this.end, this.line] = [this.state.lineMax, this.state.line];
  }

  /** Reads the next block that makes tokens into `tokens` (emptied first); false at the end. */
  next(): boolean {
    const { state, rules, end, tokens } = this;
    tokens.length = 0;
    let line = this.line;
    while (state && line < end) {
      state.line = line = state.skipEmptyLines(line);
      if (line >= end) break;
      if (!rules.some((rule) => rule(state, line, end, false))) throw new Error('none of the block rules matched');
      if (state.line <= line) throw new Error("block rule didn't increment state.line");
      state.tight = !this.emptyBefore;
      if (state.isEmpty(state.line - 1)) this.emptyBefore = true;
      line = state.line;
      if (line < end && state.isEmpty(line)) {
        this.emptyBefore = true;
        state.line = ++line;
      }
      // A link reference definition makes no tokens.
      if (tokens.length > 0) break;
    }
    this.line = line;
    if (tokens.length === 0 && state) {
      spareMarks(state);
      this.state = undefined;
    }
    return tokens.length > 0;
  }
}

/** Makes `md`'s block pass start from the faster line scan; the rest of its state is markdown-it's own. */
export function withLineScan(md: MarkdownIt): MarkdownIt {
  const Stock = md.block.State;
  stockGetLines = Stock.prototype.getLines;
  function LineScanState(this: State, src: string, parser: MarkdownIt, env: unknown, tokens: State['tokens']): void {
    // The fields in the stock constructor's order, so the objects keep its shape.
    Object.assign(this, {
      src, md: parser, env, tokens, bMarks: [], eMarks: [], tShift: [], sCount: [], bsCount: [], blkIndent: 0, line: 0,
      lineMax: 0, tight: false, ddIndent: -1, listIndent: -1, parentType: 'root', level: 0,
    });
    scanLines(this, src);
  }
  LineScanState.prototype = Object.create(Stock.prototype, { getLines: { value: getLines } });
  md.block.State = LineScanState as unknown as StateConstructor;
  return md;
}

/**
 * Each line's start, end, indent (characters) and indent width (tabs to 4), as markdown-it marks them. The arrays
 * are made at their size (a count of the line ends first): grown by push, a large file's took 2.5x as long.
 */
function scanLines(state: State, s: string): void {
  const len = s.length;
  let size = 2;
  for (let at = s.indexOf('\n'); at >= 0; at = s.indexOf('\n', at + 1)) size++;
  // Typed arrays, half the bytes of arrays of numbers: a large file has a line per 15 bytes or so of its text.
  const buffer = marksBuffer(size * MARKS * Int32Array.BYTES_PER_ELEMENT);
  const [bMarks, eMarks, tShift, sCount, bsCount] = Array.from({ length: MARKS }, (_, i) => new Int32Array(buffer, i * size * Int32Array.BYTES_PER_ELEMENT, size));
  let line = 0;
  let start = 0;
  // Lines read as empty: marks that start and end at the line's end, as an emptied line's would.
  for (; line < blankLines && start < len; line++) {
    let end = s.indexOf('\n', start);
    if (end < 0) end = len;
    bMarks[line] = eMarks[line] = end;
    tShift[line] = sCount[line] = bsCount[line] = 0;
    start = end + 1;
  }
  while (start < len) {
    let pos = start;
    let offset = 0;
    for (let ch = s.charCodeAt(pos); ch === 0x20 || ch === 0x09; ch = s.charCodeAt(++pos)) offset += ch === 0x09 ? 4 - (offset % 4) : 1;
    // A last line of only blanks gets no marks in markdown-it either: its loop ends inside the indent.
    if (pos >= len) break;
    let end = s.indexOf('\n', pos);
    if (end < 0) end = len;
    bMarks[line] = start;
    eMarks[line] = end;
    tShift[line] = pos - start;
    sCount[line] = offset;
    bsCount[line] = 0;
    line++;
    start = end + 1;
  }
  bMarks[line] = eMarks[line] = len;
  tShift[line] = sCount[line] = bsCount[line] = 0;
  line++;
  const marks = [bMarks, eMarks, tShift, sCount, bsCount].map((m) => m.subarray(0, line));
  Object.assign(state, { bMarks: marks[0], eMarks: marks[1], tShift: marks[2], sCount: marks[3], bsCount: marks[4], lineMax: line - 1 });
}

/** The marks per line: bMarks, eMarks, tShift, sCount, bsCount. */
const MARKS = 5;

/**
 * The marks of a walk read to its end, for the next scan to write over. Held weakly: a file read twice (the CLI
 * reads each file twice) needs no second buffer while the first is garbage not yet collected, and an editor that
 * read a large file once does not keep its marks.
 */
let spare: WeakRef<ArrayBuffer> | undefined;

function spareMarks(state: State): void {
  const buffer = (state.bMarks as unknown as Int32Array).buffer as ArrayBuffer;
  if (buffer.byteLength > (spare?.deref()?.byteLength ?? 0)) spare = new WeakRef(buffer);
}

/** A buffer of at least `bytes`: the spare one when it is large enough (it is then no longer spare). */
function marksBuffer(bytes: number): ArrayBuffer {
  const buffer = spare?.deref();
  if (!buffer || buffer.byteLength < bytes) return new ArrayBuffer(bytes);
  spare = undefined;
  return buffer;
}

/**
 * markdown-it's getLines: lines without their first `indent` columns. One line without a tab in its indent
 * is its slice; the stock method builds an array and joins it (a paragraph's text is read this way, and
 * most paragraphs are one line).
 */
function getLines(this: State, begin: number, end: number, indent: number, keepLastLF: boolean): string {
  if (begin + 1 !== end) return stockGetLines.call(this, begin, end, indent, keepLastLF);
  const start = this.bMarks[begin];
  const last = keepLastLF ? this.eMarks[begin] + 1 : this.eMarks[begin];
  let first = start;
  // Blanks and the characters a list marker or '>' masked (before tShift) each count one column.
  for (let width = 0; first < last && width < indent; first++, width++) {
    const ch = this.src.charCodeAt(first);
    if (ch === 0x09) return stockGetLines.call(this, begin, end, indent, keepLastLF);
    if (ch !== 0x20 && first - start >= this.tShift[begin]) break;
  }
  return this.src.slice(first, last);
}
