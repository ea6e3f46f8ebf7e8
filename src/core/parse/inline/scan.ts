// The inline scanner: reads one block's inline text into the children the tag reader needs (text runs,
// escapes and entities, code spans, autolinks, inline HTML, links, images, emphasis, breaks), in place
// of markdown-it's full inline pass. It follows markdown-it's inline rules for exactly those constructs,
// so the tags and the visible text are what markdown-it would give; a property test holds it to that.
// Faster because it builds no tokens nobody reads (attributes, image children), dispatches on the
// character instead of trying every rule, and matches HTML and entities in place instead of on a copy
// of the rest of the text. The parser has a block read straight into the tag reader (readInlineSource):
// no children are built unless the block has emphasis, whose delimiters pair only at its end.
import type MarkdownIt from 'markdown-it';
import type { InlineChild, InlineEnv, InlineText } from './types';
import { balancePairs, Delimiter, emphasis, strikethrough } from './delimiters';
import { InlineReader, readInline } from './reader';


/** markdown-it's default nesting limit: deeper brackets are skipped to the end, as markdown-it does. */
const MAX_NESTING = 100;
/**
 * Characters the text rule stops at: those of markdown-it's isTerminatorChar that start one of the rules
 * read here, and ']' that ends a link's text. markdown-it stops at the others too ('#', '-', ':'...) only
 * to find no rule there and take the character as text, which is what running on does.
 */
const TEXT_STOPS = '\n!&*<[\\]_`~';
const TERMINATOR = new Uint8Array(128);
for (const ch of TEXT_STOPS) TERMINATOR[ch.charCodeAt(0)] = 1;
const TEXT_END = new RegExp(`[${TEXT_STOPS.replace(/[\\\]]/g, '\\$&')}]`, 'g');
/** Characters a backslash escapes; before any other it stays a backslash. */
const ESCAPABLE = new Uint8Array(256);
for (const ch of '\\!"#$%&\'()*+,./:;<=>?@[]^_`{|}~-') ESCAPABLE[ch.charCodeAt(0)] = 1;

// CommonMark's open and closing tags, as markdown-it's HTML_OPEN_CLOSE_TAG_RE (not exported), sticky.
const ATTRIBUTE = '(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"\'=<>`\\x00-\\x20]+|\'[^\']*\'|"[^"]*"))?)';
const OPEN_CLOSE_TAG = new RegExp(`<[A-Za-z][A-Za-z0-9\\-]*${ATTRIBUTE}*\\s*\\/?>|<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>`, 'y');
const DIGITAL_ENTITY = /&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));/iy;
const NAMED_ENTITY = /&([a-z][a-z0-9]{1,31});/iy;
const EMAIL = /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;
// eslint-disable-next-line no-control-regex
const AUTOLINK = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;

const LINE_TERMINATOR = /[\r\u2028\u2029]/;
const isSpace = (code: number) => code === 0x20 || code === 0x09;
/**
 * What markdown-it's validateLink can refuse after normalizeLink: a 'javascript:', 'vbscript:', 'file:' or
 * 'data:' start. Normalizing only percent-encodes and punycodes, never joins letters, so a destination
 * without one of these spelled out is valid, and the costly normalizing is left out.
 */
const MAYBE_REFUSED = /(?:script|file|data):/i;

/** Whether MAYBE_REFUSED may match: only after a ':' that follows 't', 'e' or 'a' (a look at each ':' costs less). */
function maybeRefused(url: string): boolean {
  for (let at = url.indexOf(':', 1); at >= 0; at = url.indexOf(':', at + 1)) {
    const before = url.charCodeAt(at - 1) | 0x20;
    if ((before === 0x74 || before === 0x65 || before === 0x61) && MAYBE_REFUSED.test(url)) return true;
  }
  return false;
}

/**
 * Where the silent scan from each position ends (markdown-it's state.cache), so every position is scanned
 * once. Blocks up to SHARED_SIZE share one, as scans never overlap (a fresh array per block weighed on the
 * garbage collector); entries of earlier scans are told apart by their generation, so clearing costs nothing.
 */
