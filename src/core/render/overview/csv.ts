// Observations as CSV (RFC 4180: comma, CRLF, quoted where needed) with a UTF-8 BOM so Excel reads Dutch text right.
import { Session } from '../../parse/model';
import { Lang } from '../../vocabulary/vocabulary';
import { OVERVIEW_LABELS } from '../shared/labels';
import { inLineOrder, lineSource } from '../shared/lineOrder';
import { batched } from '../shared/pieces';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
// A cell starting like a formula would be run by spreadsheet programs; an apostrophe keeps it text. A spreadsheet
// that splits on ';' (Dutch Excel) or ',' may start a cell after either inside our text, so those starts count too.
const FORMULA_START = /(^|[;,] *)(?=[=+\-@\t\r])/g;

/** One CSV field: formula-like text defused (also after a ';' or ','), quoted when it holds a quote, the separator (a comma unless given) or line break. */
export function csvField(value: string | number | null, separator = ','): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string') text = text.replace(FORMULA_START, "$1'");
  return NEEDS_QUOTES.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Row = (string | number | null)[];

/**
 * One row per observation, action, and decision that is no observation itself, in line order, sessions in
 * the given order; lists are joined with '; '. The facilitator's: the partners' CSV is report/partnerCsv.ts.
 */
export function observationsCsv(sessions: readonly Session[], lang: Lang): string {
  return [...observationsCsvPieces(sessions, lang)].join('');
}

/**
 * observationsCsv in pieces of about 64K characters, made as they are written (`head`: with the BOM and header line);
 * `sessions` may be made as they are read (a large file's windows, each with the session's file and date).
 */
export function observationsCsvPieces(sessions: Iterable<Session>, lang: Lang, head = true): Generator<string> {
  const labels = OVERVIEW_LABELS[lang];
  return batched(function* () {
    if (head) yield `${BOM}${labels.csvHeader.join(',')}\r\n`;
    for (const s of sessions) {
      for (const row of sessionRows(s, labels.yes)) yield `${row.map((v) => csvField(v)).join(',')}\r\n`;
    }
  }());
}

/** The rows of one session in line order. */
function sessionRows(s: Session, yes: string): Generator<Row> {
  const flag = (on: boolean) => (on ? yes : '');
  const observationLines = new Set(s.observations.map((o) => o.startLine));
  return inLineOrder<Row>([
    lineSource(s.observations, (o) => o.startLine, (o) => [s.file, s.date, o.startLine, o.text, o.conditions.join('; '), o.phase, o.level,
      o.needs.join('; '), o.otherTags.join('; '), o.parties.join('; '), flag(o.private), flag(o.decision), null, null]),
    lineSource(s.actions, (a) => a.line, (a) => [s.file, s.date, a.line, a.text, null, null, null, null, null, a.ownerParty, flag(a.private), '', a.due, a.owner]),
    lineSource(s.decisions.filter((d) => !observationLines.has(d.line)), (d) => d.line,
      (d) => [s.file, s.date, d.line, d.text, null, null, null, null, null, null, flag(d.private), yes, null, null]),
  ]);
}
