// The Actions view: the open actions of every collaboration in the workspace, grouped by collaboration or
// by owner, overdue first. "Done" ticks an action's checkbox in its notes as one undoable edit; "Carry
// over" copies a collaboration's open actions into the active notes.
import * as vscode from 'vscode';
import { actionKey } from '../core/report/collaboration';
import { actionsSummary } from '../core/report/noteSummary';
import { ActionGroup, ActionGrouping, OpenAction, openActionGroups } from '../core/report/openActions';
import { shorten } from '../core/report/grouping';
import { openActionsText } from '../core/write/nextSession';
import { collaborationOf, WorkspaceCollaborations, workspaceCollaborations } from '../workspace/collaborations';
import { notesLang, say, tagLang, viewLang } from '../workspace/lang';
import { Lang } from '../core/vocabulary/vocabulary';
import { RoomPresentation } from '../workspace/presentation';
import { shortDate, shortDateOr } from '../core/render/shared/dates';
import { SessionStore } from '../workspace/sessionStore';
import { WorkspaceNote } from '../workspace/workspaceNotes';
import { messageLang, messages } from '../workspace/messages';

/** A group's action rows are made when VS Code first asks for them (the group expanded), not with the group. */
export type ActionsNode =
  | { kind: 'folder'; id: string; name: string; children: ActionsNode[] }
  | { kind: 'group'; id: string; group: ActionGroup; uriOf: WorkspaceCollaborations['uriOf']; children?: ActionsNode[]; parent?: ActionsNode }
  | { kind: 'action'; id: string; item: OpenAction; uri: vscode.Uri; parent: ActionsNode };

/** workspaceState key of the chosen grouping. */
const GROUPING_KEY = 'facilitatorNotes.actionsGrouping';
const REFRESH_DELAY_MS = 150;
/** Groups shown expanded at first; the others are collapsed, so their rows are made only when opened. */
const EXPANDED_GROUPS = 3;
/** An open task list item up to its checkbox's space: '- [', '  * [', '1. ['. */
const OPEN_TASK = /^(\s*(?:[-*+]|\d+[.)])\s+\[) \]/;

export class ActionsView implements vscode.TreeDataProvider<ActionsNode>, vscode.Disposable {
  private grouping: ActionGrouping;
  private roots: ActionsNode[] = [];
  /** The language of the most recent notes, in which the rows speak. */
  private lang: Lang = viewLang([]);
  private stale = true;
  private building: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** What the Actions view showed of each changed notes file at its last change (actionsSummary). */
  private readonly summaries = new Map<string, string>();
  /** Groups a redraw's rebuild changed; 'all' when the groups themselves changed. */
  private toRedraw: Set<ActionsNode> | 'all' = new Set();
  private readonly changed = new vscode.EventEmitter<ActionsNode | undefined>();
  readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<ActionsNode>;

  constructor(private readonly store: SessionStore, private readonly memory: vscode.Memento, private readonly room: RoomPresentation) {
    this.grouping = memory.get<ActionGrouping>(GROUPING_KEY) === 'owner' ? 'owner' : 'collaboration';
    this.view = vscode.window.createTreeView('facilitatorNotes.actions', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, store.onDidChange((uri) => this.changedNotes(uri)), store.onDidChangeWorkspace(() => this.schedule()),
      room.onDidChange(() => this.invalidate()));
    void this.setContext();
  }

  get groupedBy(): ActionGrouping {
    return this.grouping;
  }

  async setGrouping(by: ActionGrouping): Promise<void> {
    this.grouping = by;
    await this.memory.update(GROUPING_KEY, by);
    await this.setContext();
    this.invalidate();
    await this.nodes();
  }

  /** The tree's top level, rebuilt from the workspace's notes when something changed. */
  async nodes(): Promise<ActionsNode[]> {
    while (this.stale) {
      this.building ??= this.build().finally(() => (this.building = undefined));
      await this.building;
    }
    return this.roots;
  }

  getChildren(node?: ActionsNode): Promise<ActionsNode[]> | ActionsNode[] {
    if (!node) return this.nodes();
    return node.kind === 'folder' ? node.children : node.kind === 'group' ? rowsOf(node) : [];
  }

  getParent(node: ActionsNode): ActionsNode | undefined {
    return node.kind === 'folder' ? undefined : node.parent;
  }

