import * as vscode from 'vscode';
import { SessionStore } from './sessionStore';

/** What the integration tests reach through `extension.exports`. */
export interface FacilitatorNotesApi {
  store: SessionStore;
}

export function activate(context: vscode.ExtensionContext): FacilitatorNotesApi {
  const store = new SessionStore();
  context.subscriptions.push(store);
  return { store };
}

export function deactivate(): void {}
