import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import fc from 'fast-check';
import { parseSession } from '../../../src/core/parse/parser';
import { summarizeSession } from '../../../src/core/report/overview';
import { Shape, SHAPES, shapeOf } from '../helpers/adversarialShapes';

// Time per byte stays bounded: 4x the text may cost at most BOUND x the time (plus SLACK_MS, so a hiccup
// on a text that takes a few ms is no failure). A linear parser measures 1.5 to 4 (fixed costs weigh more
// on the small text), the quadratic one of issue 10 measured 9 to 24 at these sizes.
// CPU time of this process (not wall time), the median of three runs, each after a full garbage
// collection, so other processes on the machine and a big heap from the previous run weigh little.
const SMALL = 80_000;
const BOUND = 8;
const SLACK_MS = 25;

v8.setFlagsFromString('--expose-gc');
/** A full garbage collection; none where the runtime does not allow it (the runs are then noisier). */
const collect = (vm.runInNewContext('typeof gc === "function" ? gc : () => {}') as () => void);

function cpuMs(text: string): number {
  collect();
  const start = process.cpuUsage();
  summarizeSession(parseSession(text, { file: 'shape.md' }));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Fails when 4x the text costs more than BOUND x the time, plus SLACK_MS. */
function assertLinear(shape: Shape): void {
  const small = shape.make(SMALL);
  const large = shape.make(4 * SMALL);
  cpuMs(small);
  const median = (text: string) => [cpuMs(text), cpuMs(text), cpuMs(text)].sort((a, b) => a - b)[1];
  const [n, n4] = [median(small), median(large)];
  assert.ok(n4 <= BOUND * n + SLACK_MS, `4x the text took ${(n4 / n).toFixed(1)}x the time (${n.toFixed(0)} ms, then ${n4.toFixed(0)} ms)`);
}

const parts = fc.record({
  prefix: fc.constantFrom('', '`x` ', '|a|\n|-|\n', '> ', '- '),
  before: fc.constantFrom('', '|', '(', ' `c` '),
  name: fc.stringMatching(/^[a-zé]{1,6}$/),
  decomposed: fc.boolean(),
  distinct: fc.boolean(),
  separator: fc.constantFrom(' ', '\n\n', '|\n', ' `y` ', '\n', ', '),
});

describe('parser: linear time on adversarial shapes', function () {
  this.timeout(120000);

  for (const shape of SHAPES) {
    it(`4x the text costs at most ${BOUND}x the time: ${shape.name}`, () => assertLinear(shape));
  }

  it(`4x the text costs at most ${BOUND}x the time on generated shapes`, () => {
    fc.assert(fc.property(parts, (p) => assertLinear(shapeOf(p))), { seed: 10, numRuns: 6 });
  });
});
