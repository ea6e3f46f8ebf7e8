// Workspace trust: in a workspace the user has not trusted, the team vocabulary files in its folders are not
// read (the built-in vocabulary and the user's own setting apply) and exports are written only inside its
// folders. Notes are still read, tagged, previewed and exported: they are text, never run.
import * as vscode from 'vscode';

/** Whether the workspace is trusted, as the extension reads it; tests replace `isTrusted` to see the limited mode. */
export const workspaceTrust = { isTrusted: (): boolean => vscode.workspace.isTrusted };

/** Whether an export may write `target`: anywhere when trusted, else only inside a workspace folder. */
export function mayWrite(target: vscode.Uri): boolean {
  return workspaceTrust.isTrusted() || vscode.workspace.getWorkspaceFolder(target) !== undefined;
}
