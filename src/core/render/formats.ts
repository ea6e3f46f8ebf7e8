// Every output format of the overview report, by the name the CLI's --format takes.
// Adding a format is one entry here.
import { Session } from '../model';
import { OverviewReport } from '../overviewSchema';
import { Lang, Vocabulary } from '../vocabulary';
import { observationsCsv } from './csv';
import { renderOverviewHtml } from './html';
import { renderMarkdown } from './markdown';

export interface ReportFormat {
  /** File extension for exports, dot included. */
  extension: string;
  /** `sessions` are the parsed notes the report was built from (the HTML and CSV show their texts). */
  render(report: OverviewReport, lang: Lang, sessions: readonly Session[], vocabulary?: Vocabulary): string;
}

export const REPORT_FORMATS: Record<string, ReportFormat> = {
  json: { extension: '.json', render: (report) => JSON.stringify(report, null, 2) + '\n' },
  md: { extension: '.md', render: (report, lang, sessions, vocabulary) => renderMarkdown(report, lang, vocabulary, sessions) },
  html: { extension: '.html', render: (_report, lang, sessions, vocabulary) => renderOverviewHtml(sessions, { lang, vocabulary }) },
  csv: { extension: '.csv', render: (_report, lang, sessions) => observationsCsv(sessions, lang) },
};
