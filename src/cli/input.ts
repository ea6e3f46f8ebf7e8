// What both commands share: exit codes, finding and reading the notes files, the team vocabulary, the
// refusal of an --out that cannot be written, and how a message is said.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nextTurn, pauseEvery, writeChunksAtomically } from '../io/atomicWrite';
import { failedSession, readGuardedInTurns } from '../core/parse/guard';
import { headIsSessionNotes, NotesHead } from '../core/parse/windows';
import type { Pause } from '../core/parse/parser';
import { Session } from '../core/parse/model';
import { isSessionNotes } from '../core/parse/parser';
import { decodeNotes, MAX_NOTES_BYTES, unreadableReason } from '../core/parse/notesText';
import { keepHeapSmallFor } from './heap';
import { BUILTIN_VOCABULARY, Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { mergeVocabulary, readVocabularyFile, VOCABULARY_FILE } from '../core/vocabulary/vocabularyFile';

export const EXIT = { ok: 0, unreadableInput: 1, usage: 2, output: 3 } as const;
export const LANGS: Lang[] = ['en', 'nl'];

/** A mistake in the command's words: said with a pointer to --help, exit 2. */
export class UsageError extends Error {}

export interface NotesFile { file: string; explicit: boolean }

/** Why the report cannot go to --out FILE as a file. */
function outRefusal(out: string, force: boolean): string | undefined {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(out, { throwIfNoEntry: false });
  } catch (e) {
    return `cannot write ${out}: ${(e as Error).message}`;
  }
  if (stat?.isDirectory()) return `${out} is a folder; give --out the name of a file.`;
  if (stat && !force) return `${out} already exists; use --force to replace it.`;
  return undefined;
}

/** The notes a reading command works on; `failed` turns the exit code to 1 and stays settable while they are read. */
export interface CommandInput { files: NotesFile[]; vocabulary: Vocabulary; failed: boolean }

/**
 * What every command that reads notes does first: find the files (folders expanded), refuse an --out that is one
 * of them, and read the team vocabulary. An exit code when the command must stop there.
 */
export function commandInput(options: { paths: string[]; out?: string; force: boolean; vocabulary?: string }): CommandInput | number {
  let failed = false;
  const files = collectFiles(options.paths, () => (failed = true));
  const refused = refuseOut(options.out, options.force, files);
  if (refused !== undefined) return refused;
  keepHeapSmallFor(files);
  const team = teamVocabulary(options.vocabulary);
  return { files, vocabulary: team.vocabulary, failed: failed || team.failed };
}

/**
 * Says why the report cannot go to --out FILE and returns the exit code: 2 when FILE is one of the notes read,
 * 3 when it exists (without --force) or is a folder; undefined when it may be written. Checked before any file is read.
 */
export function refuseOut(out: string | undefined, force: boolean, files: readonly NotesFile[]): number | undefined {
  if (out === undefined) return undefined;
  const overInput = inputRefusal(out, files);
  const refusal = overInput ?? outRefusal(out, force);
  if (refusal) complain(refusal);
  return refusal === undefined ? undefined : overInput ? EXIT.usage : EXIT.output;
}

/**
 * Why --out would write over one of the notes being read: the same file by real path or by device and inode, so
 * a symbolic or hard link to an input counts too. Refused whatever --force says, so no run can cost the notes.
 */
export function inputRefusal(out: string, files: readonly NotesFile[]): string | undefined {
  const target = identity(out);
  const input = target && files.find(({ file }) => sameFile(identity(file), target));
  return input ? `--out ${out} is the notes file ${input.file}; the report never replaces its input: choose another --out.` : undefined;
}

interface FileIdentity { real: string; dev: number; ino: number }

function identity(file: string): FileIdentity | undefined {
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat && { real: fs.realpathSync(file), dev: stat.dev, ino: stat.ino };
  } catch {
    return undefined;
  }
}

function sameFile(a: FileIdentity | undefined, b: FileIdentity): boolean {
  return !!a && (a.real === b.real || (a.dev === b.dev && a.ino === b.ino && b.ino !== 0));
}

