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
        // Escaped ('\\#') and encoded ('&#35;') characters are text, never the start of a tag.
        run += type === 'text_special' ? ESCAPED.repeat(child.content.length) : child.content;
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
  for (let at = run.indexOf('#'); at >= 0; at = run.indexOf('#', at + 1)) {
    if (at === 0 ? blocked : !isSpace(run[at - 1]) && !OPENERS.has(run[at - 1])) continue;
    const name = tagNameAt(run, at + 1);
    if (!name) continue;
    names.push(name);
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

/** The tag name starting at `start` (letters, marks, digits, _ - /, at least one letter), trailing -/_ dropped. */
export function tagNameAt(text: string, start: number): string {
  let end = start;
  let letters = false;
  let ascii = true;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) letters = true;
    else if (code >= 0x80) {
      const ch = String.fromCodePoint(text.codePointAt(end)!);
      if (!NAME_CHAR.test(ch)) break;
      if (LETTER.test(ch)) letters = true;
      ascii = false;
      end += ch.length;
      continue;
    } else if (!((code >= 48 && code <= 57) || code === 95 || code === 45 || code === 47)) break;
    end++;
  }
  while (end > start && '-/_'.includes(text[end - 1])) end--;
  const name = text.slice(start, end);
  if (!letters || !name) return '';
  return ascii ? name : name.normalize('NFC');
}

const NAME_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const CLOSERS = '.,;:!?)';

function fold(text: string): string {
  const loose = text.includes('  ') || text.includes('\t') || text.includes('\n') || text.includes('\u00a0');
  return (loose ? text.replace(/\s+/g, ' ') : text).trim();
}