class SkipCache {
  private generation = 1;
  private readonly stamps: Int32Array;
  private readonly ends: Int32Array;

  constructor(size: number) {
    this.stamps = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  /** This cache emptied for a text of `size` positions, or a new one when it is too small. */
  static for(size: number): SkipCache {
    if (size > SHARED_SIZE) return new SkipCache(size);
    if (shared.generation === 0x7fffffff) shared = new SkipCache(SHARED_SIZE);
    shared.generation++;
    return shared;
  }

  /** The end cached for `pos`, or -1. */
  get(pos: number): number {
    return this.stamps[pos] === this.generation ? this.ends[pos] : -1;
  }

  set(pos: number, end: number): void {
    this.stamps[pos] = this.generation;
    this.ends[pos] = end;
  }
}

const SHARED_SIZE = 16384;
/** Stands for a link text's list of delimiters until it has one; never added to. */
const NO_DELIMITERS: Delimiter[] = Object.freeze([]) as unknown as Delimiter[];
let shared = new SkipCache(SHARED_SIZE);
/** The children while they go to a reader: none are kept. */
const NO_TOKENS: InlineChild[] = Object.freeze([]) as unknown as InlineChild[];

/**
 * One scanner reads every block in turn (scans never nest), reset for each: a new one per block, with its
 * lists, weighed on the garbage collector.
 */
let scanner: InlineScanner | undefined;

/** The inline children of `src` as markdown-it's inline pass would give them to the tag reader. */
export function scanInline(md: MarkdownIt, src: string, env: InlineEnv): InlineChild[] {
  // A line with no character a rule starts at is one text child: the search for one is the whole scan.
  TEXT_END.lastIndex = 0;
  if (!TEXT_END.test(src)) return src ? [child('text', src, 0)] : [];
  return scannerAt(md, src, env, undefined).finish();
}

/**
 * The tags and visible text of `src`, as readInline gives them from markdown-it's children. A block is
 * read straight through, its children handed to the reader as they are found and never built; at its
 * first emphasis or strikethrough delimiter it is read again into children, as those pair only once
 * the whole block is read.
 */
export function readInlineSource(md: MarkdownIt, src: string, env: InlineEnv): InlineText {
  // A reader per block: a young object, where writing each block's strings into a lasting one cost the garbage collector more.
  const reader = new InlineReader();
  TEXT_END.lastIndex = 0;
  if (!TEXT_END.test(src)) {
    if (src) reader.add('text', src, '', 0);
    return reader.result();
  }
  return scannerAt(md, src, env, reader).delimited ? readInline(scanInline(md, src, env)) : reader.result();
}

/** The scanner, having read `src` up to its end: into its children, or into `to`. */
function scannerAt(md: MarkdownIt, src: string, env: InlineEnv, to: InlineReader | undefined): InlineScanner {
  scanner ??= new InlineScanner();
  scanner.reset(md, src, env, to);
  // The text before the first character a rule starts at (TEXT_END's last match) is read as the text rule would.
  scanner.startAt(TEXT_END.lastIndex - 1);
  scanner.tokenize();
  return scanner;
}

class InlineScanner {
  private md!: MarkdownIt;
  private src = '';
  private env: InlineEnv = {};
  private pos = 0;
  /** Where the text being read ends: the whole block, or a link's text while it is read. */
  private posMax = 0;
  private tokens: InlineChild[] = [];
  /** Where the children go when they are not kept: straight to the tag reader. */
  private reader: InlineReader | undefined;
  /**
   * The text not yet pushed, as the source range [pendingStart, pendingEnd): what markdown-it appends to its
   * pending text always continues it (every other advance pushes a child first), so no string is built.
   */
  private pendingStart = 0;
  private pendingEnd = 0;
  /** Nesting of open links and rule calls, as markdown-it counts it for its limit. */
  private level = 0;
  /** The delimiters outside any link text, kept from block to block and emptied. */
  private readonly outerDelimiters: Delimiter[] = [];
  private delimiters = this.outerDelimiters;
  private readonly delimiterLists: Delimiter[][] = [this.outerDelimiters];
  /** The delimiters outside the link text being read, restored when it ends. */
  private readonly delimiterStack: Delimiter[][] = [];
  /** The last start of a backtick run of each length, once the whole text was searched (markdown-it's backticks cache). */
  private backticks: Map<number, number> | undefined;
  private skipCache = shared;
  private backticksScanned = false;
  private skipHtmlSpecial = false;
  /** Reading into a reader, it met a delimiter and stopped: the block must be read into children. */
  delimited = false;

