import * as vscode from 'vscode';
import { ActiveNotes } from './activeNotes';
import { revealLines } from '../workspace/reveal';
import {
  GroupingMode, ObservationFilter, ObservationNode, SessionEntry, SessionNode, TreeNode,
  buildFileTree, buildWorkspaceTree, isFilterEmpty, observationAt, resolveGrouping, shorten, underFolders,
} from '../core/report/grouping';
import { dimensionKey } from '../core/report/facets';
import { termLabel } from '../core/vocabulary/labels';
import { Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { notesLang, say, viewLang } from '../workspace/lang';
import { shortDate } from '../core/render/shared/dates';
import { levelIcon } from '../workspace/levelStyle';
import { RoomPresentation } from '../workspace/presentation';
import { SessionStore } from '../workspace/sessionStore';
import { partnerView } from '../core/report/audience';
import { Session } from '../core/parse/model';
import { patchTree } from './treePatch';

export type Scope = 'file' | 'workspace';

const FOLLOW_DELAY_MS = 100;
/** workspaceState key of the chosen grouping. */
const GROUPING_KEY = 'facilitatorNotes.grouping';

/** The Observations view: the active file's (or every session's) observations, grouped and filtered. */
export class ObservationsTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  /** The chosen grouping; a custom dimension the vocabulary lacks (yet: it loads after activation) shows as condition. */
  private mode: GroupingMode;
  private modeInContext: GroupingMode | undefined;
  private scopeInUse: Scope = 'file';
  private filterInUse: ObservationFilter = {};
  private roots: TreeNode[] = [];
  private parents = new Map<string, TreeNode>();
  private firstNodeOf = new Map<string, ObservationNode>();
  private generation = 0;
  /**
   * The workspace scope's sessions by document key: read whole once, then kept in step one changed document at a
   * time, so typing in one note reads no other file. Dropped when files change on disk or the scope leaves the workspace.
   */
  private workspaceLoad: Promise<Map<string, Session>> | undefined;
  /** Open notes that the workspace scan leaves out (outside the folders or the files setting): typing in them reads nothing. */
  private outsideScope = new Set<string>();
  /** The vocabulary the shown rows were labelled with. */
  private builtWith: Vocabulary | undefined;
  /** The notes' language, in which the rows speak: the file's, or in the workspace scope the most recent notes'. */
  private lang: Lang = notesLang();
  private followTimer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<TreeNode[] | undefined>();
  readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<TreeNode>;
  /** Settles after each rebuild; tests await it instead of sleeping. */
  ready: Promise<void> = Promise.resolve();
  private notesOpen: boolean | undefined;

  constructor(
    private readonly store: SessionStore,
    private readonly active: ActiveNotes,
    private readonly memory: vscode.Memento,
    private readonly room: RoomPresentation,
  ) {
    this.mode = memory.get<string>(GROUPING_KEY) ?? 'condition';
    this.view = vscode.window.createTreeView('facilitatorNotes.observations', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      active.onDidChange(() => this.refresh()),
      room.onDidChange(() => this.refresh()),
      store.onDidChange((uri) => this.scopeInUse === 'workspace' && void this.keepInStep(uri)),
      store.onDidChangeWorkspace(() => this.scopeInUse === 'workspace' && this.reloadWorkspace()),
      // A closed document's unsaved typing is gone: its entry reads the file again.
      vscode.workspace.onDidCloseTextDocument(() => this.scopeInUse === 'workspace' && this.reloadWorkspace()),
      vscode.window.onDidChangeTextEditorSelection((e) => this.scheduleFollow(e.textEditor)),
      // The cursor may have moved while the view was hidden: catch up when it shows.
      this.view.onDidChangeVisibility((e) => e.visible && vscode.window.activeTextEditor && this.scheduleFollow(vscode.window.activeTextEditor)),
    );
    void this.setContext();
    // The first build parses the active file: after activation, not inside it.
    setTimeout(() => this.refresh());
  }

  /** The grouping in force: the chosen one while the vocabulary has it, else condition. */
  get grouping(): GroupingMode {
    return resolveGrouping(this.mode, this.vocabulary);
  }

  /** What the view and its pickers read terms from: the active notes' folder's vocabulary, in the workspace scope every folder's. */
  get vocabulary(): Vocabulary {
    const doc = this.scopeInUse === 'file' ? this.active.document : undefined;
    return doc ? this.store.vocabularyFor(doc.uri) : this.store.vocabulary;
  }

  get scope(): Scope {
    return this.scopeInUse;
  }

  get filter(): ObservationFilter {
    return this.filterInUse;
  }

  /** Groups by a built-in mode or a custom dimension's id, remembered per workspace. */
  async setGrouping(mode: GroupingMode): Promise<void> {
    this.mode = mode;
    await this.memory.update(GROUPING_KEY, mode);
    return this.update();
  }

  setScope(scope: Scope): Promise<void> {
    this.scopeInUse = scope;
    this.workspaceLoad = undefined;
    this.outsideScope.clear();
    return this.update();
  }

  setFilter(filter: ObservationFilter): Promise<void> {
    this.filterInUse = filter;
    return this.update();
  }

  /** The sessions in the current scope, for the filter's list of free tags; while presenting, as the partners may see them. */
  async sessions(): Promise<SessionEntry[]> {
    const shown = this.room.on ? partnerView : (session: Session) => session;
    if (this.scopeInUse === 'workspace') {
      const all = await (this.workspaceLoad ??= this.loadWorkspace());
      return [...all].map(([key, session]) => ({ key, session: shown(session) }));
    }
    const doc = this.active.document;
    const session = this.active.session;
    return doc && session ? [{ key: doc.uri.toString(), session: shown(session) }] : [];
  }

  /** The language the rows and the pickers about them speak: the file's notes', or in the workspace scope the most recent notes'. */
  languageOf(entries: readonly SessionEntry[]): Lang {
    return this.scopeInUse === 'workspace' || !entries.length ? viewLang(entries.map((e) => e.session))
      : notesLang(vscode.Uri.parse(entries[0].key), entries[0].session);
  }

  private async loadWorkspace(): Promise<Map<string, Session>> {
    return new Map((await this.store.workspaceNotes()).map(({ uri, session }) => [uri.toString(), session]));
  }

  private reloadWorkspace(): void {
    this.workspaceLoad = undefined;
    this.refresh();
  }

  /** One open document's parse changed: update its entry from the store's cache (no file read, no parse). */
  private async keepInStep(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const session = doc && this.store.latestNotes(doc);
    const loaded = this.workspaceLoad;
    if (!loaded) return this.refresh();
    const all = await loaded;
    if (loaded !== this.workspaceLoad) return;
    if (all.has(key) || doc?.isUntitled) {
      if (session) all.set(key, session); else all.delete(key);
      return this.refresh();
    }
    // A document that just became notes: the scan decides whether it belongs to the workspace's notes.
    if (!session || this.outsideScope.has(key)) return;
    this.workspaceLoad = this.loadWorkspace().then((fresh) => {
      if (!fresh.has(key)) this.outsideScope.add(key);
      return fresh;
    });
    this.refresh();
  }

  private async update(): Promise<void> {
    await this.setContext();
    this.refresh();
    return this.ready;
  }

  private setContext(): Thenable<unknown> {
    const filtered = !isFilterEmpty(this.filterInUse);
    this.view.description = filtered ? say(this.lang, 'Filtered') : undefined;
    this.modeInContext = this.grouping;
    return Promise.all([
      vscode.commands.executeCommand('setContext', 'facilitatorNotes.grouping', this.modeInContext),
      vscode.commands.executeCommand('setContext', 'facilitatorNotes.scope', this.scopeInUse),
      vscode.commands.executeCommand('setContext', 'facilitatorNotes.filtered', filtered),
    ]);
  }

  /** Rebuilds the model; a newer rebuild wins over an older one still reading files. */
  refresh(): void {
    const generation = ++this.generation;
    this.ready = this.sessions().then((entries) => {
      if (generation !== this.generation) return;
      const vocabulary = this.vocabulary;
      const lang = this.languageOf(entries);
      // The vocabulary may have gained or lost the chosen custom dimension: keep the toolbar in step.
      if (this.grouping !== this.modeInContext) void this.setContext();
      const rebuilt = this.scopeInUse === 'workspace'
        ? byFolder(buildWorkspaceTree(entries, this.mode, this.filterInUse, vocabulary))
        : entries.flatMap((e) => buildFileTree(e, this.mode, this.filterInUse, vocabulary));
      const message = rebuilt.length === 0 ? emptyMessage(lang, !isFilterEmpty(this.filterInUse), entries.length > 0) : undefined;
      if (this.view.message !== message) this.view.message = message;
      // Open notes without observations are no "no notes open": the welcome shows only without notes.
      if (this.notesOpen !== entries.length > 0) {
        this.notesOpen = entries.length > 0;
        void vscode.commands.executeCommand('setContext', 'facilitatorNotes.notesOpen', this.notesOpen);
      }
      // Group labels come from the vocabulary, in the notes' language: a new one of either redraws every row.
      const patched = vocabulary === this.builtWith && lang === this.lang ? patchTree(this.roots, rebuilt) : undefined;
      this.builtWith = vocabulary;
      this.lang = lang;
      if (patched) {
        if (patched.length) this.changed.fire(patched);
        return;
      }
      this.roots = rebuilt;
      this.index();
      this.changed.fire(undefined);
    });
  }

  private index(): void {
    this.parents = new Map();
    this.firstNodeOf = new Map();
    const visit = (node: TreeNode, parent?: TreeNode): void => {
      if (parent) this.parents.set(node.id, parent);
      if (node.kind === 'observation') {
        const key = `${node.key}#${node.observation.startLine}`;
        if (!this.firstNodeOf.has(key)) this.firstNodeOf.set(key, node);
      } else node.children.forEach((child) => visit(child, node));
    };
    this.roots.forEach((root) => visit(root));
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) return this.roots;
    return node.kind === 'observation' ? [] : node.children;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.parents.get(node.id);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const lang = this.lang;
    if (node.kind === 'observation') return observationItem(node, this.builtWith ?? this.vocabulary, lang);
    // Only the first level of groups starts open, so every condition fits on screen with its phases.
    const parent = this.parents.get(node.id);
    const open = node.kind === 'group' && (!parent || parent.kind === 'session');
    if (node.kind === 'folder') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = String(node.count);
      item.iconPath = new vscode.ThemeIcon('root-folder');
      return item;
    }
    const item = new vscode.TreeItem(node.kind === 'session' ? node.session.title : groupLabel(node.dimension, node.value, lang, this.builtWith ?? this.vocabulary),
      open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    if (node.kind === 'session') {
      item.description = node.session.date ? `${shortDate(node.session.date, lang)} · ${node.count}` : String(node.count);
      item.tooltip = node.session.file;
      item.iconPath = new vscode.ThemeIcon('notebook');
      item.resourceUri = vscode.Uri.parse(node.key);
      item.contextValue = 'session';
    } else {
      item.description = String(node.count);
      item.iconPath = groupIcon(node.dimension, node.value, this.builtWith ?? this.vocabulary);
      item.contextValue = 'group';
    }
    return item;
  }

  private scheduleFollow(editor: vscode.TextEditor): void {
    if (!this.view.visible || editor.document !== this.active.document) return;
    clearTimeout(this.followTimer);
    this.followTimer = setTimeout(() => void this.follow(editor), FOLLOW_DELAY_MS);
  }

  /**
   * Selects the observation under the cursor in the tree, without taking the focus. The view may
   * still be rendering a rebuild, so a node it does not know yet gets a few more tries.
   */
  private async follow(editor: vscode.TextEditor, attempt = 0): Promise<void> {
    await this.ready;
    const session = this.active.session;
    const observation = session && observationAt(session, editor.selection.active.line + 1);
    const node = observation && this.firstNodeOf.get(`${editor.document.uri.toString()}#${observation.startLine}`);
    if (!node || this.view.selection[0]?.id === node.id) return;
    try {
      await this.view.reveal(node, { select: true, focus: false });
    } catch {
      if (attempt < 3) this.followTimer = setTimeout(() => void this.follow(editor, attempt + 1), 200);
    }
  }

  /** The tree node of the observation at a 1-based line of a document, if shown. */
  nodeAt(uri: vscode.Uri, startLine: number): ObservationNode | undefined {
    return this.firstNodeOf.get(`${uri.toString()}#${startLine}`);
  }

  dispose(): void {
    clearTimeout(this.followTimer);
    for (const d of this.disposables) d.dispose();
  }
}