/**
 * The built-in vocabulary with the team's file applied: --vocabulary FILE, else .facilitator-notes.yaml in the
 * current folder when there is one. As in the editor, a file with errors is left out and reported, one line per
 * problem, and the report is made with the built-in vocabulary.
 */
export function teamVocabulary(explicit: string | undefined): { vocabulary: Vocabulary; failed: boolean } {
  const file = explicit ?? VOCABULARY_FILE;
  const exists = fs.existsSync(file);
  if (!explicit && !exists) return { vocabulary: BUILTIN_VOCABULARY, failed: false };
  const text = exists ? readText(file) : { reason: 'no such file' };
  if (typeof text !== 'string') {
    complain(`${file}: ${text.reason}`);
  } else {
    const reading = readVocabularyFile(text, BUILTIN_VOCABULARY, 'en');
    if (reading.file) return { vocabulary: mergeVocabulary(BUILTIN_VOCABULARY, reading.file), failed: false };
    for (const issue of reading.issues) complain(`${file}:${issue.line ?? 1}: ${issue.message}`);
  }
  complain(`${file}: not used; the report uses the built-in vocabulary.`);
  return { vocabulary: BUILTIN_VOCABULARY, failed: true };
}

/** The files to read, in argument order, folders expanded in sorted order; each file once. */
export function collectFiles(paths: string[], onFailure: () => void): { file: string; explicit: boolean }[] {
  const seen = new Set<string>();
  const files: { file: string; explicit: boolean }[] = [];
  const add = (file: string, explicit: boolean) => {
    const key = path.resolve(file);
    if (!seen.has(key)) files.push({ file, explicit });
    seen.add(key);
  };
  const skip = (where: string, e: unknown) => {
    complain(`${where}: ${whyUnreachable(e)}`);
    onFailure();
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      skip(p, e);
      continue;
    }
    if (stat.isDirectory()) for (const file of markdownFilesIn(p, skip)) add(file, false);
    else add(p, true);
  }
  return files;
}

/**
 * *.md files under a folder (regular or not), sorted by name at each level; skips node_modules, dot folders,
 * symlinked folders and dangling links. A subfolder or link that cannot be read is passed to `skip` and left out.
 */
function markdownFilesIn(dir: string, skip: (where: string, e: unknown) => void): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    skip(dir, e);
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : markdownFilesIn(full, skip);
    if (!/\.md$/i.test(entry.name)) return [];
    // A FIFO or device is kept, so that reading it says why it is skipped, as for one named on the command line.
    if (!entry.isSymbolicLink()) return [full];
    try {
      const target = fs.statSync(full, { throwIfNoEntry: false });
      return target && !target.isDirectory() ? [full] : [];
    } catch (e) {
      skip(full, e);
      return [];
    }
  });
}

/** Why a path could not be reached, in a few words. */
function whyUnreachable(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT': case 'ENOTDIR': return 'no such file or folder';
    case 'ELOOP': return 'a symbolic link that points back to itself; skipped.';
    case 'EACCES': case 'EPERM': return 'permission denied; skipped.';
    default: return `${(e as Error).message}; skipped.`;
  }
}

/**
 * The file's text, or why it is not readable as UTF-8 text. Opened without blocking and checked to be a
 * regular file of at most MAX_NOTES_BYTES before reading, so a FIFO or a device never hangs the run.
 */
