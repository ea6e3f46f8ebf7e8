// Export commands: the facilitator's own overview as Markdown or HTML and observations as CSV, and the
// report for the partners of exactly one session as HTML, Word or Markdown, rendered by the same core
// renderers as the CLI. Files are written atomically and never replaced without asking.
import * as vscode from 'vscode';
import { randomText } from '../io/randomText';
import { exists, fileName } from '../workspace/files';
import { mayWrite } from '../workspace/trust';
import { Session } from '../core/parse/model';
import { Lang } from '../core/vocabulary/vocabulary';
import { buildReport } from '../core/report/overview';
import { partnerRefusals } from '../core/report/audience';
import { REPORT_FORMATS } from '../core/render/formats';
import { bySessionDate } from '../core/report/sessionOrder';
import { notesLang, say, viewLang } from '../workspace/lang';
import { messageLang, messages } from '../workspace/messages';
import { ShowPick, ShownPick, firingPick } from '../workspace/quickPick';
import { shortDateOr } from '../core/render/shared/dates';
import { SessionStore } from '../workspace/sessionStore';
import { WorkspaceNote } from '../workspace/workspaceNotes';
import { collaborationFolders, workspaceCollaborations } from '../workspace/collaborations';
import { CollaborationFolder } from '../core/render/overview/collaborationTable';
import { renderOverviewHtml } from '../core/render/overview/html';
import { PartnerFormat, PartnerGrouping, partnerReport } from './partnerReport';

export type ExportFormat = 'csv' | 'md' | 'html';
export type { PartnerFormat };

/** The partner report's format and how what was discussed is arranged: as the meeting went, or by condition. */
export interface PartnerChoice { format: PartnerFormat; groupBy: PartnerGrouping }

/** Optional arguments of the export commands (a plain Uri, as menus pass, is taken as `source`). */
export interface ExportArgs {
  /** The notes file to export; default: the active notes editor. */
  source?: vscode.Uri;
  /** Every session of the workspace instead of one file (not for the partner report: that is one session always). */
  workspace?: boolean;
  /** Where to write; skips the save dialog. */
  target?: vscode.Uri;
  /** The partner report's format; skips the format question. */
  format?: PartnerFormat;
  /** With `format`: what was discussed as the meeting went ('agenda', the default) or by condition. */
  groupBy?: PartnerGrouping;
}

export const PARTNER_COMMAND = 'facilitatorNotes.exportPartnerReport';

const COMMANDS: Record<ExportFormat, string> = {
  csv: 'facilitatorNotes.exportCsv',
  md: 'facilitatorNotes.exportMarkdown',
  html: 'facilitatorNotes.exportHtml',
};

const SUFFIX: Record<ExportFormat, string> = { csv: '-observations.csv', md: '-overview.md', html: '-overview.html' };
const PARTNER_SUFFIX: Record<PartnerFormat, string> = { html: '-report.html', docx: '-report.docx', md: '-report.md' };

/**
 * The questions and messages every export shares (the dossier's and the REFI-QDA export's too), each in the
 * language of the notes exported; tests replace them to read and answer.
 */
export interface ExportDialogs {
  /** Asks before replacing an existing file chosen without the save dialog (which asks itself). */
  confirmOverwrite(target: vscode.Uri, lang: Lang): Promise<boolean>;
  /** The save dialog. */
  askTarget(options: vscode.SaveDialogOptions): Thenable<vscode.Uri | undefined>;
  /** The notification after writing. */
  notify(message: string, ...items: string[]): Thenable<string | undefined>;
  /** The quick picks of the exports (formats, sessions); onDidShowPick tells what they show. */
  readonly pick: ShowPick;
}

export class Exporter implements vscode.Disposable, ExportDialogs {
  private readonly disposables: vscode.Disposable[];
  private readonly shownPick = new vscode.EventEmitter<ShownPick>();

  /** Fires when one of the exports' quick picks is showing (tests wait on it). */
  readonly onDidShowPick = this.shownPick.event;
  readonly pick = firingPick(this.shownPick);

  confirmOverwrite = async (target: vscode.Uri, lang: Lang): Promise<boolean> => {
    const replace = say(lang, 'Replace');
    const text = say(lang, '{0} already exists. Do you want to replace it?', fileName(target));
    return await messages.show({ kind: 'warning', text, items: [replace], modal: true }) === replace;
  };

