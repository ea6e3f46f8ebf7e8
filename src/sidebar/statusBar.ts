import * as vscode from 'vscode';
import { ActiveNotes } from './activeNotes';
import { levelAt } from '../core/parse/parser';
import { termLabel } from '../core/vocabulary/labels';
import { uiLang } from '../workspace/lang';
import { levelCodicon } from '../workspace/levelStyle';
import { SessionStore } from '../workspace/sessionStore';

/**
 * The status bar item of the active notes file: the level in force at the cursor and the number of
 * observations; a hint when the file only updates on save. Clicking it runs "Set Thermometer…".
 */
export class NotesStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('facilitatorNotes.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** Whether the active file re-parses while typing; checked per document change, not per cursor move. */
  private live = true;

  constructor(private readonly store: SessionStore, private readonly active: ActiveNotes) {
    this.item.name = vscode.l10n.t('Facilitator Notes');
    this.item.command = 'facilitatorNotes.setThermometer';
    this.disposables.push(
      active.onDidChange(() => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor.document === active.document && this.update()),
    );
    setImmediate(() => this.refresh());
  }

  private refresh(): void {
    const doc = this.active.document;
    this.live = !doc || this.store.isLiveParsed(doc);
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const doc = this.active.document;
    const session = this.active.session;
    if (!editor || !doc || editor.document !== doc || !session) {
      this.item.hide();
      return;
    }
    const level = levelAt(session, editor.selection.active.line + 1);
    const label = level ? termLabel('level', level, uiLang()) : vscode.l10n.t('No level');
    const count = session.observations.length;
    const observations = count === 1 ? vscode.l10n.t('1 observation') : vscode.l10n.t('{0} observations', count);
    const live = this.live;
    this.item.text = `${levelCodicon(level)} ${label} · ${observations}${live ? '' : ' $(history)'}`;
    this.item.tooltip = [
      vscode.l10n.t('Thermometer level at the cursor. Click to set the thermometer.'),
      ...(live ? [] : [vscode.l10n.t('This file is larger than facilitatorNotes.maxLiveParseBytes: the sidebar updates when you save.')]),
    ].join('\n\n');
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
