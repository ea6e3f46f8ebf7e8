// Words of the HTML overview and the CSV export beyond the report's shared ones (../labels.ts).
// Model texts (summaries, signs, actions, skipped phases) come from the vocabulary.
import { REPORT_LABELS, ReportLabels } from '../labels';
import { BUILTIN_VOCABULARY, DimensionRole, Lang, Term, Vocabulary } from '../vocabulary';

const en = {
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

export type OverviewLabels = ReportLabels & typeof en;

const nl: typeof en = {
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
  en: { ...REPORT_LABELS.en, ...en },
  nl: { ...REPORT_LABELS.nl, ...nl },
};

/** The terms of the first dimension with a role, in the vocabulary's order. */
export function termsOf(role: DimensionRole, vocabulary: Vocabulary = BUILTIN_VOCABULARY): Term[] {
  return vocabulary.dimensions.find((d) => d.role === role)?.terms ?? [];
}
