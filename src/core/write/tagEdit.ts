// The "Tag observation" edit: which paragraph the cursor is in, which model tags it carries,
// and the smallest per-line text changes that make its tags match the user's choice.
import { Session, TagMention } from '../parse/model';
import { Dimension, Lang, Term, Vocabulary } from '../vocabulary/vocabulary';
import { normalizeName } from '../vocabulary/lexicon';
import { partySlug } from '../parse/parties';

/** A tag as the quick pick and the command's arguments name it: 'condition:ambition', 'need:trust'. */
export type TagRef = string;

/** Dimensions the tag command offers, in this order. */
export const TAGGABLE_ROLES = ['condition', 'phase', 'level', 'need', 'private', 'decision'] as const;

export interface LineEdit {
  /** 1-based line number. */
  line: number;
  /** The whole new text of the line (without its line ending). */
  text: string;
}

export function tagRef(dimension: string, value: string): TagRef {
  return `${dimension}:${value}`;
}

/** How a term is written in a language: '#ambitie', '#need/trust', '#behoefte/vertrouwen'. */
export function tagText(dimension: Dimension, term: Term, lang: Lang): string {
  const local = normalizeName(term.spelling?.[lang] ?? term.label[lang]);
  const name = lang === 'en' || !term.aliases.includes(local) ? term.id : local;
  return dimension.bare ? `#${name}` : `#${prefixIn(dimension, lang)}/${name}`;
}

/** How a party tag is written in a language: '#partij/het-anker', '#party/het-anker'. */
export function partyTagText(dimension: Dimension, name: string, lang: Lang): string {
  return `#${prefixIn(dimension, lang)}/${partySlug(name)}`;
}

/** A prefixed dimension's prefix in a language: the second is the Dutch one ('behoefte', 'partij'). */
function prefixIn(dimension: Dimension, lang: Lang): string {
  return dimension.prefixes[lang === 'nl' && dimension.prefixes.length > 1 ? 1 : 0] ?? dimension.id;
}

/** The dimensions and terms the tag command offers: the model's, then the judgements of the room (the built-in signals). */
export function taggableDimensions(vocabulary: Vocabulary): Dimension[] {
  const model = TAGGABLE_ROLES.flatMap((role) => vocabulary.dimensions.filter((d) => d.role === role));
  return [...model, ...vocabulary.dimensions.filter((d) => d.judgement && !model.includes(d))];
}

/**
 * The block (paragraph, list item or heading) at a 1-based line: consecutive non-blank lines,
 * starting at a list item or after a blank line, ending before the next item, heading or fence.
 */
export function paragraphAt(lines: string[], line: number, session: Session): { start: number; end: number } | undefined {
  const fm = session.frontMatterLines;
  if (fm && line >= fm.start && line <= fm.end) return undefined;
  const text = (n: number): string => lines[n - 1] ?? '';
  if (isBlank(text(line)) || FENCE.test(text(line))) return undefined;
  if (HEADING.test(text(line))) return { start: line, end: line };
  let start = line;
  while (start > 1 && !ITEM.test(text(start)) && continues(text(start - 1)) && !(fm && start - 1 <= fm.end)) start--;
  let end = line;
  while (end < lines.length && continues(text(end + 1)) && !ITEM.test(text(end + 1))) end++;
  return { start, end };
}

const ITEM = /^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
const HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const FENCE = /^\s{0,3}(?:`{3,}|~{3,})/;

function isBlank(line: string): boolean {
  return /^\s*>?\s*$/.test(line);
}

function continues(line: string): boolean {
  return !isBlank(line) && !HEADING.test(line) && !FENCE.test(line);
}

/** The model tags (known, in a taggable dimension, or of a party when `parties`) written in a block. */
export function tagsIn(session: Session, block: { start: number; end: number }, vocabulary: Vocabulary, parties = false): TagMention[] {
  const ids = new Set(taggableDimensions(vocabulary).map((d) => d.id));
  if (parties) vocabulary.dimensions.filter((d) => d.role === 'party').forEach((d) => ids.add(d.id));
  return session.tags.filter((t) => t.line >= block.start && t.line <= block.end && t.value && t.dimension && ids.has(t.dimension));
}

/**
 * Line edits that make the block's model tags equal `chosen`: tags not chosen are removed
 * (with the space before them), chosen tags not yet present are appended to the block's last line.
 * Returns [] when nothing changes.
 */
export function computeTagEdit(
  lines: string[],
  block: { start: number; end: number },
  present: TagMention[],
  chosen: TagRef[],
  spell: (ref: TagRef) => string | undefined,
): LineEdit[] {
  const wanted = new Set(chosen);
  const have = new Set(present.map((t) => tagRef(t.dimension ?? '', t.value ?? '')));
  const changed = new Map<number, string>();
  const lineText = (n: number): string => changed.get(n) ?? lines[n - 1];

  const removals = present.filter((t) => !wanted.has(tagRef(t.dimension ?? '', t.value ?? '')))
    .sort((a, b) => b.line - a.line || b.column - a.column);
  for (const mention of removals) changed.set(mention.line, removeMention(lineText(mention.line), mention.column, mention.length));

  const additions = chosen.filter((ref) => !have.has(ref)).map(spell).filter((t): t is string => !!t);
  if (additions.length > 0) {
    const last = lineText(block.end);
    const gap = last.length === 0 || /\s$/.test(last) ? '' : ' ';
    changed.set(block.end, `${last}${gap}${additions.join(' ')}`);
  }
  return [...changed.entries()]
    .filter(([n, text]) => text !== lines[n - 1])
    .sort((a, b) => a[0] - b[0])
    .map(([line, text]) => ({ line, text }));
}

/** Cuts `#tag` and the whitespace before it, or after it when it opens the line's text. */
function removeMention(line: string, column: number, length: number): string {
  let from = column;
  let to = column + length;
  if (LINE_OPENING.test(line.slice(0, column))) {
    while (to < line.length && /[ \t]/.test(line[to])) to++;
  } else {
    while (from > 0 && /[ \t]/.test(line[from - 1])) from--;
  }
  return line.slice(0, from) + line.slice(to);
}

/** Indentation, quote markers, a list marker and a task box: what may precede a line's text. */
const LINE_OPENING = /^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(?:\[[ xX]\]\s+)?$/;

/** A marker line (a reading or a phase): the time when given and the tag, no trailing space. */
export function readingText(levelTag: string, time: string | null): string {
  return `${time ? `${time} ` : ''}${levelTag}`;
}