  /** Ready to read `src`: nothing of the block before is left. */
  reset(md: MarkdownIt, src: string, env: InlineEnv, reader: InlineReader | undefined): void {
    this.md = md;
    this.reader = reader;
    this.src = src;
    this.env = env;
    this.pos = this.pendingStart = this.pendingEnd = this.level = 0;
    this.posMax = src.length;
    this.tokens = reader ? NO_TOKENS : [];
    // Emptied only when not empty: setting a length is a call into the engine, and most blocks have none.
    if (this.outerDelimiters.length) this.outerDelimiters.length = 0;
    this.delimiters = this.outerDelimiters;
    if (this.delimiterLists.length > 1) this.delimiterLists.length = 1;
    this.delimiterStack.length &&= 0;
    this.backticks = undefined;
    this.backticksScanned = this.skipHtmlSpecial = this.delimited = false;
    this.skipCache = SkipCache.for(src.length + 1);
  }

  /** Starts after the text up to `pos`, the first character a rule starts at. */
  startAt(pos: number): void {
    if (pos > 0) this.addPending(0, pos);
    this.pos = pos;
  }

  tokenize(): void {
    const end = this.posMax;
    while (this.pos < end && !this.delimited) {
      if (this.level < MAX_NESTING && this.rule(false)) {
        if (this.pos >= end) break;
        continue;
      }
      this.addPending(this.pos, ++this.pos);
    }
    if (this.pendingEnd > this.pendingStart) this.pushPending();
  }

  finish(): InlineChild[] {
    // Most blocks have no '*', '_' or '~~': their empty lists need no pairing (nor its tables).
    const lists = this.delimiterLists;
    if (lists.length > 1 || this.outerDelimiters.length) {
      for (const list of lists) if (list.length) balancePairs(list);
      for (const list of lists) if (list.length) strikethrough(this.tokens, list);
      for (const list of lists) if (list.length) emphasis(this.tokens, list);
    }
    return joinText(this.tokens);
  }

  /** The rule for the character at pos, as markdown-it tries its rules in order; false when none applies. */
  private rule(silent: boolean): boolean {
    const code = this.src.charCodeAt(this.pos);
    if (code >= 128 || !TERMINATOR[code]) return this.text(silent);
    switch (code) {
      case 0x0a: return this.newline(silent);
      case 0x5c: return this.escape(silent);
      case 0x60: return this.backtick(silent);
      case 0x7e: return !silent && (this.reader ? this.stop() : this.strike());
      case 0x2a: case 0x5f: return !silent && (this.reader ? this.stop() : this.emphasisRun(code));
      case 0x5b: return this.link(silent);
      case 0x21: return this.image(silent);
      case 0x3c: return this.autolink(silent) || this.html(silent);
      case 0x26: return this.entity(silent);
      default: return false;
    }
  }

  /** Stops reading into the reader: the rest of the block is not read. */
  private stop(): boolean {
    this.delimited = true;
    this.pos = this.posMax;
    return true;
  }

  /** markdown-it's skipToken: moves past the construct at pos without producing children. */
  private skipToken(): void {
    const start = this.pos;
    const cached = this.skipCache.get(start);
    if (cached >= 0) {
      this.pos = cached;
      return;
    }
    let ok = false;
    if (this.level < MAX_NESTING) {
      this.level++;
      ok = this.rule(true);
      this.level--;
    } else this.pos = this.posMax;
    if (!ok) this.pos++;
    this.skipCache.set(start, this.pos);
  }

  private addPending(from: number, to: number): void {
    if (this.pendingEnd === this.pendingStart) this.pendingStart = from;
    this.pendingEnd = to;
  }

