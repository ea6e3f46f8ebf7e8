// The workspace's collaborations, as the overview panel and the Actions view show them: sessions grouped
// by their key, else by their folder relative to the workspace folder (its name at the root).
import * as vscode from 'vscode';
import { Session } from '../core/parse/model';
import { isoDate } from '../core/write/template';
import { Collaboration, CollaborationMemo, collaborations, phasesCoveredBefore } from '../core/report/collaboration';
import { Vocabulary } from '../core/vocabulary/vocabulary';
import { CollaborationFolder } from '../core/render/overview/collaborationTable';
import { SessionStore } from './sessionStore';
import { WorkspaceNote } from './workspaceNotes';

export interface WorkspaceCollaborations {
  groups: Collaboration[];
  /** The notes file of a session of `groups`. */
  uriOf(session: Session): vscode.Uri;
}

/** Session files are workspace-relative paths (asRelativePath), so their folder is the collaboration's fallback name. */
export function workspaceCollaborations(notes: readonly WorkspaceNote[], vocabulary: Vocabulary, memo?: CollaborationMemo): WorkspaceCollaborations {
  const uris = new Map(notes.map((n) => [n.session, n.uri]));
  const groups = collaborations(notes.map((n) => n.session), {
    today: isoDate(new Date()), rootName: vscode.workspace.workspaceFolders?.[0]?.name ?? '', vocabulary, memo,
  });
  return { groups, uriOf: (session) => uris.get(session)! };
}

/**
 * In a workspace of several folders, its collaborations under the folder of their newest session, in the folders'
 * order (a collaboration with notes in two folders is listed once); undefined with one folder.
 */
export function collaborationFolders(all: WorkspaceCollaborations): CollaborationFolder[] | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length < 2) return undefined;
  const listed = folders.map((folder) => ({ name: folder.name, collaborations: [] as Collaboration[] }));
  for (const collaboration of all.groups) {
    const folder = vscode.workspace.getWorkspaceFolder(all.uriOf(collaboration.sessions.at(-1)!));
    listed[folder?.index ?? 0].collaborations.push(collaboration);
  }
  return listed.filter((f) => f.collaborations.length);
}

/** The collaboration a notes file belongs to, if it is one of the workspace's session notes. */
export function collaborationOf(all: WorkspaceCollaborations, uri: vscode.Uri): Collaboration | undefined {
  const key = uri.toString();
  return all.groups.find((c) => c.sessions.some((s) => all.uriOf(s).toString() === key));
}

/** The vocabulary a collaboration's dossier speaks: its newest notes' folder's (each team's own, in a workspace of several folders). */
export function collaborationVocabulary(store: SessionStore, all: WorkspaceCollaborations, collaboration: Collaboration): Vocabulary {
  return store.vocabularyFor(all.uriOf(collaboration.sessions.at(-1)!));
}

/** The phases the collaboration of the notes at `uri` worked in before them: its session overview never calls them skipped. */
export async function phasesCoveredBeforeNotes(store: SessionStore, uri: vscode.Uri): Promise<string[]> {
  const all = workspaceCollaborations(await store.workspaceSummaries(), store.vocabulary, store.collaborationMemo);
  const collaboration = collaborationOf(all, uri);
  if (!collaboration) return [];
  const key = uri.toString();
  return phasesCoveredBefore(collaboration, collaboration.sessions.findIndex((s) => all.uriOf(s).toString() === key));
}

/** Where New Session Notes writes in the active notes' collaboration: the folder and the key to fill in. */
export interface NewSessionPlace {
  folder: vscode.Uri;
  /** The front matter key; null for a collaboration named by its folder. */
  key: string | null;
}

/** The collaboration of the active notes, if they are one of the workspace's session notes. */
export function activeCollaboration(all: WorkspaceCollaborations): Collaboration | undefined {
  const active = vscode.window.activeTextEditor?.document;
  return active && !active.isUntitled ? collaborationOf(all, active.uri) : undefined;
}

/**
 * Where the next session of `collaboration` goes: the folder of its newest session when it lies in `notesFolder`
 * (facilitatorNotes.notesFolder still bounds where new notes go), else `notesFolder`.
 */
export function collaborationPlace(all: WorkspaceCollaborations, collaboration: Collaboration, notesFolder: vscode.Uri): NewSessionPlace {
  const newest = collaboration.sessions.at(-1)!;
  const folder = vscode.Uri.joinPath(all.uriOf(newest), '..');
  const inside = `${folder.path}/`.startsWith(`${notesFolder.path.replace(/\/$/, '')}/`);
  return { folder: inside ? folder : notesFolder, key: collaboration.by === 'key' ? collaboration.name : null };
}
