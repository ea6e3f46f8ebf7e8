// The partners' CSV: what they may see of each session, one row per observation, decision and action, in the
// notes' language. Dutch spreadsheets split on ';', English ones on ','; a UTF-8 BOM so either reads accents
// right. No facilitator columns (line, file, level), no private rows, no readings or signals; each action once, with its status.
import { Session } from '../../parse/model';
import { partnerView, withoutJudgements } from '../../report/audience';
import { actionText } from '../../report/partnerReport';
import { termLabel } from '../../vocabulary/labels';
import { BUILTIN_VOCABULARY, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { csvField } from '../overview/csv';
import { inLineOrder, lineSource } from '../shared/lineOrder';
import { batched } from '../shared/pieces';

const HEAD = {
  en: { columns: ['date', 'session', 'kind', 'text', 'conditions', 'phase', 'needs', 'parties', 'who', 'due', 'status'],
    kinds: { observation: 'observation', decision: 'decision', action: 'action' }, open: 'open', done: 'done' },
  nl: { columns: ['datum', 'sessie', 'soort', 'tekst', 'condities', 'fase', 'behoeften', 'partijen', 'wie', 'uiterlijk', 'status'],
    kinds: { observation: 'observatie', decision: 'besluit', action: 'actie' }, open: 'open', done: 'afgerond' },
};
export const PARTNER_CSV_SEPARATOR: Record<Lang, string> = { en: ',', nl: ';' };

type Row = (string | null)[];

export function partnerCsv(sessions: Iterable<Session>, lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): string {
  return [...partnerCsvPieces(sessions, lang, vocabulary)].join('');
}

/**
 * partnerCsv in pieces of about 64K characters, made as they are written; `sessions` may be made as they are read
 * (a large file's windows of the partners' view, each with the session's date and title).
 */
export function partnerCsvPieces(sessions: Iterable<Session>, lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): Generator<string> {
  const separator = PARTNER_CSV_SEPARATOR[lang];
  const line = (row: Row) => `${row.map((v) => csvField(v, separator)).join(separator)}\r\n`;
  return batched(function* () {
    yield `\uFEFF${line(HEAD[lang].columns)}`;
    for (const s of sessions) {
      for (const row of sessionRows(withoutJudgements(partnerView(s), vocabulary), lang, vocabulary)) yield line(row);
    }
  }());
}

/** The rows of one session in line order. */
function sessionRows(s: Session, lang: Lang, vocabulary: Vocabulary): Generator<Row> {
  const words = HEAD[lang];
  const labels = (role: string, ids: readonly string[]) => ids.map((id) => termLabel(role, id, lang, vocabulary)).join('; ') || null;
  const actionLines = new Set(s.actions.map((a) => a.line));
  const observed = new Set(s.observations.map((o) => o.startLine));
  const base = [s.date, s.title];
  return inLineOrder<Row>([
    lineSource(s.observations.filter((o) => !actionLines.has(o.startLine)), (o) => o.startLine, (o) => [...base,
      o.decision ? words.kinds.decision : words.kinds.observation, o.text, labels('condition', o.conditions), o.phase && labels('phase', [o.phase]),
      labels('need', o.needs), o.parties.join('; ') || null, null, null, null]),
    lineSource(s.decisions.filter((d) => !observed.has(d.line)), (d) => d.line, (d) => [...base, words.kinds.decision, d.text, null, null, null, null, null, null, null]),
    lineSource(s.actions, (a) => a.line, (a) => [...base, words.kinds.action, actionText(a), null, null, null, null,
      a.ownerParty ?? a.owner, a.due, a.done ? words.done : words.open]),
  ]);
}
