// The messages the extension shows about notes (notifications, errors, the modal Replace question) go through
// one object, so tests can read what a message said and answer it: VS Code tells an extension neither.
import * as vscode from 'vscode';
import { Lang } from '../core/vocabulary/vocabulary';
import { notesLang, viewLang } from './lang';
import { SessionStore } from './sessionStore';

export interface Message {
  kind: 'info' | 'warning' | 'error';
  text: string;
  /** The buttons, in the order shown. */
  items?: string[];
  /** A question the user must answer before going on (the Replace question). */
  modal?: boolean;
}

const SHOW = {
  info: vscode.window.showInformationMessage,
  warning: vscode.window.showWarningMessage,
  error: vscode.window.showErrorMessage,
} as const;

export const messages = {
  /** Shows a message; resolves to the button chosen (undefined: none). Tests replace it to read and answer. */
  show: (message: Message): Thenable<string | undefined> =>
    SHOW[message.kind](message.text, { modal: message.modal ?? false }, ...(message.items ?? [])),
};

/**
 * The language of a message about notes when there may be none active, so none to take the language from
 * ("open a notes file first"): the active editor's notes', else the workspace's most recent notes', else
 * VS Code's (through viewLang: the language setting first, facilitatorNotes.tagLanguage before VS Code's).
 */
export async function messageLang(store: SessionStore): Promise<Lang> {
  const doc = vscode.window.activeTextEditor?.document;
  const session = doc && store.notes(doc);
  if (doc && session) return notesLang(doc.uri, session);
  return viewLang((await store.workspaceSummaries()).map((n) => n.session));
}
