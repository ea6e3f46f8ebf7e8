// Opening a notes file at an observation: the tree, the Thermometer view and the overview panel all
// jump to lines the same way, clamped to the document (it may have shrunk since it was parsed).
import * as vscode from 'vscode';

/** Opens a notes file and selects lines startLine..endLine (1-based, inclusive), in `viewColumn` when given. */
export async function revealLines(uri: string | vscode.Uri, startLine: number, endLine = startLine,
  viewColumn?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  const first = Math.min(Math.max(startLine, 1), doc.lineCount) - 1;
  const last = Math.min(Math.max(endLine, startLine, 1), doc.lineCount) - 1;
  const range = new vscode.Range(first, 0, last, doc.lineAt(last).text.length);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn, selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
