// The JSON report written session by session, so the CLI never holds every summary or the whole text:
// the same bytes as the json format's render of the whole report (checked by a unit test).
import { OverviewReport, reportOf, SessionSummary } from '../report/overview';
import { Vocabulary } from '../vocabulary/vocabulary';
import { REPORT_FORMATS } from './formats';

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