  private pushPending(): void {
    const { pendingStart: start, pendingEnd: end } = this;
    this.pendingStart = this.pendingEnd = 0;
    this.add('text', this.src.slice(start, end), '', '', start);
  }

  /** A child after the pending text; `info` and `markup` as markdown-it sets them, `pos` for text read from src. */
  private push(type: string, content: string, info = '', markup = '', pos?: number): void {
    if (this.pendingEnd > this.pendingStart) this.pushPending();
    this.add(type, content, info, markup, pos);
  }

  private add(type: string, content: string, info: string, markup: string, pos: number | undefined): void {
    if (this.reader) this.reader.add(type, content, markup, pos);
    else this.tokens.push(pos === undefined ? { type, content, info, markup } : { type, content, info, markup, pos });
  }

  /** A link's opening: what follows, up to its closing, nests one level deeper with delimiters of its own. */
  private open(info = '', markup = ''): void {
    this.push('link_open', '', info, markup);
    this.level++;
    this.delimiterStack.push(this.delimiters);
    // Its own list comes with its first delimiter: most link texts have none.
    this.delimiters = NO_DELIMITERS;
  }

  private close(info = '', markup = ''): void {
    if (this.pendingEnd > this.pendingStart) this.pushPending();
    this.level--;
    this.delimiters = this.delimiterStack.pop()!;
    this.add('link_close', '', info, markup, undefined);
  }

  /** The delimiters of the text being read, a list of its own from the first one. */
  private delimiterList(): Delimiter[] {
    if (this.delimiters === NO_DELIMITERS) this.delimiterLists.push((this.delimiters = []));
    return this.delimiters;
  }

  private text(silent: boolean): boolean {
    // A regular expression finds the next terminator faster than a loop over the characters, and test()
    // leaves it in lastIndex without building a match.
    TEXT_END.lastIndex = this.pos;
    const pos = TEXT_END.test(this.src) ? Math.min(TEXT_END.lastIndex - 1, this.posMax) : this.posMax;
    if (pos === this.pos) return false;
    if (!silent) this.addPending(this.pos, pos);
    this.pos = pos;
    return true;
  }

  private newline(silent: boolean): boolean {
    if (!silent) {
      // Spaces before the line end go: two or more make a hard break.
      const { src, pendingStart: start } = this;
      const last = this.pendingEnd - 1;
      if (last >= start && src.charCodeAt(last) === 0x20) {
        if (last >= start + 1 && src.charCodeAt(last - 1) === 0x20) {
          let ws = last - 1;
          while (ws >= start + 1 && src.charCodeAt(ws - 1) === 0x20) ws--;
          this.pendingEnd = ws;
          this.push('hardbreak', '');
        } else {
          this.pendingEnd = last;
          this.push('softbreak', '');
        }
      } else this.push('softbreak', '');
    }
    this.pos = this.skipSpaces(this.pos + 1, isSpace);
    return true;
  }

  private escape(silent: boolean): boolean {
    let pos = this.pos + 1;
    if (pos >= this.posMax) return false;
    const code = this.src.charCodeAt(pos);
    if (code === 0x0a) {
      if (!silent) this.push('hardbreak', '');
      this.pos = this.skipSpaces(pos + 1, isSpace);
      return true;
    }
    if (code === 0x20) {
      if (!silent) this.push('text_special', '\\', 'escape', '\\');
      this.pos = pos;
      return true;
    }
    let escaped = this.src[pos];
    if (code >= 0xd800 && code <= 0xdbff && pos + 1 < this.posMax) {
      const low = this.src.charCodeAt(pos + 1);
      if (low >= 0xdc00 && low <= 0xdfff) escaped += this.src[++pos];
    }
    if (!silent) this.push('text_special', code < 256 && ESCAPABLE[code] ? escaped : '\\' + escaped, 'escape', '\\' + escaped);
    this.pos = pos + 1;
    return true;
  }

