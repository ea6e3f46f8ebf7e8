import * as vscode from 'vscode';
import { Session } from '../core/parse/model';
import { MAX_NOTES_BYTES, unreadableReason } from '../core/parse/notesText';
import { NoteSummary } from '../core/report/noteSummary';
import { NotesIndex, vocabularyKey } from '../core/report/notesIndex';
import { Vocabulary } from '../core/vocabulary/vocabulary';
import { uiLang } from './lang';
import { NoteReading, readNote, readNoteSummary } from './noteFile';
import { NotesPool } from './notesPool';
import { readFileBytes, statFile } from './fileAccess';

export interface WorkspaceNote {
  uri: vscode.Uri;
  /** From summaries(): the file's note summary (an open document's session as typed); from sessions(): its whole session. */
  session: Session;
}

const SETTLE_MS = 150;
/** The index is written this long after the last change to it, so a burst of file changes writes it once. */
const SAVE_DELAY_MS = 2000;
const INDEX_FILE = 'notes-index.json';

/** A turn of the event loop: what waits for the host (a message, a click) goes first. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A file read() skipped (too large, not UTF-8): it gets no index entry, so the next start says so again. */
class Skipped extends Error {}

/**
 * The session notes of every workspace file that matches `facilitatorNotes.files`. The workspace views read their
 * summaries, lazily on first use, through the notes index (`indexFolder`, the extension's workspace storage): a file
 * is parsed only when its size or mtime differs from its entry, and the index is written back after a change.
 * Within a run, a file is stat'ed once; the file watcher makes it stat'ed again. Whole sessions (exports, tag
 * refactoring, a dossier) are parsed from the files when asked for and not kept. Open documents count as typed.
 */
