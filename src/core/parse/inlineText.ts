// Finds the tags in one markdown-it inline token and its visible text without them. Only text runs are
// scanned, so code spans, HTML and autolinks never yield tags. The parser and the preview plugin both
// use findTagSpans, so a chip in the preview is exactly a tag the parser counts.
import type { InlineChild } from './inlineTokens';

export interface InlineText {
  /** Tag names as written after '#', NFC, in order. */
  names: string[];
  /** Visible text without the tags, whitespace folded. */
  text: string;
  /**
   * Where each tag's '#' stands in the block's inline content, when the inline scanner read every text
   * child the tags are in: the parser then places them in the source without reading it again.
   */
  at?: number[];
  /** With `at`: each tag's length in the source, '#' included. */
  lengths?: number[];
}

/** A tag within one text child: its '#' at `from`, its end at `to` (exclusive), its name NFC. */
export interface TagSpan { child: number; from: number; to: number; name: string }

/** Stands in for an escaped or encoded character in the scanned run: no whitespace, so it blocks a tag. */
const ESCAPED = '\u0001';
/** Characters after which a '#' starts a tag, besides whitespace. */
const OPENERS = new Set(['(', '[', '{', '"', '\'', '“', '‘', '«', '„', '*', '_', '~']);
/** Tokens after which a new text run starts, so a '#' right after them starts a tag. */
const RUN_BREAKERS = new Set(['softbreak', 'hardbreak', 'em_open', 'em_close', 'strong_open', 'strong_close', 's_open', 's_close', 'link_open']);
const CLOSERS = '.,;:!?)';
/** Every run of whitespace made one space, as /\s+/g would, without replacing each single space by itself. */
const FOLD = /\s{2,}|[^\S ]/g;
const NAME_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0' || (ch > '\u007f' && /\s/.test(ch));
}

/** Whether a '#' preceded by `before` ('' at the start of a run) may start a tag. */
export function startsTag(before: string): boolean {
  return before === '' || isSpace(before) || OPENERS.has(before);
}

/**
 * Whether a block's inline content may hold a tag: some '#' stands where a tag can start. In the visible
 * text a '#' is preceded by the character before it in the source, or starts a run after a line break,
 * emphasis or a link's opening (whose source characters are blanks or openers), or is blocked; so
 * without such a '#' in the source there is no tag, whatever the markup ('memo#budget', '`#code`').
 */
export function mayHoldTag(content: string): boolean {
  for (let at = content.indexOf('#'); at >= 0; at = content.indexOf('#', at + 1)) {
    if (at === 0 || startsTag(content[at - 1])) return true;
  }
  return false;
}

export function readInline(children: InlineChild[]): InlineText {
  const spans = findTagSpans(children);
  // Built with +=: V8 keeps the pieces as a rope, flattened once by trim(), cheaper than an array's join.
  let text = '';
  let next = 0;
  for (let i = 0; i < children.length; i++) {
    const { type, content } = children[i];
    if (type === 'softbreak' || type === 'hardbreak') text += ' ';
    if (type !== 'text' && type !== 'text_special' && type !== 'code_inline' && type !== 'image') continue;
    let last = 0;
    for (; next < spans.length && spans[next].child === i; next++) {
      // The piece before the tag, content[last, end), loses what is dropped before it is added.
      let end = spans[next].from;
      let after = spans[next].to;
      // Leave no empty brackets or stray space where the tag was: 'koffie (#proces).' reads 'koffie.'
      if (lastChar(text, content, last, end) === '(' && content[after] === ')') {
        end > last ? end-- : (text = text.slice(0, -1));
        after++;
      }
      const following = content[after] ?? '';
      if (lastChar(text, content, last, end) === ' ' && (following === '' || following === ' ' || CLOSERS.includes(following))) {
        end > last ? end-- : (text = text.slice(0, -1));
      }
      if (end > last) text += content.slice(last, end);
      last = after;
    }
    text += last === 0 ? content : content.slice(last);
  }
  return reading(children, spans, text);
}

/** The last character of `text` followed by content[from, to). */
function lastChar(text: string, content: string, from: number, to: number): string {
  return to > from ? content[to - 1] : text.length ? text[text.length - 1] : '';
}

