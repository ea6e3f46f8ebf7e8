// Preview Report for Partners: a webview with exactly the HTML the export writes, for one session. Each
// paragraph and list item has "Leave out", which marks its notes line private as one undoable edit; the
// preview follows the notes as they change. "Export…" runs the partner export for the same notes.
import * as vscode from 'vscode';
import { randomText } from '../io/randomText';
import { paragraphAt, tagText } from '../core/write/tagEdit';
import { Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { notesLang, say } from '../workspace/lang';
import { SessionStore } from '../workspace/sessionStore';
import { PARTNER_COMMAND } from './export';
import { partnerReport, partnerReportOptions } from './partnerReport';
import { previewPage } from './partnerPreviewPage';

export const PREVIEW_COMMAND = 'facilitatorNotes.previewPartnerReport';
const VIEW_TYPE = 'facilitatorNotes.partnerPreview';

/** Messages the preview's script sends (media/partnerPreview.js). */
export type PreviewMessage = { type: 'leaveOut'; line: number } | { type: 'export' };

/** What the preview shows: tests compare it with the export. */
export interface PreviewRender {
  uri: vscode.Uri;
  /** The report's HTML as the export writes it. */
  report: string;
  /** The lines the Leave out buttons mark. */
  lines: number[];
  /** The webview's page: the report with the buttons, in the notes' language. */
  page: string;
}

export class PartnerPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private shown: PreviewRender | undefined;
  private readonly rendered = new vscode.EventEmitter<PreviewRender>();
  private readonly disposables: vscode.Disposable[] = [this.rendered];

  /** Fires after every render; tests wait on it. */
  readonly onDidRender = this.rendered.event;

  /** `notesFor` finds the one session's notes as the partner export does (editor, panel, else a question). */
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly store: SessionStore,
    private readonly notesFor: (source?: vscode.Uri) => Promise<vscode.TextDocument | undefined>,
  ) {
    this.disposables.push(
      vscode.commands.registerCommand(PREVIEW_COMMAND, (uri?: vscode.Uri) => this.open(uri instanceof vscode.Uri ? uri : undefined)),
      store.onDidChange((uri) => {
        if (this.panel && uri.toString() === this.document?.uri.toString()) void this.render().catch(() => undefined);
      }),
    );
  }

  /** The preview's tab title, or undefined while it is closed. */
  get panelTitle(): string | undefined {
    return this.panel?.title;
  }

  /** What the preview shows, or undefined while it is closed. */
  get current(): PreviewRender | undefined {
    return this.panel && this.shown;
  }

  async open(source?: vscode.Uri): Promise<PreviewRender | undefined> {
    const doc = await this.notesFor(source);
    if (!doc) return undefined;
    this.document = doc;
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else this.create();
    return this.render();
  }

  /** Handles a message from the webview; tests call it to simulate a click. */
  async receive(message: PreviewMessage): Promise<void> {
    const doc = this.document;
    if (!doc) return;
    if (message?.type === 'export') await vscode.commands.executeCommand(PARTNER_COMMAND, { source: doc.uri });
    else if (message?.type === 'leaveOut' && this.shown?.lines.includes(message.line)) await this.leaveOut(doc, message.line);
  }

  private create(): void {
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Report for partners'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
    });
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'overview.svg');
    const listener = panel.webview.onDidReceiveMessage((m: PreviewMessage) => this.receive(m));
    panel.onDidDispose(() => {
      listener.dispose();
      if (this.panel === panel) [this.panel, this.shown] = [undefined, undefined];
    });
    this.panel = panel;
  }

  private async render(): Promise<PreviewRender | undefined> {
    const doc = this.document;
    const session = doc && this.store.get(doc);
    const panel = this.panel;
    if (!doc || !session || !panel) return undefined;
    const report = await partnerReport(doc, session, 'html', this.store.vocabularyFor(doc.uri)) as string;
    const webview = panel.webview;
    // The chips, the button and the title speak the notes' language, as everything showing the notes does.
    const lang = notesLang(doc.uri, session);
    const page = previewPage(report, session, doc.getText(), {
      nonce: randomText(18, 'base64'),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'partnerPreview.js')).toString(),
      leaveOut: say(lang, 'Leave out'),
      exportLabel: say(lang, 'Export…'),
    });
    if (this.panel !== panel || this.document !== doc) return this.shown;
    panel.title = say(lang, 'Report for partners: {0}', session.title);
    webview.html = page.html;
    this.shown = { uri: doc.uri, report, lines: page.lines, page: page.html };
    this.rendered.fire(this.shown);
    return this.shown;
  }

  /** Adds the private mark, in the report's language, at the end of the paragraph or list item: one undoable edit. */
  private async leaveOut(doc: vscode.TextDocument, line: number): Promise<void> {
    const session = this.store.get(doc);
    const lines = doc.getText().split(/\r?\n/);
    const block = session && paragraphAt(lines, line, session);
    const vocabulary = this.store.vocabularyFor(doc.uri);
    const mark = session && privateMark(vocabulary, partnerReportOptions(session, vocabulary).lang);
    if (!block || !mark) return;
    const last = lines[block.end - 1];
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(block.end - 1, last.length), `${/\s$/.test(last) ? '' : ' '}${mark}`);
    await vscode.workspace.applyEdit(edit);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** '#privé' in Dutch notes, '#private' in English: the vocabulary's private mark. */
function privateMark(vocabulary: Vocabulary, lang: Lang): string | undefined {
  const dimension = vocabulary.dimensions.find((d) => d.role === 'private');
  const term = dimension?.terms[0];
  return dimension && term && tagText(dimension, term, lang);
}
