// Finds the tags in one block's inline children and its visible text without them. Only text runs are
// scanned, so code spans, HTML and autolinks never yield tags. The parser and the preview plugin both
// read with InlineReader, so a chip in the preview is exactly a tag the parser counts.
import type { InlineChild, InlineText, TagSpan } from './types';



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

/** The reading of a list of children: markdown-it's, or the inline scanner's for a block with emphasis. */
export function readInline(children: InlineChild[]): InlineText {
  return fed(new InlineReader(), children).result();
}

/** The tags of a list of children, each within its child: the preview plugin splits them out as chips. */
export function findTagSpans(children: InlineChild[]): TagSpan[] {
  const reader = new InlineReader();
  reader.spans = [];
  fed(reader, children).result();
  return reader.spans;
}

function fed(reader: InlineReader, children: InlineChild[]): InlineReader {
  for (const { type, content, markup, pos } of children) reader.add(type, content, markup, pos);
  return reader;
}

/** A text or text_special child of a run of several: its content and where it starts in the run. */
interface RunPart { type: string; content: string; pos: number | undefined; child: number; start: number }

/** A block without tags has this shared empty list of names. */
const NO_NAMES = Object.freeze([]) as unknown as string[];
/**
 * The tags of the block being read, copied out at its end into lists of their exact length (a list that
 * grows by push takes room for 16 more): readers never overlap, one block is read to its end at a time.
 */
const NAMES: string[] = [];
const AT: number[] = [];
const LENGTHS: number[] = [];

/**
 * Reads one block's inline children as they come, in order: from a list, or straight from the inline
 * scanner, which then builds no children at all. A run of text (text children with the escapes and
 * entities between them) is read for tags when it ends; most runs are one text child, kept without a list.
 */
export class InlineReader {
  /** When set, each tag's span is collected too. */
  spans: TagSpan[] | undefined;
  /** How many tags are in the shared lists so far. */
  private tags = 0;
  /** Whether every tag so far stood in a child placed in the content. */
  private placed = true;
  /** The visible text so far, built with +=: V8 keeps the pieces as a rope, flattened once by trim(). */
  private text = '';
  private child = -1;
  /** Whether a '#' at the start of the run starts no tag: it follows a code span, HTML, an image or an autolink. */
  private blocked = false;
  private autolink = false;
  private single: string | undefined;
  private singlePos: number | undefined;
  private singleChild = 0;
  private parts: RunPart[] | undefined;
  private runLength = 0;

  add(type: string, content: string, markup: string, pos: number | undefined): void {
    const child = ++this.child;
    if (type === 'text' || type === 'text_special') {
      // An autolink's text is visible, never a tag.
      if (this.autolink) this.text += content;
      else if (this.single === undefined && this.parts === undefined && type === 'text') {
        this.single = content;
        this.singlePos = pos;
        this.singleChild = child;
      } else this.addPart({ type, content, pos, child, start: 0 });
      return;
    }
    this.flush();
    if (type === 'softbreak' || type === 'hardbreak') this.text += ' ';
    else if (type === 'code_inline' || type === 'image') this.text += content;
    // Code spans, HTML, images and autolinks end a run; a '#' right after them starts no tag.
    this.blocked = !RUN_BREAKERS.has(type) || markup === 'autolink';
    if (this.blocked && (type === 'link_open' || type === 'link_close')) this.autolink = type === 'link_open';
  }

  /** The names, the visible text and, when every tag's child was placed, where the tags stand in the content. */
  result(): InlineText {
    this.flush();
    // Trimmed first: trim() flattens the rope faster than a search in it. Folding is rarely needed, so checked once on the whole.
    const trimmed = this.text.trim();
    const loose = trimmed.includes('  ') || trimmed.includes('\t') || trimmed.includes('\u00a0');
    const n = this.tags;
    const result: InlineText = { names: n ? NAMES.slice(0, n) : NO_NAMES, text: loose ? trimmed.replace(FOLD, ' ') : trimmed };
    if (n && this.placed) {
      result.at = AT.slice(0, n);
      result.lengths = LENGTHS.slice(0, n);
    }
    return result;
  }

