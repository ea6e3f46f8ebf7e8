import * as vscode from 'vscode';
import { exists } from '../workspace/files';
import { isoDate, sessionFileName, sessionTemplate } from '../core/write/template';
import { sessionsLanguage } from '../core/parse/language';
import { bySessionDate } from '../core/report/sessionOrder';
import { Lang } from '../core/vocabulary/vocabulary';
import { tagLang } from '../workspace/lang';
import { SessionStore } from '../workspace/sessionStore';
import { activeCollaboration, collaborationPlace, WorkspaceCollaborations, workspaceCollaborations } from '../workspace/collaborations';
import { withCollaborationKey } from '../core/write/collaborationKey';
import { firstAgendaItem, nextSessionTemplate } from '../core/write/nextSession';
import { carriedOn } from '../core/report/nextSession';
import { Collaboration } from '../core/report/collaboration';

/** What New Session Notes starts from: the next session of a collaboration, or empty notes. */
type Start = { next: Collaboration } | { next: undefined };

/**
 * "New Session Notes": when the workspace has collaborations, offers the next session of the active notes'
 * collaboration first (then the others, then empty notes); asks for a title (or takes it as argument, which
 * picks the active notes' collaboration when there is one); writes YYYY-MM-DD-<slug>.md without overwriting
 * anything, opens it and puts the cursor on the first agenda item. Without a workspace folder the notes open
 * as an untitled document.
 */
export function registerNewSession(store: SessionStore): vscode.Disposable {
  return vscode.commands.registerCommand('facilitatorNotes.newSession', async (title?: string) => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const all = workspaceCollaborations(await store.workspaceSummaries(), store.vocabulary, store.collaborationMemo);
    const start = title === undefined ? await pickStart(all) : { next: activeCollaboration(all) };
    if (!start) return undefined;
    const name = title ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('New Session Notes'),
      prompt: vscode.l10n.t('Title of the session'),
      placeHolder: vscode.l10n.t('e.g. Regional table, kick-off'),
      validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Give the session a title.')),
    });
    if (!name?.trim()) return undefined;
    const date = isoDate(new Date());
    const lang = await newNotesLang(store, folder);
    const place = folder && start.next ? collaborationPlace(all, start.next, notesFolder(folder)) : undefined;
    // Spelled in the vocabulary of the folder the notes go to.
    const vocabulary = store.vocabularyFor(place?.folder ?? (folder && notesFolder(folder)));
    const template = start.next
      ? nextSessionTemplate(name.trim(), date, carriedOn(start.next, lang), vocabulary)
      : sessionTemplate(name.trim(), date, lang, vocabulary);
    const content = withCollaborationKey(template, place?.key ?? null);
    const doc = folder
      ? await vscode.workspace.openTextDocument(await writeNew(place?.folder ?? notesFolder(folder), sessionFileName(date, name), content))
      : await vscode.workspace.openTextDocument({ language: 'markdown', content });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const { line, character } = firstAgendaItem(content);
    editor.selection = new vscode.Selection(line, character, line, character);
    return doc.uri;
  });
}

/** The active notes' collaboration first, then the others by their latest date; empty notes last. Undefined: dismissed. */
async function pickStart(all: WorkspaceCollaborations): Promise<Start | undefined> {
  if (all.groups.length === 0) return { next: undefined };
  const active = activeCollaboration(all);
  const others = all.groups.filter((c) => c !== active).sort((a, b) => (b.latestDate ?? '').localeCompare(a.latestDate ?? ''));
  type Item = vscode.QuickPickItem & Start;
  const items: Item[] = [...(active ? [active] : []), ...others].map((c) => ({
    label: vscode.l10n.t('Next session of {0}', c.name),
    description: c.latestDate ?? undefined,
    next: c,
  }));
  items.push({ label: vscode.l10n.t('Empty notes'), description: vscode.l10n.t('a new collaboration'), next: undefined });
  return vscode.window.showQuickPick(items, { title: vscode.l10n.t('New Session Notes'), placeHolder: vscode.l10n.t('Continue a collaboration, or start empty notes') });
}

const LATEST = 5;

/** The language of the workspace's latest notes, else the tag language setting (or the UI's). */
async function newNotesLang(store: SessionStore, folder: vscode.WorkspaceFolder | undefined): Promise<Lang> {
  const latest = (await store.workspaceSummaries()).map((n) => n.session).sort(bySessionDate('newest')).slice(0, LATEST);
  return sessionsLanguage(latest) ?? tagLang(folder?.uri);
}

function notesFolder(folder: vscode.WorkspaceFolder): vscode.Uri {
  const relative = vscode.workspace.getConfiguration('facilitatorNotes', folder.uri).get<string>('notesFolder', '').trim();
  return relative ? vscode.Uri.joinPath(folder.uri, ...relative.split(/[\\/]+/).filter(Boolean)) : folder.uri;
}

/** Writes a file that does not exist yet: name.md, else name-2.md, name-3.md, … */
async function writeNew(folder: vscode.Uri, fileName: string, content: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(folder);
  const stem = fileName.replace(/\.md$/, '');
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.joinPath(folder, n === 1 ? fileName : `${stem}-${n}.md`);
    if (!(await exists(uri))) {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
      return uri;
    }
  }
}
