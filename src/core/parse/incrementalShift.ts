// The outputs an update keeps from the previous parse, moved by the lines the edit added: new objects,
// since the previous session stays in use by the features. A tag shared by its block and the session's
// list stays shared.
import { TagMention } from './model';
import { WalkOutput } from './parser';

/** A count per kind of output. */
export type Counts = Record<keyof WalkOutput, number>;

/** The outputs from `from` on, their lines moved by `delta`. */
export function shiftOutputs(out: WalkOutput, from: Counts, delta: number): WalkOutput {
  const rest = <K extends keyof WalkOutput>(kind: K): WalkOutput[K] => out[kind].slice(from[kind]) as WalkOutput[K];
  if (delta === 0) {
    return {
      observations: rest('observations'), readings: rest('readings'), markers: rest('markers'), decisions: rest('decisions'),
      actions: rest('actions'), headings: rest('headings'), tags: rest('tags'), problems: rest('problems'),
    };
  }
  const tags = rest('tags');
  const movedTags = tags.map((mention) => ({ ...mention, line: mention.line + delta }));
  // A block's own tags are a run of the session's, and the blocks come in order: each run is found going on.
  const runs = () => {
    let next = 0;
    return (own: TagMention[]): TagMention[] => {
      if (own.length === 0) return own;
      while (tags[next] !== own[0]) next++;
      return movedTags.slice(next, next + own.length);
    };
  };
  const observationTags = runs();
  const headingTags = runs();
  const line = <T extends { line: number }>(item: T): T => ({ ...item, line: item.line + delta });
  return {
    tags: movedTags,
    observations: rest('observations').map((o) => ({ ...o, startLine: o.startLine + delta, endLine: o.endLine + delta, tags: observationTags(o.tags) })),
    headings: rest('headings').map((h) => ({ ...h, line: h.line + delta, endLine: h.endLine + delta, tags: headingTags(h.tags) })),
    readings: rest('readings').map(line),
    markers: rest('markers').map(line),
    decisions: rest('decisions').map(line),
    actions: rest('actions').map(line),
    problems: rest('problems').map(line),
  };
}
