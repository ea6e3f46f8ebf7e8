import * as vscode from 'vscode';
import { ActiveNotes } from './activeNotes';
import { shorten } from '../core/report/grouping';
import { termLabel } from '../core/vocabulary/labels';
import { uiLang } from '../workspace/lang';
import { levelIcon } from '../workspace/levelStyle';

/** One row of the Thermometer view: the start level, a reading, or the current level. */
export interface ThermometerRow {
  kind: 'start' | 'reading' | 'current';
  level: string | null;
  line: number | null;
  text: string;
}

/** The Thermometer view: the active session's start level, its readings in order, and the current level. */
export class ThermometerView implements vscode.TreeDataProvider<ThermometerRow>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly active: ActiveNotes) {
    this.disposables.push(
      vscode.window.registerTreeDataProvider('facilitatorNotes.thermometer', this),
      active.onDidChange(() => this.changed.fire()),
    );
  }

  rows(): ThermometerRow[] {
    const session = this.active.session;
    if (!session) return [];
    const readings = session.readings.map((r): ThermometerRow => ({ kind: 'reading', level: r.level, line: r.line, text: r.text }));
    const current = session.readings.at(-1)?.level ?? session.startLevel;
    return [
      { kind: 'start', level: session.startLevel, line: session.frontMatterLines?.start ?? null, text: '' },
      ...readings,
      { kind: 'current', level: current, line: null, text: '' },
    ];
  }

  getChildren(row?: ThermometerRow): ThermometerRow[] {
    return row ? [] : this.rows();
  }

  getTreeItem(row: ThermometerRow): vscode.TreeItem {
    const level = row.level ? termLabel('level', row.level, uiLang()) : vscode.l10n.t('No level');
    const label = row.kind === 'start' ? vscode.l10n.t('Start: {0}', level)
      : row.kind === 'current' ? vscode.l10n.t('Now: {0}', level) : level;
    const item = new vscode.TreeItem(label);
    item.iconPath = levelIcon(row.level);
    if (row.kind === 'reading') {
      item.description = `${vscode.l10n.t('line {0}', row.line ?? 0)} · ${shorten(row.text, 50)}`;
      item.tooltip = row.text;
    }
    const doc = this.active.document;
    if (doc && row.line !== null) {
      item.command = {
        command: 'facilitatorNotes.revealObservation',
        title: vscode.l10n.t('Go to Reading'),
        arguments: [doc.uri.toString(), row.line, row.line],
      };
    }
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
