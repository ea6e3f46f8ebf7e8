// Fixed texts of the overview report in both languages; terms and dimensions take their labels
// from the vocabulary. Shared by every report renderer (Markdown, HTML, CSV).
import { BUILTIN_VOCABULARY, Lang, Vocabulary } from './vocabulary';

const en = {
  overview: 'Session overview',
  allSessions: 'All sessions',
  sessions: 'Sessions',
  date: 'Date',
  noDate: 'no date',
  observations: 'Observations',
  conditionByPhase: 'Condition × phase',
  total: 'Total',
  none: 'None',
  thermometer: 'Thermometer',
  start: 'Start',
  end: 'End',
  peak: 'Peak',
  line: 'line',
  noReadings: 'No readings.',
  needs: 'Needs',
  noNeeds: 'No needs tagged.',
  actions: 'Actions',
  open: 'open',
  done: 'done',
  otherTags: 'Free tags',
  noOtherTags: 'No free tags.',
  problems: 'Problems',
  noSessions: 'No session notes found.',
  error: 'error',
  warning: 'warning',
};

export type ReportLabels = typeof en;

export const REPORT_LABELS: Record<Lang, ReportLabels> = {
  en,
  nl: {
    overview: 'Sessieoverzicht',
    allSessions: 'Alle sessies',
    sessions: 'Sessies',
    date: 'Datum',
    noDate: 'geen datum',
    observations: 'Observaties',
    conditionByPhase: 'Conditie × fase',
    total: 'Totaal',
    none: 'Geen',
    thermometer: 'Thermometer',
    start: 'Begin',
    end: 'Einde',
    peak: 'Piek',
    line: 'regel',
    noReadings: 'Geen metingen.',
    needs: 'Behoeften',
    noNeeds: 'Geen behoeften getagd.',
    actions: 'Acties',
    open: 'open',
    done: 'afgerond',
    otherTags: 'Vrije tags',
    noOtherTags: 'Geen vrije tags.',
    problems: 'Problemen',
    noSessions: 'Geen sessienotities gevonden.',
    error: 'fout',
    warning: 'waarschuwing',
  },
};

/**
 * The label of a term id in a dimension role, or in a custom dimension given by its id ('none' gets the
 * report's word for it); unknown ids show as written.
 */
export function termLabel(role: string, id: string, lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): string {
  if (id === 'none') return REPORT_LABELS[lang].none;
  for (const dimension of vocabulary.dimensions) {
    if (dimension.role !== role && dimension.id !== role) continue;
    const term = dimension.terms.find((t) => t.id === id);
    if (term) return term.label[lang];
  }
  return id;
}
