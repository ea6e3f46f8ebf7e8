// Observations that stand in for others where only what is counted of them is read (conditions, phase, level,
// needs, parties, facets, private, decision): one frozen object per set of values, whatever their number. A copy of
// its own, without text or mentions, so no slice of a notes text keeps the whole text alive.
import { Observation } from '../parse/model';

export class StandIns {
  private readonly made = new Map<string, Observation>();

  of(observation: Observation): Observation {
    const { startLine: _start, endLine: _end, text: _text, tags: _tags, ...counted } = observation;
    const key = JSON.stringify(counted);
    let standIn = this.made.get(key);
    if (!standIn) this.made.set(key, (standIn = Object.freeze(structuredClone({ ...counted, startLine: 0, endLine: 0, text: '', tags: [] }))));
    return standIn;
  }
}
