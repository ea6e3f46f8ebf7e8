// Resolves tag names against a vocabulary: known term, unknown value after a known prefix, or free tag,
// with the nearest known spelling for slips. Compiled once per vocabulary object.
import { Dimension, Term, Vocabulary } from './vocabulary';

export interface KnownTag { kind: 'known'; dimension: Dimension; term: Term }
export interface UnknownValue { kind: 'unknown-value'; dimension: Dimension; value: string; suggestion?: string }
export interface FreeTag { kind: 'free'; suggestion?: string }
export type TagResolution = KnownTag | UnknownValue | FreeTag;

/** More distinct spellings than a workspace's notes use; past it a memo starts over. */
export const MEMO_LIMIT = 4096;

export class Lexicon {
  private readonly bare = new Map<string, KnownTag>();
  private readonly prefixes = new Map<string, Dimension>();
  private readonly dimensions = new Map<string, Dimension>();
  private readonly memo = new Map<string, TagResolution>();
  /** The bare aliases' near misses (key null), and each dimension's values', built on first use. */
  private readonly nearMisses = new Map<Dimension | null, NearMisses>();

  constructor(readonly vocabulary: Vocabulary) {
    for (const dimension of vocabulary.dimensions) {
      this.dimensions.set(dimension.id, dimension);
      for (const prefix of dimension.prefixes) this.prefixes.set(prefix, dimension);
      if (!dimension.bare) continue;
      for (const term of dimension.terms) {
        for (const alias of term.aliases) if (!this.bare.has(alias)) this.bare.set(alias, { kind: 'known', dimension, term });
      }
    }
  }

  dimension(id: string): Dimension | undefined {
    return this.dimensions.get(id);
  }

  /** The term a value names within one dimension (any alias, any case). */
  term(dimensionId: string, value: string): Term | undefined {
    const name = normalizeName(value);
    return this.dimensions.get(dimensionId)?.terms.find((t) => t.aliases.includes(name));
  }

  /** Classifies a tag name as written after '#' (any case). */
  resolve(written: string): TagResolution {
    let hit = this.memo.get(written);
    if (!hit) {
      hit = this.classify(normalizeName(written));
      // Bounded: a file of thousands of distinct tags must not grow it for as long as the host runs.
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(written, hit);
    }
    return hit;
  }

  private classify(name: string): TagResolution {
    const slash = name.indexOf('/');
    if (slash > 0) {
      const dimension = this.prefixes.get(name.slice(0, slash));
      if (dimension) {
        const value = name.slice(slash + 1);
        const term = dimension.terms.find((t) => t.aliases.includes(value));
        if (term) return { kind: 'known', dimension, term };
        const near = this.nearMissesOf(dimension).nearest(value);
        return { kind: 'unknown-value', dimension, value, suggestion: near && `#${name.slice(0, slash)}/${near}` };
      }
    }
    const known = this.bare.get(name);
    if (known) return known;
    // '#private/notes': a private mark with a word of its own is still a private mark.
    const mark = slash > 0 ? this.bare.get(name.slice(0, slash)) : undefined;
    if (mark?.dimension.role === 'private') return mark;
    return { kind: 'free', suggestion: this.suggestFor(name) };
  }

  private nearMissesOf(dimension: Dimension | null): NearMisses {
    let near = this.nearMisses.get(dimension);
    if (!near) this.nearMisses.set(dimension, (near = new NearMisses(dimension ? dimension.terms.flatMap((t) => t.aliases) : [...this.bare.keys()])));
    return near;
  }

  /** A bare spelling of a prefix-only term, or a near miss of a bare alias. */
  private suggestFor(name: string): string | undefined {
    for (const dimension of this.vocabulary.dimensions) {
      if (dimension.bare || dimension.prefixes.length === 0) continue;
      if (dimension.terms.some((t) => t.aliases.includes(name))) return `#${dimension.prefixes[0]}/${name}`;
    }
    const near = this.nearMissesOf(null).nearest(name);
    return near && `#${near}`;
  }
}

const compiled = new WeakMap<Vocabulary, Lexicon>();

export function compileVocabulary(vocabulary: Vocabulary): Lexicon {
  let lexicon = compiled.get(vocabulary);
  if (!lexicon) {
    lexicon = new Lexicon(vocabulary);
    compiled.set(vocabulary, lexicon);
  }
  return lexicon;
}

export function normalizeName(written: string): string {
  return written.normalize('NFC').toLowerCase();
}

/** Near misses among a fixed list of spellings. */
class NearMisses {
  /** Every character some candidate holds. */
  private readonly alphabet: Set<string>;

  constructor(private readonly candidates: string[]) {
    this.alphabet = new Set(candidates.join(''));
  }

  /** The closest candidate within a small edit distance, scaled to the word's length. */
  nearest(word: string): string | undefined {
    const limit = word.length <= 3 ? 0 : word.length <= 6 ? 1 : 2;
    if (limit === 0 || this.foreign(word) > limit) return undefined;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of this.candidates) {
      if (Math.abs(candidate.length - word.length) > limit) continue;
      const d = editDistance(word, candidate, limit);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * How many of the word's characters no candidate holds: each takes an edit of its own to reach any of
   * them, so more than the limit rules them all out ('#t12345') without a distance worked out.
   */
  private foreign(word: string): number {
    let count = 0;
    for (const ch of word) if (!this.alphabet.has(ch)) count++;
    return count;
  }
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), cut off above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return rowMin;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}
