// The team vocabulary file as Rename Tag… and Merge Tags… see it: read as the editor holds it (unsaved changes
// included), refused while it has errors, and its new text checked before it joins the workspace edit.
import * as vscode from 'vscode';
import { Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { mergeVocabulary, readVocabularyFile, VOCABULARY_FILE, VocabularyIssue } from '../core/vocabulary/vocabularyFile';
import { exists } from '../workspace/files';
import { say } from '../workspace/lang';
import { settingVocabulary } from '../workspace/vocabularyConfig';

/** `lang`: the language its messages speak. */
export interface TeamFile { doc: vscode.TextDocument; text: string; base: Vocabulary; lang: Lang }

/**
 * The vocabulary file of `folder` (default: the first workspace folder); undefined when there is none, a message
 * (in `lang`) when it has errors.
 */
export async function teamFile(lang: Lang, folder = vscode.workspace.workspaceFolders?.[0]): Promise<TeamFile | string | undefined> {
  const uri = folder && vscode.Uri.joinPath(folder.uri, VOCABULARY_FILE);
  if (!uri || !(await exists(uri))) return undefined;
  const doc = await vscode.workspace.openTextDocument(uri);
  const base = settingVocabulary().vocabulary;
  const issue = readVocabularyFile(doc.getText(), base, lang).issues[0];
  if (issue) return say(lang, 'The vocabulary in {0} has errors, so no tag was changed: {1}', where(issue, lang), issue.message);
  return { doc, text: doc.getText(), base, lang };
}

/** The vocabulary the new text makes, or a message when the new text would have errors. */
export function vocabularyAfter(file: TeamFile, text: string): Vocabulary | string {
  const reading = readVocabularyFile(text, file.base, file.lang);
  if (!reading.file) return say(file.lang, 'The change would leave errors in {0}, so nothing was changed: {1}', where(reading.issues[0], file.lang), reading.issues[0]?.message ?? '');
  return mergeVocabulary(file.base, reading.file);
}

/** Adds the file's new text to the workspace edit, as one change the refactor preview shows under `label`. */
export function replaceFile(edit: vscode.WorkspaceEdit, file: TeamFile, text: string, metadata: vscode.WorkspaceEditEntryMetadata): void {
  const end = file.doc.lineAt(file.doc.lineCount - 1).range.end;
  edit.replace(file.doc.uri, new vscode.Range(0, 0, end.line, end.character), text, metadata);
}

function where(issue: VocabularyIssue | undefined, lang: Lang): string {
  return issue?.line ? say(lang, '{0}, line {1}', VOCABULARY_FILE, issue.line) : VOCABULARY_FILE;
}
