// A file read in windows for the facilitator's overview (md, html, Word): its summary made a window at a time, and
// the session as those reports read it. Its observations without their tag mentions, its readings, decisions,
// actions and problems, and only the mentions a problem's message names: not the blocks, headings or the other
// mentions, which are most of what dense notes parse to (ten times their text).
import { Marker, Observation, Session } from '../parse/model';
import { StandIns } from './standIns';
import { NotesHead } from '../parse/windows';
import { WalkOutput } from '../parse/parser';
import { Vocabulary } from '../vocabulary/vocabulary';
import { SessionSummary, SummaryBuilder } from './overview';
import { cellKeys, MAX_LISTED_PER_CELL } from './cells';

type Kept = Pick<Session, 'observations' | 'readings' | 'markers' | 'decisions' | 'actions' | 'problems' | 'tags'>;

/** How much of a session a FacilitatorReading keeps (see its constructor). */
export type ReadingKeep = 'texts' | 'listed' | 'counts' | 'none';

export class FacilitatorReading {
  private readonly summary: SummaryBuilder;
  private readonly kept: Kept = { observations: [], readings: [], markers: [], decisions: [], actions: [], problems: [], tags: [] };

  private readonly standIns = new StandIns();
  /** 'listed': how many observations each condition × phase cell has so far. */
  private readonly inCells = new Map<string, number>();
  /** 'listed': the time, level and phase of each marker kept. */
  private readonly markersKept = new Set<string>();

  /**
   * `keep`: 'texts', every observation with its text, the readings and no markers (the Word overview lists every
   * observation per cell); 'listed', the observations the html page lists (a cell's first MAX_LISTED_PER_CELL, any
   * with a party) with their text, the others as stand-ins, the readings, and one marker per time, level and phase
   * (the page reads a session's duration of them, a workspace page the phases worked in); 'counts', each observation as a stand-in that carries only what the
   * Markdown overview counts of it (conditions, phase, parties, needs, ...), one object per set of values, and no
   * readings or markers; 'none', only the summary (the JSON's).
   */
  constructor(vocabulary: Vocabulary, private readonly keep: ReadingKeep = 'texts') {
    this.summary = new SummaryBuilder(vocabulary);
  }

  /** One window's lists, in line order after the last. */
  add(out: WalkOutput): void {
    this.summary.add(out);
    if (this.keep === 'none') return;
    const { kept } = this;
    for (const o of out.observations) {
      const standIn = this.standIns.of(o);
      // With its text: the stand-in's values (their lists shared, one per set of values) and its own place and text.
      kept.observations.push(this.withText(o) ? { ...standIn, startLine: o.startLine, endLine: o.endLine, text: o.text } : standIn);
    }
    // The Markdown overview reads the course of readings from the summary.
    if (this.keep !== 'counts') for (const r of out.readings) kept.readings.push(r);
    if (this.keep === 'listed') for (const m of out.markers) if (this.isNew(m)) kept.markers.push(m);
    for (const kind of ['decisions', 'actions', 'problems'] as const) for (const item of out[kind]) (kept[kind] as unknown[]).push(item);
    // A tag problem's message names its mention (problemText finds it by line and column).
    const named = new Set(out.problems.filter((p) => p.column !== undefined).map((p) => p.line));
    for (const tag of out.tags) if (named.has(tag.line)) kept.tags.push(tag);
  }

  /** The session the reports read, and its summary, once every window is added; `head`: the file's. */
  result(head: NotesHead): { session: Session; summary: SessionSummary } {
    const session: Session = { ...head.session, ...this.kept, headings: [], privateScopes: [] };
    return { session, summary: this.summary.summary(head.session) };
  }

  private withText(o: Observation): boolean {
    if (this.keep !== 'listed') return this.keep === 'texts';
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
