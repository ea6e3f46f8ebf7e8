// Observations as CSV (RFC 4180: comma, CRLF, quoted where needed) with a UTF-8 BOM so Excel reads Dutch text right.
import { Session } from '../parse/model';
import { Lang } from '../vocabulary/vocabulary';
import { OVERVIEW_LABELS } from './labels';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
// A cell starting like a formula would be run by spreadsheet programs; a leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula-like text defused, quoted when it holds a quote, comma or line break. */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per observation, sessions in the given order; lists are joined with '; '. */
export function observationsCsv(sessions: readonly Session[], lang: Lang): string {
  const rows = [OVERVIEW_LABELS[lang].csvHeader];
  for (const s of sessions) {
    for (const o of s.observations) {
      rows.push([s.file, s.date, o.startLine, o.text, o.conditions.join('; '), o.phase, o.level, o.needs.join('; '), o.otherTags.join('; '), o.parties.join('; ')]
        .map(csvField).join(','));
    }
  }
  return BOM + rows.join('\r\n') + '\r\n';
}
