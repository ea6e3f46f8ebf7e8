// Maps the tag names of a block, in order, back to line and column in its source lines. One forward
// pass over the block's '#'s serves all names: a '#' passed over while looking for one name is kept
// by the name it spells, for the names after it. So finding every tag stays linear however the names
// are written: in decomposed Unicode, in table cells, after a code span on a long line.
import { isAscii, startsTag, tagEnd } from './inline/reader';
import { TagMention } from './model';
import { SourceText } from './sourceText';

/** Characters before a '#' that start a tag in the source although not in the inline text: a quote marker, a table cell, a CR line break. */
const SOURCE_OPENERS = '>|\r';

export class SourceLocator {
  private line: number;
  /** Where the last tag found ends: each name is looked for after it. */
  private offset: number;
  /** How far the '#'s have been read. */
  private scanned: number;
  private readonly first: number;
  private readonly limit: number;
  /** Tags passed over, by the NFC name they spell, in order, each list with the index of its first one left. */
  private skipped: Map<string, { at: number[]; next: number }> | undefined;
  private code: CodeSpans | undefined;
  /** Where the tag that spelledAt last read ends, so locate need not read it again. */
  private tagEnd = 0;

  /** `cells`: the lines are a table row, whose cells are read each on its own. */
  constructor(private readonly source: SourceText, start: number, private readonly end: number, private readonly cells = false) {
    this.line = start;
    this.first = start;
    this.offset = source.start(start);
    this.scanned = this.offset;
    this.limit = source.end(Math.max(start, end - 1));
  }

  /** Whether this locator reads the block of these source lines (the cells of one table row share it). */
  covers(start: number, end: number): boolean {
    return start === this.first && end === this.end;
  }

  locate(name: string): TagMention {
    const skipped = this.fromSkipped(name);
    const at = skipped ?? this.scanFor(name);
    if (at === undefined) {
      // Not in the source as a tag (a spelling the inline reader sees otherwise): point at the block's current line.
      return { line: this.line + 1, column: 0, length: 0, raw: name };
    }
    const length = (skipped === undefined ? this.tagEnd : tagEnd(this.source.body, at + 1)) - at;
    while (this.line + 1 < this.source.lineCount && this.source.start(this.line + 1) <= at) this.line++;
    this.offset = at + length;
    return { line: this.line + 1, column: at - this.source.start(this.line), length, raw: name };
  }

  private fromSkipped(name: string): number | undefined {
    const list = this.skipped?.get(name);
    if (!list) return undefined;
    while (list.next < list.at.length && list.at[list.next] < this.offset) list.next++;
    return list.next < list.at.length ? list.at[list.next++] : undefined;
  }

  /** Reads on to the next tag spelling `name`, keeping the others it passes. */
  private scanFor(name: string): number | undefined {
    const { body } = this.source;
    for (let at = body.indexOf('#', this.scanned); at >= 0 && at < this.limit; at = body.indexOf('#', at + 1)) {
      this.scanned = at + 1;
      const spelled = this.spelledAt(at, name);
      if (spelled === undefined || at < this.offset) continue;
      if (spelled === name) return at;
      this.skipped ??= new Map();
      const list = this.skipped.get(spelled);
      if (list) list.at.push(at);
      else this.skipped.set(spelled, { at: [at], next: 0 });
    }
    this.scanned = this.limit;
    return undefined;
  }

  /** The NFC name of the tag that the '#' at `at` starts, if it starts one outside `code`; `likely` is checked first. */
  private spelledAt(at: number, likely: string): string | undefined {
    const { body } = this.source;
    const before = body[at - 1] ?? '';
    if (!startsTag(before) && !SOURCE_OPENERS.includes(before)) return undefined;
    const end = tagEnd(body, at + 1);
    if (end < 0) return undefined;
    this.code ??= new CodeSpans(body, this.source.start(this.first), this.limit, this.cells);
    if (this.code.contains(at)) return undefined;
    // Most tags are spelled as the inline reader gives them: no slice or normalisation needed. Emphasis in a
    // name ('#x/__b__') ends the reader's name before the source's: the name is then the start of the source's.
    const spellsLikely = body.startsWith(likely, at + 1);
    if (spellsLikely && (end - at - 1 === likely.length || !isNameCharacter(body[at + 1 + likely.length]))) {
      this.tagEnd = at + 1 + likely.length;
      return likely;
    }
    this.tagEnd = end;
    const written = body.slice(at + 1, end);
    return isAscii(written) ? written : written.normalize('NFC');
  }
}

/**
 * The code spans of a block's source, paired as CommonMark pairs backtick runs: a run opens a span that the next run
 * of its length closes; with none, it is literal ('**x** `y #relatie': the tag is text). A table row's cells are
 * paired each on its own. Found in one pass over the runs.
 */
class CodeSpans {
  /** Start and end offsets of each span, in order. */
  private readonly spans: number[] = [];
  private next = 0;

  constructor(body: string, from: number, to: number, cells: boolean) {
    if (!body.slice(from, to).includes('`')) return;
    let start = from;
    while (start < to) {
      const end = cells ? cellEnd(body, start, to) : to;
      this.pair(backtickRuns(body, start, end));
      start = end + 1;
    }
  }

  /** Whether the offset lies in a span; offsets must come in increasing order. */
  contains(at: number): boolean {
    while (this.next < this.spans.length && this.spans[this.next + 1] <= at) this.next += 2;
    return this.next < this.spans.length && this.spans[this.next] <= at;
  }

  private pair(runs: number[]): void {
    // For each run (offset, length pairs), the index of the next run of its length.
    const following = new Array<number>(runs.length / 2).fill(-1);
    const last = new Map<number, number>();
    for (let i = runs.length / 2 - 1; i >= 0; i--) {
      following[i] = last.get(runs[2 * i + 1]) ?? -1;
      last.set(runs[2 * i + 1], i);
    }
    for (let i = 0; i < following.length; i++) {
      const close = following[i];
      if (close < 0) continue;
      this.spans.push(runs[2 * i], runs[2 * close] + runs[2 * close + 1]);
      i = close;
    }
  }
}

/** The backtick runs in [from, to) as offset, length pairs. */
function backtickRuns(body: string, from: number, to: number): number[] {
  const runs: number[] = [];
  for (let at = body.indexOf('`', from); at >= 0 && at < to;) {
    let end = at;
    while (end < to && body[end] === '`') end++;
    runs.push(at, end - at);
    at = body.indexOf('`', end);
  }
  return runs;
}

/** Where the table cell starting at `from` ends: its unescaped '|' (or the line's end), before `to`. */
function cellEnd(body: string, from: number, to: number): number {
  for (let at = from; at < to; at++) {
    if (body[at] === '\n' || (body[at] === '|' && body[at - 1] !== '\\')) return at;
  }
  return to;
}

/** Whether a character may continue a tag's name in the source (a letter, mark or digit). */
function isNameCharacter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
}
