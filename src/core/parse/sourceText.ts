// The notes text as lines without splitting it: line start offsets only, so a large file costs one
// array of numbers rather than a string per line. Line breaks are \n, \r\n or \r, as markdown-it reads them.

export class SourceText {
  /** The text without a leading byte order mark. */
  readonly body: string;
  private readonly bom: boolean;
  private readonly starts: number[] = [0];
  /** The last answer of nextBacktick: the first backtick at or after tickFrom is at tick (-1: none). */
  private tickFrom = 0;
  private tick = -2;

  constructor(text: string, starts?: number[]) {
    this.bom = text.charCodeAt(0) === 0xfeff;
    this.body = this.bom ? text.slice(1) : text;
    if (starts) {
      this.starts = starts;
      return;
    }
    const body = this.body;
    if (!body.includes('\r')) {
      for (let at = body.indexOf('\n'); at >= 0; at = body.indexOf('\n', at + 1)) this.starts.push(at + 1);
      return;
    }
    for (let i = 0; i < body.length; i++) {
      const code = body.charCodeAt(i);
      if (code === 13 && body.charCodeAt(i + 1) === 10) i++;
      if (code === 10 || code === 13) this.starts.push(i + 1);
    }
  }

  /**
   * The lines of `text`, which is `previous` with its lines [startLine, oldEndLine] replaced by lines
   * [startLine, newEndLine]: only those are scanned, the line starts after them are moved. Scans the whole
   * text when the edit does not fit (a byte order mark came or went, a line break was split).
   */
  static edited(previous: SourceText, text: string, startLine: number, oldEndLine: number, newEndLine: number): SourceText {
    const whole = () => new SourceText(text);
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (oldEndLine >= previous.lineCount || (body !== text) !== previous.bom) return whole();
    const from = previous.starts[startLine];
    // The edit starts after a whole line break: not between the CR and LF of one.
    if (from > 0 && body.charCodeAt(from - 1) === 13 && body.charCodeAt(from) === 10) return whole();
    const starts = previous.starts.slice(0, startLine + 1);
    for (let i = from; i < body.length && starts.length <= newEndLine + 1; i++) {
      const code = body.charCodeAt(i);
      if (code === 13 && body.charCodeAt(i + 1) === 10) i++;
      if (code === 10 || code === 13) starts.push(i + 1);
    }
    const shift = body.length - previous.body.length;
    if (oldEndLine + 1 === previous.lineCount) return starts.length === newEndLine + 1 ? new SourceText(text, starts) : whole();
    if (starts.length !== newEndLine + 2 || starts[newEndLine + 1] !== previous.starts[oldEndLine + 1] + shift) return whole();
    for (let line = oldEndLine + 2; line < previous.lineCount; line++) starts.push(previous.starts[line] + shift);
    return new SourceText(text, starts);
  }

  /**
   * The offset of the first backtick at or after `from`, or -1. The last answer is kept, so asking
   * again further on (as the walk does, block after block) costs nothing until that backtick is passed,
   * and reading a file forward stays linear even where no backtick follows.
   */
  nextBacktick(from: number): number {
    if (this.tick === -2 || from < this.tickFrom || (this.tick >= 0 && this.tick < from)) {
      this.tickFrom = from;
      this.tick = this.body.indexOf('`', from);
    }
    return this.tick;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of a line's first character (0-based line). */
  start(line: number): number {
    return this.starts[line];
  }

  /** Offset just past a line's last character, before its line break. */
  end(line: number): number {
    if (line + 1 >= this.starts.length) return this.body.length;
    const next = this.starts[line + 1];
    return this.body.charCodeAt(next - 1) === 10 && this.body.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  line(line: number): string {
    return this.body.slice(this.start(line), this.end(line));
  }
}
