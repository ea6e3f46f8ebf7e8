// Thermometer charts as inline SVG, coloured by the page's CSS classes (lvl-0 … lvl-3, mildest first).
import { escapeHtml } from './escape';
import { termLabel, termsOf } from '../vocabulary/labels';
import { Lang, Vocabulary, BUILTIN_VOCABULARY } from '../vocabulary/vocabulary';
import { OVERVIEW_LABELS } from './labels';

const WIDTH = 640;
const ROW = 28;
const LEFT = 130;
const RIGHT = 12;
const TOP = 10;

export interface TimelineReading {
  line: number;
  level: string;
  text?: string;
}

interface Scale {
  levels: string[];
  /** A level's label (termLabel). */
  name(level: string): string;
  height: number;
  y(level: string): number;
}

function scale(lang: Lang, vocabulary: Vocabulary): Scale {
  const levels = termsOf('level', vocabulary).map((t) => t.id);
  const height = TOP * 2 + ROW * Math.max(levels.length - 1, 1);
  // The mildest level sits at the bottom: the line rises as the temperature does.
  return { levels, name: (level) => termLabel('level', level, lang, vocabulary), height, y: (level) => height - TOP - ROW * Math.max(levels.indexOf(level), 0) };
}

function frame(s: Scale, ariaLabel: string, body: string): string {
  const grid = s.levels.map((level, i) => {
    const y = s.y(level);
    return `<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y}" y2="${y}"/>`
      + `<text class="axis lvl-text-${i}" x="${LEFT - 8}" y="${y + 4}" text-anchor="end">${escapeHtml(s.name(level))}</text>`;
  }).join('');
  return `<svg class="chart" role="img" aria-label="${escapeHtml(ariaLabel)}" viewBox="0 0 ${WIDTH} ${s.height}" width="100%" xmlns="http://www.w3.org/2000/svg">`
    + `<title>${escapeHtml(ariaLabel)}</title>${grid}${body}</svg>`;
}

function dot(s: Scale, x: number, level: string, title: string): string {
  return `<circle class="dot lvl-${Math.max(s.levels.indexOf(level), 0)}" cx="${x.toFixed(1)}" cy="${s.y(level)}" r="5"><title>${escapeHtml(title)}</title></circle>`;
}

/**
 * The level in force along one session: a step line from the start level through every reading
 * to the last line, with a dot per reading (its line and text as the tooltip).
 */
export function thermometerTimeline(start: string | null, readings: readonly TimelineReading[], lineCount: number,
  lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): string {
  const s = scale(lang, vocabulary);
  const caption = OVERVIEW_LABELS[lang].thermometer;
  if (start === null && readings.length === 0) return frame(s, caption, '');
  const last = Math.max(lineCount, readings.at(-1)?.line ?? 1, 2);
  const x = (line: number) => LEFT + ((line - 1) / (last - 1)) * (WIDTH - LEFT - RIGHT);
  let path = `M${x(1).toFixed(1)},${s.y(start ?? readings[0].level)}`;
  for (const r of readings) path += `H${x(r.line).toFixed(1)}V${s.y(r.level)}`;
  path += `H${x(last).toFixed(1)}`;
  const startDot = start === null ? '' : dot(s, x(1), start, `${OVERVIEW_LABELS[lang].start}: ${s.name(start)}`);
  const dots = readings.map((r) =>
    dot(s, x(r.line), r.level, `${OVERVIEW_LABELS[lang].line} ${r.line}: ${s.name(r.level)}${r.text ? ` — ${r.text}` : ''}`)).join('');
  return frame(s, caption, `<path class="course" d="${path}"/>${startDot}${dots}`);
}

export interface TrendPoint {
  /** Shown in the tooltip: date and title of the session. */
  name: string;
  end: string | null;
  peak: string | null;
}

/** One column per session in order: the end level as a line, the peak as a hollow marker. */
export function thermometerTrend(points: readonly TrendPoint[], lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): string {
  const s = scale(lang, vocabulary);
  const caption = OVERVIEW_LABELS[lang].thermometerTrend;
  const step = (WIDTH - LEFT - RIGHT) / Math.max(points.length - 1, 1);
  const x = (i: number) => (points.length === 1 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + i * step);
  let path = '';
  let marks = '';
  points.forEach((p, i) => {
    if (p.end !== null) {
      path += `${path ? 'L' : 'M'}${x(i).toFixed(1)},${s.y(p.end)}`;
      marks += dot(s, x(i), p.end, `${p.name} — ${OVERVIEW_LABELS[lang].end}: ${s.name(p.end)}`);
    }
    if (p.peak !== null && p.peak !== p.end) {
      marks += `<circle class="peak lvl-${Math.max(s.levels.indexOf(p.peak), 0)}" cx="${x(i).toFixed(1)}" cy="${s.y(p.peak)}" r="6">`
        + `<title>${escapeHtml(`${p.name} — ${OVERVIEW_LABELS[lang].peak}: ${s.name(p.peak)}`)}</title></circle>`;
    }
  });
  return frame(s, caption, (path ? `<path class="course" d="${path}"/>` : '') + marks);
}
