// Tidying the vocabulary in the notes: every mention of one tag written as another. Renaming gives a free tag
// a new name; merging writes one tag's mentions as another tag (a free tag or a term). The edits are exact
// replacements of the mentions the parser found, so text around them, code spans and links stay as they were.
import { Session, TagMention } from '../parse/model';
import { Lexicon, normalizeName } from '../vocabulary/lexicon';
import { Lang, Term, Vocabulary } from '../vocabulary/vocabulary';
import { TAG_NAME } from '../vocabulary/vocabularyFile';
import { tagText } from './tagEdit';

/** A tag as the commands name it: a free tag by its lower-case name, or a term of a dimension. */
export type TagSubject = { kind: 'free'; name: string } | { kind: 'term'; dimension: string; term: string };

/** One replacement: the mention at its 1-based line and 0-based column (UTF-16), `#` included. */
export interface MentionEdit { line: number; column: number; length: number; text: string }

/** What a mention names; undefined for an unknown value after a known prefix (a near miss, not a tag to tidy). */
export function subjectOf(mention: TagMention): TagSubject | undefined {
  if (mention.dimension && mention.value) return { kind: 'term', dimension: mention.dimension, term: mention.value };
  if (mention.dimension) return undefined;
  return { kind: 'free', name: normalizeName(mention.raw) };
}

export function sameSubject(a: TagSubject | undefined, b: TagSubject): boolean {
  if (!a || a.kind !== b.kind) return false;
  return a.kind === 'free' ? a.name === (b as typeof a).name : a.dimension === (b as typeof a).dimension && a.term === (b as typeof a).term;
}

/** The tag as written in notes of a language: '#koffie', '#ambitie', '#need/trust'. */
export function subjectText(subject: TagSubject, vocabulary: Vocabulary, lang: Lang): string {
  if (subject.kind === 'free') return `#${subject.name}`;
  const dimension = vocabulary.dimensions.find((d) => d.id === subject.dimension);
  const term = dimension?.terms.find((t) => t.id === subject.term);
  return dimension && term ? tagText(dimension, term, lang) : `#${subject.dimension}/${subject.term}`;
}

/** The edits that write every mention of `from` in a session as `to`, in the notes' own language (en when unknown). */
export function retagEdits(session: Session, from: TagSubject, to: TagSubject, vocabulary: Vocabulary): MentionEdit[] {
  const text = subjectText(to, vocabulary, session.lang ?? 'en');
  return session.tags
    .filter((m) => sameSubject(subjectOf(m), from))
    .map((m) => ({ line: m.line, column: m.column, length: m.length, text }));
}

/**
 * Why `from` cannot be renamed to `name`, or undefined when it can. Free tags are renamed, and terms the team's
 * vocabulary file declares (`teamTerm`); a built-in term's spellings are the model's (a team adds an alias).
 * The new name must be a tag name that no term or other free tag in use already has (that is a merge).
 */
export function renameRefusal(from: TagSubject, name: string, vocabulary: Vocabulary, freeTagsInUse: readonly string[], teamTerm = false): RenameRefusal | undefined {
  if (from.kind === 'term') return teamTerm ? termRenameRefusal(from, name, vocabulary, freeTagsInUse) : { kind: 'term' };
  const wanted = normalizeName(name.trim().replace(/^#/, ''));
  if (!TAG_NAME.test(wanted)) return { kind: 'name' };
  if (wanted === from.name) return { kind: 'same' };
  if (new Lexicon(vocabulary).resolve(wanted).kind !== 'free' || freeTagsInUse.includes(wanted)) return { kind: 'taken', name: wanted };
  return undefined;
}

type TermSubject = Extract<TagSubject, { kind: 'term' }>;

/** A team term's new id: the name typed, with '#' and one of its dimension's prefixes left off. */
export function termName(name: string, dimensionId: string, vocabulary: Vocabulary): string {
  const wanted = normalizeName(name.trim().replace(/^#/, ''));
  const slash = wanted.indexOf('/');
  const prefixes = vocabulary.dimensions.find((d) => d.id === dimensionId)?.prefixes ?? [];
  return slash > 0 && prefixes.includes(wanted.slice(0, slash)) ? wanted.slice(slash + 1) : wanted;
}

/** A team term keeps its dimension: the new id must be free there (and among bare tags and free tags in use, for a bare one). */
function termRenameRefusal(from: TermSubject, name: string, vocabulary: Vocabulary, freeTagsInUse: readonly string[]): RenameRefusal | undefined {
  const wanted = termName(name, from.dimension, vocabulary);
  if (!TAG_NAME.test(wanted)) return { kind: 'name' };
  if (wanted === from.term) return { kind: 'same' };
  const lexicon = new Lexicon(vocabulary);
  const dimension = lexicon.dimension(from.dimension);
  const own = lexicon.term(from.dimension, from.term);
  const other = (term: Term | undefined) => term !== undefined && term !== own;
  const bare = dimension?.bare ? lexicon.resolve(wanted) : undefined;
  const taken = other(lexicon.term(from.dimension, wanted)) || (bare?.kind === 'known' && other(bare.term))
    || (dimension?.bare === true && freeTagsInUse.includes(wanted));
  const written = dimension?.bare ? wanted : `${dimension?.prefixes[0] ?? from.dimension}/${wanted}`;
  return taken ? { kind: 'taken', name: written } : undefined;
}

export type RenameRefusal = { kind: 'term' } | { kind: 'name' } | { kind: 'same' } | { kind: 'taken'; name: string };

/** The subject a new name means: the term a known spelling resolves to, else the free tag of that name. */
export function subjectNamed(name: string, vocabulary: Vocabulary): TagSubject | undefined {
  const wanted = normalizeName(name.trim().replace(/^#/, ''));
  if (!wanted || !/^[\p{L}\p{N}][\p{L}\p{N}_/-]*$/u.test(wanted)) return undefined;
  const resolved = new Lexicon(vocabulary).resolve(wanted);
  if (resolved.kind === 'known') return { kind: 'term', dimension: resolved.dimension.id, term: resolved.term.id };
  return resolved.kind === 'free' && TAG_NAME.test(wanted) ? { kind: 'free', name: wanted } : undefined;
}
