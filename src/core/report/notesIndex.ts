// The notes index: each workspace notes file's note summary, kept between starts so a start parses only
// the files that changed. An entry is keyed by the file's URI and holds while the file's size and mtime are
// those it was made from; the whole index holds only for the parser version and the vocabulary it was made
// with. The stored text is untrusted: a header line (format, parser, vocabulary, the body's length and hash) is
// checked before the body is parsed, so a changed or cut byte anywhere is caught; then every value of the body is
// checked as it is read. When any of it fails, all of it is thrown away.
import { PARSER_VERSION } from '../parse/parser';
import { Vocabulary } from '../vocabulary/vocabulary';
import { KindTable } from './kindTable';
import { CountedObservation, NoteSummary } from './noteSummary';
import { observationKind, storedSummary } from './noteSummarySchema';
import { Check, count, finite, invalid, list, nullable, record, text } from './notesIndexCheck';

/** The layout of the stored index; bump it when the layout or the note summary changes (PARSER_VERSION covers the parser). */
export const NOTES_INDEX_FORMAT = 3;

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

/** The first line of the stored index. */
interface Header {
  format: number;
  parser: number;
  vocabulary: string;
  /** The body's length (UTF-16 code units) and its FNV-1a hash: a cut or changed body is not parsed at all. */
  length: number;
  hash: string;
}

/** The body is `[kinds, entries]`: each kind of observation once, the summaries' observations as places in it. */
const kindTable = list(observationKind);

/** The stored entries, each observation read as the kind at its place in `kinds`. */
function storedEntries(kinds: readonly CountedObservation[]): Check<IndexEntry[]> {
  const kindAt = (stored: unknown): CountedObservation => kinds[count(stored)] ?? invalid();
  return list(record<IndexEntry>({ uri: text, size: count, mtime: finite, summary: nullable(storedSummary(kindAt)) }));
}

/** The stored text of an index body: its header line, then the body. */
export function sealed(vocabulary: string, bodyText: string): string {
  return sealedWith(vocabulary, bodyText, bodyHash(bodyText));
}

function sealedWith(vocabulary: string, bodyText: string, hash: string): string {
  const header: Header = { format: NOTES_INDEX_FORMAT, parser: PARSER_VERSION, vocabulary, length: bodyText.length, hash };
  return `${JSON.stringify(header)}\n${bodyText}`;
}

export class NotesIndex {
  private readonly entries = new Map<string, IndexEntry>();
  /** Whether the stored text was accepted (else the index starts empty and every file is parsed). */
  readonly trusted: boolean;
  /** Whether the entries differ from the stored text. */
  changed: boolean;
  /** Files parsed since the index was made: a warm start parses only changed files (tests and the bench count). */
  parsed = 0;

  constructor(readonly vocabularyKey: string, stored?: string) {
    const entries = entriesOf(stored, vocabularyKey);
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
    // Only the stamp's own fields: the entry is stored as JSON and read back field by field.
    this.entries.set(stamp.uri, { uri: stamp.uri, size: stamp.size, mtime: stamp.mtime, summary });
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
    const steps = this.serializing();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** serialize() with `pause` awaited between batches of entries, so the host's main thread is never held for long. */
  async serializeInTurns(pause: () => Promise<void>): Promise<string> {
    const steps = this.serializing();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await pause();
    }
  }

  /** The stored text, made a batch at a time: it yields between batches and returns the text. */
  private *serializing(): Generator<void, string> {
    const table = new KindTable();
    // JSON.stringify([kinds, entries]) in pieces: the kinds are all known only once every entry is placed.
    const entries: string[] = [];
    let batch = 0;
    for (const entry of this.entries.values()) {
      entries.push(JSON.stringify(entry.summary
        ? { ...entry, summary: { ...entry.summary, observations: entry.summary.observations.map((kind) => table.placeOf(kind)) } }
        : entry));
      if (++batch % SERIALIZE_BATCH === 0) yield;
    }
    const bodyText = `[${JSON.stringify(table.kinds)},[${entries.join(',')}]]`;
    let hash = FNV_SEED;
    for (let from = 0; from < bodyText.length; from += HASH_BATCH) {
      hash = fnv1aOf(bodyText, from, Math.min(bodyText.length, from + HASH_BATCH), hash);
      yield;
    }
    return sealedWith(this.vocabularyKey, bodyText, hash36(hash));
  }
}

/** Entries made into JSON between two pauses, and characters hashed between two. */
const SERIALIZE_BATCH = 250;
const HASH_BATCH = 1 << 20;

/** The stored entries when the text is an index of this format, parser and vocabulary, whole, that validates. */
function entriesOf(stored: string | undefined, vocabularyKey: string): IndexEntry[] | undefined {
  const bodyText = stored === undefined ? undefined : checkedBody(stored, vocabularyKey);
  if (bodyText === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(bodyText);
    if (!Array.isArray(data) || data.length !== 2) return undefined;
    // One frozen object per kind, shared by the summaries: the host holds each kind of observation once.
    const kinds = kindTable(data[0]).map((kind) => Object.freeze(kind));
    return storedEntries(kinds)(data[1]);
  } catch {
    // Not JSON, or a value of the wrong shape (Invalid): untrusted, whatever the failure.
    return undefined;
  }
}

/** The body after a header of this format, parser and vocabulary whose length and hash it matches. */
function checkedBody(stored: string, vocabularyKey: string): string | undefined {
  const end = stored.indexOf('\n');
  if (end < 0) return undefined;
  let header: Partial<Header> | null;
  try {
    header = JSON.parse(stored.slice(0, end)) as Partial<Header> | null;
  } catch {
    return undefined;
  }
  // The header first: an outdated index is dropped without hashing or reading its body.
  if (typeof header !== 'object' || header === null || header.format !== NOTES_INDEX_FORMAT
    || header.parser !== PARSER_VERSION || header.vocabulary !== vocabularyKey) return undefined;
  const bodyText = stored.slice(end + 1);
  return header.length === bodyText.length && header.hash === bodyHash(bodyText) ? bodyText : undefined;
}

function bodyHash(bodyText: string): string {
  return fnv1a(bodyText, FNV_SEED);
}

/** A short fingerprint of the vocabulary: the same terms and aliases parse the same notes. */
export function vocabularyKey(vocabulary: Vocabulary): string {
  const text = JSON.stringify(vocabulary);
  return `${text.length}-${fnv1a(text, FNV_SEED)}-${fnv1a(text, 0x01000193)}`;
}

const FNV_SEED = 0x811c9dc5;

function fnv1a(text: string, seed: number): string {
  return hash36(fnv1aOf(text, 0, text.length, seed));
}

/** FNV-1a over text[from, to), going on from `hash`: a long text can be hashed a stretch at a time. */
function fnv1aOf(text: string, from: number, to: number, hash: number): number {
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

function hash36(hash: number): string {
  return (hash >>> 0).toString(36);
}
