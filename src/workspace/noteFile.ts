// One notes file's bytes to its session or summary, the same on the extension host and in the notes worker
// (notesWorker.ts): no vscode here, so the worker bundle holds only the core.
import { isSessionNotes } from '../core/parse/parser';
import { parseSessionGuarded } from '../core/parse/guard';
import { Session } from '../core/parse/model';
import { decodeNotes, MAX_NOTES_BYTES, Unreadable } from '../core/parse/notesText';
import { NoteSummary, noteSummary } from '../core/report/noteSummary';
import { Vocabulary } from '../core/vocabulary/vocabulary';

/** Why a file was skipped: larger than MAX_NOTES_BYTES, or bytes that are not notes text. */
export type SkipReason = 'too-large' | Unreadable;

/** A file's session notes (null: it holds none), or why it was skipped. */
export type NoteReading<T> = { notes: T | null } | { skipped: SkipReason };

/** The session notes of a file's bytes ('file' is its workspace-relative path, as problems name it). */
function readNoteBytes(bytes: Uint8Array, file: string, vocabulary: Vocabulary): NoteReading<Session> {
  const decoded = decodeNotes(bytes);
  if (!('text' in decoded)) return { skipped: decoded.unreadable };
  // A failure of ours shows as an error problem on this file; the other files are read as usual.
  const session = parseSessionGuarded(decoded.text, { file, vocabulary });
  return { notes: isSessionNotes(session) || session.problems.some((p) => p.code === 'unreadable') ? session : null };
}

/** The session notes of a file of `size` bytes, read by `read` only when it is not too large. */
export async function readNote(size: number, read: () => Promise<Uint8Array>, file: string, vocabulary: Vocabulary): Promise<NoteReading<Session>> {
  return size > MAX_NOTES_BYTES ? { skipped: 'too-large' } : readNoteBytes(await read(), file, vocabulary);
}

/** What the notes index keeps of a file of `size` bytes, read by `read` only when it is not too large. */
export async function readNoteSummary(size: number, read: () => Promise<Uint8Array>, file: string, vocabulary: Vocabulary): Promise<NoteReading<NoteSummary>> {
  const reading = await readNote(size, read, file, vocabulary);
  return 'skipped' in reading ? reading : { notes: reading.notes && noteSummary(reading.notes, vocabulary) };
}
