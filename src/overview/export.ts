// Export commands: observations as CSV, the overview as Markdown or HTML, rendered by the same
// core renderers as the CLI. Files are written atomically and never replaced without asking.
import * as crypto from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { writeFileAtomically } from '../io/atomicWrite';
import { exists } from '../workspace/files';
import { Session } from '../core/parse/model';
import { buildReport } from '../core/report/overview';
import { REPORT_FORMATS } from '../core/render/formats';
import { uiLang } from '../workspace/lang';
import { SessionStore } from '../workspace/sessionStore';

export type ExportFormat = 'csv' | 'md' | 'html';

/** Optional arguments of the export commands (a plain Uri, as menus pass, is taken as `source`). */
export interface ExportArgs {
  /** The notes file to export; default: the active notes editor. */
  source?: vscode.Uri;
  /** Every session of the workspace instead of one file. */
  workspace?: boolean;
  /** Where to write; skips the save dialog. */
  target?: vscode.Uri;
}

const COMMANDS: Record<ExportFormat, string> = {
  csv: 'facilitatorNotes.exportCsv',
  md: 'facilitatorNotes.exportMarkdown',
  html: 'facilitatorNotes.exportHtml',
};

const SUFFIX: Record<ExportFormat, string> = { csv: '-observations.csv', md: '-overview.md', html: '-overview.html' };

export class Exporter implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  /**
   * Asks before replacing an existing file chosen without the save dialog (which asks itself).
   * Tests replace it to answer the question.
   */
  confirmOverwrite = async (target: vscode.Uri): Promise<boolean> => {
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists. Do you want to replace it?', path.basename(target.fsPath)), { modal: true }, replace);
    return answer === replace;
  };

  /** `shown` tells what the overview panel shows: exported when no notes editor is active (the panel has the focus). */
  constructor(private readonly store: SessionStore, private readonly shown: () => ExportArgs | undefined) {
    this.disposables = (Object.keys(COMMANDS) as ExportFormat[]).map((format) =>
      vscode.commands.registerCommand(COMMANDS[format], (arg?: vscode.Uri | ExportArgs) =>
        this.export(format, arg instanceof vscode.Uri ? { source: arg } : arg ?? {})));
  }

  /** Runs one export; resolves to the written file, or undefined when the user cancelled or nothing could be exported. */
  async export(format: ExportFormat, args: ExportArgs): Promise<vscode.Uri | undefined> {
    const found = await this.sessions(args.source || args.workspace || vscode.window.activeTextEditor ? args : { ...this.shown(), ...args });
    if (!found) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Open a notes file to export its overview.'));
      return undefined;
    }
    const target = args.target ?? await vscode.window.showSaveDialog({
      defaultUri: found.base && defaultTarget(found.base, format),
      filters: filters(format),
      title: vscode.l10n.t('Export overview'),
    });
    if (!target) return undefined;
    if (args.target && await exists(target) && !await this.confirmOverwrite(target)) return undefined;
    const lang = uiLang();
    const vocabulary = this.store.vocabulary;
    const text = REPORT_FORMATS[format].render(buildReport(found.sessions, vocabulary), lang, found.sessions, vocabulary);
    try {
      await writeAtomically(target, text);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', target.fsPath, (e as Error).message));
      return undefined;
    }
    void this.announce(format, target);
    return target;
  }

  /** The sessions to export, and the default target without its suffix ('<folder>/<notes name>'). */
  private async sessions(args: ExportArgs): Promise<{ sessions: Session[]; base: vscode.Uri | undefined } | undefined> {
    const join = (folder: vscode.Uri | undefined, name: string) => folder && vscode.Uri.joinPath(folder, name);
    if (args.workspace) {
      const sessions = await this.store.workspaceSessions();
      return sessions.length ? { sessions, base: join(vscode.workspace.workspaceFolders?.[0]?.uri, 'workspace') } : undefined;
    }
    const doc = args.source
      ? await vscode.workspace.openTextDocument(args.source)
      : vscode.window.activeTextEditor?.document;
    const session = doc && this.store.get(doc);
    if (!doc || !session) return undefined;
    const folder = doc.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
    return { sessions: [session], base: join(folder, path.posix.basename(doc.uri.path).replace(/\.(md|markdown)$/i, '')) };
  }

  private async announce(format: ExportFormat, target: vscode.Uri): Promise<void> {
    const open = vscode.l10n.t('Open');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}', vscode.workspace.asRelativePath(target)), open);
    if (choice !== open) return;
    if (format === 'html') await vscode.env.openExternal(target);
    else await vscode.window.showTextDocument(target);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The save dialog's default name: next to the notes, '<notes>-overview.html' and the like. */
export function defaultTarget(base: vscode.Uri, format: ExportFormat): vscode.Uri {
  return base.with({ path: base.path + SUFFIX[format] });
}

function filters(format: ExportFormat): Record<string, string[]> {
  switch (format) {
    case 'csv': return { [vscode.l10n.t('CSV (comma-separated)')]: ['csv'] };
    case 'md': return { Markdown: ['md'] };
    case 'html': return { HTML: ['html', 'htm'] };
  }
}

/**
 * Writes the whole text to a temporary file beside the target and renames it into place, so a
 * crash never leaves half a file: local files through the one Node writer, other file systems
 * through vscode.workspace.fs.
 */
export async function writeAtomically(target: vscode.Uri, text: string): Promise<void> {
  if (target.scheme === 'file') return writeFileAtomically(target.fsPath, text, true);
  const temp = target.with({ path: `${path.posix.dirname(target.path)}/.${path.posix.basename(target.path)}.${crypto.randomBytes(6).toString('hex')}.tmp` });
  const bytes = Buffer.from(text, 'utf8');
  await vscode.workspace.fs.writeFile(temp, bytes);
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw e;
  }
}