export class WorkspaceNotes implements vscode.Disposable {
  private index: Promise<NotesIndex> | undefined;
  private indexVocabulary: Vocabulary | undefined;
  private indexKey: string | undefined;
  /** Files parsed through the index since this instance began or the index was rebuilt: a warm start parses only changed files. */
  private parsed = 0;
  /** Of those, the files the notes pool's workers parsed. */
  private parsedByWorkers = 0;
  /** Each file's reading since the index was loaded or the watcher last reported it: a file is stat'ed once, even by scans at the same time. */
  private readonly checked = new Map<string, Promise<NoteSummary | null>>();
  private files: Promise<vscode.Uri[]> | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  /** The index waiting for saveTimer: written at once when the extension stops. */
  private unsaved: NotesIndex | undefined;
  private readonly reported = new Set<string>();
  /** The vocabulary's load in progress: scans wait for it, so no file is parsed (nor the index dropped) with terms about to change. */
  private vocabularyLoad: Promise<unknown> = Promise.resolve();
  /** Parses files on disk off the main thread (Node hosts); created on the first file to parse. */
  private pool: NotesPool | null | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires (settled) after a matching file was created, changed, deleted or renamed on disk. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly openNotes: (doc: vscode.TextDocument) => Session | undefined,
    /** The vocabulary the notes at `uri` are read with; without `uri`, the workspace's. */
    private readonly vocabulary: (uri?: vscode.Uri) => Vocabulary,
    private readonly indexFolder?: vscode.Uri,
    /** The notes worker's bundle, beside this one (dist/); the web bundle has no __dirname and no worker threads. */
    private readonly workerScript = typeof __dirname === 'string' ? `${__dirname}/notesWorker.js` : undefined,
  ) {
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('facilitatorNotes.files')) this.reset();
    }));
  }

  /** Every notes file's summary from the index (open documents' sessions as typed), untitled notes last. */
  async summaries(): Promise<WorkspaceNote[]> {
    await this.vocabularyLoaded();
    const uris = await this.list();
    const index = await this.loadedIndex();
    const results = await Promise.all(uris.map((uri) => this.summaryOf(uri, index)));
    index.keepOnly(uris.map((uri) => uri.toString()));
    if (index.changed) this.scheduleSave(index);
    return this.withUntitled(results);
  }

  /** Every notes file's whole session, parsed now (open documents as typed): for exports and edits across the workspace. */
  async sessions(): Promise<WorkspaceNote[]> {
    return this.withUntitled(await this.sessionsOf(await this.list()));
  }

  /** The whole sessions of these files, parsed now; a file that holds no session notes or is skipped is left out. */
  async sessionsOf(uris: readonly vscode.Uri[]): Promise<WorkspaceNote[]> {
    await this.vocabularyLoaded();
    const results = await Promise.all(uris.map(async (uri) => {
      const session = this.openSession(uri) ?? await this.readNow(uri);
      return session ? { uri, session } : undefined;
    }));
    return results.filter((r): r is WorkspaceNote => !!r);
  }

  private withUntitled(results: readonly (WorkspaceNote | undefined)[]): WorkspaceNote[] {
    const found = results.filter((r): r is WorkspaceNote => !!r);
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.isUntitled) {
        const session = this.openNotes(doc);
        if (session) found.push({ uri: doc.uri, session });
      }
    }
    return found;
  }

  /** Scans begun from now on wait until `load` (the team's vocabulary being read) settles. */
  waitForVocabulary(load: Promise<unknown>): void {
    this.vocabularyLoad = load.then(undefined, () => undefined);
  }

  private async vocabularyLoaded(): Promise<void> {
    let load: Promise<unknown>;
    do await (load = this.vocabularyLoad);
    while (load !== this.vocabularyLoad);
  }

  /** How many files the scans parsed since this instance began or the index was rebuilt (the bench and tests count them). */
  parsedSinceStart(): number {
    return this.parsed;
  }

  /** How many of parsedSinceStart()'s files worker threads parsed (tests check the pool runs in the extension host). */
  parsedOffThread(): number {
    return this.parsedByWorkers;
  }

  /** Forgets the stored index and every entry: the next scan parses every file (command Rebuild Notes Index). */
  async rebuild(): Promise<void> {
    const file = this.indexFile();
    clearTimeout(this.saveTimer);
    this.unsaved = undefined;
    if (file) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    this.index = undefined;
    this.parsed = 0;
    this.checked.clear();
    this.settle();
  }

  private list(): Promise<vscode.Uri[]> {
    this.watch();
    this.files ??= Promise.resolve(vscode.workspace.findFiles(this.glob(), excludes()))
      .then((uris) => uris.sort((a, b) => a.path.localeCompare(b.path)));
    return this.files;
  }

  /** The index for the vocabulary in use, read from storage once (an unreadable or invalid one starts empty). */
  private loadedIndex(): Promise<NotesIndex> {
    const vocabulary = this.vocabulary();
    if (this.index && this.indexVocabulary === vocabulary) return this.index;
    this.indexVocabulary = vocabulary;
    // Every folder's vocabulary is in the key: a change to any one of them parses the notes again.
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => this.vocabulary(f.uri));
    const key = [...new Set([vocabulary, ...folders])].map(vocabularyKey).join('\n');
    // The same terms made again (the team's vocabulary loaded at every start) keep the index and what was checked.
    if (this.index && key === this.indexKey) return this.index;
    this.indexKey = key;
    this.checked.clear();
    this.index = this.readIndex(key);
    return this.index;
  }

  private async readIndex(key: string): Promise<NotesIndex> {
    const file = this.indexFile();
    const bytes = file && await vscode.workspace.fs.readFile(file).then((b) => b, () => undefined);
    return new NotesIndex(key, bytes && new TextDecoder().decode(bytes));
  }

  private indexFile(): vscode.Uri | undefined {
    return this.indexFolder && vscode.Uri.joinPath(this.indexFolder, INDEX_FILE);
  }

  private scheduleSave(index: NotesIndex): void {
    clearTimeout(this.saveTimer);
    this.unsaved = index;
    this.saveTimer = setTimeout(() => void this.save(index), SAVE_DELAY_MS);
  }

  /** Written whole to a temporary file, then renamed over the index, so a crash never leaves half an index. */
  private async save(index: NotesIndex): Promise<void> {
    const file = this.indexFile();
    this.unsaved = undefined;
    if (!file || !this.indexFolder) return;
    // Unchanged from here on, unless a file is read while the index is written: a scan meanwhile schedules no second save.
    index.changed = false;
    try {
      const temporary = vscode.Uri.joinPath(this.indexFolder, `${INDEX_FILE}.tmp`);
      await vscode.workspace.fs.createDirectory(this.indexFolder);
      // Made in turns: thousands of notes take the host a few hundred milliseconds, the time of a click on a dossier.
      const text = await index.serializeInTurns(nextTurn);
      await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
      await vscode.workspace.fs.rename(temporary, file, { overwrite: true });
    } catch {
      // Storage we cannot write only costs the next start a full scan.
      index.changed = true;
    }
  }

  /** An open document's session as typed; undefined when the file is not open (null: open, but no session notes). */
  private openSession(uri: vscode.Uri): Session | null | undefined {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    return doc && (this.openNotes(doc) ?? null);
  }

  private async summaryOf(uri: vscode.Uri, index: NotesIndex): Promise<WorkspaceNote | undefined> {
    const open = this.openSession(uri);
    if (open !== undefined) return open ? { uri, session: open } : undefined;
    const key = uri.toString();
    let reading = this.checked.get(key);
    if (!reading) this.checked.set(key, (reading = this.readThroughIndex(uri, index)));
    const summary = await reading;
    return summary ? { uri, session: summary } : undefined;
  }

  /** The file's summary from the index, parsed when its size or mtime changed; null for a file that holds none or was skipped. */
  private async readThroughIndex(uri: vscode.Uri, index: NotesIndex): Promise<NoteSummary | null> {
    const key = uri.toString();
    try {
      const { size, mtime } = await statFile(uri);
      return await index.summary({ uri: key, size, mtime }, async () => {
        this.parsed++;
        return this.notesOf(uri, await this.summarise(uri, size));
      });
    } catch (e) {
      // A skipped file stays skipped until the watcher reports it; any other failure is tried again next scan.
      if (!(e instanceof Skipped)) this.checked.delete(key);
      return null;
    }
  }

  /** A file on disk goes to the pool's workers; any other file, or one the pool gives back, is parsed here. */
  private async summarise(uri: vscode.Uri, size: number): Promise<NoteReading<NoteSummary>> {
    const vocabulary = this.vocabulary(uri);
    const file = vscode.workspace.asRelativePath(uri);
    const pool = uri.scheme === 'file' ? this.notesPool() : undefined;
    const read = await pool?.read({ path: uri.fsPath, file, size, vocabulary });
    if (read) this.parsedByWorkers++;
    return read ?? readNoteSummary(size, () => readFileBytes(uri), file, vocabulary);
  }

  private notesPool(): NotesPool | undefined {
    if (this.pool === undefined) this.pool = (this.workerScript && NotesPool.create(this.workerScript)) || null;
    return this.pool ?? undefined;
  }

  /** The file's session parsed now; null for a file that holds none, was skipped or cannot be read. */
  private async readNow(uri: vscode.Uri): Promise<Session | null> {
    try {
      const { size } = await statFile(uri);
      return this.notesOf(uri, await readNote(size, () => readFileBytes(uri), vscode.workspace.asRelativePath(uri), this.vocabulary(uri)));
    } catch {
      return null;
    }
  }

  /** The reading's notes; a skipped file is said once and throws Skipped. */
  private notesOf<T>(uri: vscode.Uri, reading: NoteReading<T>): T | null {
    if ('notes' in reading) return reading.notes;
    const path = vscode.workspace.asRelativePath(uri);
    this.report(uri, reading.skipped === 'too-large'
      ? vscode.l10n.t('Facilitator Notes skipped {0}: it is larger than {1} MB.', path, MAX_NOTES_BYTES / 1024 / 1024)
      : vscode.l10n.t('Facilitator Notes skipped {0}: {1}.', path, unreadableReason(reading.skipped, uiLang())));
    throw new Skipped();
  }

  /** Says once per file that it was skipped, without blocking anything. */
  private report(uri: vscode.Uri, message: string): void {
    if (this.reported.has(uri.toString())) return;
    this.reported.add(uri.toString());
    void vscode.window.showWarningMessage(message);
  }

  private watch(): void {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(this.glob());
    // A reported file is stat'ed again on the next scan; its index entry says whether it must be parsed.
    const listChanged = (uri: vscode.Uri): void => {
      this.checked.delete(uri.toString());
      this.files = undefined;
      this.settle();
    };
    this.watcher.onDidCreate(listChanged);
    this.watcher.onDidDelete(listChanged);
    this.watcher.onDidChange((uri) => {
      // An open document is read as typed, not from disk: its save (autosave after every pause) changes no view.
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
      this.checked.delete(uri.toString());
      this.settle();
    });
  }

  private settle(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), SETTLE_MS);
  }

  private reset(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    this.files = undefined;
    this.settle();
  }

  private glob(): string {
    return vscode.workspace.getConfiguration('facilitatorNotes').get<string>('files', '**/*.md') || '**/*.md';
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.saveTimer);
    if (this.unsaved) void this.save(this.unsaved);
    this.watcher?.dispose();
    this.pool?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** The user's files.exclude patterns plus dependency folders, as one glob. */
function excludes(): string {
  const configured = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude', {});
  const patterns = Object.entries(configured).filter(([, on]) => on === true).map(([p]) => p);
  return `{${[...patterns, '**/node_modules/**'].join(',')}}`;
}
