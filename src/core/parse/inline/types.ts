// The shapes the inline reader's modules share, so none of them imports another for a type.
import type MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];

/** The fields of an inline child that the tag reader uses. */
export type InlineChild = Pick<Token, 'type' | 'content' | 'info' | 'markup'> & {
  /** For a text child the inline scanner read: where its content starts in the block's inline content. */
  pos?: number;
};

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

export interface Reference { href: string; title: string }
export interface InlineEnv { references?: Record<string, Reference> }
