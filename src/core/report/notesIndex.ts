// The notes index: each workspace notes file's note summary, kept between starts so a start parses only
// the files that changed. An entry is keyed by the file's URI and holds while the file's size and mtime are
// those it was made from; the whole index holds only for the parser version and the vocabulary it was made
// with. The stored text is untrusted: when any of it fails to validate, all of it is thrown away.
import * as z from 'zod';
import { PARSER_VERSION } from '../parse/parser';
import { onFirstUse } from '../vocabulary/firstUse';
import { Vocabulary } from '../vocabulary/vocabulary';
import { CountedObservation, NoteSummary } from './noteSummary';
import { noteSummarySchemas } from './noteSummarySchema';

/** The layout of the stored index; bump it when the layout or the note summary changes (PARSER_VERSION covers the parser). */
export const NOTES_INDEX_FORMAT = 2;

/** A file as its last stat saw it. */
export interface FileStamp {
  uri: string;
  size: number;
  /** Milliseconds since 1970, as the file system reports it. */
  mtime: number;
}

export interface IndexEntry extends FileStamp {
  /** null: the file holds no session notes (or is not UTF-8 text, or is too large). */
  summary: NoteSummary | null;
}

/** The stored index: each kind of observation once (`kinds`), the summaries' observations as places in it. */
const indexSchema = onFirstUse('notes index schema', () => z.strictObject({
  format: z.literal(NOTES_INDEX_FORMAT),
  parser: z.literal(PARSER_VERSION),
  vocabulary: z.string(),
  kinds: z.array(noteSummarySchemas().kind),
  entries: z.array(z.strictObject({
    uri: z.string(),
    size: z.number().int().nonnegative(),
    mtime: z.number(),
    summary: noteSummarySchemas().summary.nullable(),
  })),
}));

export class NotesIndex {
  private readonly entries = new Map<string, IndexEntry>();
  /** Whether the stored text was accepted (else the index starts empty and every file is parsed). */
  readonly trusted: boolean;
  /** Whether the entries differ from the stored text. */
  changed: boolean;
  /** Files parsed since the index was made: a warm start parses only changed files (tests and the bench count). */
  parsed = 0;

  constructor(readonly vocabularyKey: string, stored?: string) {
    const entries = storedEntries(stored, vocabularyKey);
    for (const entry of entries ?? []) this.entries.set(entry.uri, entry);
    this.trusted = entries !== undefined;
    this.changed = !this.trusted;
  }

  /** The file's summary from the index while its stamp is unchanged, else `parse`'s (a throw there leaves no entry). */
  async summary(stamp: FileStamp, parse: () => Promise<NoteSummary | null>): Promise<NoteSummary | null> {
    const known = this.entries.get(stamp.uri);
    if (known && known.size === stamp.size && known.mtime === stamp.mtime) return known.summary;
    this.forget(stamp.uri);
    this.parsed++;
    const summary = await parse();
    this.entries.set(stamp.uri, { ...stamp, summary });
    this.changed = true;
    return summary;
  }

  forget(uri: string): void {
    if (this.entries.delete(uri)) this.changed = true;
  }

  /** Drops the entries of files no longer in the workspace (deleted, renamed, no longer matching). */
  keepOnly(uris: Iterable<string>): void {
    const kept = new Set(uris);
    for (const uri of [...this.entries.keys()]) if (!kept.has(uri)) this.forget(uri);
  }

  get size(): number {
    return this.entries.size;
  }

  serialize(): string {
    const kinds: CountedObservation[] = [];
    const places = new Map<string, number>();
    const placeOf = (kind: CountedObservation): number => {
      const key = JSON.stringify(kind);
      let place = places.get(key);
      if (place === undefined) places.set(key, (place = kinds.push(kind) - 1));
      return place;
    };
    const entries = [...this.entries.values()].map((entry) => ({
      ...entry, summary: entry.summary && { ...entry.summary, observations: entry.summary.observations.map(placeOf) },
    }));
    return JSON.stringify({ format: NOTES_INDEX_FORMAT, parser: PARSER_VERSION, vocabulary: this.vocabularyKey, kinds, entries });
  }
}

/** The stored entries when the text is an index of this format, parser and vocabulary that validates whole. */
function storedEntries(text: string | undefined, vocabularyKey: string): IndexEntry[] | undefined {
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  // The header first: an outdated index is dropped without validating thousands of sessions.
  const header = data as { format?: unknown; parser?: unknown; vocabulary?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== NOTES_INDEX_FORMAT
    || header.parser !== PARSER_VERSION || header.vocabulary !== vocabularyKey) return undefined;
  const parsed = indexSchema().safeParse(data);
  if (!parsed.success) return undefined;
  // One frozen object per kind, shared by the summaries: the host holds each kind of observation once.
  const kinds = parsed.data.kinds.map((kind) => Object.freeze(kind));
  const entries: IndexEntry[] = [];
  for (const { summary, ...stamp } of parsed.data.entries) {
    if (summary?.observations.some((place) => place >= kinds.length)) return undefined;
    entries.push({ ...stamp, summary: summary && { ...summary, observations: summary.observations.map((place) => kinds[place]) } });
  }
  return entries;
}

/** A short fingerprint of the vocabulary: the same terms and aliases parse the same notes. */
export function vocabularyKey(vocabulary: Vocabulary): string {
  const text = JSON.stringify(vocabulary);
  return `${text.length}-${fnv1a(text, 0x811c9dc5)}-${fnv1a(text, 0x01000193)}`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
