// The status bar's Present to the Room switch: a quiet screen icon beside notes, and while presenting a
// highlighted "Presenting to the room" that switches it off when clicked.
import * as vscode from 'vscode';
import { ActiveNotes } from './activeNotes';
import { notesLang, say } from '../workspace/lang';
import { PRESENT_COMMAND, RoomPresentation } from '../workspace/presentation';

export class PresentingStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('facilitatorNotes.presenting', vscode.StatusBarAlignment.Right, 101);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly active: ActiveNotes, private readonly room: RoomPresentation) {
    this.item.name = vscode.l10n.t('Present to the Room');
    this.item.command = PRESENT_COMMAND;
    this.disposables.push(active.onDidChange(() => this.update()), room.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const on = this.room.on;
    // The notes' language, as the sidebar's: the room sees this text too.
    const lang = notesLang(this.active.document?.uri, this.active.session);
    this.item.text = on ? `$(device-desktop) ${say(lang, 'Presenting to the room')}` : '$(device-desktop)';
    this.item.tooltip = on ? say(lang, 'Private notes are hidden. Click to stop presenting.') : say(lang, 'Present to the Room: hide private notes, coaching and hints');
    this.item.backgroundColor = on ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    if (on || this.active.document) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
