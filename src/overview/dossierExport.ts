// "Export Dossier…": a collaboration's dossier as Markdown, HTML or JSON, rendered by the CLI's renderers
// and written atomically like the overview exports. The dossier is for the facilitator: it keeps private notes.
import * as vscode from 'vscode';
import { slug } from '../core/write/template';
import { DOSSIER_FORMATS } from '../core/render/dossier/dossierFormats';
import { collaborationOf, collaborationVocabulary, workspaceCollaborations } from '../workspace/collaborations';
import { exists } from '../workspace/files';
import { say, viewLang } from '../workspace/lang';
import { messageLang, messages } from '../workspace/messages';
import { SessionStore } from '../workspace/sessionStore';
import { ExportDialogs, writeOrSay } from './export';
import { OverviewRender } from './overviewPanel';

export interface DossierExportArgs {
  /** The collaboration's name; default: the dossier the panel shows, else the active notes' collaboration. */
  collaboration?: string;
  format?: 'md' | 'html' | 'json';
  /** Where to write; skips the save dialog (an existing file is replaced only after asking). */
  target?: vscode.Uri;
}

/** `dialogs`: the exports' questions and messages (tests answer them). */
export function registerDossierExport(store: SessionStore, shown: () => OverviewRender | undefined, dialogs: ExportDialogs): vscode.Disposable {
  return vscode.commands.registerCommand('facilitatorNotes.exportDossier', (args: DossierExportArgs = {}) => exportDossier(store, shown(), dialogs, args));
}

async function exportDossier(store: SessionStore, shown: OverviewRender | undefined, dialogs: ExportDialogs, args: DossierExportArgs): Promise<vscode.Uri | undefined> {
  const all = workspaceCollaborations(await store.workspaceNotes(), store.vocabulary);
  const active = vscode.window.activeTextEditor?.document.uri;
  const name = args.collaboration ?? (shown?.mode === 'dossier' && shown.uris[0] ? collaborationOf(all, shown.uris[0])?.name : undefined)
    ?? (active && collaborationOf(all, active)?.name);
  const collaboration = all.groups.find((c) => c.name === name);
  if (!collaboration) {
    void messages.show({ kind: 'error', text: say(await messageLang(store), 'Open a notes file of a collaboration to export its dossier.') });
    return undefined;
  }
  // In the language of the collaboration's most recent notes, as the dossier itself.
  const lang = viewLang(collaboration.sessions);
  const title = say(lang, 'Export dossier');
  const formats = [{ label: 'Markdown', format: 'md' as const }, { label: 'HTML', format: 'html' as const }, { label: 'JSON', format: 'json' as const }];
  const format = args.format ?? (await dialogs.pick(formats, { title, placeholder: say(lang, 'Format of the dossier'), many: false }))?.[0]?.format;
  if (!format) return undefined;
  const extension = DOSSIER_FORMATS[format].extension;
  const folder = vscode.Uri.joinPath(all.uriOf(collaboration.sessions.at(-1)!), '..');
  const target = args.target ?? await dialogs.askTarget({
    defaultUri: vscode.Uri.joinPath(folder, `${slug(collaboration.name)}-dossier${extension}`),
    filters: { [format.toUpperCase()]: [extension.slice(1)] },
    title,
    saveLabel: say(lang, 'Export'),
  });
  if (!target) return undefined;
  if (args.target && await exists(target) && !await dialogs.confirmOverwrite(target, lang)) return undefined;
  if (!await writeOrSay(target, DOSSIER_FORMATS[format].render([collaboration], lang, collaborationVocabulary(store, all, collaboration)), lang)) return undefined;
  void dialogs.notify(say(lang, 'Exported to {0}', vscode.workspace.asRelativePath(target)));
  return target;
}
