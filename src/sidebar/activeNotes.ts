import * as vscode from 'vscode';
import { Session } from '../core/parse/model';
import { SessionStore } from '../workspace/sessionStore';

/**
 * The notes document the sidebar and status bar show: the active Markdown editor's document,
 * kept while the focus moves to a non-text editor, dropped when it closes.
 */
export class ActiveNotes implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires when the document switches or its session was re-parsed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly store: SessionStore) {
    this.follow(vscode.window.activeTextEditor);
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.current) this.set(undefined);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('facilitatorNotes.files') && this.changed.fire()),
      store.onDidChange((uri) => {
        if (this.current?.uri.toString() === uri.toString()) this.changed.fire();
        else if (!this.current) this.follow(vscode.window.activeTextEditor);
      }),
    );
  }

  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  /** The session of the document when it holds session notes (untitled, or matching facilitatorNotes.files), as last parsed. */
  get session(): Session | undefined {
    const doc = this.current;
    if (!doc) return undefined;
    const files = vscode.workspace.getConfiguration('facilitatorNotes').get<string>('files') || '**/*.md';
    return doc.isUntitled || vscode.languages.match({ pattern: files }, doc) > 0 ? this.store.latestNotes(doc) : undefined;
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor?.document.languageId === 'markdown') this.set(editor.document);
  }

  private set(doc: vscode.TextDocument | undefined): void {
    if (doc === this.current) return;
    this.current = doc;
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
