// The overview's own words in both languages. Model texts (summaries, signs, actions) come from the vocabulary.
import { BUILTIN_VOCABULARY, DimensionRole, Lang, Term, Text, Vocabulary } from '../vocabulary';

export const LABELS = {
  sessionOverview: { en: 'Session overview', nl: 'Sessieoverzicht' },
  workspaceOverview: { en: 'Workspace overview', nl: 'Overzicht van alle sessies' },
  matrix: { en: 'Condition × phase', nl: 'Conditie × fase' },
  observations: { en: 'Observations', nl: 'Observaties' },
  observationsPerCell: { en: 'Observations per cell', nl: 'Observaties per cel' },
  noCondition: { en: 'No condition', nl: 'Geen conditie' },
  noPhase: { en: 'No phase', nl: 'Geen fase' },
  more: { en: 'more not listed', nl: 'meer niet getoond' },
  line: { en: 'line', nl: 'regel' },
  lines: { en: 'lines', nl: 'regels' },
  sessions: { en: 'Sessions', nl: 'Sessies' },
  date: { en: 'Date', nl: 'Datum' },
  title: { en: 'Title', nl: 'Titel' },
  file: { en: 'File', nl: 'Bestand' },
  noDate: { en: 'no date', nl: 'geen datum' },
  thermometer: { en: 'Thermometer', nl: 'Thermometer' },
  thermometerTrend: { en: 'Thermometer across sessions', nl: 'Thermometer over de sessies' },
  readings: { en: 'Readings', nl: 'Metingen' },
  noReadings: { en: 'No thermometer readings.', nl: 'Geen thermometermetingen.' },
  start: { en: 'Start', nl: 'Begin' },
  end: { en: 'End', nl: 'Eind' },
  peak: { en: 'Peak', nl: 'Piek' },
  levelInForce: { en: 'Level in force', nl: 'Huidig niveau' },
  signs: { en: 'Signs', nl: 'Signalen' },
  whatYouCanDo: { en: 'What you can do', nl: 'Wat je kunt doen' },
  needs: { en: 'Needs mentioned', nl: 'Genoemde behoeften' },
  actions: { en: 'Actions', nl: 'Acties' },
  open: { en: 'Open', nl: 'Open' },
  done: { en: 'Done', nl: 'Gedaan' },
  noOwner: { en: 'no owner', nl: 'geen eigenaar' },
  freeTags: { en: 'Free tags', nl: 'Vrije tags' },
  none: { en: 'None.', nl: 'Geen.' },
  coverage: { en: 'Coverage hints', nl: 'Aandachtspunten' },
  currentPhase: { en: 'Current phase', nl: 'Huidige fase' },
  conditionsMissing: { en: 'Conditions without observations in this phase', nl: 'Condities zonder observaties in deze fase' },
  phasesSkipped: { en: 'Phases skipped so far', nl: 'Tot nu toe overgeslagen fasen' },
  oftenSkipped: { en: 'often skipped', nl: 'vaak overgeslagen' },
  allCovered: { en: 'Every condition has observations in this phase, and no phase was skipped.', nl: 'Elke conditie heeft observaties in deze fase, en er is geen fase overgeslagen.' },
  noPhaseYet: { en: 'No phase tagged yet.', nl: 'Nog geen fase getagd.' },
  problems: { en: 'Problems in the notes', nl: 'Problemen in de notities' },
  error: { en: 'error', nl: 'fout' },
  warning: { en: 'warning', nl: 'waarschuwing' },
  generated: { en: 'Made with Facilitator Notes', nl: 'Gemaakt met Facilitator Notes' },
  csvHeader: {
    en: 'file,date,line,text,conditions,phase,level,needs,free tags',
    nl: 'bestand,datum,regel,tekst,condities,fase,niveau,behoeften,vrije tags',
  },
} satisfies Record<string, Text>;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, lang: Lang): string {
  return LABELS[key][lang];
}

/** The terms of the first dimension with a role, in the vocabulary's order. */
export function termsOf(role: DimensionRole, vocabulary: Vocabulary = BUILTIN_VOCABULARY): Term[] {
  return vocabulary.dimensions.find((d) => d.role === role)?.terms ?? [];
}

/** A term's display label, or the id itself for a value the vocabulary does not know. */
export function termLabel(role: DimensionRole, id: string, lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): string {
  return termsOf(role, vocabulary).find((t) => t.id === id)?.label[lang] ?? id;
}
