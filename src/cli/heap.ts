// V8 sizes its heap for speed: a young generation that grows to 32 MB and an old generation allowed to grow well
// past what it holds before it is collected. Beside a notes file of a few megabytes that is most of a run's memory
// (issue 22: any output within ten times its input). A run that reads a large file asks V8 to keep to what it
// holds instead, which costs it up to 80 % more time on such a file (BENCHMARKS.md, thirteenth session).
import * as fs from 'node:fs';
import * as v8 from 'node:v8';

/** From this size of one file on, the run keeps its heap small. */
export const LARGE_NOTES_BYTES = 1024 * 1024;

/**
 * Set once, before the notes are read. Both are V8's own settings of its collector, read each time it sizes the
 * heap: the young generation keeps its first size (1 MB halves); the old generation grows 20 % beyond what a
 * full collection leaves.
 */
const SMALL_HEAP = ['--semi-space-growth-factor=1', '--heap-growing-percent=20'];

/** Keeps the heap small when one of the files is large; true when it does. */
export function keepHeapSmallFor(files: readonly { file: string }[]): boolean {
  if (!files.some(({ file }) => isLarge(file))) return false;
  for (const flag of SMALL_HEAP) v8.setFlagsFromString(flag);
  return true;
}

function isLarge(file: string): boolean {
  try {
    return fs.statSync(file).size >= LARGE_NOTES_BYTES;
  } catch {
    return false;
  }
}
