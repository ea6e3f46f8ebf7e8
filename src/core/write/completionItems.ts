// What to offer after '#': every term of the vocabulary, grouped by dimension and spelled in the
// team's tag language first, then the session's own free tags. Pure, so it is unit-tested and benched.
import { Party, Session } from '../parse/model';
import { partySlug } from '../parse/parties';
import { tagText } from './tagEdit';
import { Dimension, Lang, Term, Vocabulary } from '../vocabulary/vocabulary';
import { compileVocabulary, normalizeName } from '../vocabulary/lexicon';

export interface TagCompletion {
  /** The text put after '#' (or after 'prefix/' in the prefixed form). */
  insertText: string;
  /** What the list shows: the tag as it will read, '#' included. */
  label: string;
  /** Every spelling that should find this item, in both languages. */
  filterText: string;
  /** Orders the list: dimensions in vocabulary order, terms in theirs, free tags last. */
  sortText: string;
  /** Dimension label, or the free-tag group name. */
  group: string;
  /** One-line explanation; empty for free tags and values without a summary. */
  detail: string;
  dimension: string | null;
  value: string;
}

export interface CompletionContext {
  /** 0-based column just after the '#' or the '/', where the inserted text starts. */
  start: number;
  /** Items in list order. */
  items: TagCompletion[];
}

const FREE_GROUP = { en: 'Tag in this session', nl: 'Tag in deze sessie' };