  /** A code span, or the backtick run as text when no run of the same length closes it. */
  private backtick(silent: boolean): boolean {
    const start = this.pos;
    const max = this.posMax;
    let pos = start + 1;
    while (pos < max && this.src.charCodeAt(pos) === 0x60) pos++;
    const length = pos - start;
    if (this.backticksScanned && (this.backticks?.get(length) ?? 0) <= start) {
      if (!silent) this.addPending(start, pos);
      this.pos = pos;
      return true;
    }
    let matchEnd = pos;
    let matchStart;
    while ((matchStart = this.src.indexOf('`', matchEnd)) !== -1) {
      matchEnd = matchStart + 1;
      while (matchEnd < max && this.src.charCodeAt(matchEnd) === 0x60) matchEnd++;
      if (matchEnd - matchStart === length) {
        if (!silent) {
          this.push('code_inline', codeContent(this.src.slice(pos, matchStart)), '', this.src.slice(start, pos));
        }
        this.pos = matchEnd;
        return true;
      }
      (this.backticks ??= new Map()).set(matchEnd - matchStart, matchStart);
    }
    this.backticksScanned = true;
    if (!silent) this.addPending(start, pos);
    this.pos = pos;
    return true;
  }

  private strike(): boolean {
    const scanned = this.scanDelims(this.pos, true);
    let length = scanned.length;
    if (length < 2) return false;
    if (length % 2) {
      this.push('text', '~', '', '', this.pos);
      length--;
    }
    for (let i = 0; i < length; i += 2) {
      this.push('text', '~~', '', '', this.pos + scanned.length - length + i);
      this.delimiterList().push({ marker: 0x7e, length: 0, token: this.tokens.length - 1, end: -1, open: scanned.canOpen, close: scanned.canClose });
    }
    this.pos += scanned.length;
    return true;
  }

  private emphasisRun(marker: number): boolean {
    const scanned = this.scanDelims(this.pos, marker === 0x2a);
    const ch = String.fromCharCode(marker);
    for (let i = 0; i < scanned.length; i++) {
      this.push('text', ch, '', '', this.pos + i);
      this.delimiterList().push({ marker, length: scanned.length, token: this.tokens.length - 1, end: -1, open: scanned.canOpen, close: scanned.canClose });
    }
    this.pos += scanned.length;
    return true;
  }

  /** Whether the delimiter run at `start` can open and/or close (CommonMark's flanking rules). */
  private scanDelims(start: number, canSplitWord: boolean): { canOpen: boolean; canClose: boolean; length: number } {
    const { src, posMax: max } = this;
    const marker = src.charCodeAt(start);
    const lastChar = start === 0 ? 0x20 : codePointBefore(src, start);
    let pos = start;
    while (pos < max && src.charCodeAt(pos) === marker) pos++;
    const nextChar = pos < max ? codePointAt(src, pos) : 0x20;
    const { utils } = this.md;
    const lastPunct = utils.isMdAsciiPunct(lastChar) || utils.isPunctChar(String.fromCodePoint(lastChar));
    const nextPunct = utils.isMdAsciiPunct(nextChar) || utils.isPunctChar(String.fromCodePoint(nextChar));
    const lastWhite = utils.isWhiteSpace(lastChar);
    const nextWhite = utils.isWhiteSpace(nextChar);
    const left = !nextWhite && (!nextPunct || lastWhite || lastPunct);
    const right = !lastWhite && (!lastPunct || nextWhite || nextPunct);
    return { canOpen: left && (canSplitWord || !right || lastPunct), canClose: right && (canSplitWord || !left || nextPunct), length: pos - start };
  }

  /** Where the link text opening at `start` ends (its ']'), or -1: markdown-it's parseLinkLabel. */
  private linkLabel(start: number, disableNested: boolean): number {
    const max = this.posMax;
    const oldPos = this.pos;
    this.pos = start + 1;
    let level = 1;
    let found = false;
    while (this.pos < max) {
      const marker = this.src.charCodeAt(this.pos);
      if (marker === 0x5d && --level === 0) {
        found = true;
        break;
      }
      const prevPos = this.pos;
      this.skipToken();
      if (marker === 0x5b) {
        if (prevPos === this.pos - 1) level++;
        else if (disableNested) {
          this.pos = oldPos;
          return -1;
        }
      }
    }
    const labelEnd = found ? this.pos : -1;
    this.pos = oldPos;
    return labelEnd;
  }

