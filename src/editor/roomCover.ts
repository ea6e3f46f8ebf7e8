// While presenting to the room, private paragraphs in the editor are covered: their text made invisible
// on a grey band, so a shared screen never shows them. What is private is what partnerView leaves out.
import * as vscode from 'vscode';
import { privateRanges } from '../core/report/audience';
import { RoomPresentation } from '../workspace/presentation';
import { SessionStore } from '../workspace/sessionStore';

export class RoomCover implements vscode.Disposable {
  private readonly cover = vscode.window.createTextEditorDecorationType({
    opacity: '0',
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.inactiveSelectionBackground'),
  });
  /** The 1-based line ranges last covered per document; tests read them. */
  readonly covered = new Map<string, [number, number][]>();
  private readonly disposables: vscode.Disposable[] = [this.cover];

  constructor(private readonly store: SessionStore, private readonly room: RoomPresentation) {
    const paintUri = (uri: vscode.Uri) => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) this.paint(editor);
    };
    this.disposables.push(
      room.onDidChange(() => vscode.window.visibleTextEditors.forEach((e) => this.paint(e))),
      store.onDidChange((uri) => room.on && paintUri(uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => room.on && editors.forEach((e) => this.paint(e))),
    );
  }

  private paint(editor: vscode.TextEditor): void {
    const session = this.room.on ? this.store.notes(editor.document) : undefined;
    const lines = session ? privateRanges(session) : [];
    this.covered.set(editor.document.uri.toString(), lines);
    editor.setDecorations(this.cover, lines.map(([from, to]) => new vscode.Range(from - 1, 0, to - 1, Number.MAX_SAFE_INTEGER)));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
