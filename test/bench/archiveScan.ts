// The cold scan outside VS Code, as WorkspaceNotes does it per file (read, decode, parse, summarise), over the
// generated archive: in-process, then through the notes pool's worker threads. Prints wall time, the main thread's
// busy time (event loop utilisation: what the extension host's main thread would spend) and RSS.
// `node dist/test/bench/archiveScan.js [dir] [notes] [inprocess|pool]`; with --cpu-prof it profiles the scan.
// Not part of `npm test`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUILTIN_VOCABULARY } from '../../src/core/vocabulary/vocabulary';
import { NotesIndex } from '../../src/core/report/notesIndex';
import { NoteSummary } from '../../src/core/report/noteSummary';
import { NoteReading, readNoteSummary } from '../../src/workspace/noteFile';
import { NotesPool, PoolFile } from '../../src/workspace/notesPool';
import { generateArchive } from './archive';

const dir = process.argv[2] ?? path.join(os.tmpdir(), 'fn-archive-scan');
const notes = Number(process.argv[3]) || 5000;
const modes = process.argv[4] ? [process.argv[4]] : ['inprocess', 'pool'];
if (!fs.existsSync(dir)) generateArchive(dir, notes, Math.max(1, Math.round(notes / 25)));
const files: PoolFile[] = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md'))
  .map((f) => ({ path: path.join(dir, f), file: f, size: fs.statSync(path.join(dir, f)).size, vocabulary: BUILTIN_VOCABULARY }));
const megabytes = () => `${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`;

async function scan(mode: string): Promise<void> {
  const pool = mode === 'pool' ? NotesPool.create(path.join(__dirname, '../../notesWorker.js')) : undefined;
  const inProcess = (f: PoolFile) => readNoteSummary(f.size, () => fs.promises.readFile(f.path), f.file, f.vocabulary);
  const heapBefore = collectedHeap();
  const busy = performance.eventLoopUtilization();
  const started = performance.now();
  const read = await Promise.all(files.map(async (f) => (await pool?.read(f)) ?? inProcess(f)));
  const wall = performance.now() - started;
  const { active } = performance.eventLoopUtilization(busy);
  const summaries = read.filter((r) => 'notes' in r && r.notes).length;
  const indexing = performance.now();
  const index = await indexOf(read.splice(0));
  const indexed = performance.now() - indexing;
  console.log(`${mode}: ${files.length} files, ${summaries} summaries${pool ? ` (${pool.size} workers)` : ''}: wall ${wall.toFixed(0)} ms, `
    + `main thread busy ${active.toFixed(0)} ms, RSS ${megabytes()}`);
  console.log(`  entered into the index in ${indexed.toFixed(0)} ms; heap held with it after a full collection: ${index.size} entries, +${megabytesOf(collectedHeap() - heapBefore)}`);
  const serializing = performance.now();
  const stored = index.serialize();
  console.log(`  written out (${megabytesOf(stored.length)} of text) in ${(performance.now() - serializing).toFixed(0)} ms`);
  if (!pool) {
    const heapBeforeWarm = collectedHeap();
    const warm = new NotesIndex('bench', stored);
    console.log(`  the same index read back from its ${megabytesOf(stored.length)} of text: ${warm.size} entries, +${megabytesOf(collectedHeap() - heapBeforeWarm)}`);
    return;
  }
  while (pool.running) await new Promise((resolve) => setTimeout(resolve, 50));
  pool.dispose();
  (globalThis as { gc?: () => void }).gc?.();
  console.log(`  after the workers ended: RSS ${megabytes()}`);
}

/** The readings entered into a notes index, as the scan does (the same summary objects). */
async function indexOf(read: readonly NoteReading<NoteSummary>[]): Promise<NotesIndex> {
  const index = new NotesIndex('bench');
  await Promise.all(read.map((r, i) => index.summary({ uri: files[i].path, size: files[i].size, mtime: 0 }, async () => ('notes' in r ? r.notes : null))));
  return index;
}

/** Heap in use after a full collection (run node with --expose-gc; else heap in use as it is). */
function collectedHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

const megabytesOf = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

void (async () => {
  for (const mode of modes) await scan(mode);
})();
