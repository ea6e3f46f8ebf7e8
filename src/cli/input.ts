// What the commands share: exit codes, finding and reading the notes files (into sessions), the team vocabulary, the
// refusal of an --out that cannot be written, and how a message is said.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomically } from '../io/atomicWrite';
import { decodeNotes, MAX_NOTES_BYTES } from '../core/parse/notesText';
import { Session } from '../core/parse/model';
import { readGuarded } from '../core/parse/guard';
import { isSessionNotes } from '../core/parse/parser';
import { BUILTIN_VOCABULARY, Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { mergeVocabulary, readVocabularyFile, VOCABULARY_FILE } from '../core/vocabulary/vocabularyFile';

export const EXIT = { ok: 0, unreadableInput: 1, usage: 2, output: 3 } as const;
export const LANGS: Lang[] = ['en', 'nl'];

/** A mistake in the command's words: said with a pointer to --help, exit 2. */
export class UsageError extends Error {}

export interface NotesFile { file: string; explicit: boolean }

/** Why the report cannot go to --out FILE, checked before any file is read. */
export function outRefusal(out: string, force: boolean): string | undefined {
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

/**
 * The options of a command that writes --out FILE, or its exit code when it is already done: a usage mistake
 * said, its help printed, or an --out it may not write refused (before any notes are read).
 */
export function writingCommand<T extends { help: false; out: string; force: boolean }>(command: string, help: string, read: () => T | { readonly help: true }): T | number {
  const options = optionsOrComplaint(read, command);
  if (typeof options === 'number') return options;
  if (options.help) {
    process.stdout.write(help);
    return EXIT.ok;
  }
  const refusal = outRefusal(options.out, options.force);
  if (refusal) {
    complain(refusal);
    return EXIT.output;
  }
  return options;
}

/** Writes --out FILE atomically; says why when it cannot (false: exit with EXIT.output). */
export function writeOut(out: string, data: string | Uint8Array, force: boolean): boolean {
  try {
    writeFileAtomically(out, data, force);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    complain(code === 'EEXIST' ? `${out} already exists; use --force to replace it.` : `cannot write ${out}: ${(e as Error).message}`);
    return false;
  }
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
 * *.md files under a folder, sorted by name at each level; skips node_modules, dot folders and symlinked
 * folders. A subfolder or link that cannot be read is passed to `skip` and left out.
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
    if (entry.isFile()) return [full];
    try {
      return entry.isSymbolicLink() && fs.statSync(full, { throwIfNoEntry: false })?.isFile() ? [full] : [];
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
  return { reason: decoded.unreadable === 'binary' ? 'not a text file (it contains NUL bytes); skipped.' : 'not UTF-8 text (invalid byte sequence); skipped.' };
}

export function complain(message: string): void {
  process.stderr.write(`facilitator-notes: ${message}\n`);
}

/**
 * The sessions of the notes under PATHs (as `dossier` and `qdpx` read them): a file named on its own always, a
 * file found in a folder when it is session notes. One file that cannot be read or breaks the parser is said and
 * left out; `failed` tells the caller to exit with EXIT.unreadableInput.
 */
export function readSessions(paths: string[], vocabulary: Vocabulary): { sessions: Session[]; failed: boolean } {
  let failed = false;
  const sessions: Session[] = [];
  for (const { file, explicit } of collectFiles(paths, () => (failed = true))) {
    const text = readText(file);
    if (typeof text !== 'string') {
      complain(`${file}: ${text.reason}`);
      failed = true;
      continue;
    }
    const { session, failed: broke } = readGuarded(text, { file, vocabulary }, () => undefined);
    if (broke) {
      complain(`${file}: ${session.problems[0].message}`);
      failed = true;
    } else if (explicit || isSessionNotes(session)) sessions.push(session);
  }
  return { sessions, failed };
}
/**
 * The collaboration folder of a file: its folder relative to the first PATH folder that holds it, the PATH
 * folder's own name at its root; a file named on its own goes by the name of its folder.
 */
export function folderUnder(paths: string[], file: string): string {
  const dir = path.resolve(path.dirname(file));
  for (const p of paths) {
    const relative = path.relative(path.resolve(p), dir);
    if (relative === '') return path.basename(path.resolve(p));
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).join('/');
  }
  return path.basename(dir);
}
