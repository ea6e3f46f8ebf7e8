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
  const moved = new Map<TagMention, TagMention>();
  const tag = (mention: TagMention): TagMention => {
    let copy = moved.get(mention);
    if (!copy) moved.set(mention, (copy = { ...mention, line: mention.line + delta }));
    return copy;
  };
  const line = <T extends { line: number }>(item: T): T => ({ ...item, line: item.line + delta });
  return {
    tags: rest('tags').map(tag),
    observations: rest('observations').map((o) => ({ ...o, startLine: o.startLine + delta, endLine: o.endLine + delta, tags: o.tags.map(tag) })),
    headings: rest('headings').map((h) => ({ ...h, line: h.line + delta, endLine: h.endLine + delta, tags: h.tags.map(tag) })),
    readings: rest('readings').map(line),
    markers: rest('markers').map(line),
    decisions: rest('decisions').map(line),
    actions: rest('actions').map(line),
    problems: rest('problems').map(line),
  };
}