/** With several workspace folders, the sessions under a row per folder. */
function byFolder(sessions: SessionNode[]): TreeNode[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length < 2) return sessions;
  return underFolders(sessions, folders.map((f) => ({ id: f.uri.toString(), name: f.name })),
    (key) => vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(key))?.uri.toString());
}

function groupLabel(dimension: string, value: string | null, lang: Lang, vocabulary: Vocabulary): string {
  if (value !== null) return termLabel(dimension, value, lang, vocabulary);
  if (dimension === 'condition') return say(lang, 'Untagged condition');
  if (dimension === 'phase') return say(lang, 'No phase');
  if (dimension === 'level') return say(lang, 'No level');
  const named = vocabulary.dimensions.find((d) => dimensionKey(d) === dimension);
  return say(lang, 'No {0}', named?.label[lang] ?? dimension);
}

function groupIcon(dimension: string, value: string | null, vocabulary: Vocabulary): vscode.ThemeIcon {
  if (dimension === 'level') return levelIcon(value);
  if (dimension === 'condition') return new vscode.ThemeIcon('layers');
  if (dimension === 'phase') return new vscode.ThemeIcon('milestone');
  // The built-in parties; a team's own 'party' dimension keeps the tag of its own dimensions.
  if (vocabulary.dimensions.some((d) => d.role === 'party' && dimensionKey(d) === dimension)) return new vscode.ThemeIcon('organization');
  return new vscode.ThemeIcon('tag', new vscode.ThemeColor('facilitatorNotes.customTag'));
}

