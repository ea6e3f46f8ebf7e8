// Turns parsed sessions into the overview report (the JSON contract of the CLI, the panel and the exports).
import { Session, TagMention } from '../parse/model';
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
  const { matrix, parties, private: privateCount } = observationCounts(session, vocabulary);
  const { needs, otherTags } = tagCounts(session, vocabulary);
  const items = session.actions.map(({ line, text, done, owner, due }) => ({ line, text, done, owner, due }));
  const done = items.reduce((n, a) => (a.done ? n + 1 : n), 0);
  return {
    file: session.file,
    title: session.title,
    date: session.date,
    facilitator: session.facilitator,
    participants: session.participants.map((p) => p.name),
    lang: session.lang ?? 'en',
    observations: session.observations.length,
    private: privateCount,
    matrix,
    thermometer: thermometer(session),
    needs,
    parties,
    decisions: session.decisions.map(({ line, text }) => ({ line, text })),
    actions: { open: items.length - done, done, items },
    otherTags,
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

/** What one session adds to the workspace page's counts: its observations, need mentions and unknown tags. */
export type SessionCounts = Pick<SessionSummary, 'observations' | 'needs' | 'otherTags'>;

/** The workspace page's counts over all its sessions: needs in the model's order, unknown tags by name. */
export interface WorkspaceCounts {
  observations: number;
  needs: [string, number][];
  otherTags: [string, number][];
}

/** A session's counts without the rest of its summary (matrix, parties, actions): all a page of several collaborations shows of it. */
export function sessionCounts(session: Session, vocabulary: Vocabulary = BUILTIN_VOCABULARY): SessionCounts {
  return { observations: session.observations.length, ...tagCounts(session, vocabulary) };
}

/** The sessions' counts added up (from summaries or sessionCounts alike). */
export function workspaceCounts(sessions: readonly SessionCounts[], vocabulary: Vocabulary = BUILTIN_VOCABULARY): WorkspaceCounts {
  const { needOrder } = layoutOf(vocabulary);
  const rank = (id: string) => needOrder.get(id) ?? -1;
  return {
    observations: sessions.reduce((sum, s) => sum + s.observations, 0),
    needs: Object.entries(sumCounts(sessions.map((s) => s.needs))).sort(([a], [b]) => rank(a) - rank(b)),
    otherTags: Object.entries(sumCounts(sessions.map((s) => s.otherTags))).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

function sumCounts(records: readonly Record<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const record of records) for (const [key, n] of Object.entries(record)) total[key] = (total[key] ?? 0) + n;
  return total;
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

const NO_CONDITION = ['none'];

/**
 * In one pass over the observations: the condition × phase matrix, every participant's observations in
 * total and per condition (all keys, as in the matrix's rows), and how many are private.
 */
function observationCounts(session: Session, vocabulary: Vocabulary): { matrix: Matrix; parties: SessionSummary['parties']; private: number } {
  const { conditions } = layoutOf(vocabulary);
  const matrix = emptyMatrix(vocabulary);
  const parties: SessionSummary['parties'] = {};
  for (const { name } of session.participants) parties[name] = { observations: 0, conditions: Object.fromEntries(conditions.map((c) => [c, 0])) };
  let privateCount = 0;
  for (const observation of session.observations) {
    const rows = observation.conditions.length > 0 ? observation.conditions : NO_CONDITION;
    for (const condition of rows) add(matrix, condition, observation.phase ?? 'none', 1);
    if (observation.private) privateCount++;
    for (const name of observation.parties) {
      const counts = parties[name];
      if (!counts) continue;
      counts.observations++;
      for (const condition of rows) counts.conditions[condition] = (counts.conditions[condition] ?? 0) + 1;
    }
  }
  return { matrix, parties, private: privateCount };
}

/** Whether the report counts a tag mention (a need, or an unknown tag): a note summary keeps only these. */
export function countedMention(tag: TagMention, vocabulary: Vocabulary): boolean {
  return !tag.value || layoutOf(vocabulary).needDimensions.has(tag.dimension ?? '');
}

/**
 * In one pass over the tag mentions: need mentions anywhere in the notes, keyed in vocabulary order, and
 * mentions of unknown tags (also unknown values after a known prefix), lower-case, sorted by name.
 */
function tagCounts(session: Session, vocabulary: Vocabulary): { needs: Record<string, number>; otherTags: Record<string, number> } {
  const { needDimensions, needOrder } = layoutOf(vocabulary);
  const needs = new Map<string, number>();
  const free = new Map<string, number>();
  for (const tag of session.tags) {
    if (!tag.value) count(free, tag.raw.toLowerCase());
    else if (needDimensions.has(tag.dimension ?? '')) count(needs, tag.value);
  }
  return {
    needs: Object.fromEntries([...needs].sort(([a], [b]) => (needOrder.get(a) ?? 0) - (needOrder.get(b) ?? 0))),
    otherTags: Object.fromEntries([...free].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

function count(counts: Map<string, number>, value: string): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}
