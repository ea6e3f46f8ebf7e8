// Observations as CSV (RFC 4180: comma, CRLF, quoted where needed) with a UTF-8 BOM so Excel reads Dutch text right.
import { Session } from '../../parse/model';
import { Audience, forAudience } from '../../report/audience';
import { Lang } from '../../vocabulary/vocabulary';
import { OVERVIEW_LABELS } from '../shared/labels';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
// A cell starting like a formula would be run by spreadsheet programs; an apostrophe keeps it text. A spreadsheet
// that splits on ';' (Dutch Excel) or ',' may start a cell after either inside our text, so those starts count too.
const FORMULA_START = /(^|[;,] *)(?=[=+\-@\t\r])/g;
/** The header's 'private' column: the partners' CSV has no private rows, so it has no such column. */
const PRIVATE_COLUMN = 10;

/** One CSV field: formula-like text defused (also after a ';' or ','), quoted when it holds a quote, the separator (a comma unless given) or line break. */
export function csvField(value: string | number | null, separator = ','): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string') text = text.replace(FORMULA_START, "$1'");
  return NEEDS_QUOTES.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Row = (string | number | null)[];

/**
 * One row per observation, action, and decision that is no observation itself, in line order, sessions in
 * the given order; lists are joined with '; '. For the partners, private rows are left out.
 */
export function observationsCsv(sessions: readonly Session[], lang: Lang, audience: Audience = 'facilitator'): string {
  const labels = OVERVIEW_LABELS[lang];
  const keep = (row: Row) => (audience === 'partners' ? row.filter((_, i) => i !== PRIVATE_COLUMN) : row);
  const rows = [keep(labels.csvHeader).join(',')];
  for (const s of forAudience(sessions, audience)) {
    for (const [, row] of sessionRows(s, labels.yes).sort(([a], [b]) => a - b)) rows.push(keep(row).map((v) => csvField(v)).join(','));
  }
  return BOM + rows.join('\r\n') + '\r\n';
}

/** [line, row] pairs of one session, unsorted. */
function sessionRows(s: Session, yes: string): [number, Row][] {
  const flag = (on: boolean) => (on ? yes : '');
  const observationLines = new Set(s.observations.map((o) => o.startLine));
  return [
    ...s.observations.map((o): [number, Row] => [o.startLine, [s.file, s.date, o.startLine, o.text, o.conditions.join('; '), o.phase, o.level,
      o.needs.join('; '), o.otherTags.join('; '), o.parties.join('; '), flag(o.private), flag(o.decision), null, null]]),
    ...s.actions.map((a): [number, Row] => [a.line, [s.file, s.date, a.line, a.text, null, null, null, null, null, a.ownerParty, flag(a.private), '', a.due, a.owner]]),
    ...s.decisions.filter((d) => !observationLines.has(d.line))
      .map((d): [number, Row] => [d.line, [s.file, s.date, d.line, d.text, null, null, null, null, null, null, flag(d.private), yes, null, null]]),
  ];
}
