// Reads one markdown-it inline token: the tag names in its text runs and its visible text without them,
// in a single pass. Only text runs are scanned, so code spans, HTML and autolinks never yield tags.
import type MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];

export interface InlineText {
  /** Tag names as written after '#', NFC, in order. */
  names: string[];
  /** Visible text without the tags, whitespace folded. */
  text: string;
}

/** Stands in for an escaped character in the scanned run: it is no whitespace, so it blocks a tag. */
const ESCAPED = '\u0001';
const TAG = /#([\p{L}\p{M}\p{N}_\-/]+)/gu;
const HAS_LETTER = /\p{L}/u;
/** Characters after which a '#' starts a tag, besides whitespace. */
export const OPENERS = new Set(['(', '[', '{', '"', '\'', '“', '‘', '«', '„', '*', '_', '~']);
/** Tokens after which a new text run starts, so a '#' right after them starts a tag. */
const RUN_BREAKERS = new Set(['softbreak', 'hardbreak', 'em_open', 'em_close', 'strong_open', 'strong_close', 's_open', 's_close', 'link_open']);

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0' || (ch > '\u007f' && /\s/.test(ch));
}

export function readInline(children: Token[]): InlineText {
  const names: string[] = [];
  let text = '';
  let run = '';
  let shown = '';
  let blocked = false;
  let autolink = false;
  const flush = () => {
    text += run.includes('#') ? cutTags(run, shown, blocked, names) : shown;
    run = shown = '';
  };
  for (const child of children) {
    const type = child.type;
    if (type === 'text' || type === 'text_special') {
      if (autolink) text += child.content;
      else {
        run += type === 'text_special' && child.info === 'escape' ? ESCAPED.repeat(child.content.length) : child.content;
        shown += child.content;
      }
    } else if (RUN_BREAKERS.has(type) && child.markup !== 'autolink') {
      flush();
      blocked = false;
      if (type === 'softbreak' || type === 'hardbreak') text += ' ';
    } else {
      // Code spans, HTML, images and autolinks end a run; a '#' right after them starts no tag.
      flush();
      blocked = true;
      if (type === 'link_open' || type === 'link_close') autolink = type === 'link_open';
      else if (type === 'code_inline' || type === 'image') text += child.content;
    }
  }
  flush();
  return { names, text: fold(text) };
}

function cutTags(run: string, shown: string, blocked: boolean, names: string[]): string {
  let out = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(run); m; m = TAG.exec(run)) {
    const at = m.index;
    const before = at === 0 ? '' : run[at - 1];
    if (at === 0 ? blocked : !isSpace(before) && !OPENERS.has(before)) continue;
    const name = m[1].replace(/[-/_]+$/, '');
    if (!HAS_LETTER.test(name)) continue;
    names.push(name.normalize('NFC'));
    out += shown.slice(last, at);
    last = at + 1 + name.length;
    // Leave no empty brackets or stray space where the tag was: 'koffie (#proces).' reads 'koffie.'
    if (out.endsWith('(') && shown[last] === ')') {
      out = out.slice(0, -1);
      last++;
    }
    const next = shown[last] ?? '';
    if (out.endsWith(' ') && (next === '' || next === ' ' || CLOSERS.includes(next))) out = out.slice(0, -1);
  }
  return out + shown.slice(last);
}

const CLOSERS = '.,;:!?)';

function fold(text: string): string {
  return (/\s\s|[\t\n\u00a0]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}
