import * as vscode from 'vscode';
import { isSessionNotes } from '../core/parse/parser';
import { parseIncrementalGuarded } from '../core/parse/guard';
import { IncrementalSession, LineEdit, mergeLineEdits } from '../core/parse/incremental';
import { Session } from '../core/parse/model';
import { CollaborationMemo } from '../core/report/collaboration';
import { BUILTIN_VOCABULARY, Vocabulary } from '../core/vocabulary/vocabulary';
import { WorkspaceNote, WorkspaceNotes } from './workspaceNotes';

const LIVE_DELAY_MS = 150;
/** While someone types steadily the pauses never come: the views still update at least this often. */
export const LIVE_MAX_WAIT_MS = 600;

/**
 * A document's last parse, kept block by block so the next one re-reads only what changed, with the
 * lines changed since (from the version parsed to `editedVersion`).
 */
interface Parsed {
  version: number;
  session: Session;
  state?: IncrementalSession;
  edit?: LineEdit;
  editedVersion?: number;
}

/**
 * One parse per document version, shared by every feature. Typing re-parses only the
 * changed document, after a short pause, so the keystroke itself never waits on the parser;
 * that parse re-reads only the blocks the typing touched.
 */
export class SessionStore implements vscode.Disposable {
  private readonly cache = new Map<string, Parsed>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** When the first change not yet parsed came, per document: bounds the wait (LIVE_MAX_WAIT_MS). */
  private readonly waitingSince = new Map<string, number>();
  /** The document version each feature was last told about, so a save of an already parsed version stays quiet. */
  private readonly announced = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private vocabularyInUse: Vocabulary = BUILTIN_VOCABULARY;
  /** In a workspace of several folders, each folder's own vocabulary by the folder's uri. */
  private folderVocabularies = new Map<string, Vocabulary>();
  /** The workspace's collaborations as last computed, shared by the views: each recomputes only those whose notes changed. */
  readonly collaborationMemo = new CollaborationMemo();

  /** Fires with the document's uri after its session was re-parsed (or the vocabulary changed). */
  readonly onDidChange = this.changed.event;
  private readonly workspace: WorkspaceNotes;
  /** Fires when a notes file changed on disk (created, changed, deleted, renamed); open documents fire onDidChange. */
  readonly onDidChangeWorkspace: vscode.Event<void>;

