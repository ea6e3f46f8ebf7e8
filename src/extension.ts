import * as vscode from 'vscode';
import { SessionStore } from './sessionStore';
import { VocabularyConfig } from './vocabularyConfig';
import { registerLanguageFeatures } from './languageFeatures';
import { LiveNotes, registerLiveNotes } from './liveNotes';
import { OverviewPanel } from './overviewPanel';
import { Exporter } from './export';
import { previewPlugin } from './previewPlugin';

/** What the integration tests reach through `extension.exports`. */
export interface FacilitatorNotesApi {
  store: SessionStore;
  /** The team's vocabulary sources; tests await reload() after changing them. */
  vocabulary: VocabularyConfig;
  /** Sidebar views, status bar and the active notes document. */
  live: LiveNotes;
  /** The session overview panel (what it shows, and its message handler for simulated clicks). */
  overview: OverviewPanel;
  /** The export commands; tests answer its overwrite question. */
  exporter: Exporter;
  /** Called by VS Code's Markdown preview (contributes.markdown.markdownItPlugins). */
  extendMarkdownIt: ReturnType<typeof previewPlugin>;
  /** How long activate() took, in ms (measured in the real host; see BENCHMARKS.md). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): FacilitatorNotesApi {
  const started = performance.now();
  const store = new SessionStore();
  context.subscriptions.push(store);
  const vocabulary = new VocabularyConfig(store);
  context.subscriptions.push(vocabulary, registerLanguageFeatures(store));
  void vocabulary.reload();
  const live = registerLiveNotes(context, store);
  const overview = new OverviewPanel(context, store);
  const exporter = new Exporter(store, () => overview.exportScope);
  context.subscriptions.push(overview, exporter);
  return { store, vocabulary, live, overview, exporter, extendMarkdownIt: previewPlugin(store), activationMs: performance.now() - started };
}

export function deactivate(): void {}
