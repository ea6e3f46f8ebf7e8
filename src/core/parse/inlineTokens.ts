// The inline children of a block, read by the inline scanner only for the blocks the parser reads and
// skipped for plain text: a line without any character that can open inline markup tokenizes to its own
// text, so we build those few tokens directly. Checked against markdown-it itself by property tests.
import type MarkdownIt from 'markdown-it';
import { InlineEnv, scanInline } from './inlineScan';

type Token = ReturnType<MarkdownIt['parse']>[number];

/** The fields of an inline child that the tag reader uses. */
export type InlineChild = Pick<Token, 'type' | 'content' | 'info' | 'markup'> & {
  /** For a text child the inline scanner read: where its content starts in the block's inline content. */
  pos?: number;
};

/** Characters that can start inline markup (image, entity, emphasis, link, escape, code, HTML, strike). */
const MARKUP = /[!&*_[\\`<~]/;

/**
 * The last token scanned and its children: the parser reads a block up to three times in a row (tags,
 * text, a leading party), and a one-entry cache costs nothing to keep, where a WeakMap of every block
 * weighed on the garbage collector.
 */
let last: { token: Token; children: InlineChild[] } | undefined;

/** The inline children of an inline token, scanning it on first use. */
export function inlineChildren(md: MarkdownIt, token: Token, env: InlineEnv): InlineChild[] {
  if (!MARKUP.test(token.content)) return plainChildren(token.content);
  if (last?.token !== token) last = { token, children: scanInline(md, token.content, env) };
  return last.children;
}

/** What markdown-it makes of text without markup: text runs, with soft or hard breaks between lines. */
export function plainChildren(content: string): InlineChild[] {
  if (!content.includes('\n')) return content ? [child('text', content)] : [];
  const children: InlineChild[] = [];
  const lines = content.split('\n');
  lines.forEach((line, i) => {
    let text = i > 0 ? line.replace(/^[ \t]+/, '') : line;
    let lineBreak = '';
    if (i < lines.length - 1) {
      const trailing = /( *)$/.exec(text)![1].length;
      lineBreak = trailing >= 2 ? 'hardbreak' : 'softbreak';
      if (trailing > 0) text = text.slice(0, trailing >= 2 ? -trailing : -1);
    }
    if (text) children.push(child('text', text));
    if (lineBreak) children.push(child(lineBreak, ''));
  });
  return children;
}

function child(type: string, content: string): InlineChild {
  return { type, content, info: '', markup: '' };
}
