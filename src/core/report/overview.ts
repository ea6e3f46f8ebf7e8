// Turns parsed sessions into the overview report (the JSON contract of the CLI, the panel and the exports).
import { Session } from '../parse/model';
import { Matrix, matrixKeys, OverviewReport, SessionSummary, Thermometer } from './overviewSchema';
import { Audience, partnerView } from './audience';
import { mostSevere } from '../parse/parser';
import { BUILTIN_VOCABULARY, Vocabulary } from '../vocabulary/vocabulary';

export type { Matrix, OverviewReport, SessionSummary, Thermometer } from './overviewSchema';

export type { Audience } from './audience';

export interface ReportOptions {
  /** 'partners' leaves every private observation, action and decision out of the counts and lists. */
  audience?: Audience;
}

export function summarizeSession(notes: Session, vocabulary: Vocabulary = BUILTIN_VOCABULARY, options: ReportOptions = {}): SessionSummary {
  const session = options.audience === 'partners' ? partnerView(notes) : notes;
  const matrix = emptyMatrix(vocabulary);
  for (const observation of session.observations) {
    const rows = observation.conditions.length > 0 ? observation.conditions : ['none'];
    for (const condition of rows) add(matrix, condition, observation.phase ?? 'none', 1);
  }
  return {
    file: session.file,
    title: session.title,
    date: session.date,
    facilitator: session.facilitator,
    participants: session.participants.map((p) => p.name),
    lang: session.lang ?? 'en',
    observations: session.observations.length,
    private: session.observations.filter((o) => o.private).length,
    matrix,
    thermometer: thermometer(session),
    needs: needCounts(session, vocabulary),
    parties: partyCounts(session, vocabulary),
    decisions: session.decisions.map(({ line, text }) => ({ line, text })),
    actions: {
      open: session.actions.filter((a) => !a.done).length,
      done: session.actions.filter((a) => a.done).length,
      items: session.actions.map(({ line, text, done, owner, due }) => ({ line, text, done, owner, due })),
    },
    otherTags: freeTagCounts(session),
    problems: session.problems.map(({ line, severity, message }) => ({ line, severity, message })),
  };
}

export function buildReport(sessions: readonly Session[], vocabulary: Vocabulary = BUILTIN_VOCABULARY, options: ReportOptions = {}): OverviewReport {
  return reportOf(sessions.map((s) => summarizeSession(s, vocabulary, options)), vocabulary);
}

/** The report from session summaries, so a caller that needs no observation texts can drop each session once summarised. */
export function reportOf(summaries: SessionSummary[], vocabulary: Vocabulary = BUILTIN_VOCABULARY): OverviewReport {
  const matrix = emptyMatrix(vocabulary);
  for (const summary of summaries) {
    for (const [condition, row] of Object.entries(summary.matrix)) {
      for (const [phase, n] of Object.entries(row)) add(matrix, condition, phase, n);
    }
  }
  return {
    version: 1,
    sessions: summaries,
    totals: { observations: summaries.reduce((sum, s) => sum + s.observations, 0), matrix },
  };
}

/** `totals` with one more session's counts added, so a streamed report keeps no summary. */
export function addToTotals(totals: OverviewReport['totals'], summary: SessionSummary, vocabulary: Vocabulary = BUILTIN_VOCABULARY): OverviewReport['totals'] {
  // The totals so far, as a summary of their own, added to this one.
  return reportOf([{ ...summary, ...totals }, summary], vocabulary).totals;
}

/** The thermometer of one session: start, readings, end and peak (the JSON contract's, also the dossier's). */
export function thermometer(session: Session): Thermometer {
  const start = session.startLevel;
  const readings = session.readings.map(({ line, level }) => ({ line, level }));
  return {
    start,
    readings,
    end: readings.at(-1)?.level ?? start,
    peak: mostSevere([start, ...readings.map((r) => r.level)]),
  };
}

/** What the summaries need of a vocabulary, worked out once per vocabulary. */
interface Layout { conditions: string[]; phases: string[]; needDimensions: Set<string>; needOrder: Map<string, number> }

const layouts = new WeakMap<Vocabulary, Layout>();

function layoutOf(vocabulary: Vocabulary): Layout {
  let layout = layouts.get(vocabulary);
  if (!layout) {
    const needs = vocabulary.dimensions.filter((d) => d.role === 'need');
    layout = {
      conditions: matrixKeys('condition', vocabulary),
      phases: matrixKeys('phase', vocabulary),
      needDimensions: new Set(needs.map((d) => d.id)),
      needOrder: new Map(needs.flatMap((d) => d.terms.map((t) => t.id)).map((id, i) => [id, i])),
    };
    layouts.set(vocabulary, layout);
  }
  return layout;
}

function emptyMatrix(vocabulary: Vocabulary): Matrix {
  const { conditions, phases } = layoutOf(vocabulary);
  const matrix: Matrix = {};
  for (const condition of conditions) {
    const row: Record<string, number> = (matrix[condition] = {});
    for (const phase of phases) row[phase] = 0;
  }
  return matrix;
}

function add(matrix: Matrix, condition: string, phase: string, n: number): void {
  const row = (matrix[condition] ??= {});
  row[phase] = (row[phase] ?? 0) + n;
}

/** Every participant's observations, in total and per condition (all keys, as in the matrix's rows). */
function partyCounts(session: Session, vocabulary: Vocabulary): SessionSummary['parties'] {
  const { conditions } = layoutOf(vocabulary);
  const parties: SessionSummary['parties'] = {};
  for (const { name } of session.participants) parties[name] = { observations: 0, conditions: Object.fromEntries(conditions.map((c) => [c, 0])) };
  for (const observation of session.observations) {
    for (const name of observation.parties) {
      const counts = parties[name];
      if (!counts) continue;
      counts.observations++;
      for (const condition of observation.conditions.length ? observation.conditions : ['none']) counts.conditions[condition] = (counts.conditions[condition] ?? 0) + 1;
    }
  }
  return parties;
}

/** Need mentions anywhere in the notes, keyed in vocabulary order. */
function needCounts(session: Session, vocabulary: Vocabulary): Record<string, number> {
  const { needDimensions, needOrder } = layoutOf(vocabulary);
  const counts = countBy(session.tags.filter((t) => t.value && needDimensions.has(t.dimension ?? '')).map((t) => t.value!));
  return Object.fromEntries([...counts].sort(([a], [b]) => (needOrder.get(a) ?? 0) - (needOrder.get(b) ?? 0)));
}

/** Mentions of unknown tags (also unknown values after a known prefix), lower-case, sorted by name. */
function freeTagCounts(session: Session): Record<string, number> {
  const counts = countBy(session.tags.filter((t) => !t.value).map((t) => t.raw.toLowerCase()));
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
