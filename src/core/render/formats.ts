// Every output format of the overview report, by the name the CLI's --format takes.
// Adding a format is one entry here.
import { Session } from '../parse/model';
import { OverviewReport } from '../report/overviewSchema';
import { Lang, Vocabulary } from '../vocabulary/vocabulary';
import { observationsCsv } from './csv';
import { renderOverviewHtml } from './html';
import { renderMarkdown } from './markdown';

export interface ReportFormat {
  /** File extension for exports, dot included. */
  extension: string;
  /** Whether render reads `sessions`; the CLI keeps parsed notes in memory only for formats that do. */
  usesSessions: boolean;
  /** `sessions` are the parsed notes the report was built from (the HTML and CSV show their texts). */
  render(report: OverviewReport, lang: Lang, sessions: readonly Session[], vocabulary?: Vocabulary): string;
}

export const REPORT_FORMATS: Record<string, ReportFormat> = {
  json: { extension: '.json', usesSessions: false, render: (report) => JSON.stringify(report, null, 2) + '\n' },
  md: { extension: '.md', usesSessions: true, render: (report, lang, sessions, vocabulary) => renderMarkdown(report, lang, vocabulary, sessions) },
  html: { extension: '.html', usesSessions: true, render: (report, lang, sessions, vocabulary) => renderOverviewHtml(sessions, { lang, vocabulary, report }) },
  csv: { extension: '.csv', usesSessions: true, render: (_report, lang, sessions) => observationsCsv(sessions, lang) },
};
