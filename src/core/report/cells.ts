// The condition × phase cells the overview page lists observations in: the page and a file read for it in windows
// (FacilitatorReading) agree on which observations a cell lists.
import { Observation } from '../parse/model';

/** Beyond this, a cell's list says how many more there are: keeps a workspace page light. */
export const MAX_LISTED_PER_CELL = 200;

/** The condition × phase cells an observation is listed in, as keys of cellKey. */
export function cellKeys(observation: Observation): string[] {
  return (observation.conditions.length ? observation.conditions : ['none']).map((c) => cellKey(c, observation.phase ?? 'none'));
}

export function cellKey(condition: string, phase: string): string {
  return `${condition}\u0000${phase}`;
}