  getTreeItem(node: ActionsNode): vscode.TreeItem {
    if (node.kind === 'folder') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = String(node.children.reduce((n, group) => n + (group.kind === 'group' ? group.group.actions.length : 0), 0));
      item.iconPath = new vscode.ThemeIcon('root-folder');
      return item;
    }
    if (node.kind === 'group') {
      const expanded = this.roots.indexOf(node) < EXPANDED_GROUPS;
      const item = new vscode.TreeItem(node.group.name ?? say(this.lang, 'No owner'), expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = String(node.group.actions.length);
      item.contextValue = 'actionGroup';
      const named = node.group.collaboration;
      if (named && named.by !== 'key') {
        item.description += ` · ${say(this.lang, named.by === 'titles' ? 'named after its titles' : 'named after its folder')}`;
        item.tooltip = say(this.lang, 'To name this collaboration, add "collaboration: Name" (in Dutch notes "samenwerking: Naam") to the front matter of its notes.');
      }
      return item;
    }
    const { action, collaboration } = node.item;
    const item = new vscode.TreeItem(shorten(action.text) || say(this.lang, '(no text)'), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const dueDate = action.due === null ? '' : shortDate(action.due, this.lang);
    const due = action.due === null ? '' : action.overdue ? say(this.lang, 'overdue: {0}', dueDate) : say(this.lang, 'due {0}', dueDate);
    const who = this.grouping === 'owner' ? collaboration.name : action.owner ?? '';
    item.description = [due, who].filter(Boolean).join(' · ');
    item.iconPath = action.overdue ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon('circle-large-outline');
    const from = collaboration.sessions[action.origin.session];
    // While presenting, not where it came from: that session may be private.
    item.tooltip = this.room.on ? action.text : `${action.text}\n${say(this.lang, 'From: {0} {1}', shortDateOr(from.date, this.lang, ''), from.title)}`;
    item.contextValue = 'action';
    item.command = {
      command: 'facilitatorNotes.revealObservation',
      title: say(this.lang, 'Go to Action'),
      arguments: [node.uri.toString(), action.latest.line, action.latest.line],
    };
    return item;
  }

  /**
   * Ticks the action's latest copy: shows its notes (never writing a closed file behind the user's back) and
   * makes one edit, so one undo takes it back; the notes stay unsaved until the user saves them.
   */
  async done(node: ActionsNode | undefined): Promise<boolean> {
    if (node?.kind !== 'action') return false;
    const doc = await vscode.workspace.openTextDocument(node.uri);
    const line = node.item.action.latest.line - 1;
    // The notes may have changed since the view was built: tick only the same action, still open, at that line.
    const now = this.store.get(doc)?.actions.find((a) => a.line === line + 1);
    const open = now && !now.done && actionKey(now.text) === actionKey(node.item.action.text) ? OPEN_TASK.exec(doc.lineAt(line).text) : null;
    if (!open) {
      void vscode.window.showWarningMessage(say(this.lang, 'The action is no longer at line {0}; it was not changed.', line + 1));
      this.invalidate();
      return false;
    }
    // Shown first, so the change is in view; it is saved only as the user's files.autoSave says.
    await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: true, selection: new vscode.Range(line, 0, line, 0) });
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(line, open[1].length, line, open[1].length + 1), 'x');
    return vscode.workspace.applyEdit(edit);
  }

  /**
   * Copies the open actions of the active notes' collaboration that are written elsewhere into the active notes,
   * under an "Open actions" heading at the end: one edit, so one undo. Returns how many were copied.
   */
  async carryOver(): Promise<number> {
    const editor = vscode.window.activeTextEditor;
    const session = editor && this.store.get(editor.document);
    if (!editor || !session) {
      void messages.show({ kind: 'info', text: say(await messageLang(this.store), 'Open the new session notes to carry open actions into.') });
      return 0;
    }
    const all = await this.collaborations({ uri: editor.document.uri, session });
    const collaboration = collaborationOf(all, editor.document.uri);
    const here = new Set(session.actions.map((a) => actionKey(a.text)));
    const uri = editor.document.uri.toString();
    const open = (collaboration?.actions ?? []).filter((a) => !a.done && !here.has(actionKey(a.text))
      && all.uriOf(collaboration!.sessions[a.latest.session]).toString() !== uri);
    if (open.length === 0) {
      void vscode.window.showInformationMessage(say(notesLang(editor.document.uri, session), 'No open actions to carry over.'));
      return 0;
    }
    const doc = editor.document;
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const gap = doc.lineAt(doc.lineCount - 1).isEmptyOrWhitespace ? '' : '\n';
    const text = `${gap}\n${openActionsText(open, session.lang ?? tagLang(doc.uri), this.store.vocabularyFor(doc.uri))}\n`;
    await editor.edit((builder) => builder.insert(end, text));
    return open.length;
  }

  /** `active`: notes to count in even before the workspace scan has seen their file (just created). */
  private async collaborations(active?: WorkspaceNote): Promise<WorkspaceCollaborations> {
    const notes = await this.store.workspaceSummaries();
    const missing = active && !notes.some((n) => n.uri.toString() === active.uri.toString());
    return workspaceCollaborations(missing ? [...notes, active] : notes, this.store.vocabulary, this.store.collaborationMemo);
  }

  /**
   * Groups whose open actions are the same objects as before (their collaboration was not computed again) keep
   * their nodes; a changed group keeps its node object, with new content, so the tree can redraw it alone.
   */
  private async build(): Promise<void> {
    this.stale = false;
    const all = await this.collaborations();
    this.lang = viewLang((await this.store.workspaceSummaries()).map((n) => n.session));
    const before = new Map(this.roots.map((node) => [node.id, node]));
    const rebuilt = new Set<ActionsNode>();
    this.roots = openActionGroups(all.groups, this.grouping, this.room.on ? 'partners' : 'facilitator').map((group) => {
      const kept = before.get(`group:${group.name ?? ''}`);
      if (kept?.kind === 'group' && sameActions(kept.group, group)) return kept;
      const node: ActionsNode = kept?.kind === 'group' ? kept : { kind: 'group', id: `group:${group.name ?? ''}`, group, uriOf: all.uriOf };
      node.group = group;
      node.uriOf = all.uriOf;
      node.children = undefined;
      rebuilt.add(node);
      return node;
    });
    const sameGroups = before.size === this.roots.length && this.roots.every((node) => before.get(node.id) === node);
    if (!sameGroups) this.toRedraw = 'all';
    else if (this.toRedraw !== 'all') for (const node of rebuilt) this.toRedraw.add(node);
    if ((vscode.workspace.workspaceFolders?.length ?? 0) > 1) {
      this.roots = underFolders(this.roots);
      this.toRedraw = 'all';
    }
  }

  /** A typed edit rebuilds the view only when it changed what the view shows of the notes (actionsSummary). */
  private changedNotes(uri: vscode.Uri): void {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const summary = actionsSummary(doc && this.store.latestNotes(doc));
    if (this.summaries.get(key) === summary) return;
    this.summaries.set(key, summary);
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.redraw(), REFRESH_DELAY_MS);
  }

  /** A visible view is rebuilt now and redraws only the groups that changed; a hidden one rebuilds when shown. */
  private async redraw(): Promise<void> {
    if (!this.view.visible) {
      this.invalidate();
      return;
    }
    // Only what this rebuild changes: a build VS Code asked for (getChildren) was shown by VS Code itself.
    this.takeRedraw();
    this.stale = true;
    await this.nodes();
    const redraw = this.takeRedraw();
    if (redraw === 'all') this.changed.fire(undefined);
    else for (const node of redraw) this.changed.fire(node);
  }

  private takeRedraw(): Set<ActionsNode> | 'all' {
    const redraw = this.toRedraw;
    this.toRedraw = new Set();
    return redraw;
  }

  private invalidate(): void {
    this.stale = true;
    this.changed.fire(undefined);
  }

  private setContext(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', 'facilitatorNotes.actionsGrouping', this.grouping);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * In a workspace of several folders, a row per folder above the groups; each folder's groups hold only the
 * actions of that folder's notes (a collaboration with notes in two folders shows under both).
 */
function underFolders(groups: ActionsNode[]): ActionsNode[] {
  return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
    const node: ActionsNode & { kind: 'folder' } = { kind: 'folder', id: `folder:${folder.uri.toString()}`, name: folder.name, children: [] };
    node.children = groups.flatMap((group): ActionsNode[] => {
      if (group.kind !== 'group') return [];
      const inFolder = ({ action, collaboration }: OpenAction) =>
        vscode.workspace.getWorkspaceFolder(group.uriOf(collaboration.sessions[action.latest.session]))?.index === folder.index;
      const actions = group.group.actions.filter(inFolder);
      return actions.length ? [{ ...group, id: `${node.id}|${group.id}`, group: { ...group.group, actions }, children: undefined, parent: node }] : [];
    });
    return node.children.length ? [node] : [];
  });
}