  private skipWhitespace(pos: number): number {
    return this.skipSpaces(pos, (code) => isSpace(code) || code === 0x0a);
  }

  private skipSpaces(pos: number, skip: (code: number) => boolean): number {
    while (pos < this.posMax && skip(this.src.charCodeAt(pos))) pos++;
    return pos;
  }

  /**
   * After the link text ending at `labelEnd`: the end of '(dest "title")' and whether it closed, or
   * null when the text ends inside it; the destination and title are never read for tags.
   */
  private inlineTarget(labelEnd: number, isImage: boolean): { pos: number; closed: boolean } | null {
    const max = this.posMax;
    const { helpers } = this.md;
    let pos = this.skipWhitespace(labelEnd + 2);
    if (pos >= max) return null;
    const destinationEnd = linkDestinationEnd(this.src, pos, max);
    // markdown-it reads a title after a destination only; an image reads one after a rejected one too.
    if (destinationEnd >= 0 || isImage) {
      if (destinationEnd >= 0 && this.validDestination(pos, destinationEnd)) pos = destinationEnd;
      const start = pos;
      pos = this.skipWhitespace(pos);
      // A title counts only after whitespace: without any, markdown-it's reading of one is thrown away.
      if (pos < max && start !== pos) {
        const title = helpers.parseLinkTitle(this.src, pos, max);
        if (title.ok) pos = this.skipWhitespace(title.pos);
      }
    }
    return { pos: pos + 1, closed: pos < max && this.src.charCodeAt(pos) === 0x29 };
  }

  /** After `[text]`: the end of a reference ('[ref]', '[]' or none) that names a definition, else -1. */
  private reference(labelStart: number, labelEnd: number, from: number): number {
    const { references } = this.env;
    if (references === undefined) return -1;
    let pos = from;
    let label = '';
    if (pos < this.posMax && this.src.charCodeAt(pos) === 0x5b) {
      const start = pos + 1;
      pos = this.linkLabel(pos, false);
      if (pos >= 0) label = this.src.slice(start, pos++);
      else pos = labelEnd + 1;
    } else pos = labelEnd + 1;
    if (!label) label = this.src.slice(labelStart, labelEnd);
    return references[this.md.utils.normalizeReference(label)] ? pos : -1;
  }

  private link(silent: boolean): boolean {
    const max = this.posMax;
    const labelStart = this.pos + 1;
    const labelEnd = this.linkLabel(this.pos, true);
    if (labelEnd < 0) return false;
    let pos = labelEnd + 1;
    let parseReference = true;
    if (pos < max && this.src.charCodeAt(pos) === 0x28) {
      const target = this.inlineTarget(labelEnd, false);
      if (!target) return false;
      parseReference = !target.closed;
      pos = target.pos;
    }
    if (parseReference) {
      pos = this.reference(labelStart, labelEnd, pos);
      if (pos < 0) return false;
    }
    if (!silent) {
      // The link text is read like any text; only its delimiters pair among themselves.
      this.pos = labelStart;
      this.posMax = labelEnd;
      this.open();
      this.tokenize();
      this.close();
    }
    this.pos = pos;
    this.posMax = max;
    return true;
  }

  private image(silent: boolean): boolean {
    if (this.src.charCodeAt(this.pos + 1) !== 0x5b) return false;
    const max = this.posMax;
    const labelStart = this.pos + 2;
    const labelEnd = this.linkLabel(this.pos + 1, false);
    if (labelEnd < 0) return false;
    let pos = labelEnd + 1;
    if (pos < max && this.src.charCodeAt(pos) === 0x28) {
      const target = this.inlineTarget(labelEnd, true);
      if (!target?.closed) return false;
      pos = target.pos;
    } else {
      pos = this.reference(labelStart, labelEnd, pos);
      if (pos < 0) return false;
    }
    // The tag reader takes an image's alt source as text and blocks a tag after it.
    if (!silent) this.push('image', this.src.slice(labelStart, labelEnd));
    this.pos = pos;
    this.posMax = max;
    return true;
  }

