// "Export Dossier…": a collaboration's dossier as Markdown, HTML or JSON, rendered by the CLI's renderers
// and written atomically like the overview exports. The dossier is for the facilitator: it keeps private notes.
import * as vscode from 'vscode';
import { slug } from '../core/write/template';
import { DOSSIER_FORMATS } from '../core/render/dossier/dossierFormats';
import { collaborationOf, collaborationVocabulary, workspaceCollaborations } from '../workspace/collaborations';
import { exists, fileName } from '../workspace/files';
import { say, viewLang } from '../workspace/lang';
import { SessionStore } from '../workspace/sessionStore';
import { writeAtomically } from './export';
import { OverviewRender } from './overviewPanel';

export interface DossierExportArgs {
  /** The collaboration's name; default: the dossier the panel shows, else the active notes' collaboration. */
  collaboration?: string;
  format?: 'md' | 'html' | 'json';
  /** Where to write; skips the save dialog (an existing file is replaced only after asking). */
  target?: vscode.Uri;
}

export function registerDossierExport(store: SessionStore, shown: () => OverviewRender | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('facilitatorNotes.exportDossier', (args: DossierExportArgs = {}) => exportDossier(store, shown(), args));
}

async function exportDossier(store: SessionStore, shown: OverviewRender | undefined, args: DossierExportArgs): Promise<vscode.Uri | undefined> {
  const all = workspaceCollaborations(await store.workspaceNotes(), store.vocabulary);
  const active = vscode.window.activeTextEditor?.document.uri;
  const name = args.collaboration ?? (shown?.mode === 'dossier' && shown.uris[0] ? collaborationOf(all, shown.uris[0])?.name : undefined)
    ?? (active && collaborationOf(all, active)?.name);
  const collaboration = all.groups.find((c) => c.name === name);
  if (!collaboration) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a notes file of a collaboration to export its dossier.'));
    return undefined;
  }
  const format = args.format ?? (await vscode.window.showQuickPick(
    [{ label: 'Markdown', format: 'md' as const }, { label: 'HTML', format: 'html' as const }, { label: 'JSON', format: 'json' as const }],
    { title: vscode.l10n.t('Export dossier') }))?.format;
  if (!format) return undefined;
  const extension = DOSSIER_FORMATS[format].extension;
  const folder = vscode.Uri.joinPath(all.uriOf(collaboration.sessions.at(-1)!), '..');
  const target = args.target ?? await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder, `${slug(collaboration.name)}-dossier${extension}`),
    filters: { [format.toUpperCase()]: [extension.slice(1)] },
    title: vscode.l10n.t('Export dossier'),
  });
  if (!target) return undefined;
  const lang = viewLang(collaboration.sessions);
  if (args.target && await exists(target)) {
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists. Do you want to replace it?', fileName(target)), { modal: true }, replace);
    if (answer !== replace) return undefined;
  }
  try {
    await writeAtomically(target, DOSSIER_FORMATS[format].render([collaboration], lang, collaborationVocabulary(store, all, collaboration)));
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', target.fsPath, (e as Error).message));
    return undefined;
  }
  void vscode.window.showInformationMessage(say(lang, 'Exported to {0}', vscode.workspace.asRelativePath(target)));
  return target;
}
