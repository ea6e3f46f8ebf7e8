// Every output format of the overview report, by the name the CLI's --format takes.
// Adding a format is one entry here.
import { OverviewReport } from '../overviewSchema';
import { Lang } from '../vocabulary';
import { renderMarkdown } from './markdown';

export interface ReportFormat {
  /** File extension for exports, dot included. */
  extension: string;
  render(report: OverviewReport, lang: Lang): string;
}

export const REPORT_FORMATS: Record<string, ReportFormat> = {
  json: { extension: '.json', render: (report) => JSON.stringify(report, null, 2) + '\n' },
  md: { extension: '.md', render: renderMarkdown },
};
