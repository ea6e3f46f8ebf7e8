// A few worker threads that parse notes files for the workspace scan (notesWorker.ts), so a cold start of
// thousands of notes does not hold the extension host's main thread. Node hosts only: where there are no worker
// threads (VS Code for the Web) or the pool fails, read() answers undefined and the caller parses in-process.
import type * as Os from 'node:os';
import type { Worker as NodeWorker } from 'node:worker_threads';
import type * as WorkerThreads from 'node:worker_threads';
import { CountedObservation, NoteSummary } from '../core/report/noteSummary';
import { Vocabulary } from '../core/vocabulary/vocabulary';
import { NoteReading } from './noteFile';
import { builtin } from './nodeBuiltin';

/** One file for a worker: its path on disk, its workspace-relative name, its size and the vocabulary it is read with. */
export interface PoolFile {
  path: string;
  file: string;
  size: number;
  vocabulary: Vocabulary;
}

export interface ToWorker {
  batch: number;
  /** The vocabularies this worker has not seen yet, by id. */
  vocabularies: [number, Vocabulary][];
  files: (Omit<PoolFile, 'vocabulary'> & { vocabulary: number })[];
}

/** A summary as a worker sends it: its observations as places in the worker's table of kinds. */
export type SentSummary = Omit<NoteSummary, 'observations'> & { observations: number[] };

export interface FromWorker {
  batch: number;
  /**
   * The kinds of observation this batch adds to the worker's table (the host keeps one per worker): each kind crosses
   * once, and the host's summaries share one object per kind, as a warm start's index does (a cold scan's held 65 MB
   * at 5,000 notes where the same index read back holds 22 MB).
   */
  kinds: CountedObservation[];
  /** In the order of the batch's files; failed: the host reads that file itself. */
  readings: (NoteReading<SentSummary> | { failed: true })[];
}

type Answer = NoteReading<NoteSummary> | undefined;
interface Job { file: PoolFile; done: (answer: Answer) => void }
interface PoolWorker { worker: NodeWorker; batches: Map<number, Job[]>; known: Set<number>; kinds: CountedObservation[] }

/** Files a message: few enough that a worker is soon free, enough that messages stay few. */
const BATCH = 32;
/** Batches a worker holds at once, so it has the next while the host takes the last one's results. */
const IN_FLIGHT = 2;
/** Requests gathered this long before a batch is sent: the scan's stats answer in bursts. */
const GATHER_MS = 5;
/** Fewer files than this, with no worker running, are parsed in-process: a worker's start costs more. */
const MIN_FILES = 8;
/** An idle pool ends its workers this long after the last result, handing their memory back. */
const LINGER_MS = 200;

export class NotesPool {
  private readonly queue: Job[] = [];
  private readonly workers: PoolWorker[] = [];
  private readonly ids = new WeakMap<Vocabulary, number>();
  private nextId = 0;
  private nextBatch = 0;
  /** A worker crashed or the pool was disposed: every file is parsed in-process from then on. */
  private closed = false;
  private gather: NodeJS.Timeout | undefined;
  private linger: NodeJS.Timeout | undefined;

  /** The pool for the worker script at `script` (dist/notesWorker.js); undefined where the host has no worker threads. */
  static create(script: string): NotesPool | undefined {
    const threads = builtin<typeof WorkerThreads>('node:worker_threads');
    const os = builtin<typeof Os>('node:os');
    if (!threads?.Worker || !os) return undefined;
    const size = Math.max(1, Math.min(4, (os.availableParallelism?.() ?? os.cpus().length) - 1));
    return new NotesPool(threads.Worker, script, size);
  }

  private constructor(private readonly Worker: typeof NodeWorker, private readonly script: string, readonly size: number) {}

  /** How many workers run now (0 once a scan is done and the pool idled). */
  get running(): number {
    return this.workers.length;
  }

  /** The file's summary or why it was skipped, read by a worker; undefined: parse it in-process. */
  read(file: PoolFile): Promise<Answer> {
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((done) => {
      this.queue.push({ file, done });
      clearTimeout(this.linger);
      this.gather ??= setTimeout(() => this.dispatch(), GATHER_MS);
    });
  }

