// Each kind of observation once, in the order first met, with its place: the notes index stores summaries' observations
// as places in such a table, and a notes worker sends them to the host so, each kind crossing once.
import { CountedObservation } from './noteSummary';

export class KindTable {
  /** The kinds met so far, each once: kinds[place]. */
  readonly kinds: CountedObservation[] = [];
  private readonly places = new Map<string, number>();
  /** A kind met before as the same object (the index's kinds are shared objects) needs no key made. */
  private readonly known = new WeakMap<CountedObservation, number>();

  /** The kind's place, added at the end when no equal kind was met before. */
  placeOf(kind: CountedObservation): number {
    let place = this.known.get(kind);
    if (place !== undefined) return place;
    const key = JSON.stringify(kind);
    place = this.places.get(key);
    if (place === undefined) this.places.set(key, (place = this.kinds.push(kind) - 1));
    this.known.set(kind, place);
    return place;
  }
}
