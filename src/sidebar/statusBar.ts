import * as vscode from 'vscode';
import { ActiveNotes } from './activeNotes';
import { escalation, levelNow } from './escalation';
import { levelAt } from '../core/parse/parser';
import { escapeMarkdown } from '../core/render/shared/escape';
import { termLabel } from '../core/vocabulary/labels';
import { notesLang, say } from '../workspace/lang';
import { levelCodicon } from '../workspace/levelStyle';
import { RoomPresentation } from '../workspace/presentation';
import { partnerView } from '../core/report/audience';
import { SessionStore } from '../workspace/sessionStore';

/**
 * The status bar item of the active notes file: the level now (and the level at the cursor when that
 * differs) and the number of observations; a hint when the file only updates on save. When the level
 * escalates it takes the level's colour and its tooltip lists what you can do. Clicking it runs
 * "Set Thermometer…". While presenting to the room it counts as the partners' view does, without coaching.
 */
export class NotesStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('facilitatorNotes.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** Whether the active file re-parses while typing; checked per document change, not per cursor move. */
  private live = true;
  /** What the item shows, as last sent; '' while hidden. */
  private look: string | undefined;

  constructor(private readonly store: SessionStore, private readonly active: ActiveNotes, private readonly room: RoomPresentation) {
    this.item.name = vscode.l10n.t('Facilitator Notes');
    this.item.command = 'facilitatorNotes.setThermometer';
    this.disposables.push(
      active.onDidChange(() => this.refresh()),
      room.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor.document === active.document && this.update()),
    );
    setTimeout(() => this.refresh());
  }

  private refresh(): void {
    const doc = this.active.document;
    this.live = !doc || this.store.isLiveParsed(doc);
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const doc = this.active.document;
    const notes = this.active.session;
    const session = notes && this.room.on ? partnerView(notes) : notes;
    if (!editor || !doc || editor.document !== doc || !session) {
      if (this.look === '') return;
      this.look = '';
      this.item.hide();
      return;
    }
    // Everything the item says is in the notes' language, the escalation's advice included.
    const lang = notesLang(doc.uri, session);
    const vocabulary = this.store.vocabularyFor(doc.uri);
    const name = (level: string | null) => (level ? termLabel('level', level, lang, vocabulary) : say(lang, 'No level'));
    const now = levelNow(session);
    const atCursor = levelAt(session, editor.selection.active.line + 1);
    const cursor = atCursor === now ? '' : ` ${say(lang, '(cursor: {0})', name(atCursor))}`;
    const count = session.observations.length;
    const observations = count === 1 ? say(lang, '1 observation') : say(lang, '{0} observations', count);
    const live = this.live;
    const text = `${levelCodicon(now)} ${name(now)}${cursor} · ${observations}${live ? '' : ' $(history)'}`;
    const alarm = this.room.on ? undefined : escalation(session, vocabulary, lang);
    const alarmLevel = alarm ? termLabel('level', alarm.level, lang, vocabulary) : '';
    // Every setter sends the item to the window, which redraws the status bar: not on each key when nothing changed.
    const look = JSON.stringify([text, alarm, alarmLevel]);
    if (look === this.look) return;
    this.look = look;
    const hint = [
      say(lang, 'Thermometer level now. Click to set the thermometer.'),
      ...(live ? [] : [say(lang, 'This file is larger than facilitatorNotes.maxLiveParseBytes: the sidebar updates when you save.')]),
    ].join('\n\n');
    this.item.text = text;
    this.item.color = alarm ? new vscode.ThemeColor(`facilitatorNotes.${alarm.level}Level`) : undefined;
    this.item.tooltip = alarm ? escalationTooltip(say(lang, '{0}: what you can do', alarmLevel), alarm.actions, hint) : hint;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The heading ("Onenigheid: wat je kunt doen"), what you can do (vocabulary text, escaped), then the usual hint. */
function escalationTooltip(heading: string, actions: string[], hint: string): vscode.MarkdownString {
  const lines = [`**${escapeMarkdown(heading)}**`, '', ...actions.map((a) => `- ${escapeMarkdown(a)}`), '', escapeMarkdown(hint)];
  return new vscode.MarkdownString(lines.join('\n'));
}
