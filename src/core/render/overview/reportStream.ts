// The formats that can be written as the sessions are read, so the CLI never holds every session or the
// whole text: the same bytes as the format's render of the whole report (checked by unit tests). JSON, CSV and
// Markdown drop each session once written; the
// HTML workspace page lists across sessions in date order, so it holds each session as that page reads it
// (WorkspacePageCells) and writes the page in parts.
import { Session } from '../../parse/model';
import { addToTotals, OverviewReport, reportOf, SessionSummary } from '../../report/overview';
import { Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { REPORT_FORMATS } from '../formats';
import { overviewHtmlParts } from './html';
import { WorkspacePageCells } from './workspacePageCells';
import { markdownWriter } from './markdown';
import { batched, jsonPieces } from '../shared/pieces';

/** A session read and summarised, as the CLI passes them on. */
export interface SessionRead { session: Session; summary: SessionSummary }

/**
 * The report in `format` made as the sessions come, or undefined when the format needs them all at once. The CSV's
 * rows stand alone, so the CLI makes them a window of a file at a time (observationsCsvPieces of each window).
 */
export function streamedReport(format: string, reads: AsyncIterable<SessionRead>, lang: Lang, vocabulary: Vocabulary): AsyncGenerator<string> | undefined {
  if (format === 'json') return jsonReportChunks(each(reads, (r) => r.summary), vocabulary);
  if (format === 'md') return markdownChunks(reads, lang, vocabulary);
  if (format === 'html') return overviewHtmlChunks(reads, lang, vocabulary);
  return undefined;
}

/** The facilitator's Markdown overview, one session's part at a time. */
export async function* markdownChunks(reads: AsyncIterable<SessionRead>, lang: Lang, vocabulary: Vocabulary): AsyncGenerator<string> {
  const writer = markdownWriter(lang, vocabulary);
  yield writer.head;
  for await (const { session, summary } of reads) yield* batched(writer.sessionParts(summary, session));
  yield writer.end();
}

/** The facilitator's HTML overview, from the sessions held as its workspace page reads them. */
export async function* overviewHtmlChunks(reads: AsyncIterable<SessionRead>, lang: Lang, vocabulary: Vocabulary): AsyncGenerator<string> {
  const held = new WorkspacePageCells();
  for await (const { session, summary } of reads) held.add(session, summary);
  yield* batched(overviewHtmlParts(held.sessions, { lang, vocabulary, report: held.report(vocabulary) }));
}

async function* each<T, U>(items: AsyncIterable<T>, pick: (item: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield pick(item);
}

/** Stands in for the sessions in the rendered envelope; no summary can render to it. */
const PLACE = '\u0000sessions\u0000';

export async function* jsonReportChunks(summaries: AsyncIterable<SessionSummary>, vocabulary: Vocabulary): AsyncGenerator<string> {
  let totals = reportOf([], vocabulary).totals;
  let count = 0;
  for await (const summary of summaries) {
    yield count === 0 ? envelope(totals, vocabulary)[0] : ',\n    ';
    // A session's summary of a large file is itself large: written in pieces.
    yield* batched(jsonPieces(summary, '    '));
    totals = addToTotals(totals, summary, vocabulary);
    count++;
  }
  yield count === 0 ? render(reportOf([], vocabulary)) : envelope(totals, vocabulary)[1];
}

/** The report's text before and after its sessions, for these totals. */
function envelope(totals: OverviewReport['totals'], vocabulary: Vocabulary): [string, string] {
  const text = render({ ...reportOf([], vocabulary), sessions: [PLACE as unknown as SessionSummary], totals });
  const at = text.indexOf(JSON.stringify(PLACE));
  return [text.slice(0, at), text.slice(at + JSON.stringify(PLACE).length)];
}

function render(report: OverviewReport): string {
  return REPORT_FORMATS.json.render(report, 'en', []);
}
