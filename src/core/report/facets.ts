// A team's own dimensions (role 'custom') on observations: the parser puts their values in
// Observation.facets; the tree, the filter and the overview read them through here.
import { Observation, Session } from '../parse/model';
import { Dimension, Vocabulary } from '../vocabulary/vocabulary';

/** The team's own dimensions, in vocabulary order. */
export function customDimensions(vocabulary: Vocabulary): Dimension[] {
  return vocabulary.dimensions.filter((d) => d.role === 'custom');
}

/**
 * How the tree's groupings and the filter's facets name a dimension: built-in ones by role (a team may
 * not rename their ids), a team's own by its id.
 */
export function dimensionKey(dimension: Dimension): string {
  return dimension.role === 'custom' ? dimension.id : dimension.role;
}

/** An observation's values in a custom dimension (own keys only: an id like 'constructor' is no inherited property). */
export function facetOf(observation: Observation, dimensionId: string): readonly string[] {
  return Object.hasOwn(observation.facets, dimensionId) ? observation.facets[dimensionId] : [];
}

export interface FacetCount {
  /** A term id of the dimension, or null for observations without a value in it. */
  value: string | null;
  observations: number;
}

export interface DimensionCounts {
  dimension: Dimension;
  /** Every value of the dimension in vocabulary order (zeros included), then null; of a signal dimension only those seen. */
  counts: FacetCount[];
}

/**
 * Observations per value of each custom dimension, over the given sessions. An observation with two
 * values counts under both (as in the tree and the condition rows of the matrix); one without counts under null.
 */
export function facetCounts(sessions: readonly Session[], vocabulary: Vocabulary): DimensionCounts[] {
  return customDimensions(vocabulary).map((dimension) => {
    const counts = new Map<string, number>(dimension.terms.map((t) => [t.id, 0]));
    let none = 0;
    for (const session of sessions) {
      for (const observation of session.observations) {
        const values = facetOf(observation, dimension.id);
        if (values.length === 0) none++;
        for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    const known = [...counts].map(([value, observations]): FacetCount => ({ value, observations }));
    // A signal is worth a line only where it was seen: no zero rows, no row for the observations without one.
    if (dimension.judgement) return { dimension, counts: known.filter((c) => c.observations > 0) };
    return { dimension, counts: [...known, { value: null, observations: none }] };
  });
}

/** `more` added to `total` (both from facetCounts, same vocabulary): the counts over their sessions together. */
export function addFacetCounts(total: readonly DimensionCounts[], more: readonly DimensionCounts[]): DimensionCounts[] {
  const sums = new Map<string, { dimension: Dimension; counts: Map<string | null, number> }>(
    total.map(({ dimension, counts }) => [dimension.id, { dimension, counts: new Map(counts.map((c) => [c.value, c.observations])) }]));
  for (const { dimension, counts } of more) {
    const sum = sums.get(dimension.id) ?? { dimension, counts: new Map<string | null, number>() };
    for (const { value, observations } of counts) sum.counts.set(value, (sum.counts.get(value) ?? 0) + observations);
    sums.set(dimension.id, sum);
  }
  return [...sums.values()].map(({ dimension, counts }) => ({ dimension, counts: inOrder(dimension, counts) }));
}

/** The counted values in vocabulary order, then null (observations without a value) when counted. */
function inOrder(dimension: Dimension, counts: ReadonlyMap<string | null, number>): FacetCount[] {
  const known = dimension.terms.filter((t) => counts.has(t.id)).map((t): FacetCount => ({ value: t.id, observations: counts.get(t.id)! }));
  const other = [...counts].filter(([value]) => value !== null && !dimension.terms.some((t) => t.id === value))
    .map(([value, observations]): FacetCount => ({ value, observations }));
  return [...known, ...other, ...(counts.has(null) ? [{ value: null, observations: counts.get(null)! }] : [])];
}