function observationItem(node: ObservationNode, vocabulary: Vocabulary, lang: Lang): vscode.TreeItem {
  const { observation } = node;
  const item = new vscode.TreeItem(shorten(observation.text) || say(lang, '(no text)'), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = say(lang, 'line {0}', observation.startLine);
  item.iconPath = levelIcon(observation.level);
  const label = (role: string, value: string | null, none: string): string => (value ? termLabel(role, value, lang, vocabulary) : none);
  const conditions = observation.conditions.map((c) => label('condition', c, '')).join(', ') || say(lang, 'Untagged condition');
  item.tooltip = new vscode.MarkdownString()
    .appendText(observation.text).appendMarkdown('\n\n')
    .appendText(observation.tags.map((t) => `#${t.raw}`).join(' ')).appendMarkdown('\n\n')
    .appendText(say(lang, 'Condition: {0} · Phase: {1} · Thermometer: {2}', conditions,
      label('phase', observation.phase, say(lang, 'No phase')), label('level', observation.level, say(lang, 'No level'))));
  item.contextValue = 'observation';
  item.command = {
    command: 'facilitatorNotes.revealObservation',
    title: say(lang, 'Go to Observation'),
    arguments: [node.key, observation.startLine, observation.endLine],
  };
  return item;
}

/** The Observations view with its toolbar commands and the command its items run. */
export function registerObservationsTree(store: SessionStore, active: ActiveNotes, memory: vscode.Memento, room: RoomPresentation): ObservationsTree {
  const tree = new ObservationsTree(store, active, memory, room);
  const command = (id: string, run: (...args: never[]) => unknown): vscode.Disposable => vscode.commands.registerCommand(`facilitatorNotes.${id}`, run);
  tree.disposables.push(
    command('groupByCondition', () => tree.setGrouping('condition')),
    command('groupByPhase', () => tree.setGrouping('phase')),
    command('groupByLevel', () => tree.setGrouping('level')),
    command('showFileScope', () => tree.setScope('file')),
    command('showWorkspaceScope', () => tree.setScope('workspace')),
    command('revealObservation', revealLines),
  );
  return tree;
}

/** What an empty tree says: nothing matches the filter, or the notes open have no observation yet (else the welcome shows). */
function emptyMessage(lang: Lang, filtered: boolean, notesOpen: boolean): string | undefined {
  if (filtered) return say(lang, 'No observations match the filter.');
  return notesOpen ? say(lang, 'No observations yet: tag a paragraph, such as #ambition, and it shows here.') : undefined;
}
