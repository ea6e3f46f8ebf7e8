// Hooks our markdown-it plugin into VS Code's built-in Markdown preview (contributes.markdown.markdownItPlugins).
// While presenting to the room the preview leaves private blocks out; each toggle redraws open previews.
import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { facilitatorNotesPlugin } from '../core/render/editor/markdownItPlugin';
import { Lang } from '../core/vocabulary/vocabulary';
import { notesLang } from '../workspace/lang';
import { RoomPresentation } from '../workspace/presentation';
import { SessionStore } from '../workspace/sessionStore';

/** What activate() returns as `extendMarkdownIt`: the preview calls it once with its markdown-it instance. */
export function previewPlugin(store: SessionStore, room: RoomPresentation): (md: MarkdownIt) => MarkdownIt {
  return (md) => md.use(facilitatorNotesPlugin, {
    vocabulary: (env) => store.vocabularyFor(previewedDocument(env)), lang: (env) => previewLang(store, env), leaveOutPrivate: () => room.on,
  });
}

/** The notes the preview renders: VS Code's preview names them in its render env's currentDocument. */
function previewedDocument(env: unknown): vscode.Uri | undefined {
  const document = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
  // A Uri made by another extension (the preview's) may not be an instance of this one's class: read it by its text.
  return typeof document === 'object' && document !== null && 'scheme' in document ? vscode.Uri.parse(String(document)) : undefined;
}

/**
 * The chips speak the language of the notes the preview shows, as the editor's hovers do; else the language
 * setting, tag language or VS Code's.
 */
function previewLang(store: SessionStore, env: unknown): Lang {
  const shown = previewedDocument(env);
  const doc = shown && vscode.workspace.textDocuments.find((d) => d.uri.toString() === shown.toString());
  return notesLang(shown, doc && store.latestNotes(doc));
}

/** Open Markdown previews render again when presenting starts or stops. */
export function refreshPreviewsOnToggle(room: RoomPresentation): vscode.Disposable {
  return room.onDidChange(() => void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined));
}
