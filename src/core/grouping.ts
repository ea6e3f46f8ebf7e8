// Builds the sidebar's tree model from parsed sessions: groups by condition, phase or level,
// narrowed by a filter. Pure data, so the tree adapter only maps nodes to TreeItems.
import { Observation, Session } from './model';
import { DimensionRole, Vocabulary } from './vocabulary';

export type GroupingMode = 'condition' | 'phase' | 'level';
export type GroupDimension = 'condition' | 'phase' | 'level';

/** Facets the filter narrows by; within a facet any value matches, across facets all must. */
export type FilterFacet = 'condition' | 'phase' | 'level' | 'need' | 'tag';
export type ObservationFilter = Partial<Record<FilterFacet, string[]>>;

/** A session with the key (a uri) that identifies its file to the adapter. */
export interface SessionEntry {
  key: string;
  session: Session;
}

export interface GroupNode {
  kind: 'group';
  id: string;
  dimension: GroupDimension;
  /** Term id, or null for the "untagged" group. */
  value: string | null;
  count: number;
  children: TreeNode[];
}

export interface ObservationNode {
  kind: 'observation';
  id: string;
  key: string;
  observation: Observation;
}

export interface SessionNode {
  kind: 'session';
  id: string;
  key: string;
  session: Session;
  count: number;
  children: TreeNode[];
}

export type TreeNode = GroupNode | ObservationNode | SessionNode;

const LEVELS_OF: Record<GroupingMode, GroupDimension[]> = {
  condition: ['condition', 'phase'],
  phase: ['phase', 'condition'],
  level: ['level'],
};

/** The grouped observations of one file. */
export function buildFileTree(entry: SessionEntry, mode: GroupingMode, filter: ObservationFilter, vocabulary: Vocabulary): GroupNode[] {
  const observations = entry.session.observations.filter((o) => matchesFilter(o, filter));
  return groupBy(observations, LEVELS_OF[mode], entry.key, entry.key, vocabulary);
}

/** One node per session, newest date first (undated last), each holding its grouped observations. */
export function buildWorkspaceTree(entries: SessionEntry[], mode: GroupingMode, filter: ObservationFilter, vocabulary: Vocabulary): SessionNode[] {
  const filtered = isFilterEmpty(filter) ? undefined : filter;
  const nodes: SessionNode[] = [];
  for (const entry of [...entries].sort(bySessionDate)) {
    const children = buildFileTree(entry, mode, filter, vocabulary);
    const count = countObservations(children);
    if (filtered && count === 0) continue;
    nodes.push({ kind: 'session', id: entry.key, key: entry.key, session: entry.session, count, children });
  }
  return nodes;
}

function bySessionDate(a: SessionEntry, b: SessionEntry): number {
  const da = a.session.date ?? '';
  const db = b.session.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.session.file.localeCompare(b.session.file);
}

function groupBy(observations: Observation[], dimensions: GroupDimension[], parentId: string, key: string, vocabulary: Vocabulary): GroupNode[] {
  const [dimension, ...rest] = dimensions;
  const order = termOrder(vocabulary, dimension);
  const buckets = new Map<string | null, Observation[]>();
  for (const observation of observations) {
    for (const value of valuesOf(observation, dimension)) {
      const bucket = buckets.get(value) ?? [];
      bucket.push(observation);
      buckets.set(value, bucket);
    }
  }
  return [...buckets.keys()].sort((a, b) => rank(order, a) - rank(order, b)).map((value) => {
    const members = buckets.get(value) ?? [];
    const id = `${parentId}|${dimension}:${value ?? '-'}`;
    const children: TreeNode[] = rest.length > 0
      ? groupBy(members, rest, id, key, vocabulary)
      : members.map((observation) => ({ kind: 'observation', id: `${id}|${observation.startLine}`, key, observation }));
    return { kind: 'group', id, dimension, value, count: members.length, children };
  });
}

function valuesOf(observation: Observation, dimension: GroupDimension): (string | null)[] {
  if (dimension === 'condition') return observation.conditions.length > 0 ? observation.conditions : [null];
  return [observation[dimension]];
}

function termOrder(vocabulary: Vocabulary, role: DimensionRole): string[] {
  return vocabulary.dimensions.filter((d) => d.role === role).flatMap((d) => d.terms.map((t) => t.id));
}

/** Known terms in vocabulary order, then unknown ids, then the untagged group last. */
function rank(order: string[], value: string | null): number {
  if (value === null) return order.length + 1;
  const i = order.indexOf(value);
  return i < 0 ? order.length : i;
}

/** Distinct observations under a set of nodes (one observation may sit in several condition groups). */
export function countObservations(nodes: TreeNode[]): number {
  const seen = new Set<string>();
  const visit = (node: TreeNode): void => {
    if (node.kind === 'observation') seen.add(`${node.key}#${node.observation.startLine}`);
    else node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return seen.size;
}

export function matchesFilter(observation: Observation, filter: ObservationFilter): boolean {
  const facets: Record<FilterFacet, (string | null)[]> = {
    condition: observation.conditions,
    phase: [observation.phase],
    level: [observation.level],
    need: observation.needs,
    tag: observation.otherTags,
  };
  return (Object.keys(facets) as FilterFacet[]).every((facet) => {
    const wanted = filter[facet];
    return !wanted || wanted.length === 0 || facets[facet].some((v) => v !== null && wanted.includes(v));
  });
}

export function isFilterEmpty(filter: ObservationFilter): boolean {
  return Object.values(filter).every((values) => !values || values.length === 0);
}

/** The observation whose lines hold `line`, if any. */
export function observationAt(session: Session, line: number): Observation | undefined {
  return session.observations.find((o) => o.startLine <= line && line <= o.endLine);
}

/** First line of an observation's text, cut at a word boundary to about `max` characters. */
export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
