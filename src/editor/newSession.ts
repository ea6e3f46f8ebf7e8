import * as vscode from 'vscode';
import { exists } from '../workspace/files';
import { isoDate, sessionFileName, sessionTemplate } from '../core/write/template';
import { sessionsLanguage } from '../core/parse/language';
import { bySessionDate } from '../core/report/sessionOrder';
import { Lang } from '../core/vocabulary/vocabulary';
import { tagLang } from '../workspace/lang';
import { SessionStore } from '../workspace/sessionStore';
import { activeCollaborationPlace } from '../workspace/collaborations';
import { withCollaborationKey } from '../core/write/collaborationKey';

/**
 * "New Session Notes": asks for a title (or takes it as argument), writes YYYY-MM-DD-<slug>.md from
 * the template into the notes folder without overwriting anything, and opens it. Without a
 * workspace folder the notes open as an untitled document.
 */
export function registerNewSession(store: SessionStore): vscode.Disposable {
  return vscode.commands.registerCommand('facilitatorNotes.newSession', async (title?: string) => {
    const name = title ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('New Session Notes'),
      prompt: vscode.l10n.t('Title of the session'),
      placeHolder: vscode.l10n.t('e.g. Regional table, kick-off'),
      validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Give the session a title.')),
    });
    if (!name?.trim()) return undefined;
    const date = isoDate(new Date());
    const folder = vscode.workspace.workspaceFolders?.[0];
    // In the active notes' collaboration: its folder, its key filled in.
    const place = folder && await activeCollaborationPlace(store, notesFolder(folder));
    const content = withCollaborationKey(sessionTemplate(name.trim(), date, await newNotesLang(store, folder), store.vocabulary), place?.key ?? null);
    const doc = folder
      ? await vscode.workspace.openTextDocument(await writeNew(place?.folder ?? notesFolder(folder), sessionFileName(date, name), content))
      : await vscode.workspace.openTextDocument({ language: 'markdown', content });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    return doc.uri;
  });
}

const LATEST = 5;

/** The language of the workspace's latest notes, else the tag language setting (or the UI's). */
async function newNotesLang(store: SessionStore, folder: vscode.WorkspaceFolder | undefined): Promise<Lang> {
  const latest = (await store.workspaceSessions()).sort(bySessionDate('newest')).slice(0, LATEST);
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
