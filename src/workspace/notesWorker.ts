// The notes worker (bundled as dist/notesWorker.js): reads, decodes and parses a batch of notes files off the
// extension host's main thread and returns each one's summary (or why it was skipped). notesPool.ts runs it.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { KindTable } from '../core/report/kindTable';
import { CountedObservation, NoteSummary } from '../core/report/noteSummary';
import { Vocabulary } from '../core/vocabulary/vocabulary';
import { readNoteSummary } from './noteFile';
import type { FromWorker, SentSummary, ToWorker } from './notesPool';

/** The vocabularies sent so far, by the pool's id: each crosses once per worker. */
const vocabularies = new Map<number, Vocabulary>();
/** Each kind of observation sent so far: its place in the table the host keeps for this worker. */
const table = new KindTable();

/** The summary with its observations as places in the table; kinds new to it go to `added` (sent with this batch). */
function asSent(summary: NoteSummary, added: CountedObservation[]): SentSummary {
  const observations = summary.observations.map((kind) => {
    const known = table.kinds.length;
    const place = table.placeOf(kind);
    if (place === known) added.push(kind);
    return place;
  });
  return { ...summary, observations };
}

parentPort?.on('message', async ({ batch, vocabularies: sent, files }: ToWorker) => {
  for (const [id, vocabulary] of sent) vocabularies.set(id, vocabulary);
  const readings: FromWorker['readings'] = [];
  const kinds: CountedObservation[] = [];
  // Read synchronously: this thread has nothing else to do, and a promise per file costs more than the read.
  for (const { path, file, size, vocabulary } of files) {
    try {
      const reading = await readNoteSummary(size, async () => readFileSync(path), file, vocabularies.get(vocabulary)!);
      readings.push('skipped' in reading ? reading : { notes: reading.notes && asSent(reading.notes, kinds) });
    } catch {
      // The host reads this file itself and meets the failure as it would have.
      readings.push({ failed: true });
    }
  }
  parentPort!.postMessage({ batch, kinds, readings } satisfies FromWorker);
});
