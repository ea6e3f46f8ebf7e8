import * as vscode from 'vscode';

/** Whether a file or folder exists at the uri (on any file system VS Code knows). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The last segment of the uri's path (node:path is not there in the web worker host). */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