  private dispatch(): void {
    clearTimeout(this.gather);
    this.gather = undefined;
    if (!this.workers.length && this.queue.length < MIN_FILES) this.answerAll(this.queue.splice(0), undefined);
    while (this.queue.length) {
      const free = this.workers.find((w) => w.batches.size < IN_FLIGHT) ?? this.start();
      if (!free) return;
      this.send(free, this.queue.splice(0, BATCH));
    }
    this.idleCheck();
  }

  private start(): PoolWorker | undefined {
    if (this.workers.length >= this.size) return undefined;
    let worker: NodeWorker;
    try {
      worker = new this.Worker(this.script);
    } catch {
      this.close();
      return undefined;
    }
    const pool: PoolWorker = { worker, batches: new Map(), known: new Set(), kinds: [] };
    worker.unref();
    worker.on('message', (message: FromWorker) => this.answered(pool, message));
    worker.on('error', () => this.crashed(pool));
    worker.on('exit', () => this.crashed(pool));
    this.workers.push(pool);
    return pool;
  }

  private send(pool: PoolWorker, jobs: Job[]): void {
    const batch = this.nextBatch++;
    const message: ToWorker = { batch, vocabularies: [], files: [] };
    for (const { file } of jobs) {
      const id = this.idOf(file.vocabulary);
      if (!pool.known.has(id)) message.vocabularies.push([id, file.vocabulary]);
      pool.known.add(id);
      message.files.push({ path: file.path, file: file.file, size: file.size, vocabulary: id });
    }
    pool.batches.set(batch, jobs);
    pool.worker.postMessage(message);
  }

  private idOf(vocabulary: Vocabulary): number {
    let id = this.ids.get(vocabulary);
    if (id === undefined) this.ids.set(vocabulary, (id = this.nextId++));
    return id;
  }

  private answered(pool: PoolWorker, { batch, kinds, readings }: FromWorker): void {
    const jobs = pool.batches.get(batch) ?? [];
    pool.batches.delete(batch);
    for (const kind of kinds) pool.kinds.push(kind);
    jobs.forEach((job, i) => job.done(received(readings[i], pool.kinds)));
    this.dispatch();
  }

  /** A worker that stopped with batches in hand: those files, and all later ones, are parsed in-process. */
  private crashed(pool: PoolWorker): void {
    const at = this.workers.indexOf(pool);
    if (at < 0) return;
    this.workers.splice(at, 1);
    if (!pool.batches.size) return;
    for (const jobs of pool.batches.values()) this.answerAll(jobs, undefined);
    pool.batches.clear();
    this.close();
  }

  private idleCheck(): void {
    if (this.queue.length || this.workers.some((w) => w.batches.size)) return;
    clearTimeout(this.linger);
    this.linger = setTimeout(() => this.stopWorkers(), LINGER_MS);
  }

  private stopWorkers(): void {
    for (const pool of this.workers.splice(0)) {
      this.answerAll([...pool.batches.values()].flat(), undefined);
      void pool.worker.terminate();
    }
  }

  private answerAll(jobs: Job[], answer: Answer): void {
    for (const job of jobs) job.done(answer);
  }

  private close(): void {
    this.closed = true;
    clearTimeout(this.gather);
    clearTimeout(this.linger);
    this.answerAll(this.queue.splice(0), undefined);
    this.stopWorkers();
  }

  dispose(): void {
    this.close();
  }
}

/** A worker's reading with its observations' kinds taken from the worker's table; undefined: the host reads the file. */
function received(reading: FromWorker['readings'][number] | undefined, kinds: readonly CountedObservation[]): Answer {
  if (!reading || 'failed' in reading) return undefined;
  if ('skipped' in reading || !reading.notes) return reading as NoteReading<NoteSummary>;
  const places = reading.notes.observations;
  if (places.some((place) => kinds[place] === undefined)) return undefined;
  return { notes: { ...reading.notes, observations: places.map((place) => kinds[place]) } };
}