// A tag being typed at the end of the text before the cursor, at a word start.
const TYPING = /(?:^|[\s([{"'“‘«„*_~>])#([\p{L}\p{M}\p{N}_\-/]*)$/u;

/**
 * The completion at a cursor: `before` is the line's text up to the cursor, `after` the rest of the tag
 * after it. Undefined when the cursor is not in a tag, or is in the front matter (where '#' starts a
 * YAML comment). No items once the tag is a complete known spelling: the person has typed what they
 * meant, and Enter must start a new line rather than swap the tag for another spelling.
 */
export function tagCompletions(
  vocabulary: Vocabulary,
  before: string,
  options: { tagLang: Lang; lang: Lang; session?: Session; /** 1-based line of the cursor. */ line?: number; after?: string },
): CompletionContext | undefined {
  const fm = options.session?.frontMatterLines;
  if (fm && options.line !== undefined && options.line >= fm.start && options.line <= fm.end) return undefined;
  const m = TYPING.exec(before);
  if (!m) return undefined;
  const typed = m[1];
  if (compileVocabulary(vocabulary).resolve(typed + (options.after ?? '')).kind === 'known') return { start: before.length - typed.length, items: [] };
  const slash = typed.indexOf('/');
  if (slash >= 0) {
    const prefix = normalizeName(typed.slice(0, slash));
    const dimension = vocabulary.dimensions.find((d) => d.prefixes.includes(prefix));
    if (!dimension || typed.indexOf('/', slash + 1) >= 0) return undefined;
    if (dimension.role === 'party') {
      const parties = options.session?.participants ?? vocabulary.parties ?? [];
      return { start: before.length - typed.length + slash + 1, items: partyItems(vocabulary, dimension, prefix, parties, options.lang) };
    }
    const valueLang = prefixLang(dimension, prefix) ?? options.tagLang;
    return { start: before.length - typed.length + slash + 1, items: valueItems(vocabulary, dimension, prefix, valueLang, options.lang) };
  }
  const items = termItems(vocabulary, options.tagLang, options.lang);
  if (options.session) items.push(...freeItems(options.session, options.line ?? -1, typed, options.lang));
  return { start: before.length - typed.length, items };
}

const cache = new WeakMap<Vocabulary, Map<string, TagCompletion[]>>();

/** Every term after a bare '#', cached per vocabulary and languages; returns a fresh array. */
function termItems(vocabulary: Vocabulary, tagLang: Lang, lang: Lang): TagCompletion[] {
  let byLang = cache.get(vocabulary);
  if (!byLang) cache.set(vocabulary, (byLang = new Map()));
  const key = `${tagLang}:${lang}`;
  let items = byLang.get(key);
  if (!items) {
    items = vocabulary.dimensions.flatMap((dimension, d) =>
      dimension.terms.map((term, t) => {
        const written = tagText(dimension, term, tagLang).slice(1);
        const filterText = [written, ...spellings(dimension, term).filter((s) => s !== written)].join(' ');
        return item(dimension, term, written, filterText, `${pad(d)}.${pad(t)}`, lang);
      }));
    byLang.set(key, items);
  }
  return [...items];
}

/** The language a typed prefix belongs to ('behoefte' is Dutch), when only one language writes it so. */
function prefixLang(dimension: Dimension, prefix: string): Lang | undefined {
  const term = dimension.terms[0];
  const langs = (['en', 'nl'] as const).filter((l) => term && tagText({ ...dimension, bare: false }, term, l).startsWith(`#${prefix}/`));
  return langs.length === 1 ? langs[0] : undefined;
}

/** The values of one dimension after 'prefix/'. */
function valueItems(vocabulary: Vocabulary, dimension: Dimension, prefix: string, tagLang: Lang, lang: Lang): TagCompletion[] {
  const d = vocabulary.dimensions.indexOf(dimension);
  return dimension.terms.map((term, t) => {
    const written = tagText({ ...dimension, bare: true }, term, tagLang).slice(1);
    const others = term.aliases.filter((a) => a !== written);
    return { ...item(dimension, term, written, [written, ...others].join(' '), `${pad(d)}.${pad(t)}`, lang), label: `#${prefix}/${written}` };
  });
}

/** The session's parties after '#partij/', each in its tag form ('het-anker'), its aliases finding it too. */
function partyItems(vocabulary: Vocabulary, dimension: Dimension, prefix: string, parties: readonly Party[], lang: Lang): TagCompletion[] {
  const d = vocabulary.dimensions.indexOf(dimension);
  return parties.map((party, t) => {
    const written = partySlug(party.name);
    return {
      insertText: written,
      label: `#${prefix}/${written}`,
      filterText: [written, ...party.aliases.map(partySlug)].join(' '),
      sortText: `${pad(d)}.${pad(t)}`,
      group: dimension.label[lang],
      detail: party.aliases.length ? `${party.name} (${party.aliases.join(', ')})` : party.name,
      dimension: dimension.id,
      value: party.name,
    };
  });
}

function item(dimension: Dimension, term: Term, written: string, filterText: string, sortText: string, lang: Lang): TagCompletion {
  return {
    insertText: written,
    label: `#${written}`,
    filterText,
    sortText,
    group: dimension.label[lang],
    detail: term.summary[lang],
    dimension: dimension.id,
    value: term.id,
  };
}

/** Every way to write a term: its aliases, bare or behind each prefix. */
function spellings(dimension: Dimension, term: Term): string[] {
  if (dimension.bare) return term.aliases;
  return dimension.prefixes.flatMap((p) => term.aliases.map((a) => `${p}/${a}`));
}

/**
 * Free tags written elsewhere in the session, in order of first use. Skipped: slips that have a
 * suggestion (offering them would spread the typo) and, on the cursor's line, the tag being typed
 * (the session may be parsed a few keystrokes ago).
 */
function freeItems(session: Session, line: number, typed: string, lang: Lang): TagCompletion[] {
  const slips = new Set(session.problems.filter((p) => p.column !== undefined).map((p) => `${p.line}:${p.column}`));
  const current = typed.toLowerCase();
  const seen = new Set<string>();
  const items: TagCompletion[] = [];
  for (const tag of session.tags) {
    if (tag.dimension !== undefined || slips.has(`${tag.line}:${tag.column}`)) continue;
    const name = tag.raw.toLowerCase();
    if (seen.has(name) || (tag.line === line && (current.startsWith(name) || name.startsWith(current)))) continue;
    seen.add(name);
    items.push({
      insertText: name,
      label: `#${name}`,
      filterText: name,
      sortText: `${pad(999)}.${pad(items.length)}`,
      group: FREE_GROUP[lang],
      detail: '',
      dimension: null,
      value: name,
    });
  }
  return items;
}

function pad(n: number): string {
  return String(n).padStart(3, '0');
}

// The start of a paragraph or list item (list marker, task box, quote, emphasis allowed), then the word typed so far.
const LINE_START = /^(\s*(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)?)(\*\*|__|\*|_)?([\p{L}\p{N}][\p{L}\p{M}\p{N} .&'-]*)?$/u;

/**
 * Who is speaking: at the start of a paragraph or list item, the session's parties as 'Name: ', which
 * attributes the block to that party (an emphasis opener is closed: '**Gemeente**: '). Aliases find the
 * name. Undefined elsewhere (in the front matter, or once the text has gone past a name).
 */
export function speakerCompletions(before: string, options: { session?: Session; line?: number; lang: Lang }): CompletionContext | undefined {
  const session = options.session;
  const fm = session?.frontMatterLines;
  if (!session || session.participants.length === 0) return undefined;
  if (fm && options.line !== undefined && options.line >= fm.start && options.line <= fm.end) return undefined;
  const m = LINE_START.exec(before);
  if (!m) return undefined;
  const emphasis = m[2] ?? '';
  const start = m[1].length + emphasis.length;
  const group = SPEAKER_GROUP[options.lang];
  const items = session.participants.map((party, i): TagCompletion => ({
    insertText: `${party.name}${emphasis}: `,
    label: `${party.name}:`,
    filterText: [party.name, ...party.aliases].join(' '),
    sortText: pad(i),
    group,
    detail: party.aliases.join(', '),
    dimension: null,
    value: party.name,
  }));
  return { start, items };
}

const SPEAKER_GROUP = { en: 'Party speaking', nl: 'Partij aan het woord' };
