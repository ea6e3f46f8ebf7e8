// Places tags in the source from where they stand in a block's inline content. markdown-it builds a
// paragraph's (or an ATX heading's) content from its source lines with each line's container prefix
// (indent, '>' markers, a list marker) taken off and the whole trimmed, so every content line ends its
// source line, the last one before its trailing blanks. Where a line does not fit that (a tab expanded
// into spaces, a NUL replaced, a heading's closing '#'s, a setext underline) the parser searches the
// source instead (sourceLocator.ts).
import { SourceText } from './sourceText';

/**
 * The 1-based line and column of each content offset (in increasing order), as one list of pairs (no
 * object per tag): line, column, line, column...; undefined when a line does not fit.
 */
export function placesInSource(source: SourceText, firstLine: number, lineCount: number, content: string, offsets: number[]): number[] | undefined {
  const places = new Array<number>(offsets.length * 2);
  let k = 0;
  let i = 0;
  let lineStart = 0;
  let lineEnd = lineEndAt(content, 0);
  let prefix: number | undefined;
  for (const offset of offsets) {
    while (lineEnd < offset) {
      lineStart = lineEnd + 1;
      lineEnd = lineEndAt(content, lineStart);
      k++;
      prefix = undefined;
    }
    if (k >= lineCount) return undefined;
    prefix ??= prefixOf(source, firstLine + k, content, lineStart, lineEnd, lineEnd === content.length && k === lineCount - 1);
    if (prefix < 0) return undefined;
    places[i++] = firstLine + k + 1;
    places[i++] = prefix + offset - lineStart;
  }
  return linesIn(content, lineCount) === lineCount ? places : undefined;
}

/** How many lines `content` has, counting no further than one past `most`. */
function linesIn(content: string, most: number): number {
  let lines = 1;
  for (let at = content.indexOf('\n'); at >= 0 && lines <= most; at = content.indexOf('\n', at + 1)) lines++;
  return lines;
}

function lineEndAt(content: string, from: number): number {
  const end = content.indexOf('\n', from);
  return end < 0 ? content.length : end;
}

/** Where content line [from, to) starts in its source line, or -1 when it is not that line's end. */
function prefixOf(source: SourceText, line: number, content: string, from: number, to: number, last: boolean): number {
  const { body } = source;
  const start = source.start(line);
  let end = source.end(line);
  // The content was trimmed: the last line's trailing blanks are not in it.
  if (last) while (end > start && /\s/.test(body[end - 1])) end--;
  const prefix = end - start - (to - from);
  if (prefix < 0) return -1;
  // Two slices compared with === (a native compare) cost a fraction of startsWith or a loop over the characters.
  const text = from === 0 && to === content.length ? content : content.slice(from, to);
  return body.slice(start + prefix, end) === text ? prefix : -1;
}
