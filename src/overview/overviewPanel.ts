// The session overview panel: a webview that shows the core's HTML overview of the active notes
// (or of every session in the workspace), updates live, and reveals observations on click.
import * as vscode from 'vscode';
import { randomText } from '../io/randomText';
import { revealLines } from '../workspace/reveal';
import { Session } from '../core/parse/model';
import { escapeHtml } from '../core/render/shared/escape';
import { renderOverviewMain, renderPage } from '../core/render/overview/html';
import { renderDossierMain } from '../core/render/dossier/dossierHtml';
import { collaborationFolders, collaborationOf, collaborationVocabulary, phasesCoveredBeforeNotes, workspaceCollaborations } from '../workspace/collaborations';
import { notesLang, say, viewLang } from '../workspace/lang';
import { PRESENT_COMMAND, RoomPresentation } from '../workspace/presentation';
import { SessionStore } from '../workspace/sessionStore';
import { workspaceSummary } from '../core/report/noteSummary';
import { OverviewReport, reportOf, SessionCounts, sessionCounts, SessionSummary, summarizeSession, WorkspaceCounts, workspaceCounts } from '../core/report/overview';
import { CollaborationFolder, pageOf } from '../core/render/overview/collaborationTable';
import { Collaboration } from '../core/report/collaboration';
import { Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { partnerReport } from './partnerReport';

/** 'dossier': one collaboration of the workspace, by name. */
export type OverviewMode = 'session' | 'workspace' | 'dossier';

/** Messages the panel's script sends (media/overview.js). */
export type OverviewMessage =
  | { type: 'ready' }
  | { type: 'reveal'; session: number; line: number; endLine: number }
  | { type: 'openSession'; session: number }
  | { type: 'mode'; mode: OverviewMode; collaboration?: string; page?: number }
  | { type: 'exportPartners' }
  | { type: 'previewPartners' }
  | { type: 'presentToRoom' };

/** What the panel shows now: the tests compare it with the model. */
export interface OverviewRender {
  mode: OverviewMode;
  /** Presenting to the room: the partners' report of the session in large type, nothing private. */
  presenting: boolean;
  uris: vscode.Uri[];
  sessions: Session[];
  /** The inside of the page's <main>, as last sent to the webview. */
  main: string;
}

/** What the panel's page keeps in its webview state to come back after a window reload (media/overview.js). */
export interface OverviewViewState {
  mode: OverviewMode;
  /** The session notes file, also kept in workspace mode so switching back shows it. */
  uri?: string;
  collaboration?: string;
}

const VIEW_TYPE = 'facilitatorNotes.overview';
/** Live updates wait for a pause in typing this long, but while typing goes on, come at least this often. */
const UPDATE_DELAY_MS = 300;
const UPDATE_MAX_WAIT_MS = 1500;
/** Large type for a projector while presenting to the room. */
const ROOM_CSS = '#overview .room{font-size:1.6em}';

export class OverviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private mode: OverviewMode = 'session';
  /** The collaboration the dossier mode shows. */
  private collaboration: string | undefined;
  /** The page of the workspace overview's collaborations (from 0): kept while a dossier is visited. */
  private page = 0;
  private document: vscode.TextDocument | undefined;
  private shown: OverviewRender | undefined;
  private scriptReady = false;
  /** The webview's page is older than the last update sent by message (it reloads when shown again). */
  private pageStale = false;
  private timer: NodeJS.Timeout | undefined;
  /** When the first of the live updates now waiting was asked for. */
  private waitingSince: number | undefined;
  /** Live updates and switches of view the webview was sent (messages with changed content); tests count them. */
  posted = 0;
  /** Times the webview was given a whole page (each loads the page and its script again); tests count them. */
  pagesLoaded = 0;
  /** What the page keeps in its state to come back after a window reload (OverviewViewState as JSON), as last sent. */
  pageView: string | undefined;
  /** The view the page was last given whole (pageView then), and the language of the view shown. */
  private loadedView: string | undefined;
  private shownLang: Lang = 'en';
  /** What the workspace page or dossier showed of each typed-in note (workspaceSummary), to skip typing that changes none of it. */
  private readonly noteSummaries = new Map<string, string>();
  /** Whether the page shown lists observations (a workspace of one collaboration), so their text counts as shown. */
  private listsObservations = false;
  /** Each session's summary, kept while its Session object lives: a live update summarises only the note that changed. */
  private sessionSummaries = new WeakMap<Session, SessionSummary>();
  /** Each session's counts (all a page of several collaborations shows of it), kept the same way. */
  private sessionCounts = new WeakMap<Session, SessionCounts>();
  private summariesVocabulary: Vocabulary | undefined;
  /** The vocabulary of the page shown. */
  private renderedVocabulary: Vocabulary | undefined;
  /** Counts renders, so one still reading workspace files never overwrites a newer one. */
  private renders = 0;
  private readonly rendered = new vscode.EventEmitter<OverviewRender>();
  private readonly disposables: vscode.Disposable[] = [this.rendered];

  /** Fires after every render; tests wait on it. */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly context: vscode.ExtensionContext, private readonly store: SessionStore, private readonly room: RoomPresentation) {
    this.disposables.push(
      room.onDidChange(() => this.panel && void this.renderQuietly(false)),
      vscode.commands.registerCommand('facilitatorNotes.openOverview', (uri?: vscode.Uri) => this.open('session', false, uri)),
      vscode.commands.registerCommand('facilitatorNotes.openOverviewToSide', (uri?: vscode.Uri) => this.open('session', true, uri)),
      vscode.commands.registerCommand('facilitatorNotes.openWorkspaceOverview', () => this.open('workspace', false)),
      vscode.commands.registerCommand('facilitatorNotes.openDossier', (name?: string) => this.openDossier(name)),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      store.onDidChange((uri) => {
        // A new, empty file becomes notes a few keys in: the panel then follows it as it follows editors.
        const active = vscode.window.activeTextEditor;
        if (active && active.document !== this.document && active.document.uri.toString() === uri.toString()) this.follow(active);
        if (this.mode === 'session' ? uri.toString() === this.document?.uri.toString() : this.changedForWorkspace(uri)) this.schedule();
      }),
      store.onDidChangeWorkspace(() => {
        if (this.mode !== 'session') this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.document) this.document = undefined;
      }),
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state) => {
          await this.restore(panel, state);
        },
      }),
    );
  }

  /** What the panel shows, or undefined while it is closed. */
  get current(): OverviewRender | undefined {
    return this.panel && this.shown;
  }

  /** What an export run from the panel covers: its notes file, or the whole workspace. */
  get exportScope(): { source?: vscode.Uri; workspace?: boolean } | undefined {
    const shown = this.current;
    return shown && (shown.mode !== 'session' ? { workspace: true } : { source: shown.uris[0] });
  }

  /** Whether the page's script runs and takes live updates by message. */
  get pageReady(): boolean {
    return this.scriptReady;
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Shows the panel for a notes file (default: the active editor's) or for the workspace, and renders it now. */
  async open(mode: OverviewMode, toSide: boolean, uri?: vscode.Uri): Promise<OverviewRender> {
    this.mode = mode;
    if (uri) this.document = await vscode.workspace.openTextDocument(uri);
    else if (mode === 'session') this.follow(vscode.window.activeTextEditor, false);
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    if (this.panel) this.panel.reveal(column, toSide);
    else this.create(column, toSide);
    return this.render(false);
  }

  /** Shows the dossier of a collaboration: by name, else the active notes' collaboration. */
  async openDossier(name?: string): Promise<OverviewRender> {
    const active = vscode.window.activeTextEditor?.document.uri;
    this.collaboration = name ?? (active && collaborationOf(workspaceCollaborations(await this.store.workspaceSummaries(), this.store.vocabulary, this.store.collaborationMemo), active)?.name);
    return this.open('dossier', false);
  }

  /**
   * Adopts a panel VS Code brings back after a window reload (the serializer; tests call it directly) and shows
   * what its page state says it showed; a notes file that is gone leaves the "open a notes file" message.
   */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<OverviewRender> {
    const view = (state as { view?: Partial<OverviewViewState> } | undefined)?.view;
    this.mode = view?.mode === 'workspace' || view?.mode === 'dossier' ? view.mode : 'session';
    this.collaboration = typeof view?.collaboration === 'string' ? view.collaboration : undefined;
    this.document = typeof view?.uri === 'string' ? await existingDocument(vscode.Uri.parse(view.uri)) : undefined;
    if (this.panel !== panel) this.panel?.dispose();
    this.adopt(panel);
    return this.render(false);
  }

  /** Handles a message from the webview; tests call it to simulate a click. */
  async receive(message: OverviewMessage): Promise<void> {
    switch (message?.type) {
      case 'ready':
        this.scriptReady = true;
        this.catchUp();
        return;
      case 'reveal':
        return this.reveal(message.session, message.line, message.endLine);
      case 'openSession':
        return this.openSession(message.session);
      case 'exportPartners':
        await vscode.commands.executeCommand('facilitatorNotes.exportPartnerReport');
        return;
      case 'previewPartners':
        await vscode.commands.executeCommand('facilitatorNotes.previewPartnerReport');
        return;
      case 'presentToRoom':
        await vscode.commands.executeCommand(PRESENT_COMMAND);
        return;
      case 'mode':
        if (message.mode === 'session' || message.mode === 'workspace' || message.mode === 'dossier') {
          this.mode = message.mode;
          if (typeof message.collaboration === 'string') this.collaboration = message.collaboration;
          if (typeof message.page === 'number' && Number.isInteger(message.page)) this.page = message.page;
          await this.render(false);
        }
    }
  }

  private create(column: vscode.ViewColumn, preserveFocus: boolean): void {
    const options = { ...this.webviewOptions(), enableFindWidget: true };
    // Titled in the notes' language from the start: the render retitles it only once the notes are read.
    const doc = this.document;
    const title = say(notesLang(doc?.uri, doc && this.store.get(doc)), 'Session overview');
    this.adopt(vscode.window.createWebviewPanel(VIEW_TYPE, title, { viewColumn: column, preserveFocus }, options));
  }

  private webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')] };
  }

  /** Wires a new or restored panel: its options (a restored one keeps what VS Code saved; set them anyway), icon and messages. */
  private adopt(panel: vscode.WebviewPanel): void {
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'overview.svg');
    this.panel = panel;
    this.scriptReady = false;
    const listeners = [
      panel.webview.onDidReceiveMessage((m: OverviewMessage) => this.receive(m)),
      panel.onDidChangeViewState(() => {
        // A hidden webview is unloaded; shown again, it reloads the page and says 'ready' again.
        if (!panel.visible) this.scriptReady = false;
        else if (this.pageStale) void this.renderQuietly(true);
      }),
    ];
    panel.onDidDispose(() => {
      for (const l of listeners) l.dispose();
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.shown = undefined;
      clearTimeout(this.timer);
    });
  }

  /** Switches to the active editor's notes; other documents leave the panel as it is. */
  private follow(editor: vscode.TextEditor | undefined, rerender = true): void {
    const doc = editor?.document;
    if (!doc || doc === this.document || !this.store.notes(doc)) return;
    this.document = doc;
    if (rerender && this.panel && this.mode === 'session') void this.renderQuietly(false);
  }

  /** Coalesces live updates while the person types; a hidden panel only notes that it is behind. */
  private schedule(): void {
    if (!this.panel) return;
    if (!this.panel.visible) {
      this.pageStale = true;
      return;
    }
    clearTimeout(this.timer);
    const now = Date.now();
    this.waitingSince ??= now;
    const delay = Math.max(0, Math.min(UPDATE_DELAY_MS, this.waitingSince + UPDATE_MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.renderQuietly(true), delay);
  }

  /** A render nobody awaits (live updates): a panel closed meanwhile is no error. */
  private renderQuietly(keepState: boolean): Promise<OverviewRender | void> {
    return this.render(keepState).catch(() => undefined);
  }

  /** Renders what the panel should show; `keepState` keeps scroll position and open cells (a live update). */
  private async render(keepState: boolean): Promise<OverviewRender> {
    clearTimeout(this.timer);
    this.waitingSince = undefined;
    const generation = ++this.renders;
    this.renderedVocabulary = this.store.vocabulary;
    // The workspace page speaks every folder's terms; one note's overview and a dossier their folder's.
    let vocabulary = this.mode === 'session' ? this.store.vocabularyFor(this.document?.uri) : this.store.vocabulary;
    let uris: vscode.Uri[] = [];
    let sessions: Session[] = [];
    let groups: readonly Collaboration[] | undefined;
    let folders: readonly CollaborationFolder[] | undefined;
    let coveredBefore: string[] = [];
    if (this.mode !== 'session') {
      const summaries = await this.store.workspaceSummaries();
      const all = workspaceCollaborations(summaries, vocabulary, this.store.collaborationMemo);
      const dossier = this.mode === 'dossier' ? all.groups.find((c) => c.name === this.collaboration) ?? all.groups[0] : undefined;
      this.collaboration = dossier?.name ?? this.collaboration;
      if (dossier) vocabulary = collaborationVocabulary(this.store, all, dossier);
      this.listsObservations = !dossier && all.groups.length <= 1;
      // A page that shows observation texts (a dossier, a workspace of one collaboration) reads its notes whole.
      const notes = dossier || this.listsObservations
        ? await this.store.workspaceNotesOf(dossier ? dossier.sessions.map(all.uriOf) : summaries.map((n) => n.uri)) : summaries;
      const shown = notes === summaries ? all : workspaceCollaborations(notes, vocabulary);
      // Alone, a collaboration named after its titles could be named otherwise: it keeps its name in the workspace.
      groups = dossier ? shown.groups.slice(0, 1).map((c) => ({ ...c, name: dossier.name, by: dossier.by })) : shown.groups;
      if (!dossier) folders = collaborationFolders(shown);
      sessions = dossier ? groups[0]?.sessions ?? [] : notes.map((n) => n.session);
      uris = dossier ? sessions.map(shown.uriOf) : notes.map((n) => n.uri);
    } else if (this.document) {
      const session = this.store.get(this.document);
      if (session) [uris, sessions] = [[this.document.uri], [session]];
      if (session) coveredBefore = await phasesCoveredBeforeNotes(this.store, this.document.uri);
    }
    // The notes' language: the file's, or for the workspace and a dossier the most recent notes'.
    const lang = this.mode === 'session' ? notesLang(this.document?.uri, sessions[0]) : viewLang(sessions);
    const presenting = this.room.on;
    const roomMain = presenting ? await this.roomMain(lang) : undefined;
    const panel = this.panel;
    if (!panel) throw new Error('the overview panel is closed');
    if (generation !== this.renders && this.shown) return this.shown;
    const webview = panel.webview;
    const hosting = {
      nonce: randomText(18, 'base64'),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'overview.js')).toString(),
      state: JSON.stringify({ mode: this.mode, uri: this.document?.uri.toString(), ...(this.mode === 'dossier' && { collaboration: this.collaboration }) } satisfies OverviewViewState),
    };
    // A page of several collaborations shows only counts of the sessions; one collaboration's shows their summaries.
    const workspace = this.mode === 'workspace';
    const report = workspace && this.listsObservations ? this.reportOf(sessions, vocabulary) : undefined;
    const counts = workspace && !this.listsObservations ? this.countsOf(sessions, vocabulary) : undefined;
    const options = {
      lang, vocabulary, webview: hosting, mode: this.mode === 'session' ? 'session' as const : 'workspace' as const, collaborations: groups, folders, coveredBefore, report, counts,
      ...(this.mode === 'workspace' && { page: this.page = pageOf(this.page, groups?.length ?? 0) }),
      // Always there, as a switch to presenting swaps only the page's <main>; it styles only the room's view.
      style: ROOM_CSS,
    };
    const empty = this.mode === 'session' && sessions.length === 0;
    const main = roomMain ?? (empty ? `<p class="muted">${escapeHtml(say(lang, 'Open a Markdown notes file to see its overview.'))}</p>`
      : this.mode === 'dossier' ? renderDossierMain(groups ?? [], options) : renderOverviewMain(sessions, options));
    panel.title = this.mode === 'dossier' ? say(lang, 'Dossier: {0}', this.collaboration ?? '')
      : this.mode === 'workspace' ? say(lang, 'Workspace overview')
      : sessions.length ? say(lang, 'Overview: {0}', sessions[0].title) : say(lang, 'Session overview');
    [this.pageView, this.shownLang] = [hosting.state, lang];
    if (this.scriptReady && panel.visible) {
      // The page patches what changed (an update that changes nothing is not sent at all), or swaps in another view
      // without loading the page again: a reload costs the webview a second or more in code-server.
      if (!keepState || main !== this.shown?.main) {
        void webview.postMessage({ type: 'update', html: main, keepState, ...(!keepState && { title: panel.title, lang, state: hosting.state }) });
        this.posted++;
        this.pageStale = true;
      }
    } else {
      this.scriptReady = false;
      this.pageStale = false;
      webview.html = renderPage(main, panel.title, options);
      this.loadedView = hosting.state;
      this.pagesLoaded++;
    }
    this.shown = { mode: this.mode, presenting, uris, sessions, main };
    this.rendered.fire(this.shown);
    return this.shown;
  }

  /**
   * VS Code reloads a visible page by itself from the last page it was given (the panel moved to another group):
   * the page then gets what was sent since, patched in if it is the same view, else swapped in.
   */
  private catchUp(): void {
    const panel = this.panel;
    if (!this.pageStale || !this.shown || !panel) return;
    const sameView = this.loadedView === this.pageView;
    void panel.webview.postMessage({ type: 'update', html: this.shown.main, keepState: sameView, ...(!sameView && { title: panel.title, lang: this.shownLang, state: this.pageView }) });
    this.posted++;
  }

  /** Whether typing in a note changed what the workspace page or dossier shows of it. */
  private changedForWorkspace(uri: vscode.Uri): boolean {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const summary = workspaceSummary(doc && this.store.latestNotes(doc), this.listsObservations);
    // A new vocabulary may name the same terms differently: the page is made again whatever the notes say.
    if (this.noteSummaries.get(key) === summary && this.store.vocabulary === this.renderedVocabulary) return false;
    this.noteSummaries.set(key, summary);
    return true;
  }

  /** The overview report of the workspace's sessions, summarising only sessions not seen before. */
  private reportOf(sessions: readonly Session[], vocabulary: Vocabulary): OverviewReport {
    this.forgetSummariesUnless(vocabulary);
    return reportOf(sessions.map((session) => kept(this.sessionSummaries, session, () => summarizeSession(session, vocabulary))), vocabulary);
  }

  /** The workspace page's counts of the sessions, counting only sessions not seen before. */
  private countsOf(sessions: readonly Session[], vocabulary: Vocabulary): WorkspaceCounts {
    this.forgetSummariesUnless(vocabulary);
    return workspaceCounts(sessions.map((session) => kept(this.sessionCounts, session, () => sessionCounts(session, vocabulary))), vocabulary);
  }

  /** Summaries and counts made with another vocabulary may name terms otherwise: they are made again. */
  private forgetSummariesUnless(vocabulary: Vocabulary): void {
    if (this.summariesVocabulary === vocabulary) return;
    this.sessionSummaries = new WeakMap();
    this.sessionCounts = new WeakMap();
    this.summariesVocabulary = vocabulary;
  }

  /**
   * What the room may see of the panel's session: the partners' report (no private items, coaching, hints or
   * line numbers), with the switch to stop presenting.
   */
  private async roomMain(lang: Lang): Promise<string> {
    const stop = `<nav class="toolbar"><button type="button" data-command="presentToRoom" aria-pressed="true">${escapeHtml(say(lang, 'Stop presenting'))}</button></nav>`;
    const doc = this.document;
    const session = doc && this.store.get(doc);
    if (!doc || !session) return `<div class="room">${stop}<p class="muted">${escapeHtml(say(lang, 'Open a Markdown notes file to see its overview.'))}</p></div>`;
    const report = await partnerReport(doc, session, 'html', this.store.vocabularyFor(doc.uri)) as string;
    return `<div class="room">${stop}${/<main[^>]*>([\s\S]*)<\/main>/.exec(report)?.[1] ?? ''}</div>`;
  }

  private async reveal(sessionIndex: number, line: number, endLine: number): Promise<void> {
    const uri = this.shown?.uris[sessionIndex];
    if (!uri || !Number.isInteger(line) || !Number.isInteger(endLine)) return;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    await revealLines(uri, line, endLine, visible?.viewColumn ?? this.otherColumn());
  }

  private async openSession(sessionIndex: number): Promise<void> {
    const uri = this.shown?.uris[sessionIndex];
    if (!uri) return;
    this.document = await vscode.workspace.openTextDocument(uri);
    this.mode = 'session';
    await vscode.window.showTextDocument(this.document, { viewColumn: this.otherColumn(), preserveFocus: true });
    await this.render(false);
  }

  /** An editor column beside the panel, so revealing never covers the overview. */
  private otherColumn(): vscode.ViewColumn {
    const panelColumn = this.panel?.viewColumn;
    const editor = vscode.window.visibleTextEditors.find((e) => e.viewColumn !== undefined && e.viewColumn !== panelColumn);
    return editor?.viewColumn ?? (panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** What `cache` keeps for the session, made now if it has none. */
function kept<T extends object>(cache: WeakMap<Session, T>, session: Session, make: () => T): T {
  let value = cache.get(session);
  if (!value) cache.set(session, (value = make()));
  return value;
}

/** The document at `uri` if its file still exists; an untitled one only while it is open (opening it would make a new, empty one). */
async function existingDocument(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri.scheme === 'untitled') return vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
  try {
    await vscode.workspace.fs.stat(uri);
    return await vscode.workspace.openTextDocument(uri);
  } catch {
    return undefined;
  }
}