export function readText(file: string): string | { reason: string } {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { reason: 'not a regular file; skipped.' };
    if (stat.size > MAX_NOTES_BYTES) return { reason: `larger than ${MAX_NOTES_BYTES / 1024 / 1024} MB; skipped.` };
    bytes = fs.readFileSync(fd);
  } catch (e) {
    return { reason: `cannot read: ${whyUnreachable(e)}` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  const decoded = decodeNotes(bytes);
  if ('text' in decoded) return decoded.text;
  return { reason: `${unreadableReason(decoded.unreadable, 'en')}; skipped.` };
}

/** Writes the report to --out (atomically) or to standard output; false when --out could not be written (said on stderr). */
export async function sendReport(chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, out: string | undefined, force: boolean): Promise<boolean> {
  if (out === undefined) {
    for await (const chunk of chunks) process.stdout.write(chunk);
    return true;
  }
  try {
    await writeChunksAtomically(out, chunks, force);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    complain(code === 'EEXIST' ? `${out} already exists; use --force to replace it.` : `cannot write ${out}: ${(e as Error).message}`);
    return false;
  }
}

/** The options, or the usage exit code once the mistake is said. */
export function optionsOrComplaint<T>(read: () => T, command: string): T | number {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) throw e;
    complain(`${(e as Error).message}\nRun 'facilitator-notes ${command} --help' for usage.`);
    return EXIT.usage;
  }
}

export function complain(message: string): void {
  process.stderr.write(`facilitator-notes: ${message}\n`);
}

/** Pieces made as they are asked for, with a turn of the event loop now and then, so a signal is handled while they are made. */
export async function* inTurns<T>(pieces: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  const pause = pauseEvery();
  for await (const piece of pieces) {
    yield piece;
    const turn = pause();
    if (turn) await turn;
  }
}

/** Each file's text, one at a time after a turn of the event loop; a file that cannot be read is said and skipped. */
async function* eachText(files: NotesFile[], onFailure: () => void, say: (message: string) => void): AsyncGenerator<NotesFile & { text: string }> {
  for (const { file, explicit } of files) {
    // Pauses between files and stages, so SIGINT and SIGTERM are handled while a large input is read.
    await nextTurn();
    const text = readText(file);
    if (typeof text !== 'string') {
      say(`${file}: ${text.reason}`);
      onFailure();
    } else yield { file, explicit, text };
  }
}

/**
 * Each file's session, with what `after` makes of it inside the parser's guard, one at a time; a file that cannot be
 * read, or breaks the parser, is said and skipped, and a file found in a folder only when it holds session notes.
 */
export async function* readNotes<T>(files: NotesFile[], vocabulary: Vocabulary, onFailure: () => void, after: (session: Session, text: string) => T,
  say: (message: string) => void = complain): AsyncGenerator<{ session: Session; result: T }> {
  for await (const { file, explicit, text } of eachText(files, onFailure, say)) {
    // The parse itself gives a turn now and then, so a signal is handled partway through a large file.
    const { session, result, failed } = await readGuardedInTurns(text, { file, vocabulary }, (read) => after(read, text), pauseEvery());
    await nextTurn();
    if (failed) {
      say(`${file}: ${session.problems[0].message}`);
      onFailure();
    } else if (explicit || isSessionNotes(session)) yield { session, result };
  }
}

/**
 * Each file's first reading in windows (`first`: nothing of the file's lists need be kept), with its text, one at a
 * time; as readNotes, a file that cannot be read or breaks the parser is said and skipped, and a file found in a
 * folder only when it holds session notes.
 */
export async function* readFirst<T extends { head: NotesHead }>(files: NotesFile[], vocabulary: Vocabulary, onFailure: () => void,
  first: (notes: { file: string; text: string }, pause: Pause) => Promise<T>, say: (message: string) => void = complain): AsyncGenerator<T & { text: string }> {
  for await (const { file, explicit, text } of eachText(files, onFailure, say)) {
    let read: T;
    try {
      read = await first({ file, text }, pauseEvery());
    } catch (e) {
      say(`${file}: ${failedSession(text, { file, vocabulary }, e).problems[0].message}`);
      onFailure();
      continue;
    }
    await nextTurn();
    if (explicit || headIsSessionNotes(read.head)) yield { ...read, text };
  }
}

/** The sessions of the files, one at a time (dossier, qdpx, qdc). */
export async function* readSessions(files: NotesFile[], vocabulary: Vocabulary, onFailure: () => void): AsyncGenerator<Session> {
  for await (const { session } of readNotes(files, vocabulary, onFailure, () => undefined)) yield session;
}
