// A file read in windows for the facilitator's overview (md, html, Word): its summary made a window at a time, and
// the session as those reports read it. Its observations without their tag mentions, its readings, decisions,
// actions and problems (said in the report's language): not the blocks, headings or mentions, which are most of
// what dense notes parse to (ten times their text).
import { Marker, Observation, Problem, Session, TagMention } from '../parse/model';
import { problemMessage } from '../parse/problemText';
import { StandIns } from './standIns';
import { NotesHead } from '../parse/windows';
import { WalkOutput } from '../parse/parser';
import { Lang, Vocabulary } from '../vocabulary/vocabulary';
import { SessionSummary, SummaryBuilder } from './overview';
import { cellKeys, MAX_LISTED_PER_CELL } from './cells';

type Kept = Pick<Session, 'observations' | 'readings' | 'markers' | 'decisions' | 'actions' | 'problems'>;

/** How much of a session a FacilitatorReading keeps (see its constructor). */
export type ReadingKeep = 'texts' | 'listed' | 'counts' | 'none';

export class FacilitatorReading {
  private readonly summary: SummaryBuilder;
  private readonly kept: Kept = { observations: [], readings: [], markers: [], decisions: [], actions: [], problems: [] };

  private readonly standIns = new StandIns();
  /** 'listed': how many observations each condition × phase cell has so far. */
  private readonly inCells = new Map<string, number>();
  /** 'listed': the time, level and phase of each marker kept. */
  private readonly markersKept = new Set<string>();
  /** A tag problem's message in `lang` by its English one: the same for every mention of one spelling in a file. */
  private readonly said = new Map<string, string>();

  /**
   * `keep`: 'texts', every observation with its text (placed over its stand-in: StandIns.placed), the readings and
   * no markers (the Word overview lists every observation per cell); 'listed', the observations the html page lists
   * (a cell's first MAX_LISTED_PER_CELL, any with a party) with their text, the others as stand-ins, the readings,
   * and one marker per time, level and phase (the page reads a session's duration of them, a workspace page the
   * phases worked in); 'counts', each observation as a stand-in that carries only what the Markdown overview counts
   * of it (conditions, phase, parties, needs, ...), one object per set of values, and no readings or markers;
   * 'none', only the summary (the JSON's). 'texts' and 'listed' keep every reading, decision, action and problem:
   * the summary lists those same objects. `lang`: the language the problems are said in, while the window's
   * mentions they name are at hand.
   */
  constructor(private readonly vocabulary: Vocabulary, private readonly keep: ReadingKeep, private readonly lang: Lang) {
    this.summary = new SummaryBuilder(vocabulary, keep !== 'texts' && keep !== 'listed');
  }

  /** One window's lists, in line order after the last. */
  add(out: WalkOutput): void {
    this.summary.add(out);
    if (this.keep === 'none') return;
    const { kept } = this;
    for (const o of out.observations) kept.observations.push(this.observation(o));
    // The Markdown overview reads the course of readings from the summary.
    if (this.keep !== 'counts') for (const r of out.readings) kept.readings.push(r);
    if (this.keep === 'listed') for (const m of out.markers) if (this.isNew(m)) kept.markers.push(m);
    for (const kind of ['decisions', 'actions'] as const) for (const item of out[kind]) (kept[kind] as unknown[]).push(item);
    for (const problem of out.problems) kept.problems.push(this.saidIn(problem, out.tags));
  }

  /** The session the reports read, and its summary, once every window is added; `head`: the file's. */
  result(head: NotesHead): { session: Session; summary: SessionSummary } {
    const session: Session = { ...head.session, ...this.kept, tags: [], headings: [], privateScopes: [] };
    const shared = this.keep === 'texts' || this.keep === 'listed';
    return { session, summary: this.summary.summary(head.session, shared ? this.kept : undefined) };
  }

  /** The problem, its message in the report's language (a tag problem's names its mention: problemText). */
  private saidIn(problem: Problem, tags: readonly TagMention[]): Problem {
    const key = `${problem.code}\0${problem.message}`;
    let message = problem.column === undefined ? undefined : this.said.get(key);
    if (message === undefined) {
      message = problemMessage(problem, this.lang, { vocabulary: this.vocabulary, tags });
      if (problem.column !== undefined) this.said.set(key, message);
    }
    // What the reports read of it: sessionProblems says it again from its code and parts, or keeps this message.
    return { line: problem.line, severity: problem.severity, code: problem.code, message };
  }

  /** Word's every observation placed over its stand-in; the html's listed ones a copy with their text; else the stand-in. */
  private observation(o: Observation): Observation {
    if (this.keep === 'texts') return this.standIns.placed(o);
    const standIn = this.standIns.of(o);
    return this.keep === 'listed' && this.listed(o) ? { ...standIn, startLine: o.startLine, endLine: o.endLine, text: o.text } : standIn;
  }

  /** Whether the html page lists it: among the first of one of its cells, or with a party. */
  private listed(o: Observation): boolean {
    // Every key is counted: whether a later observation is among a cell's first depends on all before it.
    let listed = o.parties.length > 0;
    for (const key of cellKeys(o)) {
      const before = this.inCells.get(key) ?? 0;
      if (before < MAX_LISTED_PER_CELL) listed = true;
      this.inCells.set(key, before + 1);
    }
    return listed;
  }

  private isNew({ time, level, phase }: Marker): boolean {
    const key = JSON.stringify([time, level, phase]);
    if (this.markersKept.has(key)) return false;
    this.markersKept.add(key);
    return true;
  }
}
