// Every output format of the overview report, by the name the CLI's --format takes.
// Adding a format is one entry here. Word (docx) is not here: its writer is a bundle of its own,
// loaded only when asked for (see docx.ts).
import { Session } from '../parse/model';
import { Audience } from '../report/audience';
import { OverviewReport } from '../report/overviewSchema';
import { Lang, Vocabulary } from '../vocabulary/vocabulary';
import { observationsCsv } from './overview/csv';
import { renderOverviewHtml } from './overview/html';
import { renderMarkdown } from './overview/markdown';
import { partnerCsv } from './report/partnerCsv';
import { batched, jsonPieces } from './shared/pieces';

export interface RenderOptions {
  /** Default 'facilitator'. 'partners': the partners' CSV (the partners' report itself is partnerReport.ts's, from the notes' text). */
  audience?: Audience;
}

export interface ReportFormat {
  /** File extension for exports, dot included. */
  extension: string;
  /** Whether render reads `sessions`; the CLI keeps parsed notes in memory only for formats that do. */
  usesSessions: boolean;
  /** `sessions` are the parsed notes the report was built from (the HTML and CSV show their texts). */
  render(report: OverviewReport, lang: Lang, sessions: readonly Session[], vocabulary?: Vocabulary, options?: RenderOptions): string;
}

export const REPORT_FORMATS: Record<string, ReportFormat> = {
  json: { extension: '.json', usesSessions: false, render: (report) => [...jsonReportPieces(report)].join('') },
  md: {
    extension: '.md',
    usesSessions: true,
    render: (report, lang, sessions, vocabulary) => renderMarkdown(report, lang, vocabulary, sessions),
  },
  html: {
    extension: '.html',
    usesSessions: true,
    render: (report, lang, sessions, vocabulary) => renderOverviewHtml(sessions, { lang, vocabulary, report }),
  },
  csv: {
    extension: '.csv',
    usesSessions: true,
    render: (_report, lang, sessions, vocabulary, options) => (options?.audience === 'partners'
      ? partnerCsv(sessions, lang, vocabulary) : observationsCsv(sessions, lang)),
  },
};

/** The JSON format's text (JSON.stringify's, two spaces) in pieces of about 64K characters, so the CLI never holds it whole. */
export function* jsonReportPieces(report: OverviewReport): Generator<string> {
  yield* batched(jsonPieces(report));
  yield '\n';
}
