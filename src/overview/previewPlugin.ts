// Hooks our markdown-it plugin into VS Code's built-in Markdown preview (contributes.markdown.markdownItPlugins).
import type MarkdownIt from 'markdown-it';
import { facilitatorNotesPlugin } from '../core/render/editor/markdownItPlugin';
import { uiLang } from '../workspace/lang';
import { SessionStore } from '../workspace/sessionStore';

/** What activate() returns as `extendMarkdownIt`: the preview calls it once with its markdown-it instance. */
export function previewPlugin(store: SessionStore): (md: MarkdownIt) => MarkdownIt {
  return (md) => md.use(facilitatorNotesPlugin, { vocabulary: () => store.vocabulary, lang: uiLang });
}
