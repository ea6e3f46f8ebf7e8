// The partners' report's own words and its dates written out, in both languages. Dutch as nl-style.md
// has it: "maandag 2 maart 2026", "Volgende bijeenkomst", "Wie", "afgerond".
import { Lang } from '../../vocabulary/vocabulary';

const en = {
  report: 'Report',
  date: 'Date',
  location: 'Location',
  facilitator: 'Facilitator',
  present: 'Present',
  absent: 'Absent',
  next: 'Next meeting',
  summary: 'Summary',
  discussed: 'What was discussed',
  nothingNoted: 'Nothing was noted.',
  seeActions: 'The agreements made here are listed under Actions.',
  seeDecisions: 'The decisions taken here are listed under Decisions.',
  seeDecisionsAndActions: 'The decisions and agreements made here are listed under Decisions and Actions.',
  other: 'Other',
  decisions: 'Decisions',
  noDecisions: 'No decisions recorded.',
  actions: 'Actions',
  noActions: 'No actions.',
  action: 'Action',
  who: 'Who',
  due: 'Due',
  status: 'Status',
  open: 'Open',
  done: 'Done',
  inTheModel: 'The collaboration in the model',
  phaseAtEnd: 'Phase at the end of the meeting',
  noPhase: 'not named',
  conditionsDiscussed: 'Conditions discussed',
  chart: 'Observations per condition and phase',
  chartNote: 'Each count is the number of items above that were noted under that condition and phase.',
  page: 'Page',
  of: 'of',
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export type PartnerWords = typeof en;

export const PARTNER_WORDS: Record<Lang, PartnerWords> = {
  en,
  nl: {
    report: 'Verslag',
    date: 'Datum',
    location: 'Locatie',
    facilitator: 'Facilitator',
    present: 'Aanwezig',
    absent: 'Afwezig',
    next: 'Volgende bijeenkomst',
    summary: 'Samenvatting',
    discussed: 'Wat er besproken is',
    nothingNoted: 'Er is niets genoteerd.',
    seeActions: 'De afspraken die hier gemaakt zijn, staan bij Acties.',
    seeDecisions: 'De besluiten die hier genomen zijn, staan bij Besluiten.',
    seeDecisionsAndActions: 'De besluiten en afspraken die hier gemaakt zijn, staan bij Besluiten en Acties.',
    other: 'Overig',
    decisions: 'Besluiten',
    noDecisions: 'Geen besluiten vastgelegd.',
    actions: 'Acties',
    noActions: 'Geen acties.',
    action: 'Actie',
    who: 'Wie',
    due: 'Uiterlijk',
    status: 'Status',
    open: 'Open',
    done: 'Afgerond',
    inTheModel: 'De samenwerking in het model',
    phaseAtEnd: 'Fase aan het eind van de bijeenkomst',
    noPhase: 'niet benoemd',
    conditionsDiscussed: 'Besproken condities',
    chart: 'Observaties per conditie en fase',
    chartNote: 'Elk getal is het aantal punten hierboven dat bij die conditie en fase genoteerd is.',
    page: 'Pagina',
    of: 'van',
    weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  },
};

/** '2026-10-06' written out: "maandag 6 oktober 2026" / "Monday 6 October 2026"; without the weekday when asked. */
export function longDate(iso: string, lang: Lang, weekday = true): string {
  const [year, month, day] = iso.split('-').map(Number);
  const words = PARTNER_WORDS[lang];
  const date = `${day} ${words.months[month - 1]} ${year}`;
  return weekday ? `${words.weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${date}` : date;
}