  /** The partner report's format question (a bare format: as the meeting went) and the save dialog of every export; tests replace them to answer. */
  askPartnerFormat = (sessionTitle: string, lang: Lang): Promise<PartnerFormat | PartnerChoice | undefined> => pickPartnerFormat(this.pick, sessionTitle, lang);
  askTarget = (options: vscode.SaveDialogOptions): Thenable<vscode.Uri | undefined> => vscode.window.showSaveDialog(options);
  /** Which session the partner report is for, when neither the editor nor the panel tells; tests replace it to answer. */
  askSession = (notes: WorkspaceNote[]): Promise<WorkspaceNote | undefined> => pickSession(this.pick, notes);
  /** The notification after writing; tests replace it to read the message. */
  notify = (message: string, ...items: string[]): Thenable<string | undefined> => messages.show({ kind: 'info', text: message, items });

  /** `shown` tells what the overview panel shows: exported when no notes editor is active (the panel has the focus). */
  /** `assets`: the folder of the files the Word export reads (the chart renderer and its font). */
  constructor(private readonly store: SessionStore, private readonly shown: () => ExportArgs | undefined, private readonly assets: vscode.Uri) {
    const argsOf = (arg?: vscode.Uri | ExportArgs): ExportArgs => (arg instanceof vscode.Uri ? { source: arg } : arg ?? {});
    this.disposables = [
      this.shownPick,
      ...(Object.keys(COMMANDS) as ExportFormat[]).map((format) =>
        vscode.commands.registerCommand(COMMANDS[format], (arg?: vscode.Uri | ExportArgs) => this.export(format, argsOf(arg)))),
      vscode.commands.registerCommand(PARTNER_COMMAND, (arg?: vscode.Uri | ExportArgs) => this.exportForPartners(argsOf(arg))),
    ];
  }

  /** Runs one export; resolves to the written file, or undefined when the user cancelled or nothing could be exported. */
  async export(format: ExportFormat, args: ExportArgs): Promise<vscode.Uri | undefined> {
    const found = await this.sessions(args.source || args.workspace || vscode.window.activeTextEditor ? args : { ...this.shown(), ...args });
    if (!found) {
      void messages.show({ kind: 'error', text: say(await messageLang(this.store), 'Open a notes file to export its overview.') });
      return undefined;
    }
    // In the notes' language (of the most recent, when the workspace's are exported).
    const lang = viewLang(found.sessions);
    const target = args.target ?? await this.askTarget({
      defaultUri: found.base && defaultTarget(found.base, format),
      filters: filters(format, lang),
      title: say(lang, 'Export overview for your own use: contains private notes and coaching'),
      saveLabel: say(lang, 'Export'),
    });
    if (!target) return undefined;
    if (args.target && await exists(target) && !await this.confirmOverwrite(target, lang)) return undefined;
    const vocabulary = this.store.vocabulary;
    const report = buildReport(found.sessions, vocabulary);
    // The HTML of a workspace of several folders lists the collaborations under their folders, as the panel does.
    const text = format === 'html' && found.folders
      ? renderOverviewHtml(found.sessions, { lang, vocabulary, report, collaborations: found.folders.flatMap((f) => f.collaborations), folders: found.folders })
      : REPORT_FORMATS[format].render(report, lang, found.sessions, vocabulary);
    return this.write(target, text, format === 'html', lang,
      say(lang, 'Exported to {0}, for your own use: contains private notes and coaching', vscode.workspace.asRelativePath(target)));
  }

  /**
   * The report for the partners of one session (no private items, no coaching): the `source`, else the notes in
   * the active editor, else the session the panel shows, else the one the user picks. Never the workspace.
   */
  async exportForPartners(args: ExportArgs): Promise<vscode.Uri | undefined> {
    const found = await this.partnerSession(args);
    if (!found) return undefined;
    const [session] = found.sessions;
    const lang = viewLang([session]);
    const refusals = partnerRefusals(session, lang);
    if (refusals.length) {
      void vscode.window.showErrorMessage(refusals.join('\n'));
      return undefined;
    }
    const picked = args.format ?? await this.askPartnerFormat(session.title, lang);
    if (!picked) return undefined;
    const { format, groupBy } = typeof picked === 'string' ? { format: picked, groupBy: args.groupBy ?? 'agenda' } : picked;
    const target = args.target ?? await this.askTarget({
      defaultUri: found.base?.with({ path: found.base.path + PARTNER_SUFFIX[format] }),
      filters: partnerFilters(format),
      title: say(lang, 'Export report for partners: {0}', session.title),
      saveLabel: say(lang, 'Export'),
    });
    if (!target) return undefined;
    if (args.target && await exists(target) && !await this.confirmOverwrite(target, lang)) return undefined;
    const content = await partnerReport(found.doc, session, format, this.store.vocabularyFor(found.doc.uri), groupBy, this.assets);
    return this.write(target, content, format !== 'md', lang,
      say(lang, 'Report for partners on "{0}" exported to {1}', session.title, vscode.workspace.asRelativePath(target)));
  }

