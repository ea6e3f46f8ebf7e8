import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { clockPositions, TimelineReading } from '../../../src/core/render/shared/svg';

/** The positions as first written: for each reading, a search for the timed readings around it (quadratic). */
function reference(readings: readonly TimelineReading[]): number[] | undefined {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const timed = readings.flatMap((r, i) => (r.time ? [{ i, m: minutes(r.time) }] : []));
  if (timed.length < 2 || timed.some((t, k) => k > 0 && t.m < timed[k - 1].m) || timed[0].m === timed.at(-1)!.m) return undefined;
  return readings.map((r, i) => {
    const before = [...timed].reverse().find((t) => t.i <= i) ?? timed[0];
    const after = timed.find((t) => t.i >= i) ?? timed.at(-1)!;
    if (before.i === after.i) return before.m;
    const share = (r.line - readings[before.i].line) / Math.max(readings[after.i].line - readings[before.i].line, 1);
    return before.m + share * (after.m - before.m);
  });
}

const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

describe('the thermometer chart\'s clock positions', () => {
  it('are those of the first implementation, for any readings with and without times', () => {
    const reading = fc.record({ gap: fc.integer({ min: 0, max: 5 }), minute: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: null }) });
    fc.assert(fc.property(fc.array(reading, { maxLength: 40 }), fc.boolean(), (drawn, sorted) => {
      let line = 1;
      const minutes = drawn.map((d) => d.minute).filter((m): m is number => m !== null);
      if (sorted) minutes.sort((a, b) => a - b);
      const readings = drawn.map((d) => ({ line: (line += d.gap), level: 'conflict', time: d.minute === null ? null : time(minutes.shift()!) }));
      assert.deepEqual(clockPositions(readings), reference(readings));
    }), { numRuns: 2000, seed: 22 });
  });

  it('take one pass: 100,000 readings, every tenth timed, in well under a second (the first took minutes)', () => {
    const readings = Array.from({ length: 100_000 }, (_, i) => ({ line: i * 8, level: 'conflict', time: i % 10 ? null : time(Math.floor(i / 100)) }));
    const started = performance.now();
    const positions = clockPositions(readings)!;
    assert.ok(performance.now() - started < 1000, `${performance.now() - started} ms`);
    assert.deepEqual([positions[0], positions[5], positions[99_990], positions[99_999]], [0, 0, 999, 999]);
  });
});
