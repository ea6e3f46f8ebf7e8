// The notes index: each workspace notes file's parsed session, kept between starts so a start parses only
// the files that changed. An entry is keyed by the file's URI and holds while the file's size and mtime are
// those it was made from; the whole index holds only for the parser version and the vocabulary it was made
// with. The stored text is untrusted: when any of it fails to validate, all of it is thrown away.
import * as z from 'zod';
import { Session } from '../parse/model';
import { PARSER_VERSION } from '../parse/parser';
import { onFirstUse } from '../vocabulary/firstUse';
import { Vocabulary } from '../vocabulary/vocabulary';
import { sessionSchema } from './sessionSchema';

/** The layout of the stored index; bump it when the layout changes (PARSER_VERSION covers the sessions). */
export const NOTES_INDEX_FORMAT = 1;

/** A file as its last stat saw it. */
export interface FileStamp {
  uri: string;
  size: number;
  /** Milliseconds since 1970, as the file system reports it. */
  mtime: number;
}

export interface IndexEntry extends FileStamp {
  /** null: the file holds no session notes (or is not UTF-8 text, or is too large). */
  session: Session | null;
}

const indexSchema = onFirstUse('notes index schema', () => z.strictObject({
  format: z.literal(NOTES_INDEX_FORMAT),
  parser: z.literal(PARSER_VERSION),
  vocabulary: z.string(),
  entries: z.array(z.strictObject({
    uri: z.string(),
    size: z.number().int().nonnegative(),
    mtime: z.number(),
    session: sessionSchema().nullable(),
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

  /** The file's session from the index while its stamp is unchanged, else `parse`'s (a throw there leaves no entry). */
  async session(stamp: FileStamp, parse: () => Promise<Session | null>): Promise<Session | null> {
    const known = this.entries.get(stamp.uri);
    if (known && known.size === stamp.size && known.mtime === stamp.mtime) return known.session;
    this.forget(stamp.uri);
    this.parsed++;
    const session = await parse();
    this.entries.set(stamp.uri, { ...stamp, session });
    this.changed = true;
    return session;
  }

  /** The indexed session of a file, without checking its stamp; undefined when it has no entry. */
  known(uri: string): Session | null | undefined {
    return this.entries.get(uri)?.session;
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

  /** The text to store; a session whose front matter JSON cannot hold exactly (Infinity, NaN) is left out, so it is parsed again. */
  serialize(): string {
    const entries = [...this.entries.values()].filter((e) => e.session === null || jsonSafe(e.session.frontMatter));
    return JSON.stringify({ format: NOTES_INDEX_FORMAT, parser: PARSER_VERSION, vocabulary: this.vocabularyKey, entries });
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
  return parsed.success ? parsed.data.entries : undefined;
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

/** Whether JSON keeps the value exactly: finite numbers, strings, booleans, null, arrays and plain objects of them. */
function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(jsonSafe);
}
