// What the parser reads of a block's inline content: its tags and visible text, read on first use for the
// blocks the parser reads (a line without any character a rule starts at is one text child).
import type MarkdownIt from 'markdown-it';
import { readInlineSource } from './scan';
import type { InlineEnv, InlineText } from './types';

type Token = ReturnType<MarkdownIt['parse']>[number];


/**
 * The last token read and its reading: the parser asks for a block up to three times in a row (tags,
 * text, a leading party), and a one-entry cache costs nothing to keep, where a WeakMap of every block
 * weighed on the garbage collector.
 */
let lastToken: Token | undefined;
let lastReading: InlineText | undefined;

/** The tags and visible text of an inline token, read on first use. */
export function inlineReading(md: MarkdownIt, token: Token, env: InlineEnv): InlineText {
  if (lastToken !== token || !lastReading) {
    // Read before either is set: a reading that threw leaves the cache as it was.
    const reading = readInlineSource(md, token.content, env);
    [lastToken, lastReading] = [token, reading];
  }
  return lastReading;
}
