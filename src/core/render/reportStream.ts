// The formats that can be written session by session (JSON, CSV), so the CLI never holds every session,
// summary or the whole text: the same bytes as the format's render of the whole report (checked by a unit test).
import { Session } from '../parse/model';
import { Audience } from '../report/audience';
import { OverviewReport, reportOf, SessionSummary } from '../report/overview';
import { Lang, Vocabulary } from '../vocabulary/vocabulary';
import { observationsCsv } from './csv';
import { REPORT_FORMATS } from './formats';

/** A session read and summarised, as the CLI passes them on. */
export interface SessionRead { session: Session; summary: SessionSummary }

/** The report in `format` made as the sessions come, or undefined when the format needs them all at once. */
export function streamedReport(format: string, reads: AsyncIterable<SessionRead>, lang: Lang, vocabulary: Vocabulary,
  audience: Audience = 'facilitator'): AsyncGenerator<string> | undefined {
  if (format === 'json') return jsonReportChunks(each(reads, (r) => r.summary), vocabulary);
  if (format === 'csv') return csvChunks(each(reads, (r) => r.session), lang, audience);
  return undefined;
}

async function* each<T, U>(items: AsyncIterable<T>, pick: (item: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield pick(item);
}

/** The CSV header, then each session's rows: the rows of one session do not depend on the others. */
export async function* csvChunks(sessions: AsyncIterable<Session>, lang: Lang, audience: Audience = 'facilitator'): AsyncGenerator<string> {
  const head = observationsCsv([], lang, audience);
  yield head;
  for await (const session of sessions) yield observationsCsv([session], lang, audience).slice(head.length);
}

/** Stands in for the sessions in the rendered envelope; no summary can render to it. */
const PLACE = '\u0000sessions\u0000';

export async function* jsonReportChunks(summaries: AsyncIterable<SessionSummary>, vocabulary: Vocabulary): AsyncGenerator<string> {
  let totals = reportOf([], vocabulary).totals;
  let count = 0;
  for await (const summary of summaries) {
    const text = JSON.stringify(summary, null, 2).replace(/\n/g, '\n    ');
    yield count === 0 ? envelope(totals, vocabulary)[0] + text : ',\n    ' + text;
    // The totals so far, as a summary of their own, added to this one: no summary is kept.
    totals = reportOf([{ ...summary, ...totals }, summary], vocabulary).totals;
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
