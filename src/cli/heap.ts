// V8 sizes its heap for speed: a young generation that grows to 32 MB and an old generation allowed to grow well
// past what it holds before it is collected. Beside a notes file of a few megabytes that is most of a run's memory
// (issue 22: any output within ten times its input). A run that reads a large file asks V8 to keep to what it
// holds instead, which costs it 35–80 % more time on such a file (BENCHMARKS.md, thirteenth and fourteenth
// sessions). A partners' Word report has its chart renderer's WebAssembly compiled by the baseline compiler only.
import * as fs from 'node:fs';
import * as v8 from 'node:v8';

/** From this size of one file on, the run keeps its heap small. */
export const LARGE_NOTES_BYTES = 1024 * 1024;

/**
 * Set once, before the notes are read. V8's own settings, read each time it sizes the heap: the young generation
 * keeps its first size (1 MB halves); the old generation grows 20 % beyond what a full collection leaves; and V8's
 * choices of memory over speed (its collector compacts and shrinks more).
 */
const SMALL_HEAP = ['--semi-space-growth-factor=1', '--heap-growing-percent=20', '--optimize-for-size'];

/** Keeps the heap small when one of the files is large; true when it does. */
export function keepHeapSmallFor(files: readonly { file: string }[]): boolean {
  if (!files.some(({ file }) => isLarge(file))) return false;
  for (const flag of SMALL_HEAP) v8.setFlagsFromString(flag);
  return true;
}

/**
 * The chart renderer's WebAssembly compiled by V8's baseline compiler only. Its optimising compiler takes some 75 MB
 * at once for resvg's hot functions, more than drawing the charts needs: a one-page report then takes 90 MB instead
 * of 168 (0.36 s instead of 0.92), a folder of 3,000 reports 214 MB instead of 276, at 1.4 times the time for that
 * many charts (BENCHMARKS.md, fourteenth session). Set before the renderer is first loaded.
 */
export function drawChartsWithBaselineCompiler(): void {
  v8.setFlagsFromString('--liftoff-only');
}

function isLarge(file: string): boolean {
  try {
    return fs.statSync(file).size >= LARGE_NOTES_BYTES;
  } catch {
    return false;
  }
}
