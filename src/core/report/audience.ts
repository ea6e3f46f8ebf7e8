// Who a report is for. The facilitator sees everything; the partners never see what the notes mark
// private: not its text, not its counts. Every partner output takes the partners' session from here.
import { Heading, LineRange, Observation, Reading, Session } from '../parse/model';
import { sessionTitle } from '../parse/parser';
import { inRanges, merged } from '../parse/windows';
import { problemMessage } from '../parse/problemText';
import { BUILTIN_VOCABULARY, Lang, Vocabulary } from '../vocabulary/vocabulary';

export type Audience = 'facilitator' | 'partners';

export const AUDIENCES: readonly Audience[] = ['facilitator', 'partners'];

/**
 * The session as the partners may see it, by one rule: everything in a private scope is gone. Its observations,
 * actions, decisions, tags, readings, markers and headings; the title comes from no private heading (nor from
 * the front matter of a private session); later observations take their level from the readings left; no problems.
 */
export function partnerView(session: Session): Session {
  const hidden = hiddenLines(session);
  const shown = shownLists(session, (line) => hidden.has(line), session.startLevel);
  return { ...session, title: partnerTitle(session, shown.headings, hidden), ...shown, problems: [] };
}

/** The lists a Session holds beside its scalars: those partnerView filters. */
export type SessionLists = Pick<Session, 'observations' | 'actions' | 'decisions' | 'readings' | 'markers' | 'headings' | 'tags'>;

/**
 * The lists (of a whole session, or of a window of one) without what is in a private scope: partnerView's rule. An
 * observation takes its level from the readings left: `level` is the one in force before the lists' first line, for
 * the partners (`window`: it may differ from the facilitator's there, so every level is worked out again).
 */
export function shownLists(lists: SessionLists, hidden: (line: number) => boolean, level: string | null, window = false): SessionLists {
  const shown = (line: number) => !hidden(line);
  const readings = lists.readings.filter((r) => shown(r.line));
  const observations = lists.observations.filter((o) => !o.private && shown(o.startLine));
  return {
    observations: readings.length === lists.readings.length && !window ? observations : withLevels(observations, readings, level),
    actions: lists.actions.filter((a) => !a.private && shown(a.line)),
    decisions: lists.decisions.filter((d) => !d.private && shown(d.line)),
    readings,
    markers: lists.markers.filter((m) => shown(m.line)),
    headings: lists.headings.filter((h) => shown(h.line)),
    tags: lists.tags.filter((t) => shown(t.line)),
  };
}

/**
 * The partners' session without the facilitator's readings of the room: an observation that carries a thermometer
 * level or a signal itself is left out (the report's rule), unless the facilitator includes readings.
 */
export function withoutJudgements(session: Session, vocabulary: Vocabulary): Session {
  const judging = new Set(vocabulary.dimensions.filter((d) => d.role === 'level' || d.judgement).map((d) => d.id));
  return { ...session, observations: session.observations.filter((o) => !o.tags.some((t) => t.dimension !== undefined && judging.has(t.dimension))) };
}

/** The title, unless a private heading or the front matter of a private session gave it: then as if they were not there. */
function partnerTitle(session: Session, shownHeadings: Heading[], hidden: LineSet): string {
  if (session.private) return sessionTitle({}, [], session.file);
  const fromHeading = typeof session.frontMatter.title !== 'string';
  const headingHidden = shownHeadings.length < session.headings.length && session.headings.some((h) => h.depth === 1 && hidden.has(h.line));
  return fromHeading && headingHidden ? sessionTitle(session.frontMatter, shownHeadings, session.file) : session.title;
}

/** Whether a line is in a private scope, by partnerView's rule: for the outputs that read the notes' blocks themselves. */
export function partnerHides(session: Session): (line: number) => boolean {
  const hidden = hiddenLines(session);
  return (line) => hidden.has(line);
}

/**
 * The 1-based line ranges, merged, in a private scope: what a shared screen covers. The scopes themselves, not
 * the items partnerView leaves out, so untagged text in a private scope is covered too.
 */
export function privateRanges(session: Session): [number, number][] {
  return hiddenLines(session).ranges();
}

/** Each session in the audience's view; the facilitator's are the sessions themselves. */
export function forAudience(sessions: readonly Session[], audience: Audience = 'facilitator'): Session[] {
  return audience === 'partners' ? sessions.map(partnerView) : [...sessions];
}

const REFUSALS: Record<Lang, { private(file: string): string; unclear(where: string, problem: string): string }> = {
  en: {
    private: (file) => `${file}: the front matter makes these notes private, so there is no report of them for the partners`,
    unclear: (where, problem) => `${where}: ${problem}; the partners' report waits until this is fixed`,
  },
  nl: {
    private: (file) => `${file}: de front matter maakt deze notities privé, dus er komt geen verslag van voor de partners`,
    unclear: (where, problem) => `${where}: ${problem}; het verslag voor de partners wacht tot dit is opgelost`,
  },
};

/**
 * Why the session may not go to the partners at all, each said in `lang`: the front matter makes it private, or a
 * form of private stands in it that the notes language does not honour (its problem). Empty when it may.
 */
export function partnerRefusals(session: Session, lang: Lang): string[] {
  if (session.private) return [REFUSALS[lang].private(session.file)];
  const context = { vocabulary: BUILTIN_VOCABULARY, tags: session.tags };
  return session.problems.filter((p) => p.code === 'unclear-private')
    .map((p) => REFUSALS[lang].unclear(`${session.file}:${p.line}`, problemMessage(p, lang, context)));
}

/** The lines in a private scope: a private session's every line, else its private blocks' and private headings' sections. */
function hiddenLines(session: Session): LineSet {
  if (session.private) return new LineSet([{ startLine: 1, endLine: Math.max(1, session.lineCount) }]);
  const sections = session.headings.filter(isPrivate).map((h) => ({ startLine: h.line, endLine: h.endLine }));
  return new LineSet(sections.length ? [...session.privateScopes, ...sections] : session.privateScopes);
}

function isPrivate(heading: Heading): boolean {
  return heading.tags.some((t) => t.dimension === 'private');
}

/** Line ranges, sorted and merged once, so each look-up is a binary search: linear in the notes' size overall. */
class LineSet {
  private readonly merged: LineRange[];

  constructor(ranges: readonly LineRange[]) {
    this.merged = merged(ranges);
  }

  ranges(): [number, number][] {
    return this.merged.map((r) => [r.startLine, r.endLine]);
  }

  has(line: number): boolean {
    return inRanges(this.merged, line);
  }
}

/** The observations with the level in force at their first line by the given readings (both in line order). */
function withLevels(observations: Observation[], readings: Reading[], startLevel: string | null): Observation[] {
  let next = 0;
  let level = startLevel;
  return observations.map((o) => {
    while (next < readings.length && readings[next].line <= o.startLine) level = readings[next++].level;
    return o.level === level ? o : { ...o, level };
  });
}
