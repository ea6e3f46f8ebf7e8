// The report for the partners, written from this one place: the export and the preview both come here,
// so the preview shows exactly what the export writes. One session, never more.
import * as vscode from 'vscode';
import { Session } from '../core/parse/model';
import { Vocabulary } from '../core/vocabulary/vocabulary';
import { documentDate } from '../core/report/documentDate';
import { partnerDocument, renderPartnerReport, reportLanguage } from '../core/render/report/partnerReport';
import { chartSvgs } from '../core/render/report/reportDocument';
import { chartPngs } from '../io/chartPng';
import { requireDocxBundle } from '../io/docxBundle';
import { viewLang } from '../workspace/lang';

/** Formats of the partner report. */
export type PartnerFormat = 'html' | 'docx' | 'md';
/** What was discussed: as the meeting went (per agenda item) or per condition. */
export type PartnerGrouping = 'agenda' | 'condition';

/**
 * The report's options from the settings: its language (the notes' own unless facilitatorNotes.report.language
 * says otherwise), the thermometer and the facilitator's readings only when the settings ask for them.
 */
export function partnerReportOptions(session: Session, vocabulary: Vocabulary) {
  const config = vscode.workspace.getConfiguration('facilitatorNotes.report');
  const asked = config.get<string>('language');
  return {
    lang: reportLanguage([session], asked === 'en' || asked === 'nl' ? asked : null, viewLang([session])),
    vocabulary,
    thermometer: config.get<boolean>('thermometer') === true,
    readings: config.get<boolean>('readings') === true,
  };
}

/**
 * The report of one session (its notes' document and their session) in a format: Word as bytes, HTML and Markdown
 * as text. Word draws its chart with the renderer in `assets` (the extension's dist/, read through the workspace
 * file system, so in the browser too); without it, or when it fails to load, the chart is a shaded table.
 */
export async function partnerReport(doc: vscode.TextDocument, session: Session, format: PartnerFormat, vocabulary: Vocabulary,
  groupBy: PartnerGrouping = 'agenda', assets?: vscode.Uri): Promise<string | Uint8Array> {
  const options = { ...partnerReportOptions(session, vocabulary), groupBy };
  // The report reads the notes as written (their headings, paragraphs and list items), not only the session.
  const notes = { file: session.file, text: doc.getText() };
  if (format !== 'docx') return renderPartnerReport(notes, { ...options, format });
  const report = partnerDocument(notes, options);
  const chartImages = assets && await chartPngs(chartSvgs(report), (name) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(assets, name)));
  // The web worker extension host has no `process`: there the date comes from the notes alone.
  return requireDocxBundle<typeof import('../core/render/report/docx')>()
    .documentDocx(report, documentDate([session], globalThis.process?.env.SOURCE_DATE_EPOCH), { chartImages });
}
