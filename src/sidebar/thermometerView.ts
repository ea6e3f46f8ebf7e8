import * as vscode from 'vscode';
import { ActiveNotes } from './activeNotes';
import { shorten } from '../core/report/grouping';
import { termLabel } from '../core/vocabulary/labels';
import { escalation, levelNow } from './escalation';
import { notesLang, say } from '../workspace/lang';
import { levelIcon } from '../workspace/levelStyle';
import { RoomPresentation } from '../workspace/presentation';
import { partnerView } from '../core/report/audience';
import { SessionStore } from '../workspace/sessionStore';

/** One row of the Thermometer view: the start level, a reading, the current level, or what you can do about it. */
export interface ThermometerRow {
  kind: 'start' | 'reading' | 'current' | 'advice';
  level: string | null;
  line: number | null;
  text: string;
}

/**
 * The Thermometer view: the active session's start level, its readings in order, and the current level;
 * when the level escalates (escalation.ts), the current level opens onto what you can do, in the notes' language.
 * While presenting to the room: no reading from a private scope, no reading's text or line, no coaching.
 */
export class ThermometerView implements vscode.TreeDataProvider<ThermometerRow>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChangeTreeData = this.changed.event;
  /** What the rows showed when the view was last told to redraw. */
  private shown: string | undefined;

  constructor(private readonly active: ActiveNotes, private readonly store: SessionStore, private readonly room: RoomPresentation) {
    this.disposables.push(
      vscode.window.registerTreeDataProvider('facilitatorNotes.thermometer', this),
      active.onDidChange(() => this.update()),
      room.onDidChange(() => this.update()),
    );
    // What the view shows when VS Code first asks, so the first update after activation redraws only a change.
    this.shown = this.look();
  }

  /** The active session, as the partners may see it while presenting. */
  private get session() {
    const session = this.active.session;
    return session && this.room.on ? partnerView(session) : session;
  }

  /** Redraws only when a row would look different, so typing an observation leaves the view alone. */
  private update(): void {
    const shown = this.look();
    if (shown === this.shown) return;
    this.shown = shown;
    this.changed.fire();
  }

  /** Everything a row or its advice shows, to compare. */
  private look(): string {
    return JSON.stringify([this.active.document?.uri.toString(), this.rows(), this.advice()]);
  }

  rows(): ThermometerRow[] {
    const session = this.session;
    if (!session) return [];
    const presenting = this.room.on;
    const readings = session.readings.map((r): ThermometerRow => (presenting ? { kind: 'reading', level: r.level, line: null, text: '' } : { kind: 'reading', level: r.level, line: r.line, text: r.text }));
    const current = levelNow(session);
    return [
      { kind: 'start', level: session.startLevel, line: session.frontMatterLines?.start ?? null, text: '' },
      ...readings,
      { kind: 'current', level: current, line: null, text: '' },
    ];
  }

  /** What you can do at the level now, when it escalated; none otherwise. */
  advice(): ThermometerRow[] {
    if (this.room.on) return [];
    const session = this.active.session;
    const doc = this.active.document;
    const alarm = session && escalation(session, this.store.vocabularyFor(doc?.uri), notesLang(doc?.uri, session));
    return alarm ? alarm.actions.map((text) => ({ kind: 'advice', level: alarm.level, line: null, text })) : [];
  }

  getChildren(row?: ThermometerRow): ThermometerRow[] {
    if (!row) return this.rows();
    return row.kind === 'current' ? this.advice() : [];
  }

  getTreeItem(row: ThermometerRow): vscode.TreeItem {
    if (row.kind === 'advice') {
      const item = new vscode.TreeItem(row.text);
      item.iconPath = new vscode.ThemeIcon('lightbulb', new vscode.ThemeColor(`facilitatorNotes.${row.level}Level`));
      item.tooltip = row.text;
      return item;
    }
    const doc = this.active.document;
    const lang = notesLang(doc?.uri, this.active.session);
    const level = row.level ? termLabel('level', row.level, lang, this.store.vocabularyFor(doc?.uri)) : say(lang, 'No level');
    const label = row.kind === 'start' ? say(lang, 'Start: {0}', level)
      : row.kind === 'current' ? say(lang, 'Now: {0}', level) : level;
    const escalated = row.kind === 'current' && this.advice().length > 0;
    const item = new vscode.TreeItem(label, escalated ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.iconPath = levelIcon(row.level);
    if (escalated) item.description = say(lang, 'what you can do');
    if (row.kind === 'reading' && row.line !== null) {
      item.description = `${say(lang, 'line {0}', row.line ?? 0)} · ${shorten(row.text, 50)}`;
      item.tooltip = row.text;
    }
    if (doc && row.line !== null) {
      item.command = {
        command: 'facilitatorNotes.revealObservation',
        title: say(lang, 'Go to Reading'),
        arguments: [doc.uri.toString(), row.line, row.line],
      };
    }
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
