// The notes text as lines without splitting it: line start offsets only, so a large file costs one
// array of numbers rather than a string per line. Line breaks are \n, \r\n or \r, as markdown-it reads them.

export class SourceText {
  /** The text without a leading byte order mark. */
  readonly body: string;
  private readonly starts: number[] = [0];

  constructor(text: string) {
    this.body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

  /** The text with its first `count` lines emptied, so markdown-it keeps the line numbers. */
  withBlankLines(count: number): string {
    return count >= this.starts.length ? '' : '\n'.repeat(count) + this.body.slice(this.starts[count]);
  }
}