  /** The one session of the partner report, and its default target; undefined when there is none or the user cancelled. */
  private async partnerSession(args: ExportArgs): Promise<(Found & { doc: vscode.TextDocument }) | undefined> {
    const doc = await this.partnerNotes(args.source);
    const found = doc && await this.sessions({ source: doc.uri });
    return found && { ...found, doc };
  }

  /**
   * The notes of the partner report (and its preview): `source`, else the notes in the active editor, else the
   * session the panel shows, else the only notes open in a visible editor (beside the walkthrough, say), else the
   * one the user picks (newest first); undefined when cancelled or there are none.
   */
  async partnerNotes(source?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    const known = source ?? (active && this.store.notes(active) ? active.uri : this.shown()?.source ?? this.onlyVisibleNotes());
    if (known) return vscode.workspace.openTextDocument(known);
    const notes = await this.store.workspaceSummaries();
    if (notes.length === 0) {
      void messages.show({ kind: 'error', text: say(await messageLang(this.store), 'Open a notes file to export its report.') });
      return undefined;
    }
    const picked = await this.askSession([...notes].sort((a, b) => bySessionDate('newest')(a.session, b.session)));
    return picked && vscode.workspace.openTextDocument(picked.uri);
  }

  /** The notes file shown in the visible editors when it is the only one; none when there are several or none. */
  private onlyVisibleNotes(): vscode.Uri | undefined {
    const shown = new Set(vscode.window.visibleTextEditors.filter((e) => this.store.notes(e.document)).map((e) => e.document.uri.toString()));
    return shown.size === 1 ? vscode.Uri.parse([...shown][0]) : undefined;
  }

  /** Writes the file and offers to open it (in the notes' `lang`): in the browser or Word when `external`, else in the editor. */
  private async write(target: vscode.Uri, content: string | Uint8Array, external: boolean, lang: Lang, message: string): Promise<vscode.Uri | undefined> {
    if (!await writeOrSay(target, content, lang)) return undefined;
    void this.announce(target, external, lang, message);
    return target;
  }

  /** The sessions to export, and the default target without its suffix ('<folder>/<notes name>'). */
  private async sessions(args: ExportArgs): Promise<Found | undefined> {
    const join = (folder: vscode.Uri | undefined, name: string) => folder && vscode.Uri.joinPath(folder, name);
    if (args.workspace) {
      const notes = await this.store.workspaceNotes();
      const folders = collaborationFolders(workspaceCollaborations(notes, this.store.vocabulary));
      return notes.length ? { sessions: notes.map((n) => n.session), base: join(vscode.workspace.workspaceFolders?.[0]?.uri, 'workspace'), folders } : undefined;
    }
    const doc = args.source
      ? await vscode.workspace.openTextDocument(args.source)
      : vscode.window.activeTextEditor?.document;
    const session = doc && this.store.get(doc);
    if (!doc || !session) return undefined;
    const folder = doc.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
    return { sessions: [session], base: join(folder, fileName(doc.uri).replace(/\.(md|markdown)$/i, '')) };
  }