  private addPart(part: RunPart): void {
    if (this.parts === undefined) {
      this.parts = [];
      this.runLength = 0;
      if (this.single !== undefined) {
        this.parts.push({ type: 'text', content: this.single, pos: this.singlePos, child: this.singleChild, start: 0 });
        this.runLength = this.single.length;
        this.single = undefined;
      }
    }
    part.start = this.runLength;
    this.runLength += part.content.length;
    this.parts.push(part);
  }

  /** Reads the run that just ended. */
  private flush(): void {
    if (this.single !== undefined) {
      const content = this.single;
      this.single = undefined;
      this.readChild(content, this.singlePos, this.singleChild);
    } else if (this.parts !== undefined) {
      const parts = this.parts;
      this.parts = undefined;
      this.readRun(parts);
    }
  }

  /** A run of one text child: its tags found and left out of the text in one pass. */
  private readChild(content: string, pos: number | undefined, child: number): void {
    let last = 0;
    for (let at = content.indexOf('#'); at >= 0; at = content.indexOf('#', at + 1)) {
      const end = this.tagFrom(content, at);
      if (end < 0) continue;
      this.tag(child, pos, at, end, content.slice(at + 1, end));
      last = this.leaveOut(content, last, at, end);
    }
    this.text += last === 0 ? content : content.slice(last);
  }

  /** A run of several children, read for tags as one text: escaped and encoded characters block a tag. */
  private readRun(parts: RunPart[]): void {
    const run = parts.map((p) => (p.type === 'text' ? p.content : ESCAPED.repeat(p.content.length))).join('');
    const spans: { part: number; from: number; to: number }[] = [];
    let k = 0;
    for (let at = run.indexOf('#'); at >= 0; at = run.indexOf('#', at + 1)) {
      const end = this.tagFrom(run, at);
      if (end < 0) continue;
      while (k + 1 < parts.length && parts[k + 1].start <= at) k++;
      const { start, child, pos } = parts[k];
      this.tag(child, pos, at - start, end - start, run.slice(at + 1, end));
      spans.push({ part: k, from: at - start, to: end - start });
    }
    let next = 0;
    parts.forEach((part, i) => {
      if (part.type !== 'text') {
        this.text += part.content;
        return;
      }
      let last = 0;
      for (; next < spans.length && spans[next].part === i; next++) last = this.leaveOut(part.content, last, spans[next].from, spans[next].to);
      this.text += last === 0 ? part.content : part.content.slice(last);
    });
  }

  /** Where the tag whose '#' is text[at] ends, or -1 when that '#' starts none (what stands before it, or no letter after). */
  private tagFrom(text: string, at: number): number {
    if (at === 0 ? this.blocked : !startsTag(text[at - 1])) return -1;
    return tagEnd(text, at + 1);
  }

  private tag(child: number, pos: number | undefined, from: number, to: number, written: string): void {
    const name = isAscii(written) ? written : written.normalize('NFC');
    const k = this.tags++;
    NAMES[k] = name;
    // A placed child's text is its stretch of the source, so a tag's length there is its length here.
    LENGTHS[k] = to - from;
    if (pos === undefined) this.placed = false;
    else AT[k] = pos + from;
    this.spans?.push({ child, from, to, name });
  }

  /**
   * Adds content[last, from) to the text without the tag content[from, to) and where it leaves no empty
   * brackets or stray space ('koffie (#proces).' reads 'koffie.'); returns where the content goes on.
   */
  private leaveOut(content: string, last: number, from: number, to: number): number {
    let end = from;
    let after = to;
    if (lastChar(this.text, content, last, end) === '(' && content[after] === ')') {
      end > last ? end-- : (this.text = this.text.slice(0, -1));
      after++;
    }
    const following = content[after] ?? '';
    if (lastChar(this.text, content, last, end) === ' ' && (following === '' || following === ' ' || CLOSERS.includes(following))) {
      end > last ? end-- : (this.text = this.text.slice(0, -1));
    }
    if (end > last) this.text += content.slice(last, end);
    return after;
  }
}

/** The last character of `text` followed by content[from, to). */
function lastChar(text: string, content: string, from: number, to: number): string {
  return to > from ? content[to - 1] : text.length ? text[text.length - 1] : '';
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
