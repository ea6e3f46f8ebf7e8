// The sessions of the HTML workspace page, held as they are read so a large folder costs little memory.
// The page lists observations per cell in date order, known only once all are read: each cell keeps the
// observations that can still be among its first MAX_LISTED_PER_CELL. Any other observation is only counted
// (cells, coverage, collaborations, facets), so it is a shared stand-in with the same tags and flags.
import { Observation, Session } from '../../parse/model';
import { OverviewReport, reportOf, SessionSummary } from '../../report/overview';
import { bySessionDate } from '../../report/sessionOrder';
import { StandIns } from '../../report/standIns';
import { Vocabulary } from '../../vocabulary/vocabulary';
import { cellKeys, MAX_LISTED_PER_CELL } from '../../report/cells';

interface Listed { session: number; index: number; observation: Observation }

const oldestFirst = bySessionDate('oldest');

export class WorkspacePageCells {
  /** In reading order: one session whole (it gets its own page), several as the workspace page reads them. */
  readonly sessions: Session[] = [];
  /** summaries[i] summarises sessions[i], held the same way. */
  private readonly summaries: SessionSummary[] = [];
  private readonly cells = new Map<string, Listed[]>();
  /** In how many cells' lists an observation is; at 0 it can never be listed. */
  private readonly listedIn = new Map<Observation, number>();
  /** One frozen stand-in per distinct set of tags and flags, shared by every observation that has them. */
  private readonly standIns = new StandIns();

  add(session: Session, summary: SessionSummary): void {
    if (this.sessions.length === 1) this.hold(0, this.sessions[0], this.summaries[0]);
    this.sessions.push(session);
    this.summaries.push(summary);
    if (this.sessions.length > 1) this.hold(this.sessions.length - 1, session, summary);
  }

  /** The report of the sessions held, as the page takes it. */
  report(vocabulary: Vocabulary): OverviewReport {
    return reportOf(this.summaries, vocabulary);
  }

  private hold(at: number, whole: Session, summary: SessionSummary): void {
    const session = forWorkspacePage(whole);
    this.sessions[at] = session;
    // The page lists actions, decisions and problems from the sessions; only its counts come from summaries.
    this.summaries[at] = structuredClone({ ...summary, decisions: [], actions: { ...summary.actions, items: [] }, problems: [] });
    whole.observations.forEach((observation, index) => {
      const listed: Listed = { session: at, index, observation };
      const cells = cellKeys(observation).filter((key) => this.mayList(key, listed));
      if (cells.length === 0) {
        session.observations.push(this.standIns.of(observation));
        return;
      }
      // A copy of its own, so it holds on to no file text, and without its tags, which the page does not read.
      listed.observation = structuredClone({ ...observation, tags: [] });
      session.observations.push(listed.observation);
      for (const key of cells) this.list(key, listed);
    });
  }

  /** Whether the observation would be among the first MAX_LISTED_PER_CELL of the cell now (and so maybe at the end). */
  private mayList(key: string, listed: Listed): boolean {
    const list = this.cells.get(key);
    return !list || list.length < MAX_LISTED_PER_CELL || this.before(listed, list[list.length - 1]);
  }

  /** Into the cell's list, kept in the page's order; the one pushed off its end becomes a stand-in unless another cell lists it. */
  private list(key: string, listed: Listed): void {
    let list = this.cells.get(key);
    if (!list) this.cells.set(key, (list = []));
    let low = 0;
    for (let high = list.length; low < high;) {
      const middle = (low + high) >> 1;
      if (this.before(list[middle], listed)) low = middle + 1;
      else high = middle;
    }
    list.splice(low, 0, listed);
    this.listedIn.set(listed.observation, (this.listedIn.get(listed.observation) ?? 0) + 1);
    if (list.length > MAX_LISTED_PER_CELL) this.unlist(list.pop()!);
  }

  private unlist({ session, index, observation }: Listed): void {
    const left = this.listedIn.get(observation)! - 1;
    if (left > 0) {
      this.listedIn.set(observation, left);
    } else {
      this.listedIn.delete(observation);
      this.sessions[session].observations[index] = this.standIns.of(observation);
    }
  }

  /** The page's order: sessions oldest first (ties in reading order), then the session's own order. */
  private before(a: Listed, b: Listed): boolean {
    return (oldestFirst(this.sessions[a.session], this.sessions[b.session]) || a.session - b.session || a.index - b.index) < 0;
  }
}

/**
 * What the workspace page reads of a session, observations aside: without what only its own page shows (tags,
 * headings, front matter, problems), as a copy of its own: V8 keeps a file's whole text alive for any string sliced from it.
 */
function forWorkspacePage(session: Session): Session {
  return structuredClone({ ...session, frontMatter: {}, tags: [], headings: [], problems: [], observations: [] });
}
