// The workspace's collaborations, as the overview panel and the Actions view show them: sessions grouped
// by their key, else by their folder relative to the workspace folder (its name at the root).
import * as vscode from 'vscode';
import { Session } from '../core/parse/model';
import { isoDate } from '../core/parse/template';
import { Collaboration, collaborations } from '../core/report/collaboration';
import { Vocabulary } from '../core/vocabulary/vocabulary';
import { WorkspaceSession } from './workspaceSessions';

export interface WorkspaceCollaborations {
  groups: Collaboration[];
  /** The notes file of a session of `groups`. */
  uriOf(session: Session): vscode.Uri;
}

/** Session files are workspace-relative paths (asRelativePath), so their folder is the collaboration's fallback name. */
export function workspaceCollaborations(notes: readonly WorkspaceSession[], vocabulary: Vocabulary): WorkspaceCollaborations {
  const uris = new Map(notes.map((n) => [n.session, n.uri]));
  const groups = collaborations(notes.map((n) => n.session), {
    today: isoDate(new Date()), rootName: vscode.workspace.workspaceFolders?.[0]?.name ?? '', vocabulary,
  });
  return { groups, uriOf: (session) => uris.get(session)! };
}

/** The collaboration a notes file belongs to, if it is one of the workspace's session notes. */
export function collaborationOf(all: WorkspaceCollaborations, uri: vscode.Uri): Collaboration | undefined {
  const key = uri.toString();
  return all.groups.find((c) => c.sessions.some((s) => all.uriOf(s).toString() === key));
}
