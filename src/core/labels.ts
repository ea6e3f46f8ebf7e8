// Fixed texts of the overview report in both languages; terms and dimensions take their labels
// from the vocabulary. Shared by every report renderer (Markdown, HTML, CSV).
import { BUILTIN_VOCABULARY, Dimension, Lang, Vocabulary } from './vocabulary';

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
  /** Before a dimension's label, for the observations without a value in it: "No phase". */
  no: 'No',
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
    no: 'Geen',
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
 * The one place a term's label is looked up (HTML, Markdown, SVG, tree): the label of a term id in a dimension role,
 * or in a custom dimension given by its id; unknown ids show as written. 'none' (the matrix's key, and the value
 * of observations without one) reads "No <dimension>": "No condition", "Geen fase".
 */
export function termLabel(role: string, id: string, lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): string {
  const dimensions = vocabulary.dimensions.filter((d) => d.role === role || d.id === role);
  if (id === 'none') return noneLabel(dimensions[0], lang);
  for (const dimension of dimensions) {
    const term = dimension.terms.find((t) => t.id === id);
    if (term) return term.label[lang];
  }
  return id;
}

/** "No condition" / "Geen conditie": the label's first letter lower-cased, unless it starts an acronym ("No NPS"). */
function noneLabel(dimension: Dimension | undefined, lang: Lang): string {
  const words = REPORT_LABELS[lang];
  if (!dimension) return words.none;
  const label = dimension.label[lang];
  return `${words.no} ${/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase(lang) + label.slice(1) : label}`;
}
