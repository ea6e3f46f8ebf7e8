// Maps the tag names of a block, in order, back to line and column in its source lines. The block's
// '#'s are indexed once by the name they spell (NFC, as the inline reader gives names), so finding
// every tag costs one pass over the block however the names are written: linear time even for tags
// in decomposed Unicode, in table cells or after a code span on a long line.
import { startsTag, tagEnd } from './inlineText';
import { TagMention } from './model';
import { SourceText } from './sourceText';

/** Characters before a '#' that start a tag in the source although not in the inline text: a quote marker, a table cell, a CR line break. */
const SOURCE_OPENERS = '>|\r';

export class SourceLocator {
  private line: number;
  private offset: number;
  private readonly first: number;
  private readonly limit: number;
  /** Where each name is spelled as a tag, in order, with a pointer to the first not yet passed. */
  private index: Map<string, { at: number[]; next: number }> | undefined;

  constructor(private readonly source: SourceText, start: number, private readonly end: number) {
    this.line = start;
    this.first = start;
    this.offset = source.start(start);
    this.limit = source.end(Math.max(start, end - 1));
  }

  /** Whether this locator reads the block of these source lines (the cells of one table row share it). */
  covers(start: number, end: number): boolean {
    return start === this.first && end === this.end;
  }

  locate(name: string): TagMention {
    this.index ??= this.indexTags();
    const found = this.index.get(name);
    if (found) {
      while (found.next < found.at.length && found.at[found.next] < this.offset) found.next++;
      if (found.next < found.at.length) {
        const at = found.at[found.next++];
        const length = tagEnd(this.source.body, at + 1) - at;
        this.lineAt(at);
        this.offset = at + length;
        return { line: this.line + 1, column: at - this.source.start(this.line), length, raw: name };
      }
    }
    // Not in the source as a tag (a spelling the inline reader sees otherwise): point at the block's current line.
    return { line: this.line + 1, column: 0, length: 0, raw: name };
  }

  private lineAt(at: number): void {
    while (this.line + 1 < this.source.lineCount && this.source.start(this.line + 1) <= at) this.line++;
  }

  /** Every '#' of the block that starts a tag outside `code`, by the NFC name it spells. */
  private indexTags(): Map<string, { at: number[]; next: number }> {
    const { body } = this.source;
    const index = new Map<string, { at: number[]; next: number }>();
    const ticks = new TickCounter(this.source, this.first, this.limit);
    for (let at = body.indexOf('#', this.offset); at >= 0 && at < this.limit; at = body.indexOf('#', at + 1)) {
      const before = body[at - 1] ?? '';
      if (!startsTag(before) && !SOURCE_OPENERS.includes(before)) continue;
      const end = tagEnd(body, at + 1);
      if (end < 0 || ticks.insideCode(at)) continue;
      const written = body.slice(at + 1, end);
      const name = /^[\x00-\x7f]*$/.test(written) ? written : written.normalize('NFC');
      const entry = index.get(name);
      if (entry) entry.at.push(at);
      else index.set(name, { at: [at], next: 0 });
    }
    return index;
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
    this.hasTicks = source.body.slice(this.counted, limit).includes('`');
  }

  insideCode(at: number): boolean {
    if (!this.hasTicks) return false;
    const { body } = this.source;
    if (this.line + 1 < this.source.lineCount && this.source.start(this.line + 1) <= at) {
      while (this.line + 1 < this.source.lineCount && this.source.start(this.line + 1) <= at) this.line++;
      this.counted = this.source.start(this.line);
      this.ticks = 0;
    }
    for (let i = this.counted; i < at; i++) if (body.charCodeAt(i) === 96) this.ticks++;
    this.counted = at;
    return this.ticks % 2 === 1;
  }
}
