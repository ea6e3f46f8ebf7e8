// The thermometer across a collaboration's sessions as inline SVG: one column per session labelled by its
// date, start as a square, end as a dot on the line, peak as a ring, and a legend that says so. Colours come
// from the overview stylesheet's classes (dot/peak lvl-0 … lvl-3); shapes keep start, end and peak apart
// without colour.
import { escapeHtml } from '../shared/escape';
import { termLabel, termsOf } from '../../vocabulary/labels';
import { BUILTIN_VOCABULARY, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { DOSSIER_LABELS } from './dossierLabels';

const WIDTH = 640;
const ROW = 28;
const LEFT = 130;
/** Room for half of the last date label. */
const RIGHT = 44;
const TOP = 12;
/** Room under the plot for the date labels (slanted when the columns are narrow) and the legend. */
const BELOW = 54;
const BELOW_SLANTED = 96;

export interface SessionLevels {
  /** The session's date (or "no date"): its column's label. */
  label: string;
  title: string;
  start: string | null;
  end: string | null;
  peak: string | null;
}

export function thermometerAcross(points: readonly SessionLevels[], lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): string {
  const t = DOSSIER_LABELS[lang];
  const levels = termsOf('level', vocabulary).map((term) => term.id);
  const name = (level: string) => termLabel('level', level, lang, vocabulary);
  const plot = TOP * 2 + ROW * Math.max(levels.length - 1, 1);
  const y = (level: string) => plot - TOP - ROW * Math.max(levels.indexOf(level), 0);
  const step = (WIDTH - LEFT - RIGHT) / Math.max(points.length - 1, 1);
  const x = (i: number) => (points.length === 1 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + i * step);
  const cls = (level: string) => `lvl-${Math.max(levels.indexOf(level), 0)}`;
  const tip = (p: SessionLevels, what: string, level: string) => `<title>${escapeHtml(`${p.label} ${p.title} — ${what}: ${name(level)}`)}</title>`;
  const grid = levels.map((level, i) => `<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(level)}" y2="${y(level)}"/>`
    + `<text class="axis lvl-text-${i}" x="${LEFT - 8}" y="${y(level) + 4}" text-anchor="end">${escapeHtml(name(level))}</text>`).join('');
  const slanted = points.length > 1 && step < 80;
  const below = slanted ? BELOW_SLANTED : BELOW;
  let path = '';
  let marks = '';
  let labels = '';
  points.forEach((p, i) => {
    const px = x(i).toFixed(1);
    labels += slanted
      ? `<text class="axis date" x="${px}" y="${plot + 14}" text-anchor="end" transform="rotate(-40 ${px} ${plot + 14})">${escapeHtml(p.label)}</text>`
      : `<text class="axis date" x="${px}" y="${plot + 16}" text-anchor="middle">${escapeHtml(p.label)}</text>`;
    if (p.start !== null) marks += `<rect class="dot start ${cls(p.start)}" x="${(x(i) - 12).toFixed(1)}" y="${y(p.start) - 4}" width="8" height="8">${tip(p, t.start, p.start)}</rect>`;
    if (p.end !== null) {
      path += `${path ? 'L' : 'M'}${px},${y(p.end)}`;
      marks += `<circle class="dot end ${cls(p.end)}" cx="${px}" cy="${y(p.end)}" r="5">${tip(p, t.end, p.end)}</circle>`;
    }
    if (p.peak !== null) marks += `<circle class="peak ${cls(p.peak)}" cx="${px}" cy="${y(p.peak)}" r="8">${tip(p, t.peak, p.peak)}</circle>`;
  });
  const legendY = plot + below - 14;
  const legend = `<g class="legend" aria-hidden="true">`
    + `<text class="axis" x="${LEFT - 8}" y="${legendY + 4}" text-anchor="end">${escapeHtml(t.legend)}</text>`
    + `<rect x="${LEFT}" y="${legendY - 4}" width="8" height="8" fill="currentColor"/><text class="axis" x="${LEFT + 14}" y="${legendY + 4}">${escapeHtml(t.start)}</text>`
    + `<circle cx="${LEFT + 104}" cy="${legendY}" r="5" fill="currentColor"/><text class="axis" x="${LEFT + 114}" y="${legendY + 4}">${escapeHtml(t.end)}</text>`
    + `<circle cx="${LEFT + 204}" cy="${legendY}" r="8" fill="none" stroke="currentColor" stroke-width="2"/><text class="axis" x="${LEFT + 218}" y="${legendY + 4}">${escapeHtml(t.peak)}</text>`
    + '</g>';
  const caption = `${t.thermometerAcross}: ${points.map((p) => `${p.label} ${p.end === null ? '—' : name(p.end)}`).join(', ')}`;
  return `<svg class="chart across" role="img" aria-label="${escapeHtml(caption)}" viewBox="0 0 ${WIDTH} ${plot + below}" width="100%" xmlns="http://www.w3.org/2000/svg">`
    + `<title>${escapeHtml(caption)}</title>${grid}${path ? `<path class="course" d="${path}"/>` : ''}${marks}${labels}${legend}</svg>`;
}
