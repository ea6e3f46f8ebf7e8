// A file read in windows for the facilitator's overview (md, html, Word): its summary made a window at a time, and
// the session as those reports read it. Its observations without their tag mentions, its readings, markers,
// decisions, actions and problems, and only the mentions a problem's message names: not the blocks, headings or the
// other mentions, which are most of what dense notes parse to (ten times their text).
import { Session } from '../parse/model';
import { StandIns } from './standIns';
import { NotesHead } from '../parse/windows';
import { WalkOutput } from '../parse/parser';
import { Vocabulary } from '../vocabulary/vocabulary';
import { SessionSummary, SummaryBuilder } from './overview';

type Kept = Pick<Session, 'observations' | 'readings' | 'markers' | 'decisions' | 'actions' | 'problems' | 'tags'>;

/** The shared empty list of an observation's mentions, once read. */
const NO_MENTIONS = Object.freeze([]) as unknown as Session['tags'];

/** How much of a session a FacilitatorReading keeps (see its constructor). */
export type ReadingKeep = 'texts' | 'counts' | 'none';

export class FacilitatorReading {
  private readonly summary: SummaryBuilder;
  private readonly kept: Kept = { observations: [], readings: [], markers: [], decisions: [], actions: [], problems: [], tags: [] };

  private readonly standIns = new StandIns();

  /**
   * `keep`: 'texts', the session's lists as they are (the html and Word overviews list each observation); 'counts',
   * each observation as a stand-in that carries only what the Markdown overview counts of it (conditions, phase,
   * parties, needs, ...), one object per set of values, and no readings or markers; 'none', only the summary (the JSON's).
   */
  constructor(vocabulary: Vocabulary, private readonly keep: ReadingKeep = 'texts') {
    this.summary = new SummaryBuilder(vocabulary);
  }

  /** One window's lists, in line order after the last. */
  add(out: WalkOutput): void {
    this.summary.add(out);
    if (this.keep === 'none') return;
    const { kept } = this;
    for (const o of out.observations) kept.observations.push(this.keep === 'counts' ? this.standIns.of(o) : o.tags.length ? { ...o, tags: NO_MENTIONS } : o);
    // The Markdown overview reads the course of readings from the summary, and no markers.
    const kinds = this.keep === 'counts' ? (['decisions', 'actions', 'problems'] as const) : (['readings', 'markers', 'decisions', 'actions', 'problems'] as const);
    for (const kind of kinds) for (const item of out[kind]) (kept[kind] as unknown[]).push(item);
    // A tag problem's message names its mention (problemText finds it by line and column).
    const named = new Set(out.problems.filter((p) => p.column !== undefined).map((p) => p.line));
    for (const tag of out.tags) if (named.has(tag.line)) kept.tags.push(tag);
  }

  /** The session the reports read, and its summary, once every window is added; `head`: the file's. */
  result(head: NotesHead): { session: Session; summary: SessionSummary } {
    const session: Session = { ...head.session, ...this.kept, headings: [], privateScopes: [] };
    return { session, summary: this.summary.summary(head.session) };
  }
}
