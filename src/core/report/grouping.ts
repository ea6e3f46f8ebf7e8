// Builds the sidebar's tree model from parsed sessions: groups by condition, phase, level or a
// team's own dimension, narrowed by a filter. Pure data, so the tree adapter only maps nodes to TreeItems.
import { Observation, Session } from '../parse/model';
import { customDimensions, dimensionKey, facetOf } from './facets';
import { Vocabulary } from '../vocabulary/vocabulary';
import { bySessionDate } from './sessionOrder';

export type BuiltInGrouping = 'condition' | 'phase' | 'level';
export const BUILT_IN_GROUPINGS: readonly BuiltInGrouping[] = ['condition', 'phase', 'level'];

/**
 * A built-in grouping, or the id of a custom dimension (its values → observation). Custom ids never
 * equal a built-in dimension's id: the vocabulary file rejects that.
 */
export type GroupingMode = BuiltInGrouping | (string & {});
/** 'condition', 'phase', 'level' or a custom dimension's id. */
export type GroupDimension = string;

/**
 * Facets the filter narrows by: 'condition', 'phase', 'level', 'need', 'tag' (free tags), 'private',
 * 'decision', 'party' (participant names) or a custom dimension's id. Within a facet any value matches, across facets all must.
 */
export type FilterFacet = 'condition' | 'phase' | 'level' | 'need' | 'tag' | (string & {});
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

/** A workspace folder's sessions, when the workspace has several folders. */
export interface FolderNode {
  kind: 'folder';
  id: string;
  name: string;
  count: number;
  children: SessionNode[];
}

export type TreeNode = GroupNode | ObservationNode | SessionNode | FolderNode;

const LEVELS_OF: Record<BuiltInGrouping, GroupDimension[]> = {
  condition: ['condition', 'phase'],
  phase: ['phase', 'condition'],
  level: ['level'],
};

function isBuiltIn(mode: GroupingMode): mode is BuiltInGrouping {
  return (BUILT_IN_GROUPINGS as readonly string[]).includes(mode);
}

/**
 * Party → condition → observation, while the vocabulary has the built-in party tags. Not 'party', which
 * names a team's own dimension of that id (as teams kept parties before participants).
 */
export const PARTY_GROUPING = 'parties';

/** The mode itself while the vocabulary has it; a custom dimension that is gone falls back to condition. */
export function resolveGrouping(mode: GroupingMode, vocabulary: Vocabulary): GroupingMode {
  if (isBuiltIn(mode) || customDimensions(vocabulary).some((d) => d.id === mode)) return mode;
  return mode === PARTY_GROUPING && vocabulary.dimensions.some((d) => d.role === 'party') ? mode : 'condition';
}

/** The dimensions a resolved mode groups by, outermost first. */
function levelsOf(mode: GroupingMode): GroupDimension[] {
  if (isBuiltIn(mode)) return LEVELS_OF[mode];
  return mode === PARTY_GROUPING ? ['party', 'condition'] : [mode];
}

/** The grouped observations of one file. */
export function buildFileTree(entry: SessionEntry, mode: GroupingMode, filter: ObservationFilter, vocabulary: Vocabulary): GroupNode[] {
  const observations = entry.session.observations.filter((o) => matchesFilter(o, filter));
  const resolved = resolveGrouping(mode, vocabulary);
  // Parties in the order the session lists them; terms in the vocabulary's.
  const participants = resolved === PARTY_GROUPING ? entry.session.participants.map((p) => p.name) : [];
  const orderOf = (dimension: GroupDimension) => (dimension === 'party' && participants.length ? participants : termOrder(vocabulary, dimension));
  return groupBy(observations, levelsOf(resolved), entry.key, entry.key, orderOf);
}

/** One node per session, newest date first (undated last), each holding its grouped observations. */
export function buildWorkspaceTree(entries: SessionEntry[], mode: GroupingMode, filter: ObservationFilter, vocabulary: Vocabulary): SessionNode[] {
  const filtered = isFilterEmpty(filter) ? undefined : filter;
  const nodes: SessionNode[] = [];
  const newestFirst = bySessionDate('newest');
  for (const entry of [...entries].sort((a, b) => newestFirst(a.session, b.session))) {
    const children = buildFileTree(entry, mode, filter, vocabulary);
    const count = countObservations(children);
    if (filtered && count === 0) continue;
    nodes.push({ kind: 'session', id: entry.key, key: entry.key, session: entry.session, count, children });
  }
  return nodes;
}

/**
 * The session nodes under one node per folder, in the folders' order (a folder without sessions left out);
 * `folderOf` gives a session key's folder id, undefined for notes outside every folder (they stay on top level, last).
 */
export function underFolders(sessions: SessionNode[], folders: { id: string; name: string }[], folderOf: (key: string) => string | undefined): TreeNode[] {
  const nodes: TreeNode[] = folders.map(({ id, name }): FolderNode => {
    const children = sessions.filter((s) => folderOf(s.key) === id);
    return { kind: 'folder', id: `folder:${id}`, name, count: children.reduce((n, s) => n + s.count, 0), children };
  }).filter((f) => f.children.length);
  return [...nodes, ...sessions.filter((s) => folderOf(s.key) === undefined)];
}

function groupBy(observations: Observation[], dimensions: GroupDimension[], parentId: string, key: string, orderOf: (dimension: GroupDimension) => string[]): GroupNode[] {
  const [dimension, ...rest] = dimensions;
  const order = orderOf(dimension);
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
      ? groupBy(members, rest, id, key, orderOf)
      : members.map((observation) => ({ kind: 'observation', id: `${id}|${observation.startLine}`, key, observation }));
    return { kind: 'group', id, dimension, value, count: members.length, children };
  });
}

/** The observation's values in a dimension; [null] puts it in the dimension's "none" group. */
function valuesOf(observation: Observation, dimension: GroupDimension): readonly (string | null)[] {
  const values = facetValues(observation, dimension);
  return values.length > 0 ? values : [null];
}

function termOrder(vocabulary: Vocabulary, dimension: GroupDimension): string[] {
  return vocabulary.dimensions.filter((d) => dimensionKey(d) === dimension).flatMap((d) => d.terms.map((t) => t.id));
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
  return Object.entries(filter).every(([facet, wanted]) =>
    !wanted || wanted.length === 0 || facetValues(observation, facet).some((v) => v !== null && wanted.includes(v)));
}

/** The built-in facets by name; any other facet is a custom dimension's id. */
function facetValues(observation: Observation, facet: FilterFacet): readonly (string | null)[] {
  switch (facet) {
    case 'condition': return observation.conditions;
    case 'phase': return [observation.phase];
    case 'level': return [observation.level];
    case 'need': return observation.needs;
    case 'tag': return observation.otherTags;
    case 'private': return observation.private ? ['private'] : [];
    case 'decision': return observation.decision ? ['decision'] : [];
    // A team's own 'party' dimension (which replaces the built-in one) keeps its facet values.
    case 'party': return observation.parties.length ? observation.parties : facetOf(observation, facet);
    default: return facetOf(observation, facet);
  }
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
