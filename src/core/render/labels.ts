// Fixed texts of the overview report in both languages; terms and dimensions take their labels
// from the vocabulary. Shared by every report renderer (Markdown, HTML, CSV).
import { Lang } from '../vocabulary/vocabulary';

const en = {
  overview: 'Session overview',
  allSessions: 'All sessions',
  sessions: 'Sessions',
  date: 'Date',
  noDate: 'no date',
  observations: 'Observations',
  duration: 'Duration',
  hours: 'h',
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
    duration: 'Duur',
    hours: 'u',
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

// Words of the HTML overview and the CSV export beyond the shared ones above.
const overviewEn = {
  workspaceOverview: 'Workspace overview',
  observationsPerCell: 'Observations per cell',
  more: 'more not listed',
  title: 'Title',
  thermometerTrend: 'Thermometer across sessions',
  readings: 'Readings',
  levelInForce: 'Level in force',
  signs: 'Signs',
  whatYouCanDo: 'What you can do',
  needsMentioned: 'Needs mentioned',
  noOwner: 'no owner',
  coverage: 'Coverage hints',
  currentPhase: 'Current phase',
  conditionsMissing: 'Conditions without observations in this phase',
  phasesSkipped: 'Phases skipped so far',
  oftenSkipped: 'often skipped',
  allCovered: 'Every condition has observations in this phase, and no phase was skipped.',
  noPhaseYet: 'No phase tagged yet.',
  madeWith: 'Made with Facilitator Notes',
  csvHeader: 'file,date,line,text,conditions,phase,level,needs,free tags',
};

export type OverviewLabels = ReportLabels & typeof overviewEn;

const overviewNl: typeof overviewEn = {
  workspaceOverview: 'Overzicht van alle sessies',
  observationsPerCell: 'Observaties per cel',
  more: 'meer niet getoond',
  title: 'Titel',
  thermometerTrend: 'Thermometer over de sessies',
  readings: 'Metingen',
  levelInForce: 'Huidig niveau',
  signs: 'Signalen',
  whatYouCanDo: 'Wat je kunt doen',
  needsMentioned: 'Genoemde behoeften',
  noOwner: 'geen eigenaar',
  coverage: 'Aandachtspunten',
  currentPhase: 'Huidige fase',
  conditionsMissing: 'Condities zonder observaties in deze fase',
  phasesSkipped: 'Tot nu toe overgeslagen fasen',
  oftenSkipped: 'vaak overgeslagen',
  allCovered: 'Elke conditie heeft observaties in deze fase, en er is geen fase overgeslagen.',
  noPhaseYet: 'Nog geen fase getagd.',
  madeWith: 'Gemaakt met Facilitator Notes',
  csvHeader: 'bestand,datum,regel,tekst,condities,fase,niveau,behoeften,vrije tags',
};

export const OVERVIEW_LABELS: Record<Lang, OverviewLabels> = {
  en: { ...REPORT_LABELS.en, ...overviewEn },
  nl: { ...REPORT_LABELS.nl, ...overviewNl },
};