  /** `indexFolder`: where the workspace's notes index is kept (the extension's workspace storage); none: no index is kept between starts. */
  constructor(indexFolder?: vscode.Uri) {
    this.workspace = new WorkspaceNotes((doc) => this.notes(doc), (uri) => this.vocabularyFor(uri), indexFolder);
    this.onDidChangeWorkspace = this.workspace.onDidChange;
    this.disposables.push(
      this.workspace,
      vscode.workspace.onDidChangeTextDocument((e) => {
        this.track(e);
        this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => this.refresh(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
    );
  }

  get vocabulary(): Vocabulary {
    return this.vocabularyInUse;
  }

  set vocabulary(vocabulary: Vocabulary) {
    this.useVocabularies(vocabulary, new Map());
  }

  /**
   * `vocabulary`: what features that speak for the whole workspace use (every folder's terms);
   * `byFolder`: the vocabulary each folder's notes are read with, when the folders differ.
   */
  useVocabularies(vocabulary: Vocabulary, byFolder: Map<string, Vocabulary>): void {
    this.vocabularyInUse = vocabulary;
    this.folderVocabularies = byFolder;
    this.cache.clear();
    for (const doc of vscode.workspace.textDocuments) this.changed.fire(doc.uri);
  }

  /** Workspace scans wait until `load` (the team's vocabulary being read) settles, so a start keeps its notes index. */
  vocabularyLoading(load: Promise<unknown>): void {
    this.workspace.waitForVocabulary(load);
  }

  /** The vocabulary the notes at `uri` are read with: their folder's own, else the workspace's. */
  vocabularyFor(uri?: vscode.Uri): Vocabulary {
    const folder = uri && this.folderVocabularies.size ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    return (folder && this.folderVocabularies.get(folder.uri.toString())) ?? this.vocabularyInUse;
  }

  /** The session of a Markdown document, parsed now if the cache is stale; undefined for other documents. */
  get(doc: vscode.TextDocument): Session | undefined {
    if (doc.languageId !== 'markdown') return undefined;
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (hit && (hit.version === doc.version || (doc.isDirty && !this.isLiveParsed(doc)))) return hit.session;
    const since = hit?.state && hit.edit && hit.editedVersion === doc.version ? { state: hit.state, edit: hit.edit } : undefined;
    const { session, state } = parseIncrementalGuarded(doc.getText(), { file: vscode.workspace.asRelativePath(doc.uri), vocabulary: this.vocabularyFor(doc.uri) }, since);
    this.cache.set(key, { version: doc.version, session, state });
    return session;
  }

  /** Adds a change's lines to those changed since the last parse; a change it cannot follow makes the next parse a full one. */
  private track(e: vscode.TextDocumentChangeEvent): void {
    const hit = this.cache.get(e.document.uri.toString());
    if (!hit?.state || e.contentChanges.length === 0) return;
    if ((hit.editedVersion ?? hit.version) !== e.document.version - 1) {
      hit.state = undefined;
      return;
    }
    // The changes of one event apply one after the other, as the extension host applies them.
    for (const change of e.contentChanges) {
      const edit = lineEditOf(change);
      hit.edit = hit.edit ? mergeLineEdits(hit.edit, edit) : edit;
    }
    hit.editedVersion = e.document.version;
  }

  /** The session when the document holds session notes (front matter session keys or a known tag). */
  notes(doc: vscode.TextDocument): Session | undefined {
    return notesOnly(this.get(doc));
  }

  /**
   * The last parsed session notes of a document, even if typing has made them a version old: for what
   * follows the cursor (status bar, tree), so a keystroke never parses. The pending re-parse fires
   * onDidChange. Parses only a document seen for the first time.
   */
  latestNotes(doc: vscode.TextDocument): Session | undefined {
    const hit = doc.languageId === 'markdown' ? this.cache.get(doc.uri.toString()) : undefined;
    return notesOnly(hit ? hit.session : this.get(doc));
  }

  /**
   * What the workspace views read: the note summary of every workspace file matching facilitatorNotes.files (open
   * documents' sessions as typed), from the notes index; cached until the file watcher reports a change.
   */
  workspaceSummaries(): Promise<WorkspaceNote[]> {
    return this.workspace.summaries();
  }

  /** The whole session notes of every workspace file, parsed now and not kept (open documents as typed): for exports and edits. */
  workspaceNotes(): Promise<WorkspaceNote[]> {
    return this.workspace.sessions();
  }

  /** The whole sessions of some workspace files (a dossier's), parsed now and not kept. */
  workspaceNotesOf(uris: readonly vscode.Uri[]): Promise<WorkspaceNote[]> {
    return this.workspace.sessionsOf(uris);
  }

  /** Files the workspace scans parsed since the start or the last rebuild of the notes index: unchanged files are not among them. */
  workspaceFilesParsed(): number {
    return this.workspace.parsedSinceStart();
  }

  /** Drops the notes index: the next workspace scan parses every file again. */
  rebuildWorkspaceIndex(): Promise<void> {
    return this.workspace.rebuild();
  }

  async workspaceSessions(): Promise<Session[]> {
    return (await this.workspaceNotes()).map((n) => n.session);
  }

  /** Whether a document is too large to re-parse while typing; it then updates on save only. */
  isLiveParsed(doc: vscode.TextDocument): boolean {
    const max = vscode.workspace.getConfiguration('facilitatorNotes').get<number>('maxLiveParseBytes', 1_000_000);
    // The offset of the end is the length, without copying the text on every keystroke.
    return doc.offsetAt(new vscode.Position(doc.lineCount, 0)) <= max;
  }

  private schedule(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'markdown' || !this.isLiveParsed(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    const now = Date.now();
    const since = this.waitingSince.get(key) ?? now;
    this.waitingSince.set(key, since);
    this.timers.set(key, setTimeout(() => this.refresh(doc), Math.max(0, Math.min(LIVE_DELAY_MS, since + LIVE_MAX_WAIT_MS - now))));
  }

  /** Re-parses after a pause in typing or on save; tells the features only when there was a new version. */
  private refresh(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.waitingSince.delete(key);
    if (doc.isClosed || doc.languageId !== 'markdown' || this.announced.get(key) === doc.version) return;
    this.announced.set(key, doc.version);
    this.get(doc);
    this.changed.fire(doc.uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.waitingSince.delete(key);
    this.cache.delete(key);
    this.announced.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

function lineEditOf({ range, text }: vscode.TextDocumentContentChangeEvent): LineEdit {
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return { startLine: range.start.line, oldEndLine: range.end.line, newEndLine: range.start.line + breaks };
}

function notesOnly(session: Session | undefined): Session | undefined {
  return session && isSessionNotes(session) ? session : undefined;
}
