// While presenting to the room, private paragraphs in the editor are covered: their text made invisible
// on a grey band, so a shared screen never shows them. What is private is what partnerView leaves out.
import * as vscode from 'vscode';
import { Session } from '../core/parse/model';
import { partnerView } from '../core/report/audience';
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
    const lines = session ? hiddenLines(session) : [];
    this.covered.set(editor.document.uri.toString(), lines);
    editor.setDecorations(this.cover, lines.map(([from, to]) => new vscode.Range(from - 1, 0, to - 1, Number.MAX_SAFE_INTEGER)));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The 1-based line ranges, merged, the partners' view of the session leaves out: observations, actions, decisions, sections, tags. */
export function hiddenLines(session: Session): [number, number][] {
  const view = partnerView(session);
  const gone = <T>(all: readonly T[], kept: readonly T[]) => {
    const keep = new Set(kept);
    return all.filter((x) => !keep.has(x));
  };
  return [
    ...gone(session.observations, view.observations).map((o): [number, number] => [o.startLine, o.endLine]),
    ...gone(session.actions, view.actions).map((a): [number, number] => [a.line, a.line]),
    ...gone(session.decisions, view.decisions).map((d): [number, number] => [d.line, d.line]),
    ...gone(session.headings, view.headings).map((h): [number, number] => [h.line, h.endLine]),
    ...gone(session.tags, view.tags).map((t): [number, number] => [t.line, t.line]),
  ].sort((a, b) => a[0] - b[0] || a[1] - b[1]).reduce<[number, number][]>((merged, range) => {
    const last = merged.at(-1);
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
    return merged;
  }, []);
}