/** A group's action rows, made on first use. */
export function rowsOf(node: ActionsNode & { kind: 'group' }): ActionsNode[] {
  node.children ??= node.group.actions.map((item) => {
    const uri = node.uriOf(item.collaboration.sessions[item.action.latest.session]);
    return { kind: 'action', id: `${uri.toString()}#${item.action.latest.line}`, item, uri, parent: node };
  });
  return node.children;
}

/** Whether two groups show the same open actions, in the same order (a re-parsed note makes new but equal ones). */
function sameActions(a: ActionGroup, b: ActionGroup): boolean {
  return a.actions.length === b.actions.length && a.actions.every((x, i) => x.action === b.actions[i].action || shown(x) === shown(b.actions[i]));
}

/** What a row shows and acts on: the action with its places, its collaboration and the session it came from. */
function shown({ action, collaboration }: OpenAction): string {
  const from = collaboration.sessions[action.origin.session];
  return JSON.stringify([action, collaboration.name, from.date, from.title]);
}

/** The Actions view with its toolbar, item and palette commands. */
export function registerActionsView(store: SessionStore, memory: vscode.Memento, room: RoomPresentation): ActionsView {
  const view = new ActionsView(store, memory, room);
  view.disposables.push(
    vscode.commands.registerCommand('facilitatorNotes.actionsByOwner', () => view.setGrouping('owner')),
    vscode.commands.registerCommand('facilitatorNotes.actionsByCollaboration', () => view.setGrouping('collaboration')),
    vscode.commands.registerCommand('facilitatorNotes.actionDone', (node?: ActionsNode) => view.done(node ?? view.view.selection[0])),
    vscode.commands.registerCommand('facilitatorNotes.carryOver', () => view.carryOver()),
  );
  return view;
}
