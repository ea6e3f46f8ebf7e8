// The notes' own language: what the front matter says (lang/taal), else what the tag spellings used tell.
// Tags follow it in completion and commands, and the partner report is written in it.
import { LANGUAGE_NAMES } from './frontMatter';
import { Session, TagMention } from './model';
import { Lexicon, MEMO_LIMIT, normalizeName } from '../vocabulary/lexicon';
import { Dimension, Lang, Term } from '../vocabulary/vocabulary';

/** Built-in spellings that are neither a term's id nor one of its labels, by language. */
const EXTRA_SPELLINGS: Record<string, Lang> = {
  belang: 'nl', interest: 'en', relation: 'en', organization: 'en', aangenaam: 'nl', prive: 'nl',
};

/** The front matter's lang (or taal) field (nl, en, Nederlands, English, any case), if it names one. */
export function frontMatterLanguage(fields: Record<string, unknown>): Lang | null {
  const value = fields.lang;
  return (typeof value === 'string' && LANGUAGE_NAMES[value.trim().toLowerCase()]) || null;
}

/** The front matter's language, else the tags' (see tagLanguage). */
export function noteLanguage(fields: Record<string, unknown>, mentions: readonly TagMention[], lexicon: Lexicon): Lang | null {
  return frontMatterLanguage(fields) ?? tagLanguage(mentions, lexicon);
}

/**
 * The language most tag mentions are spelled in: '#relatie' counts for Dutch, '#relationship' for English;
 * spellings both languages share ('#conflict', '#need/respect' by its value) count by their prefix, if any.
 * Null when nothing tells, or as much tells for each.
 */
export function tagLanguage(mentions: readonly TagMention[], lexicon: Lexicon): Lang | null {
  return votedLanguage(tagVotes(mentions, lexicon));
}

/** How many of the mentions are spelled in Dutch and how many in English (see tagLanguage). */
export function tagVotes(mentions: readonly TagMention[], lexicon: Lexicon): { nl: number; en: number } {
  let votes = memo.get(lexicon);
  if (!votes) memo.set(lexicon, (votes = new Map()));
  let nl = 0;
  let en = 0;
  for (const { raw } of mentions) {
    let lang = votes.get(raw);
    if (lang === undefined) {
      if (votes.size >= MEMO_LIMIT) votes.clear();
      votes.set(raw, (lang = spellingVote(raw, lexicon)));
    }
    if (lang === 'nl') nl++;
    else if (lang === 'en') en++;
  }
  return { nl, en };
}

/** The language with more votes; null on a tie. */
export function votedLanguage({ nl, en }: { nl: number; en: number }): Lang | null {
  return nl > en ? 'nl' : en > nl ? 'en' : null;
}

/** Each spelling's vote, worked out once per vocabulary: the same few tags recur in every file. */
const memo = new WeakMap<Lexicon, Map<string, Lang | null>>();

function spellingVote(raw: string, lexicon: Lexicon): Lang | null {
  const resolution = lexicon.resolve(raw);
  const name = normalizeName(raw);
  if (resolution.kind === 'known') return mentionLanguage(name, resolution.dimension, resolution.term);
  // '#partij/het-anker': a party tag's value is a name, its prefix tells.
  if (resolution.kind === 'unknown-value' && resolution.dimension.role === 'party') return prefixLanguage(name.slice(0, name.indexOf('/')), resolution.dimension);
  return null;
}

function mentionLanguage(name: string, dimension: Dimension, term: Term): Lang | null {
  const slash = name.indexOf('/');
  const value = slash > 0 ? name.slice(slash + 1) : name;
  const byValue = spellingLanguage(value, term);
  return byValue ?? (slash > 0 ? prefixLanguage(name.slice(0, slash), dimension) : null);
}

/** English for the id and English label, Dutch for the Dutch label; null when both write it so. */
function spellingLanguage(spelling: string, term: Term): Lang | null {
  const english = spelling === term.id || spelling === normalizeName(term.label.en);
  const dutch = spelling === normalizeName(term.label.nl);
  if (english !== dutch) return english ? 'en' : 'nl';
  return english ? null : EXTRA_SPELLINGS[spelling] ?? null;
}

/** A dimension's first prefix is English, its second Dutch (as tagText writes them). */
function prefixLanguage(prefix: string, dimension: Dimension): Lang | null {
  const [en, nl] = dimension.prefixes;
  if (nl === undefined || en === nl) return null;
  return prefix === en ? 'en' : prefix === nl ? 'nl' : null;
}

/**
 * The language of a set of sessions (a workspace's latest notes, for the New Session template): the one
 * most of them are in; on a tie, that of the latest dated one. Null when none of them tells.
 */
export function sessionsLanguage(sessions: readonly Pick<Session, 'lang' | 'date'>[]): Lang | null {
  const told = sessions.filter((s): s is Pick<Session, 'date'> & { lang: Lang } => s.lang !== null);
  const nl = told.filter((s) => s.lang === 'nl').length;
  const en = told.length - nl;
  if (nl !== en) return nl > en ? 'nl' : 'en';
  return latestLanguage(told);
}

/** The language of the most recent notes that tell one (undated notes count as the oldest): what a view of many notes speaks. */
export function latestLanguage(sessions: readonly Pick<Session, 'lang' | 'date'>[]): Lang | null {
  let latest: Pick<Session, 'lang' | 'date'> | null = null;
  for (const s of sessions) if (s.lang !== null && (latest === null || (s.date ?? '') > (latest.date ?? ''))) latest = s;
  return latest?.lang ?? null;
}
