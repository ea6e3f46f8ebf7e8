// The editor features for notes files, registered together: completion (tags and snippets), hover,
// diagnostics with quick fixes, decorations, document symbols, the tag and thermometer commands, new
// session notes and the walkthrough's sample notes, renaming and merging tags across the workspace; the
// cover over private paragraphs while presenting to the room.
import * as vscode from 'vscode';
import { registerCompletion } from './completion';
import { registerDecorations } from './decorations';
import { registerDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { registerNewSession } from './newSession';
import { RoomCover } from './roomCover';
import { registerSampleNotes } from './sampleNotes';
import { registerSnippetCompletion } from './snippetCompletion';
import { registerSymbols } from './symbols';
import { registerTagCommands, TagCommands } from './tagCommands';
import { registerTagRefactor } from './tagRefactor';
import { RoomPresentation } from '../workspace/presentation';
import { SessionStore } from '../workspace/sessionStore';

export interface EditorFeatures {
  tagging: TagCommands;
  /** Covers private paragraphs while presenting to the room. */
  roomCover: RoomCover;
}

export function registerEditorFeatures(context: vscode.ExtensionContext, store: SessionStore, room: RoomPresentation): EditorFeatures {
  const tagging = registerTagCommands(store);
  const roomCover = new RoomCover(store, room);
  context.subscriptions.push(
    tagging,
    roomCover,
    registerCompletion(store),
    registerSnippetCompletion(store),
    registerHover(store, room),
    registerDiagnostics(store),
    registerDecorations(store),
    registerSymbols(store),
    registerNewSession(store),
    registerSampleNotes(store),
    registerTagRefactor(store),
  );
  return { tagging, roomCover };
}
