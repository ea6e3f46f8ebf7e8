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
  const summary = new SummaryBuilder(vocabulary);
  summary.add(session);
  return summary.summary(session);
}

/** The lists of a session a summary reads: a whole session's, or a window's of one read in windows. */
export type SummaryLists = Pick<Session, 'observations' | 'tags' | 'readings' | 'decisions' | 'actions' | 'problems'>;

/** The lists a summary shows, each item at least what the summary shows of it. */
interface SummaryListed {
  readings: Thermometer['readings'];
  decisions: SessionSummary['decisions'];
  actions: SessionSummary['actions']['items'];
  problems: SessionSummary['problems'];
}

/**
 * A session's summary made a window of its lists at a time: the counts added up, the lists (readings, decisions,
 * actions, problems) kept as the summary lists them. Made of one window, the whole session's: summarizeSession.
 */
export class SummaryBuilder {
  private readonly counts: ObservationCounts;
  private readonly needs = new Map<string, number>();
  private readonly free = new Map<string, number>();
  private readonly lists: SummaryListed = { readings: [], decisions: [], actions: [], problems: [] };

  /** `copyLists` false: the lists are given to summary() (a reading that keeps them whole), not copied here. */
  constructor(private readonly vocabulary: Vocabulary, private readonly copyLists = true) {
    this.counts = new ObservationCounts(vocabulary);
  }

  add(lists: SummaryLists): void {
    this.counts.add(lists.observations);
    tagCounts(lists.tags, this.vocabulary, this.needs, this.free);
    if (!this.copyLists) return;
    const { readings, decisions, actions, problems } = this.lists;
    for (const { line, level } of lists.readings) readings.push({ line, level });
    for (const { line, text } of lists.decisions) decisions.push({ line, text });
    for (const { line, text, done, owner, due } of lists.actions) actions.push({ line, text, done, owner, due });
    for (const { line, severity, message } of lists.problems) problems.push({ line, severity, message });
  }

  /** The summary, once every window is added; `session`: its own fields (file, title, participants ...), not its lists. */
  summary(session: Session, lists = this.lists): SessionSummary {
    const { vocabulary } = this;
    const { readings, decisions, actions, problems } = lists;
    const done = actions.reduce((n, a) => (a.done ? n + 1 : n), 0);
    const { needs, otherTags } = ordered(this.needs, this.free, vocabulary);
    return {
      file: session.file,
      title: session.title,
      date: session.date,
      facilitator: session.facilitator,
      participants: session.participants.map((p) => p.name),
      lang: session.lang ?? 'en',
      observations: this.counts.observations,
      private: this.counts.private,
      matrix: this.counts.matrix,
      thermometer: thermometerOf(session.startLevel, readings),
      needs,
      parties: this.counts.parties(session.participants),
      decisions,
      actions: { open: actions.length - done, done, items: actions },
      otherTags,
      // In line order, as a session's problems are (front matter first): windows each in order, sorted once.
      problems: problems.sort((a, b) => a.line - b.line),
    };
  }
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
  const [needs, free] = [new Map<string, number>(), new Map<string, number>()];
  tagCounts(session.tags, vocabulary, needs, free);
  return { observations: session.observations.length, ...ordered(needs, free, vocabulary) };
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
  return thermometerOf(session.startLevel, session.readings.map(({ line, level }) => ({ line, level })));
}

function thermometerOf(start: string | null, readings: Thermometer['readings']): Thermometer {
  return { start, readings, end: readings.at(-1)?.level ?? start, peak: mostSevere([start, ...readings.map((r) => r.level)]) };
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
 * Over the observations, a window of them at a time: the condition × phase matrix, every participant's
 * observations in total and per condition (all keys, as in the matrix's rows), and how many are private.
 */
class ObservationCounts {
  readonly matrix: Matrix;
  observations = 0;
  private = 0;
  /** Per party named: its observations, in total and per condition (every condition a key, as in the matrix's rows). */
  private readonly named = new Map<string, SessionSummary['parties'][string]>();

  constructor(private readonly vocabulary: Vocabulary) {
    this.matrix = emptyMatrix(vocabulary);
  }

  add(observations: Session['observations']): void {
    this.observations += observations.length;
    for (const observation of observations) {
      const rows = observation.conditions.length > 0 ? observation.conditions : NO_CONDITION;
      for (const condition of rows) add(this.matrix, condition, observation.phase ?? 'none', 1);
      if (observation.private) this.private++;
      for (const name of observation.parties) {
        const counts = this.counted(name);
        counts.observations++;
        for (const condition of rows) counts.conditions[condition] = (counts.conditions[condition] ?? 0) + 1;
      }
    }
  }

  /** Every participant's counts, in their order; a name that is no participant is not listed. */
  parties(participants: Session['participants']): SessionSummary['parties'] {
    return Object.fromEntries(participants.map(({ name }) => [name, this.counted(name)]));
  }

  private counted(name: string): SessionSummary['parties'][string] {
    let counts = this.named.get(name);
    if (!counts) this.named.set(name, (counts = { observations: 0, conditions: Object.fromEntries(layoutOf(this.vocabulary).conditions.map((c) => [c, 0])) }));
    return counts;
  }
}

/** Whether the report counts a tag mention (a need, or an unknown tag): a note summary keeps only these. */
export function countedMention(tag: TagMention, vocabulary: Vocabulary): boolean {
  return !tag.value || layoutOf(vocabulary).needDimensions.has(tag.dimension ?? '');
}

/**
 * Over the tag mentions, added to the maps given: need mentions anywhere in the notes, and mentions of unknown
 * tags (also unknown values after a known prefix), lower-case. The summary orders them (needs in vocabulary order,
 * unknown tags by name).
 */
function tagCounts(tags: readonly TagMention[], vocabulary: Vocabulary, needs: Map<string, number>, free: Map<string, number>): void {
  const { needDimensions } = layoutOf(vocabulary);
  for (const tag of tags) {
    if (!tag.value) count(free, tag.raw.toLowerCase());
    else if (needDimensions.has(tag.dimension ?? '')) count(needs, tag.value);
  }
}

/** Need counts in vocabulary order, unknown tags by name. */
function ordered(needs: Map<string, number>, free: Map<string, number>, vocabulary: Vocabulary): Pick<SessionSummary, 'needs' | 'otherTags'> {
  const { needOrder } = layoutOf(vocabulary);
  return {
    needs: Object.fromEntries([...needs].sort(([a], [b]) => (needOrder.get(a) ?? 0) - (needOrder.get(b) ?? 0))),
    otherTags: Object.fromEntries([...free].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

function count(counts: Map<string, number>, value: string): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}