  private autolink(silent: boolean): boolean {
    const start = this.pos;
    const max = this.posMax;
    let pos = start;
    for (;;) {
      if (++pos >= max) return false;
      const code = this.src.charCodeAt(pos);
      if (code === 0x3c) return false;
      if (code === 0x3e) break;
    }
    const url = this.src.slice(start + 1, pos);
    const isUrl = AUTOLINK.test(url);
    if (!isUrl && !EMAIL.test(url)) return false;
    if (!this.validLink(isUrl ? url : 'mailto:' + url)) return false;
    if (!silent) {
      this.open('auto', 'autolink');
      this.push('text', this.md.normalizeLinkText(url));
      this.close('auto', 'autolink');
    }
    this.pos = pos + 1;
    return true;
  }

  /** Whether the destination src[start, end) is one markdown-it keeps; unescaped only when it has an escape or entity. */
  private validDestination(start: number, end: number): boolean {
    const raw = this.src.charCodeAt(start) === 0x3c ? this.src.slice(start + 1, end - 1) : this.src.slice(start, end);
    return this.validLink(raw.includes('\\') || raw.includes('&') ? this.md.utils.unescapeAll(raw) : raw);
  }

  private validLink(url: string): boolean {
    return !maybeRefused(url) || this.md.validateLink(this.md.normalizeLink(url));
  }

  private html(silent: boolean): boolean {
    const pos = this.pos;
    if (pos + 2 >= this.posMax) return false;
    const code = this.src.charCodeAt(pos + 1);
    let end: number;
    if (code === 0x21 || code === 0x3f) end = this.htmlSpecial(pos);
    else if (code === 0x2f || isLetter(code)) {
      OPEN_CLOSE_TAG.lastIndex = pos;
      end = OPEN_CLOSE_TAG.test(this.src) ? OPEN_CLOSE_TAG.lastIndex : -1;
    } else return false;
    if (end < 0) return false;
    if (!silent) this.push('html_inline', this.src.slice(pos, end));
    this.pos = end;
    return true;
  }

  /** Comments, processing instructions, declarations and CDATA: their end, or -1. */
  private htmlSpecial(pos: number): number {
    const src = this.src;
    let start: number;
    let terminator: string;
    if (src.startsWith('<!--', pos)) {
      if (src.startsWith('>', pos + 4)) return pos + 5;
      if (src.startsWith('->', pos + 4)) return pos + 6;
      start = pos + 4;
      terminator = '-->';
    } else if (src.startsWith('<![CDATA[', pos)) {
      start = pos + 9;
      terminator = ']]>';
    } else if (src.charCodeAt(pos + 1) === 0x3f) {
      start = pos + 2;
      terminator = '?>';
    } else if (isLetter(src.charCodeAt(pos + 2))) {
      start = pos + 3;
      terminator = '>';
    } else return -1;
    // Once one kind is unterminated, markdown-it stops looking for any (a later one would not end either).
    if (this.skipHtmlSpecial) return -1;
    const end = src.indexOf(terminator, start);
    if (end < 0) {
      this.skipHtmlSpecial = true;
      return -1;
    }
    return end + terminator.length;
  }

