import * as vscode from 'vscode';
import { isSessionNotes } from '../core/parse/parser';
import { parseSessionGuarded } from '../core/parse/guard';
import { Session } from '../core/parse/model';
import { decodeNotes, MAX_NOTES_BYTES } from '../core/parse/notesText';
import { Vocabulary } from '../core/vocabulary/vocabulary';

export interface WorkspaceNote {
  uri: vscode.Uri;
  session: Session;
}

interface Cached {
  vocabulary: Vocabulary;
  /** null when the file is not session notes or cannot be read as text. */
  session: Session | null;
}

const SETTLE_MS = 150;

/**
 * The session notes of every workspace file that matches `facilitatorNotes.files`. Read lazily on
 * first use and cached; the file watcher drops a file's entry when it changes on disk, so a refresh
 * reads only changed files (no stat per file). Open documents count as typed.
 */
export class WorkspaceNotes implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private files: Promise<vscode.Uri[]> | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires (settled) after a matching file was created, changed, deleted or renamed on disk. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly openNotes: (doc: vscode.TextDocument) => Session | undefined,
    private readonly vocabulary: () => Vocabulary,
  ) {
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('facilitatorNotes.files')) this.reset();
    }));
  }

  async sessions(): Promise<WorkspaceNote[]> {
    const uris = await this.list();
    const results = await Promise.all(uris.map((uri) => this.sessionOf(uri)));
    const found = results.filter((r): r is WorkspaceNote => !!r);
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.isUntitled) {
        const session = this.openNotes(doc);
        if (session) found.push({ uri: doc.uri, session });
      }
    }
    return found;
  }

  private list(): Promise<vscode.Uri[]> {
    this.watch();
    this.files ??= Promise.resolve(vscode.workspace.findFiles(this.glob(), excludes()))
      .then((uris) => uris.sort((a, b) => a.path.localeCompare(b.path)));
    return this.files;
  }

  private async sessionOf(uri: vscode.Uri): Promise<WorkspaceNote | undefined> {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (doc) {
      const session = this.openNotes(doc);
      return session && { uri, session };
    }
    try {
      const vocabulary = this.vocabulary();
      let hit = this.cache.get(key);
      if (!hit || hit.vocabulary !== vocabulary) {
        hit = { vocabulary, session: await this.read(uri, vocabulary) };
        this.cache.set(key, hit);
      }
      return hit.session ? { uri, session: hit.session } : undefined;
    } catch {
      this.cache.delete(key);
      return undefined;
    }
  }

  /** The file's session notes; a file above MAX_NOTES_BYTES is not read at all. */
  private async read(uri: vscode.Uri, vocabulary: Vocabulary): Promise<Session | null> {
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > MAX_NOTES_BYTES) {
      this.report(uri, vscode.l10n.t('Facilitator Notes skipped {0}: it is larger than {1} MB.', vscode.workspace.asRelativePath(uri), MAX_NOTES_BYTES / 1024 / 1024));
      return null;
    }
    return this.parse(uri, await vscode.workspace.fs.readFile(uri), vocabulary);
  }

  private parse(uri: vscode.Uri, bytes: Uint8Array, vocabulary: Vocabulary): Session | null {
    const decoded = decodeNotes(bytes);
    if (!('text' in decoded)) {
      this.report(uri, vscode.l10n.t('Facilitator Notes skipped {0}: it is not UTF-8 text.', vscode.workspace.asRelativePath(uri)));
      return null;
    }
    // A failure of ours shows as an error problem on this file; the other files are read as usual.
    const session = parseSessionGuarded(decoded.text, { file: vscode.workspace.asRelativePath(uri), vocabulary });
    return isSessionNotes(session) || session.problems.some((p) => p.code === 'unreadable') ? session : null;
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
    const created = (): void => {
      this.files = undefined;
      this.settle();
    };
    this.watcher.onDidCreate(created);
    this.watcher.onDidDelete((uri) => {
      this.cache.delete(uri.toString());
      created();
    });
    this.watcher.onDidChange((uri) => {
      this.cache.delete(uri.toString());
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
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** The user's files.exclude patterns plus dependency folders, as one glob. */
function excludes(): string {
  const configured = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude', {});
  const patterns = Object.entries(configured).filter(([, on]) => on === true).map(([p]) => p);
  return `{${[...patterns, '**/node_modules/**'].join(',')}}`;
}
