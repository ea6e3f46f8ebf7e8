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
  private ticks: TickCounter | undefined;
  /** Where the tag that spelledAt last read ends, so locate need not read it again. */
  private tagEnd = 0;

  constructor(private readonly source: SourceText, start: number, private readonly end: number) {
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
    this.ticks ??= new TickCounter(this.source, this.first, this.limit);
    if (this.ticks.insideCode(at)) return undefined;
    this.tagEnd = end;
    // Most tags are spelled as the inline reader gives them: no slice or normalisation needed.
    if (end - at - 1 === likely.length && body.startsWith(likely, at + 1)) return likely;
    const written = body.slice(at + 1, end);
    return isAscii(written) ? written : written.normalize('NFC');
  }
}

/** Whether an offset follows an odd number of backticks on its line; offsets must come in increasing order. */
class TickCounter {
  private counted: number;
  private ticks = 0;
  /** Whether the block has backticks at all, so code spans need counting. */
  private readonly hasTicks: boolean;

  constructor(private readonly source: SourceText, private line: number, limit: number) {
    this.counted = source.start(line);
    const tick = source.nextBacktick(this.counted);
    this.hasTicks = tick >= 0 && tick < limit;
  }

  insideCode(at: number): boolean {
    if (!this.hasTicks) return false;
    const { source } = this;
    if (this.line + 1 < source.lineCount && source.start(this.line + 1) <= at) {
      while (this.line + 1 < source.lineCount && source.start(this.line + 1) <= at) this.line++;
      this.counted = source.start(this.line);
      this.ticks = 0;
    }
    for (let tick = source.nextBacktick(this.counted); tick >= 0 && tick < at; tick = source.nextBacktick(tick + 1)) this.ticks++;
    this.counted = at;
    return this.ticks % 2 === 1;
  }
}
