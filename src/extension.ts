import * as vscode from 'vscode';
import { SessionStore } from './workspace/sessionStore';
import { loadDutchBundle } from './workspace/lang';
import { RoomPresentation } from './workspace/presentation';
import { VocabularyConfig } from './workspace/vocabularyConfig';
import { EditorFeatures, registerEditorFeatures } from './editor';
import { registerSidebar, Sidebar } from './sidebar';
import { OverviewPanel } from './overview/overviewPanel';
import { Exporter } from './overview/export';
import { PartnerPreview } from './overview/partnerPreview';
import { previewPlugin, refreshPreviewsOnToggle } from './overview/previewPlugin';
import { registerDossierExport } from './overview/dossierExport';
import { registerQdpxExport } from './overview/qdpxExport';
import { workspaceTrust } from './workspace/trust';
import { messages } from './workspace/messages';

/** What the integration tests reach through `extension.exports`. */
export interface FacilitatorNotesApi {
  store: SessionStore;
  /** The team's vocabulary sources; tests await reload() after changing them. */
  vocabulary: VocabularyConfig;
  /** Sidebar views, status bar and the active notes document. */
  sidebar: Sidebar;
  /** The editor's commands (tests wait on their quick picks). */
  editor: EditorFeatures;
  /** The session overview panel (what it shows, and its message handler for simulated clicks). */
  overview: OverviewPanel;
  /** The export commands; tests answer its questions (overwrite, format, save dialog) and read its picks. */
  exporter: Exporter;
  /** The messages about notes; tests replace show() to read and answer them. */
  messages: typeof messages;
  /** Present to the Room: the switch every view reads. */
  room: RoomPresentation;
  /** Preview Report for Partners (what it shows, and its message handler for simulated clicks). */
  partnerPreview: PartnerPreview;
  /** Called by VS Code's Markdown preview (contributes.markdown.markdownItPlugins). */
  extendMarkdownIt: ReturnType<typeof previewPlugin>;
  /** Workspace trust as the extension reads it (tests replace isTrusted to see the limited mode). */
  trust: typeof workspaceTrust;
  /** How long activate() took, in ms (measured in the real host; see BENCHMARKS.md). */
  activationMs: number;
  /** How long running the bundle's module code took before activate(), in ms (its parse not included). */
  loadMs: number;
  /**
   * From the bundle's first line to the end of activate(), in ms: the module code, whatever the host
   * does between loading and activating, and activate() (reading and compiling the file not included).
   */
  startupMs: number;
}

/** What the first uses have built so far (zod schemas, markdown-it, yaml): the unit test checks that loading and activating build none. */
export { builtSoFar } from './core/vocabulary/firstUse';

/** Set by the bundle's first line (scripts/build.mjs); absent when the sources run unbundled. */
const loadStart = (globalThis as { __facilitatorNotesLoadStart?: number }).__facilitatorNotesLoadStart;
const loadMs = loadStart === undefined ? 0 : performance.now() - loadStart;

export function activate(context: vscode.ExtensionContext): FacilitatorNotesApi {
  const started = performance.now();
  void loadDutchBundle(context.extensionUri);
  const store = new SessionStore(context.storageUri);
  context.subscriptions.push(store, vscode.commands.registerCommand('facilitatorNotes.rebuildNotesIndex', () => store.rebuildWorkspaceIndex()));
  const vocabulary = new VocabularyConfig(store);
  context.subscriptions.push(vocabulary);
  const room = new RoomPresentation();
  context.subscriptions.push(room);
  const editor = registerEditorFeatures(context, store, room);
  void vocabulary.reload();
  const sidebar = registerSidebar(context, store, room);
  const overview = new OverviewPanel(context, store, room);
  const exporter = new Exporter(store, () => overview.exportScope, vscode.Uri.joinPath(context.extensionUri, 'dist'));
  const partnerPreview = new PartnerPreview(context, store, (source) => exporter.partnerNotes(source));
  context.subscriptions.push(overview, exporter, partnerPreview, registerDossierExport(store, () => overview.current, exporter),
    registerQdpxExport(store, exporter));
  const extendMarkdownIt = previewPlugin(store, room);
  context.subscriptions.push(refreshPreviewsOnToggle(room));
  const ended = performance.now();
  return { store, vocabulary, room, sidebar, editor, overview, exporter, messages, partnerPreview, extendMarkdownIt, trust: workspaceTrust, activationMs: ended - started, loadMs, startupMs: loadStart === undefined ? 0 : ended - loadStart };
}

export function deactivate(): void {}
