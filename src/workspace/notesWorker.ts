// The notes worker (bundled as dist/notesWorker.js): reads, decodes and parses a batch of notes files off the
// extension host's main thread and returns each one's summary (or why it was skipped). notesPool.ts runs it.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Vocabulary } from '../core/vocabulary/vocabulary';
import { readNoteSummary } from './noteFile';
import type { FromWorker, ToWorker } from './notesPool';

/** The vocabularies sent so far, by the pool's id: each crosses once per worker. */
const vocabularies = new Map<number, Vocabulary>();

parentPort?.on('message', async ({ batch, vocabularies: sent, files }: ToWorker) => {
  for (const [id, vocabulary] of sent) vocabularies.set(id, vocabulary);
  const readings: FromWorker['readings'] = [];
  // Read synchronously: this thread has nothing else to do, and a promise per file costs more than the read.
  for (const { path, file, size, vocabulary } of files) {
    try {
      readings.push(await readNoteSummary(size, async () => readFileSync(path), file, vocabularies.get(vocabulary)!));
    } catch {
      // The host reads this file itself and meets the failure as it would have.
      readings.push({ failed: true });
    }
  }
  parentPort!.postMessage({ batch, readings } satisfies FromWorker);
});
