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
  removeStaleTemps(target);
  const temp = tempPathFor(target);
  inFlight.add(temp);
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (replace) fs.renameSync(temp, target);
    else placeWithoutReplacing(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
    inFlight.delete(temp);
  }
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