/** The names, visible text and, when every tag's child was placed, where the tags stand in the content. */
function reading(children: InlineChild[], spans: TagSpan[], joined: string): InlineText {
  // Checked once on the joined text: folding is rarely needed.
  const loose = joined.includes('  ') || joined.includes('\t') || joined.includes('\u00a0');
  const names = new Array<string>(spans.length);
  let at: number[] | undefined = spans.length ? new Array<number>(spans.length) : undefined;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    names[k] = span.name;
    const pos = children[span.child].pos;
    if (pos === undefined) at = undefined;
    else if (at) at[k] = pos + span.from;
  }
  const result: InlineText = { names, text: loose ? joined.replace(FOLD, ' ').trim() : joined.trim() };
  // A placed child's text is its stretch of the source, so a tag's length there is its length here.
  if (at) {
    result.at = at;
    result.lengths = spans.map((s) => s.to - s.from);
  }
  return result;
}

export function findTagSpans(children: InlineChild[]): TagSpan[] {
  const spans: TagSpan[] = [];
  // Most blocks are one line of plain text: one run, no bookkeeping.
  if (children.length === 1 && children[0].type === 'text') {
    if (children[0].content.includes('#')) collectSpans(children[0].content, false, NO_STARTS, spans, 0);
    return spans;
  }
  // A run is built as one string only when it spans several children (text beside an escape or entity).
  let run = '';
  let single = -1;
  let starts: { child: number; start: number }[] = [];
  let blocked = false;
  let autolink = false;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const type = child.type;
    if (type === 'text' || type === 'text_special') {
      if (autolink) continue;
      if (single < 0 && run === '' && !starts.length && type === 'text') {
        single = i;
        continue;
      }
      if (single >= 0) {
        starts.push({ child: single, start: 0 });
        run = children[single].content;
        single = -1;
      }
      if (type === 'text') starts.push({ child: i, start: run.length });
      // Escaped ('\#') and encoded ('&#35;') characters are text, never the start of a tag.
      run += type === 'text_special' ? ESCAPED.repeat(child.content.length) : child.content;
    } else {
      flushRun(children, single, run, starts, blocked, spans);
      run = '';
      single = -1;
      if (starts.length) starts = [];
      // Code spans, HTML, images and autolinks end a run; a '#' right after them starts no tag.
      blocked = !RUN_BREAKERS.has(type) || child.markup === 'autolink';
      if (blocked && (type === 'link_open' || type === 'link_close')) autolink = type === 'link_open';
    }
  }
  flushRun(children, single, run, starts, blocked, spans);
  return spans;
}

/** The tags of the run just ended: the one text child `single`, or the joined `run` of several. */
function flushRun(children: InlineChild[], single: number, run: string, starts: { child: number; start: number }[], blocked: boolean, spans: TagSpan[]): void {
  if (single >= 0) {
    const content = children[single].content;
    if (content.includes('#')) collectSpans(content, blocked, NO_STARTS, spans, single);
  } else if (run.includes('#')) collectSpans(run, blocked, starts, spans);
}

const NO_STARTS: readonly { child: number; start: number }[] = Object.freeze([]);

/** The tags of one run into `spans`: its text children start at `starts`, or it is the one child `single`. */
function collectSpans(run: string, blocked: boolean, starts: readonly { child: number; start: number }[], spans: TagSpan[], single = -1): void {
  let s = 0;
  for (let at = run.indexOf('#'); at >= 0; at = run.indexOf('#', at + 1)) {
    if (at === 0 ? blocked : !startsTag(run[at - 1])) continue;
    const end = tagEnd(run, at + 1);
    if (end < 0) continue;
    while (s + 1 < starts.length && starts[s + 1].start <= at) s++;
    const child = single >= 0 ? single : starts[s].child;
    const start = single >= 0 ? 0 : starts[s].start;
    const written = run.slice(at + 1, end);
    spans.push({ child, from: at - start, to: end - start, name: isAscii(written) ? written : written.normalize('NFC') });
  }
}

/**
 * Where the tag name starting at `start` ends: letters, marks, digits, _ - and /, with trailing - / _
 * dropped; -1 when it holds no letter.
 */
export function tagEnd(text: string, start: number): number {
  let end = start;
  let letters = false;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) letters = true;
    else if (code >= 0x80) {
      const ch = String.fromCodePoint(text.codePointAt(end)!);
      if (!NAME_CHAR.test(ch)) break;
      if (LETTER.test(ch)) letters = true;
      end += ch.length;
      continue;
    } else if (!((code >= 48 && code <= 57) || code === 95 || code === 45 || code === 47)) break;
    end++;
  }
  while (end > start && '-/_'.includes(text[end - 1])) end--;
  return letters && end > start ? end : -1;
}

/** Whether the text is ASCII only, so NFC leaves it as it is. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}
