// Every output format of the dossier, by the name the CLI's --format takes; the panel's exports use the same.
import { Collaboration } from '../../report/collaboration';
import { dossierReport } from '../../report/dossierSchema';
import { Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { renderDossierHtml } from './dossierHtml';
import { renderDossierMarkdown } from './dossierMarkdown';

export interface DossierFormat {
  /** File extension for exports, dot included. */
  extension: string;
  render(collaborations: readonly Collaboration[], lang: Lang, vocabulary?: Vocabulary): string;
}

export const DOSSIER_FORMATS: Record<string, DossierFormat> = {
  json: { extension: '.json', render: (collaborations) => JSON.stringify(dossierReport(collaborations), null, 2) + '\n' },
  md: { extension: '.md', render: (collaborations, lang, vocabulary) => renderDossierMarkdown(collaborations, lang, vocabulary) },
  html: { extension: '.html', render: (collaborations, lang, vocabulary) => renderDossierHtml(collaborations, { lang, vocabulary }) },
};
