// The editor features for notes files, registered together: completion, hover, diagnostics with
// quick fixes, decorations and document symbols.
import * as vscode from 'vscode';
import { registerCompletion } from './completion';
import { registerDecorations } from './decorations';
import { registerDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { SessionStore } from './sessionStore';
import { registerSymbols } from './symbols';

export function registerLanguageFeatures(store: SessionStore): vscode.Disposable {
  return vscode.Disposable.from(
    registerCompletion(store),
    registerHover(store),
    registerDiagnostics(store),
    registerDecorations(store),
    registerSymbols(store),
  );
}
