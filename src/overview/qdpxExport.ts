// "Export for Qualitative Analysis (REFI-QDA)…": the workspace's, a collaboration's or one session's notes as a
// .qdpx project that ATLAS.ti, MAXQDA, NVivo and QualCoder import; made by the CLI's core writer, written
// atomically, never over a file without asking. Private notes stay out unless the facilitator includes them.
import * as vscode from 'vscode';
import { Session } from '../core/parse/model';
import { Vocabulary } from '../core/vocabulary/vocabulary';
import { qdaProject } from '../core/render/qda/project';
import { qdpxArchive } from '../core/render/qda/qdpx';
import { partnerRefusals } from '../core/report/audience';
import { slug } from '../core/write/template';
import { collaborationOf, collaborationVocabulary, workspaceCollaborations } from '../workspace/collaborations';
import { exists, fileName } from '../workspace/files';
import { say, viewLang } from '../workspace/lang';
import { messageLang, messages } from '../workspace/messages';
import { SessionStore } from '../workspace/sessionStore';
import { ShowPick } from '../workspace/quickPick';
import { Lang } from '../core/vocabulary/vocabulary';
import { ExportDialogs, writeOrSay } from './export';

export const QDPX_COMMAND = 'facilitatorNotes.exportQdpx';

export type QdpxScope = 'workspace' | 'collaboration' | 'session';

export interface QdpxExportArgs {
  scope?: QdpxScope;
  /** With scope 'collaboration': its name; default: the active notes' collaboration. */
  collaboration?: string;
  includePrivate?: boolean;
  /** Where to write; skips the save dialog (an existing file is replaced only after asking). */
  target?: vscode.Uri;
}

/** `dialogs`: the exports' questions and messages (tests answer them). */
export function registerQdpxExport(store: SessionStore, dialogs: ExportDialogs): vscode.Disposable {
  return vscode.commands.registerCommand(QDPX_COMMAND, (args: QdpxExportArgs = {}) => exportQdpx(store, args, dialogs));
}

/** What is exported: its sessions, its name, and the vocabulary its codes come from. */
interface Chosen { sessions: Session[]; name: string; vocabulary: Vocabulary }

async function exportQdpx(store: SessionStore, args: QdpxExportArgs, dialogs: ExportDialogs): Promise<vscode.Uri | undefined> {
  const scope = args.scope ?? await pickScope(dialogs.pick, await messageLang(store));
  if (!scope) return undefined;
  const chosen = await sessionsOf(store, scope, args.collaboration);
  if (!chosen?.sessions.length) {
    void messages.show({ kind: 'error', text: say(await messageLang(store), 'Open a notes file (or a workspace with notes) to export it for qualitative analysis.') });
    return undefined;
  }
  const lang = viewLang(chosen.sessions);
  const includePrivate = args.includePrivate ?? await pickPrivate(dialogs.pick, lang);
  if (includePrivate === undefined) return undefined;
  // As for the partners' report: notes private as a whole, or whose privacy is unclear, are not shared at all.
  const refusal = includePrivate ? undefined : chosen.sessions.flatMap((s) => partnerRefusals(s, lang))[0];
  if (refusal) {
    void vscode.window.showErrorMessage(refusal);
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = args.target ?? await dialogs.askTarget({
    defaultUri: folder && vscode.Uri.joinPath(folder, `${slug(chosen.name) || 'notes'}.qdpx`),
    filters: { 'REFI-QDA': ['qdpx'] },
    title: say(lang, 'Export for qualitative analysis'),
    saveLabel: say(lang, 'Export'),
  });
  if (!target) return undefined;
  if (args.target && await exists(target) && !await dialogs.confirmOverwrite(target, lang)) return undefined;
  const project = qdaProject(chosen.sessions, {
    vocabulary: chosen.vocabulary, lang, includePrivate, name: chosen.name, rootName: vscode.workspace.workspaceFolders?.[0]?.name ?? '',
  });
  if (!await writeOrSay(target, qdpxArchive(project, new Date()), lang)) return undefined;
  void dialogs.notify(say(lang, 'Exported to {0}', vscode.workspace.asRelativePath(target)));
  return target;
}

async function sessionsOf(store: SessionStore, scope: QdpxScope, name: string | undefined): Promise<Chosen | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (scope === 'session') {
    const session = active && store.get(active);
    return session && { sessions: [session], name: session.title || fileName(active.uri).replace(/\.(md|markdown)$/i, ''), vocabulary: store.vocabularyFor(active.uri) };
  }
  const notes = await store.workspaceNotes();
  // The whole workspace's codes are every folder's terms together; a collaboration's or a note's, its folder's.
  if (scope === 'workspace') return { sessions: notes.map((n) => n.session), name: vscode.workspace.name ?? 'Facilitator Notes', vocabulary: store.vocabulary };
  const all = workspaceCollaborations(notes, store.vocabulary);
  const collaboration = name !== undefined ? all.groups.find((c) => c.name === name) : active && collaborationOf(all, active.uri);
  return collaboration && { sessions: collaboration.sessions, name: collaboration.name, vocabulary: collaborationVocabulary(store, all, collaboration) };
}

/** Which notes, in the active notes' language (else the workspace's most recent notes'). */
async function pickScope(pick: ShowPick, lang: Lang): Promise<QdpxScope | undefined> {
  const items: (vscode.QuickPickItem & { scope: QdpxScope })[] = [
    { scope: 'workspace', label: say(lang, 'All notes in the workspace') },
    { scope: 'collaboration', label: say(lang, 'The collaboration of the active notes') },
    { scope: 'session', label: say(lang, 'The active notes only') },
  ];
  const options = { title: say(lang, 'Export for qualitative analysis'), placeholder: say(lang, 'Which notes?'), many: false };
  return (await pick(items, options))?.[0]?.scope;
}

/** Whether private notes go along, in the language of the notes exported. */
async function pickPrivate(pick: ShowPick, lang: Lang): Promise<boolean | undefined> {
  const items: (vscode.QuickPickItem & { include: boolean })[] = [
    { include: false, label: say(lang, 'Leave private notes out'), description: say(lang, 'for sharing with researchers or partners') },
    { include: true, label: say(lang, 'Include private notes'), description: say(lang, 'for your own analysis only') },
  ];
  const options = { title: say(lang, 'Export for qualitative analysis'), placeholder: say(lang, 'Private notes too?'), many: false };
  return (await pick(items, options))?.[0]?.include;
}
