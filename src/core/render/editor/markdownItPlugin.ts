// markdown-it plugin for VS Code's Markdown preview: tags become small chips, and a
// ```facilitator-overview fenced block shows the document's condition × phase matrix. While the facilitator
// presents to the room, blocks in a private scope are left out and the matrix counts only what partners may see.
// Markdown without tags must render exactly as without the plugin (tested on the CommonMark spec),
// so the plugin only ever replaces the text of a tag and the content of its own fence.
import type MarkdownIt from 'markdown-it';
import { escapeHtml } from '../shared/escape';
import { findTagSpans } from '../../parse/inline/reader';
import { compileVocabulary } from '../../vocabulary/lexicon';
import { summarizeSession } from '../../report/overview';
import { readGuarded } from '../../parse/guard';
import { BUILTIN_VOCABULARY, Dimension, Lang, Term, Vocabulary } from '../../vocabulary/vocabulary';
import { matrixTable } from '../overview/html';
import { termsOf } from '../../vocabulary/labels';
import { parseSession } from '../../parse/parser';
import { partnerView, privateRanges } from '../../report/audience';

type Token = ReturnType<MarkdownIt['parse']>[number];
type StateCore = Parameters<MarkdownIt['core']['process']>[0];

export const OVERVIEW_FENCE = 'facilitator-overview';
const TAG_TOKEN = 'facilitator_tag';

export interface PluginOptions {
  /** Read on every render with its env (which may name the document shown), so a changed team vocabulary applies at once. */
  vocabulary?: (env: unknown) => Vocabulary;
  /** The language of chips and matrix, read on every render with its env. */
  lang?: (env: unknown) => Lang;
  /** Read on every render: true while presenting to the room, when nothing private may be shown. */
  leaveOutPrivate?: () => boolean;
}

export function facilitatorNotesPlugin(md: MarkdownIt, options: PluginOptions = {}): void {
  const vocabulary = options.vocabulary ?? (() => BUILTIN_VOCABULARY);
  const lang = options.lang ?? (() => 'en' as Lang);
  const leaveOutPrivate = options.leaveOutPrivate ?? (() => false);
  const rule = (state: StateCore) => {
    const terms = vocabulary(state.env);
    if (leaveOutPrivate()) state.tokens = presentable(state, terms);
    try {
      markTags(state, terms);
    } catch {
      // A defect of ours must not break the preview: the text renders without chips (each token is replaced whole).
    }
  };
  // Before text_join, so escaped hashes ('\#') are still tokens of their own.
  if (md.core.ruler.getRules('').some((r) => r.name === 'text_join')) md.core.ruler.before('text_join', TAG_TOKEN, rule);
  else md.core.ruler.push(TAG_TOKEN, rule);

  // The title is written at render time: VS Code's preview names the document shown only in the render's env.
  md.renderer.rules[TAG_TOKEN] = (tokens, idx, _options, env) => {
    const token = tokens[idx];
    const known = token.meta as Known | null;
    const title = known && chipTitle(known, lang(env));
    return `<span class="${token.attrGet('class')}"${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(token.content)}</span>`;
  };

  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const token = tokens[idx];
    if (token.info.trim() !== OVERVIEW_FENCE) return fence ? fence(tokens, idx, opts, env, self) : self.renderToken(tokens, idx, opts);
    const terms = vocabulary(env);
    const { result: summary } = readGuarded(String(token.meta?.source ?? ''), { file: 'preview.md', vocabulary: terms }, (s) => summarizeSession(leaveOutPrivate() ? partnerView(s) : s, terms));
    return `<div class="facilitator-overview">${matrixTable(summary.matrix, lang(env), terms)}</div>\n`;
  };
}

/** What a shared screen may show; nothing when what is private cannot be told. */
function presentable(state: StateCore, vocabulary: Vocabulary): Token[] {
  try {
    return withoutPrivate(state.tokens, privateRanges(parseSession(state.src, { file: 'preview.md', vocabulary })));
  } catch {
    return [];
  }
}

/** The block tokens without those whose lines all lie in one private range, each with what it holds. */
function withoutPrivate(tokens: Token[], ranges: readonly [number, number][]): Token[] {
  if (ranges.length === 0) return tokens;
  const covered = ([from, to]: [number, number]) => ranges.some(([start, end]) => start <= from + 1 && to <= end);
  const kept: Token[] = [];
  let skipping = 0;
  for (const token of tokens) {
    if (skipping > 0) skipping += token.nesting;
    else if (token.map && token.nesting >= 0 && covered(token.map)) skipping = token.nesting;
    else kept.push(token);
  }
  return kept;
}

function markTags(state: StateCore, vocabulary: Vocabulary): void {
  for (const token of state.tokens) {
    if (token.type === 'fence' && token.info.trim() === OVERVIEW_FENCE) token.meta = { ...token.meta, source: state.src };
    if (token.type === 'inline' && token.children && token.content.includes('#')) {
      token.children = withChips(token.children, state, vocabulary);
    }
  }
}

/** The inline children with each tag's text split out into a chip token. */
function withChips(children: Token[], state: StateCore, vocabulary: Vocabulary): Token[] {
  const found = findTagSpans(children);
  if (found.length === 0) return children;
  const result: Token[] = [];
  // Spans come in child order: one pass over both keeps a line of many tags linear.
  let next = 0;
  children.forEach((child, i) => {
    const first = next;
    while (next < found.length && found[next].child === i) next++;
    if (next === first) {
      result.push(child);
      return;
    }
    let at = 0;
    for (const f of found.slice(first, next)) {
      if (f.from > at) result.push(textToken(state, child.content.slice(at, f.from)));
      result.push(chipToken(state, child.content.slice(f.from, f.to), f.name, vocabulary));
      at = f.to;
    }
    if (at < child.content.length) result.push(textToken(state, child.content.slice(at)));
  });
  return result;
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}

/** The term a chip stands for (its token's meta), read when the chip's title is written. */
interface Known { dimension: Dimension; term: Term }

function chipToken(state: StateCore, written: string, name: string, vocabulary: Vocabulary): Token {
  const token = new state.Token(TAG_TOKEN, 'span', 0);
  token.content = written;
  const resolution = compileVocabulary(vocabulary).resolve(name);
  if (resolution.kind === 'known') {
    const { dimension, term } = resolution;
    const level = dimension.role === 'level' ? ` fn-level-${termsOf('level', vocabulary).indexOf(term)}` : '';
    token.attrSet('class', `fn-tag fn-tag-${dimension.role}${level}`);
    token.meta = { dimension, term } satisfies Known;
  } else token.attrSet('class', 'fn-tag fn-tag-free');
  return token;
}

function chipTitle({ dimension, term }: Known, lang: Lang): string {
  return `${dimension.label[lang]}: ${term.label[lang]}. ${term.summary[lang]}`;
}
