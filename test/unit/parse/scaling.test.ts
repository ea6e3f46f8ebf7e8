import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseSession } from '../../../src/core/parse/parser';
import { summarizeSession } from '../../../src/core/report/overview';
import { Shape, SHAPES, shapeOf } from '../helpers/adversarialShapes';
import { cpuMs, medianCpuMs } from '../helpers/cpuTime';

// Time per byte stays bounded: 4x the text may cost at most BOUND x the time (plus SLACK_MS, so a hiccup
// on a text that takes a few ms is no failure). A linear parser measures 1.5 to 4 (fixed costs weigh more
// on the small text), the quadratic one of issue 10 measured 9 to 24 at these sizes.
// CPU time, the median of three runs (helpers/cpuTime.ts).
const SMALL = 80_000;
const BOUND = 8;
const SLACK_MS = 25;

const summarized = (text: string) => () => summarizeSession(parseSession(text, { file: 'shape.md' }));

/** Fails when 4x the text costs more than BOUND x the time, plus SLACK_MS. */
function assertLinear(shape: Shape): void {
  const small = shape.make(SMALL);
  const large = shape.make(4 * SMALL);
  cpuMs(summarized(small));
  const [n, n4] = [medianCpuMs(summarized(small)), medianCpuMs(summarized(large))];
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
