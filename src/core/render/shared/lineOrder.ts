// Rows of several lists of a session (observations, decisions, actions) in the order of their lines, made one at a
// time: a large session's rows are never all held, as a sort of their concatenation would hold them.

/** A list in line order, and the row each of its items makes. */
export interface LineSource<R> {
  readonly count: number;
  line(i: number): number;
  row(i: number): R;
}

/** A source of `items`, sorted by line first when they are not (a stable sort, as the items came). */
export function lineSource<T, R>(items: readonly T[], line: (item: T) => number, row: (item: T) => R): LineSource<R> {
  const inOrder = items.every((item, i) => i === 0 || line(items[i - 1]) <= line(item));
  const sorted = inOrder ? items : [...items].sort((a, b) => line(a) - line(b));
  return { count: sorted.length, line: (i) => line(sorted[i]), row: (i) => row(sorted[i]) };
}

/** The sources' rows merged by line; on the same line, earlier sources first: a stable sort of their concatenation. */
export function* inLineOrder<R>(sources: readonly LineSource<R>[]): Generator<R> {
  const next = sources.map(() => 0);
  for (;;) {
    let best = -1;
    for (let s = 0; s < sources.length; s++) {
      if (next[s] < sources[s].count && (best < 0 || sources[s].line(next[s]) < sources[best].line(next[best]))) best = s;
    }
    if (best < 0) return;
    yield sources[best].row(next[best]++);
  }
}
