// The one atomic file write (CLI reports and the extension's exports on local disks): the text goes to a
// temporary file beside the target, is flushed, then moved into place, so no reader ever sees half a
// file. Temporary files are named `.<target>.facilitator-notes-<pid>.tmp`, so a later write can tell
// its own stale ones (their process is gone) from another writer's work in progress.
import * as fs from 'node:fs';
import * as path from 'node:path';

const TEMP = /^\.(.+)\.facilitator-notes-(\d+)\.tmp$/;
const inFlight = new Set<string>();

export function tempPathFor(target: string, pid = process.pid): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.facilitator-notes-${pid}.tmp`);
}

/**
 * Writes `text` to `target`. Without `replace`, an existing target is never touched (a hard link fails
 * with EEXIST even when the file appeared meanwhile).
 */
export function writeFileAtomically(target: string, text: string | Uint8Array, replace: boolean): void {
  const temp = openTemp(target);
  try {
    fs.writeFileSync(temp.fd, text);
    place(temp, target, replace);
  } finally {
    closeTemp(temp);
  }
}

/**
 * One turn of the event loop. A SIGINT or SIGTERM handler runs only when the loop gets control, which
 * awaiting a promise alone never gives it: long synchronous stages wait on this between them.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A pause for synchronous work done in steps (the parse of a large file, block by block): a turn of the event
 * loop once `ms` milliseconds went by since the last, so a signal is handled within about that time.
 */
export function pauseEvery(ms = 50): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    const now = performance.now();
    if (now - last < ms) return undefined;
    last = now;
    return nextTurn();
  };
}

/**
 * writeFileAtomically for text made piece by piece (a streamed report): each chunk is written as it
 * comes. The event loop gets a turn before the file is moved into place, so a signal that came during
 * the work is handled (and the temporary file removed) before the target is touched.
 */
export async function writeChunksAtomically(target: string, chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  replace: boolean): Promise<void> {
  const temp = openTemp(target);
  try {
    for await (const chunk of chunks) fs.writeFileSync(temp.fd, chunk);
    await nextTurn();
    place(temp, target, replace);
  } finally {
    closeTemp(temp);
  }
}

interface Temp { path: string; fd: number; closed: boolean }

function openTemp(target: string): Temp {
  removeStaleTemps(target);
  const temp = tempPathFor(target);
  inFlight.add(temp);
  try {
    return { path: temp, fd: fs.openSync(temp, 'wx'), closed: false };
  } catch (e) {
    inFlight.delete(temp);
    throw e;
  }
}

/** Flushes the temporary file and moves it into place. */
function place(temp: Temp, target: string, replace: boolean): void {
  fs.fsyncSync(temp.fd);
  fs.closeSync(temp.fd);
  temp.closed = true;
  if (replace) fs.renameSync(temp.path, target);
  else placeWithoutReplacing(temp.path, target);
}

function closeTemp(temp: Temp): void {
  if (!temp.closed) fs.closeSync(temp.fd);
  fs.rmSync(temp.path, { force: true });
  inFlight.delete(temp.path);
}

/** Where hard links are unsupported, falls back to a rename after a last check. */
function placeWithoutReplacing(temp: string, target: string): void {
  try {
    fs.linkSync(temp, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' || fs.existsSync(target)) throw e;
    fs.renameSync(temp, target);
  }
}

/** Removes temporary files for `target` left by writers that were killed (their process no longer runs). */
export function removeStaleTemps(target: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || m[1] !== path.basename(target) || isRunning(Number(m[2]))) continue;
    fs.rmSync(path.join(path.dirname(target), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files of writes in progress; for a process that is being interrupted. */
export function removeTempsInFlight(): void {
  for (const temp of inFlight) fs.rmSync(temp, { force: true });
  inFlight.clear();
}
