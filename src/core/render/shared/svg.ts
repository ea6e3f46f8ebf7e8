// Thermometer charts as inline SVG, coloured by the page's CSS classes (lvl-0 … lvl-3, mildest first).
import { escapeHtml } from './escape';
import { termLabel, termsOf } from '../../vocabulary/labels';
import { Lang, Vocabulary, BUILTIN_VOCABULARY } from '../../vocabulary/vocabulary';
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
  /** A clock time written before it ('14:05'). */
  time?: string | null;
}

/** Room under the chart for the clock axis' labels. */
const CLOCK_AXIS = 20;

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

function frame(s: Scale, ariaLabel: string, body: string, below = 0): string {
  return [...framed(s, ariaLabel, [body], below)].join('');
}

/** frame in pieces: a chart of many readings need never be one string. */
function* framed(s: Scale, ariaLabel: string, body: Iterable<string>, below = 0): Generator<string> {
  const grid = s.levels.map((level, i) => {
    const y = s.y(level);
    return `<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y}" y2="${y}"/>`
      + `<text class="axis lvl-text-${i}" x="${LEFT - 8}" y="${y + 4}" text-anchor="end">${escapeHtml(s.name(level))}</text>`;
  }).join('');
  yield `<svg class="chart" role="img" aria-label="${escapeHtml(ariaLabel)}" viewBox="0 0 ${WIDTH} ${s.height + below}" width="100%" xmlns="http://www.w3.org/2000/svg">`
    + `<title>${escapeHtml(ariaLabel)}</title>${grid}`;
  yield* body;
  yield '</svg>';
}

/**
 * A reading's marker, shaped by level as well as coloured, so neighbouring levels differ without colour:
 * the two mildest round, the next a diamond, the most severe a triangle.
 */
function dot(s: Scale, x: number, level: string, title: string): string {
  const rank = Math.max(s.levels.indexOf(level), 0);
  const [cx, cy] = [x.toFixed(1), s.y(level)];
  const tip = `<title>${escapeHtml(title)}</title>`;
  if (rank < 2) return `<circle class="dot lvl-${rank}" cx="${cx}" cy="${cy}" r="5">${tip}</circle>`;
  const r = (d: number) => (x + d).toFixed(1);
  const d = rank === 2 ? `M${cx},${cy - 6}L${r(6)},${cy}L${cx},${cy + 6}L${r(-6)},${cy}Z` : `M${cx},${cy - 7}L${r(6.5)},${cy + 5}L${r(-6.5)},${cy + 5}Z`;
  return `<path class="dot lvl-${rank}" d="${d}">${tip}</path>`;
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clock = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * Where each reading sits on a clock axis, in minutes: its own time, else between the timed readings
 * around it (by line). Undefined when fewer than two readings have a time, or the times run backwards:
 * the chart then goes by line.
 */
export function clockPositions(readings: readonly TimelineReading[]): number[] | undefined {
  const timed = readings.flatMap((r, i) => (r.time ? [{ i, m: minutes(r.time) }] : []));
  if (timed.length < 2 || timed.some((t, k) => k > 0 && t.m < timed[k - 1].m) || timed[0].m === timed.at(-1)!.m) return undefined;
  // One pass: `next` is the first timed reading at or after i (the last when none is), so the one before it is the
  // last at or before i.
  let next = 0;
  return readings.map((r, i) => {
    while (timed[next].i < i && next < timed.length - 1) next++;
    const after = timed[next];
    const before = after.i <= i ? after : timed[Math.max(next - 1, 0)];
    if (before.i === after.i) return before.m;
    const share = (r.line - readings[before.i].line) / Math.max(readings[after.i].line - readings[before.i].line, 1);
    return before.m + share * (after.m - before.m);
  });
}

/** Minutes from the first to the last time written before a reading or marker; null with fewer than two times. */
export function sessionDuration(times: readonly (string | null)[]): number | null {
  const all = times.filter((t): t is string => !!t).map(minutes);
  if (all.length < 2) return null;
  // A reduce, not Math.max(...all): a spread of a large file's many thousand times overflows the stack.
  const span = all.reduce((a, b) => Math.max(a, b)) - all.reduce((a, b) => Math.min(a, b));
  return span > 0 ? span : null;
}

/** Labels under the chart at round times: every 15, 30 or 60 minutes, at most eight. */
function clockAxis(s: Scale, from: number, to: number, x: (m: number) => number): string {
  const step = [15, 30, 60, 120].find((st) => (to - from) / st <= 7) ?? 240;
  const ticks = [from];
  for (let m = Math.ceil(from / step) * step; m < to; m += step) if (m - from >= step / 2 && to - m >= step / 2) ticks.push(m);
  ticks.push(to);
  return ticks.map((m) => `<text class="axis time" x="${x(m).toFixed(1)}" y="${s.height + 12}" text-anchor="middle">${clock(Math.round(m))}</text>`).join('');
}

/**
 * The level in force along one session: a step line from the start level through every reading
 * to the last line, with a dot per reading (its line and text as the tooltip). When at least two
 * readings have a time, the horizontal axis is the clock (first to last time) instead of the lines. In pieces: a
 * session of many readings need never be one string.
 */
export function* thermometerTimeline(start: string | null, readings: readonly TimelineReading[], lineCount: number,
  lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): Generator<string> {
  const s = scale(lang, vocabulary);
  const caption = OVERVIEW_LABELS[lang].thermometer;
  if (start === null && readings.length === 0) {
    yield* framed(s, caption, []);
    return;
  }
  const span = WIDTH - LEFT - RIGHT;
  const clockAt = clockPositions(readings);
  const last = Math.max(lineCount, readings.at(-1)?.line ?? 1, 2);
  // On the clock, the start level gets a little room before the first time.
  const lead = clockAt ? Math.max((clockAt.at(-1)! - clockAt[0]) * 0.05, 1) : 0;
  const [from, to] = clockAt ? [clockAt[0] - lead, clockAt.at(-1)!] : [1, last];
  const x = (at: number) => LEFT + ((at - from) / (to - from)) * span;
  const at = (r: TimelineReading, i: number) => x(clockAt ? clockAt[i] : r.line);
  const where = (r: TimelineReading) => `${r.time ? `${r.time}, ` : ''}${OVERVIEW_LABELS[lang].line} ${r.line}`;
  function* body(): Generator<string> {
    yield `<path class="course" d="M${LEFT.toFixed(1)},${s.y(start ?? readings[0].level)}`;
    for (let i = 0; i < readings.length; i++) yield `H${at(readings[i], i).toFixed(1)}V${s.y(readings[i].level)}`;
    yield `H${(LEFT + span).toFixed(1)}"/>`;
    if (start !== null) yield dot(s, LEFT, start, `${OVERVIEW_LABELS[lang].start}: ${s.name(start)}`);
    for (let i = 0; i < readings.length; i++) {
      const r = readings[i];
      yield dot(s, at(r, i), r.level, `${where(r)}: ${s.name(r.level)}${r.text ? ` — ${r.text}` : ''}`);
    }
    if (clockAt) yield clockAxis(s, clockAt[0], to, x);
  }
  yield* framed(s, caption, body(), clockAt ? CLOCK_AXIS : 0);
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
