// The partners' CSV: what they may see of each session, one row per observation, decision and action, in the
// notes' language. Dutch spreadsheets split on ';', English ones on ','; a UTF-8 BOM so either reads accents
// right. No facilitator columns (line, file, level), no private rows, no readings or signals; each action once, with its status.
import { Session } from '../../parse/model';
import { partnerView, withoutJudgements } from '../../report/audience';
import { actionText } from '../../report/partnerReport';
import { termLabel } from '../../vocabulary/labels';
import { BUILTIN_VOCABULARY, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { csvField } from '../overview/csv';

const HEAD = {
  en: { columns: ['date', 'session', 'kind', 'text', 'conditions', 'phase', 'needs', 'parties', 'who', 'due', 'status'],
    kinds: { observation: 'observation', decision: 'decision', action: 'action' }, open: 'open', done: 'done' },
  nl: { columns: ['datum', 'sessie', 'soort', 'tekst', 'condities', 'fase', 'behoeften', 'partijen', 'wie', 'uiterlijk', 'status'],
    kinds: { observation: 'observatie', decision: 'besluit', action: 'actie' }, open: 'open', done: 'afgerond' },
};
export const PARTNER_CSV_SEPARATOR: Record<Lang, string> = { en: ',', nl: ';' };

type Row = (string | null)[];

export function partnerCsv(sessions: readonly Session[], lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): string {
  const separator = PARTNER_CSV_SEPARATOR[lang];
  const line = (row: Row) => row.map((v) => csvField(v, separator)).join(separator);
  const rows = sessions.flatMap((s) => sessionRows(withoutJudgements(partnerView(s), vocabulary), lang, vocabulary).sort(([a], [b]) => a - b).map(([, row]) => line(row)));
  return `\uFEFF${[line(HEAD[lang].columns), ...rows].join('\r\n')}\r\n`;
}

/** [line, row] pairs of one session (the line only orders them). */
function sessionRows(s: Session, lang: Lang, vocabulary: Vocabulary): [number, Row][] {
  const words = HEAD[lang];
  const labels = (role: string, ids: readonly string[]) => ids.map((id) => termLabel(role, id, lang, vocabulary)).join('; ') || null;
  const actionLines = new Set(s.actions.map((a) => a.line));
  const observed = new Set(s.observations.map((o) => o.startLine));
  const base = [s.date, s.title];
  return [
    ...s.observations.filter((o) => !actionLines.has(o.startLine)).map((o): [number, Row] => [o.startLine, [...base,
      o.decision ? words.kinds.decision : words.kinds.observation, o.text, labels('condition', o.conditions), o.phase && labels('phase', [o.phase]),
      labels('need', o.needs), o.parties.join('; ') || null, null, null, null]]),
    ...s.decisions.filter((d) => !observed.has(d.line)).map((d): [number, Row] => [d.line, [...base, words.kinds.decision, d.text, null, null, null, null, null, null, null]]),
    ...s.actions.map((a): [number, Row] => [a.line, [...base, words.kinds.action, actionText(a), null, null, null, null,
      a.ownerParty ?? a.owner, a.due, a.done ? words.done : words.open]]),
  ];
}
