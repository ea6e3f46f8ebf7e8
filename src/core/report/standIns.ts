// Observations that stand in for others where only what is counted of them is read (conditions, phase, level,
// needs, parties, facets, private, decision): one frozen object per set of values, whatever their number. A copy of
// its own, without text or mentions, so no slice of a notes text keeps the whole text alive.
import { Observation } from '../parse/model';

export class StandIns {
  private readonly made = new Map<string, Observation>();
  /** Per stand-in, the class of the observations placed over it. */
  private readonly placedOver = new Map<Observation, Placing>();

  /**
   * The observation as an object of its own place and text whose prototype is its stand-in: the values read
   * through it, shared. A copy of them all weighed three times as much (BENCHMARKS.md, fourteenth session), and a
   * Word overview keeps every observation. Read its values as fields: a spread, Object.keys, structuredClone or
   * of() sees only the place and text.
   */
  placed(observation: Observation): Observation {
    const standIn = this.of(observation);
    let Placed = this.placedOver.get(standIn);
    if (!Placed) this.placedOver.set(standIn, (Placed = placing(standIn)));
    return new Placed(observation);
  }

  of(observation: Observation): Observation {
    const { startLine: _start, endLine: _end, text: _text, tags: _tags, ...counted } = observation;
    const key = JSON.stringify(counted);
    let standIn = this.made.get(key);
    if (!standIn) this.made.set(key, (standIn = Object.freeze(structuredClone({ ...counted, startLine: 0, endLine: 0, text: '', tags: [] }))));
    return standIn;
  }
}

type Placing = new (observation: Observation) => Observation;

/** The class of observations placed over `standIn`. Its fields are defined, not assigned: the stand-in is frozen. */
function placing(standIn: Observation): Placing {
  class Placed {
    startLine: number;
    endLine: number;
    text: string;

    constructor({ startLine, endLine, text }: Observation) {
      this.startLine = startLine;
      this.endLine = endLine;
      this.text = text;
    }
  }
  Object.setPrototypeOf(Placed.prototype, standIn);
  return Placed as unknown as Placing;
}
