// The last resort against a defect of ours: an unexpected exception while reading one file becomes an
// error problem on that file, so the report, the views and the preview go on with every other file.
import { IncrementalSession, LineEdit, parseIncremental, updateIncremental } from './incremental';
import { Session } from './model';
import { parseNotesInTurns, ParseOptions, parseSession, Pause } from './parser';
import { problemMessage } from './problemText';
import { SourceText } from './sourceText';

/** parseSession that never throws: on a failure, the file as a session without notes and one error. */
export function parseSessionGuarded(text: string, options: ParseOptions): Session {
  try {
    return parseSession(text, options);
  } catch (e) {
    return failedSession(text, options, e);
  }
}

/**
 * The incremental session of `text` (after `edit` of `previous`'s text, when given) that never throws: on
 * a failure, parseSessionGuarded's session and nothing kept for the next update.
 */
export function parseIncrementalGuarded(text: string, options: ParseOptions, previous?: { state: IncrementalSession; edit: LineEdit }): { session: Session; state?: IncrementalSession } {
  try {
    const state = previous ? updateIncremental(previous.state, text, previous.edit, options) : parseIncremental(text, options);
    return { session: state.session, state };
  } catch {
    return { session: parseSessionGuarded(text, options) };
  }
}

/** An empty session of the file (line count kept) whose one problem says what failed. */
export function failedSession(text: string, options: ParseOptions, error: unknown): Session {
  // The built-in vocabulary: the file's own may be what failed.
  const session = parseSession('', { file: options.file });
  const problem: Session['problems'][number] = {
    line: 1, severity: 'error', code: 'unreadable', message: '', args: { kind: 'failure', detail: errorText(error) },
  };
  problem.message = problemMessage(problem, 'en', { vocabulary: { dimensions: [] }, tags: [] });
  return { ...session, lineCount: new SourceText(text).lineCount, problems: [problem] };
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/** The file's session and what `use` makes of it; a throw in either gives failedSession's, with `failed` set. */
export function readGuarded<T>(text: string, options: ParseOptions, use: (session: Session) => T): GuardedRead<T> {
  try {
    return usedRead(parseSession(text, options), use);
  } catch (e) {
    return failedRead(text, options, use, e);
  }
}

/** readGuarded whose parse asks `pause` between top-level blocks (parseNotesInTurns): the CLI's. */
export async function readGuardedInTurns<T>(text: string, options: ParseOptions, use: (session: Session) => T, pause: Pause): Promise<GuardedRead<T>> {
  try {
    return usedRead((await parseNotesInTurns(text, options, false, pause)).session, use);
  } catch (e) {
    return failedRead(text, options, use, e);
  }
}

export interface GuardedRead<T> { session: Session; result: T; failed: boolean }

function usedRead<T>(session: Session, use: (session: Session) => T): GuardedRead<T> {
  return { session, result: use(session), failed: false };
}

function failedRead<T>(text: string, options: ParseOptions, use: (session: Session) => T, error: unknown): GuardedRead<T> {
  const session = failedSession(text, options, error);
  return { session, result: use(session), failed: true };
}
