// The outputs an update keeps from the previous parse, moved by the lines the edit added: new objects,
// since the previous session stays in use by the features. A tag shared by its block and the session's
// list stays shared. An Enter moves everything below it, so each kind is copied in one loop of object
// literals of its own shape: spreads and generic copies cost several times as much per object.
import { Action, Decision, Heading, LineRange, Marker, Observation, Problem, Reading, TagMention } from './model';
import { WalkOutput } from './parser';

/** A count per kind of output. */
export type Counts = Record<keyof WalkOutput, number>;

/** The outputs from `from` on, their lines moved by `delta`. */
export function shiftOutputs(out: WalkOutput, from: Counts, delta: number): WalkOutput {
  if (delta === 0) {
    return {
      observations: out.observations.slice(from.observations), readings: out.readings.slice(from.readings),
      markers: out.markers.slice(from.markers), decisions: out.decisions.slice(from.decisions), actions: out.actions.slice(from.actions),
      headings: out.headings.slice(from.headings), tags: out.tags.slice(from.tags), problems: out.problems.slice(from.problems),
      privateScopes: out.privateScopes.slice(from.privateScopes),
    };
  }
  const tags = movedTags(out.tags, from.tags, delta);
  return {
    tags: tags.moved,
    observations: moved(out.observations, from.observations, (o) => ({
      startLine: o.startLine + delta, endLine: o.endLine + delta, text: o.text, conditions: o.conditions, phase: o.phase, level: o.level,
      needs: o.needs, otherTags: o.otherTags, facets: o.facets, tags: tags.runOf(o.tags), parties: o.parties, private: o.private, decision: o.decision,
    }), tags.restart),
    headings: moved(out.headings, from.headings, (h) => ({ line: h.line + delta, endLine: h.endLine + delta, depth: h.depth, text: h.text, tags: tags.runOf(h.tags) }), tags.restart),
    readings: moved(out.readings, from.readings, (r) => ({ line: r.line + delta, level: r.level, text: r.text, time: r.time })),
    markers: moved(out.markers, from.markers, (m) => ({ line: m.line + delta, time: m.time, level: m.level, phase: m.phase })),
    decisions: moved(out.decisions, from.decisions, (d) => ({ line: d.line + delta, text: d.text, private: d.private })),
    actions: moved(out.actions, from.actions, (a) => ({
      line: a.line + delta, done: a.done, owner: a.owner, text: a.text, due: a.due, ownerParty: a.ownerParty, private: a.private,
    })),
    // Few, and of several shapes (optional keys): the spread keeps them exact.
    problems: moved(out.problems, from.problems, (p): Problem => ({ ...p, line: p.line + delta })),
    privateScopes: moved(out.privateScopes, from.privateScopes, (r) => ({ startLine: r.startLine + delta, endLine: r.endLine + delta })),
  };
}

type Shifted = Observation | Heading | Reading | Marker | Decision | Action | Problem | LineRange;

/** `move` of each item from `from` on; `restart` first, for a pass of its own over the tags. */
function moved<T extends Shifted>(items: readonly T[], from: number, move: (item: T) => T, restart?: () => void): T[] {
  restart?.();
  const result = new Array<T>(items.length - from);
  for (let i = from; i < items.length; i++) result[i - from] = move(items[i]);
  return result;
}

/**
 * The tags from `from` on, moved; and for a block's own tags (a run of the session's, the blocks in
 * order) the same run of moved ones, found going on from the last run.
 */
function movedTags(all: readonly TagMention[], from: number, delta: number) {
  const moved = new Array<TagMention>(all.length - from);
  for (let i = from; i < all.length; i++) {
    const m = all[i];
    // Known tags carry dimension and value, the others neither: the same keys as the parser's.
    moved[i - from] = m.dimension === undefined
      ? { line: m.line + delta, column: m.column, length: m.length, raw: m.raw }
      : { line: m.line + delta, column: m.column, length: m.length, raw: m.raw, dimension: m.dimension, value: m.value };
  }
  let next = from;
  return {
    moved,
    restart: () => { next = from; },
    runOf: (own: TagMention[]): TagMention[] => {
      if (own.length === 0) return own;
      while (all[next] !== own[0]) next++;
      return moved.slice(next - from, next - from + own.length);
    },
  };
}