  private async announce(target: vscode.Uri, external: boolean, lang: Lang, message: string): Promise<void> {
    const open = say(lang, 'Open');
    const choice = await this.notify(message, open);
    if (choice !== open) return;
    if (external) await vscode.env.openExternal(target);
    else await vscode.window.showTextDocument(target);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The save dialog's default name: next to the notes, '<notes>-overview.html' and the like. */
export function defaultTarget(base: vscode.Uri, format: ExportFormat): vscode.Uri {
  return base.with({ path: base.path + SUFFIX[format] });
}

function filters(format: ExportFormat, lang: Lang): Record<string, string[]> {
  switch (format) {
    case 'csv': return { [say(lang, 'CSV (comma-separated)')]: ['csv'] };
    case 'md': return { Markdown: ['md'] };
    case 'html': return { HTML: ['html', 'htm'] };
  }
}

/** The sessions to export and the default target without its suffix ('<folder>/<notes name>'). */
interface Found {
  sessions: Session[];
  base: vscode.Uri | undefined;
  /** The workspace's collaborations under their folders, when it has several. */
  folders?: CollaborationFolder[];
}

/** The formats, each as the meeting went, then each grouped by condition: one question, the usual choice first. */
export function partnerFormatItems(lang: Lang): (vscode.QuickPickItem & PartnerChoice)[] {
  const formats: [PartnerFormat, string, string][] = [
    ['html', 'HTML', say(lang, 'one file that opens and prints in any browser')],
    ['docx', 'Word (.docx)', say(lang, 'headings, lists and tables to edit in Word')],
    ['md', 'Markdown', say(lang, 'plain text with headings and tables')],
  ];
  const byCondition = say(lang, 'grouped by condition');
  return [
    ...formats.map(([format, label, description]) => ({ format, groupBy: 'agenda' as const, label, description })),
    ...formats.map(([format, label]) => ({ format, groupBy: 'condition' as const, label: `${label}, ${byCondition}`,
      description: say(lang, 'what was discussed, per condition of the model') })),
  ];
}

/** The format question, in the notes' `lang`. */
async function pickPartnerFormat(pick: ShowPick, sessionTitle: string, lang: Lang): Promise<PartnerChoice | undefined> {
  const title = say(lang, 'Export report for partners: {0}', sessionTitle);
  // The same for the format question, started from the walkthrough.
  const [picked] = await pick(partnerFormatItems(lang), { title, placeholder: say(lang, 'Format of the report'), many: false, ignoreFocusOut: true }) ?? [];
  return picked && { format: picked.format, groupBy: picked.groupBy };
}

/** The quick pick of sessions for the partner report, most recent first as given, in the language of the most recent notes. */
async function pickSession(pick: ShowPick, notes: WorkspaceNote[]): Promise<WorkspaceNote | undefined> {
  const lang = viewLang(notes.map((n) => n.session));
  const items = notes.map((note) => ({ note, label: note.session.title, description: shortDateOr(note.session.date, notesLang(note.uri, note.session), ''), detail: vscode.workspace.asRelativePath(note.uri) }));
  // A Markdown preview or the walkthrough may take the focus back as it redraws: the question stays until answered or Esc.
  const options = { title: say(lang, 'Export report for partners'), placeholder: say(lang, 'Which session is the report about?'), many: false, ignoreFocusOut: true };
  return (await pick(items, options))?.[0]?.note;
}

function partnerFilters(format: PartnerFormat): Record<string, string[]> {
  switch (format) {
    case 'html': return { HTML: ['html', 'htm'] };
    case 'docx': return { Word: ['docx'] };
    case 'md': return { Markdown: ['md'] };
  }
}

/**
 * Writes the whole text to a temporary file beside the target and renames it into place, so a
 * crash never leaves half a file; through vscode.workspace.fs on every file system (the web worker
 * host has no Node).
 */
async function writeAtomically(target: vscode.Uri, text: string | Uint8Array, lang: Lang): Promise<void> {
  if (!mayWrite(target)) throw new Error(say(lang, 'in a workspace you have not trusted, exports are written only inside its folders'));
  const temp = vscode.Uri.joinPath(target, '..', `.${fileName(target)}.${randomText(6, 'hex')}.tmp`);
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  await vscode.workspace.fs.writeFile(temp, bytes);
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw e;
  }
}

/** Writes the file atomically; says why not (in the notes' `lang`) when it cannot. Resolves to whether it was written. */
export async function writeOrSay(target: vscode.Uri, content: string | Uint8Array, lang: Lang): Promise<boolean> {
  try {
    await writeAtomically(target, content, lang);
    return true;
  } catch (e) {
    void messages.show({ kind: 'error', text: say(lang, 'Could not write {0}: {1}', target.fsPath, (e as Error).message) });
    return false;
  }
}