  private entity(silent: boolean): boolean {
    const pos = this.pos;
    if (pos + 1 >= this.posMax) return false;
    const { utils } = this.md;
    if (this.src.charCodeAt(pos + 1) === 0x23) {
      DIGITAL_ENTITY.lastIndex = pos;
      const match = DIGITAL_ENTITY.exec(this.src);
      if (!match) return false;
      if (!silent) {
        const value = match[1][0].toLowerCase() === 'x' ? parseInt(match[1].slice(1), 16) : parseInt(match[1], 10);
        this.push('text_special', utils.fromCodePoint(utils.isValidEntityCode(value) ? value : 0xfffd), 'entity', match[0]);
      }
      this.pos += match[0].length;
      return true;
    }
    NAMED_ENTITY.lastIndex = pos;
    const match = NAMED_ENTITY.exec(this.src);
    if (!match) return false;
    // markdown-it's own entity table (utils.unescapeAll decodes with it), so no second copy is bundled.
    const decoded = this.md.utils.unescapeAll(match[0]);
    if (decoded === match[0]) return false;
    if (!silent) this.push('text_special', decoded, 'entity', match[0]);
    this.pos += match[0].length;
    return true;
  }
}

/**
 * Where the link destination at `start` ends, or -1 when there is none: markdown-it's parseLinkDestination
 * without building its result, as the destination is never read for tags.
 */
function linkDestinationEnd(src: string, start: number, max: number): number {
  let pos = start;
  if (src.charCodeAt(pos) === 0x3c) {
    for (pos++; pos < max; pos++) {
      const code = src.charCodeAt(pos);
      if (code === 0x0a || code === 0x3c) return -1;
      if (code === 0x3e) return pos + 1;
      if (code === 0x5c && pos + 1 < max) pos++;
    }
    return -1;
  }
  let level = 0;
  for (; pos < max; pos++) {
    const code = src.charCodeAt(pos);
    if (code <= 0x20 || code === 0x7f) break;
    if (code === 0x5c && pos + 1 < max) {
      if (src.charCodeAt(pos + 1) !== 0x20) pos++;
    } else if (code === 0x28) {
      if (++level > 32) return -1;
    } else if (code === 0x29) {
      if (level === 0) break;
      level--;
    }
  }
  return start === pos || level !== 0 ? -1 : pos;
}

/** Adjacent text children as one, as markdown-it's fragments_join leaves them. */
function joinText(tokens: InlineChild[]): InlineChild[] {
  let last = 0;
  for (let curr = 0; curr < tokens.length; curr++) {
    const token = tokens[curr];
    if (token.type === 'text' && curr + 1 < tokens.length && tokens[curr + 1].type === 'text') {
      const next = tokens[curr + 1];
      const adjacent = token.pos !== undefined && token.pos + token.content.length === next.pos;
      tokens[curr + 1] = child('text', token.content + next.content, adjacent ? token.pos : undefined);
    } else tokens[last++] = token;
  }
  // Set only when shorter: setting an array's length is a call into the engine, and most blocks join nothing.
  if (last < tokens.length) tokens.length = last;
  return tokens;
}

/**
 * A code span's text as markdown-it gives it (`.replace(/\n/g, ' ').replace(/^ (.+) $/, '$1')`) without
 * building strings for the common span: line breaks as spaces, one space off each end when both have one.
 */
function codeContent(raw: string): string {
  const text = raw.includes('\n') ? raw.replace(/\n/g, ' ') : raw;
  const last = text.length - 1;
  if (last < 2 || text.charCodeAt(0) !== 0x20 || text.charCodeAt(last) !== 0x20) return text;
  // '.' matches no other line terminator: markdown-it keeps such a span as it is.
  return LINE_TERMINATOR.test(text) ? text : text.slice(1, last);
}

function child(type: string, content: string, pos?: number): InlineChild {
  return pos === undefined ? { type, content, info: '', markup: '' } : { type, content, info: '', markup: '', pos };
}

function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** The code point ending at `end`, U+FFFD for a lone surrogate (as markdown-it's scanDelims reads it). */
function codePointBefore(src: string, end: number): number {
  const code = src.charCodeAt(end - 1);
  if ((code & 0xfc00) === 0xdc00) {
    const high = end >= 2 ? src.charCodeAt(end - 2) : 0;
    return (high & 0xfc00) === 0xd800 ? 0x10000 + ((high - 0xd800) << 10) + (code - 0xdc00) : 0xfffd;
  }
  return (code & 0xfc00) === 0xd800 ? 0xfffd : code;
}

function codePointAt(src: string, pos: number): number {
  const code = src.charCodeAt(pos);
  if ((code & 0xfc00) === 0xd800) {
    const low = src.charCodeAt(pos + 1);
    return (low & 0xfc00) === 0xdc00 ? 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00) : 0xfffd;
  }
  return (code & 0xfc00) === 0xdc00 ? 0xfffd : code;
}
