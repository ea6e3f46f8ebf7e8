// Hover on a tag: what the term means in the model, in the notes' language. None while presenting to the
// room: a shared screen shows no coaching, and a tag in a covered paragraph must not reveal itself.
import * as vscode from 'vscode';
import { mentionAt, tagHover } from '../core/render/editor/hoverText';
import { notesLang } from '../workspace/lang';
import { RoomPresentation } from '../workspace/presentation';
import { SessionStore } from '../workspace/sessionStore';

export function registerHover(store: SessionStore, room: RoomPresentation): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, {
    provideHover(doc, position) {
      if (room.on) return undefined;
      const session = store.get(doc);
      const tag = session && mentionAt(session, position.line + 1, position.character);
      if (!tag?.dimension || !tag.value) return undefined;
      const text = tagHover(store.vocabularyFor(doc.uri), tag.dimension, tag.value, notesLang(doc.uri, session));
      if (!text) return undefined;
      const range = new vscode.Range(tag.line - 1, tag.column, tag.line - 1, tag.column + tag.length);
      return new vscode.Hover(new vscode.MarkdownString(text), range);
    },
  });
}
