// The inline children of a block, read by the inline scanner only for the blocks the parser reads (a line
// without any character a rule starts at is one text child: scanInline's first search tells).
import type MarkdownIt from 'markdown-it';
import { InlineEnv, scanInline } from './inlineScan';

type Token = ReturnType<MarkdownIt['parse']>[number];

/** The fields of an inline child that the tag reader uses. */
export type InlineChild = Pick<Token, 'type' | 'content' | 'info' | 'markup'> & {
  /** For a text child the inline scanner read: where its content starts in the block's inline content. */
  pos?: number;
};

/**
 * The last token scanned and its children: the parser reads a block up to three times in a row (tags,
 * text, a leading party), and a one-entry cache costs nothing to keep, where a WeakMap of every block
 * weighed on the garbage collector.
 */
let last: { token: Token; children: InlineChild[] } | undefined;

/** The inline children of an inline token, scanning it on first use. */
export function inlineChildren(md: MarkdownIt, token: Token, env: InlineEnv): InlineChild[] {
  if (last?.token !== token) last = { token, children: scanInline(md, token.content, env) };
  return last.children;
}
