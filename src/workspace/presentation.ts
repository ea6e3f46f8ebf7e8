// Present to the Room: one switch that every view reads. While it is on, what is on screen is what the
// partners may see: the overview shows the partner report in large type, the editor covers private
// paragraphs and the sidebar leaves private items out. Toggling it off restores everything.
import * as vscode from 'vscode';

export const PRESENT_COMMAND = 'facilitatorNotes.presentToRoom';

export class RoomPresentation implements vscode.Disposable {
  private presenting = false;
  private readonly changed = new vscode.EventEmitter<boolean>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires with the new state after each toggle. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.push(vscode.commands.registerCommand(PRESENT_COMMAND, () => this.toggle()));
  }

  get on(): boolean {
    return this.presenting;
  }

  /** Switches presenting on or off (`on` given: to that state) and tells every view; returns the new state. */
  toggle(on = !this.presenting): boolean {
    if (on === this.presenting) return on;
    this.presenting = on;
    this.changed.fire(on);
    return on;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
