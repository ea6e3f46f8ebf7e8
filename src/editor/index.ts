// The editor features for notes files, registered together: completion (tags and snippets), hover,
// diagnostics with quick fixes, decorations, document symbols, the tag and thermometer commands, new
// session notes, and renaming and merging tags across the workspace.
import * as vscode from 'vscode';
import { registerCompletion } from './completion';
import { registerDecorations } from './decorations';
import { registerDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { registerNewSession } from './newSession';
import { registerSnippetCompletion } from './snippetCompletion';
import { registerSymbols } from './symbols';
import { registerTagCommands, TagCommands } from './tagCommands';
import { registerTagRefactor } from './tagRefactor';
import { SessionStore } from '../workspace/sessionStore';

export interface EditorFeatures {
  tagging: TagCommands;
}

export function registerEditorFeatures(context: vscode.ExtensionContext, store: SessionStore): EditorFeatures {
  const tagging = registerTagCommands(store);
  context.subscriptions.push(
    tagging,
    registerCompletion(store),
    registerSnippetCompletion(store),
    registerHover(store),
    registerDiagnostics(store),
    registerDecorations(store),
    registerSymbols(store),
    registerNewSession(store),
    registerTagRefactor(store),
  );
  return { tagging };
}
