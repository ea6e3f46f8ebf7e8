// The partners' outputs take time linear in the notes, however many private scopes they hold: 4x the notes may
// cost at most 8x the time (as the parser's scaling test), for md, html, json and csv. The partners' view once checked
// every tag, reading, marker and heading against every private range (html 12 s at 5 MB, 46 s at 10 MB); such a
// check measures 8 to 12 here, the sorted ranges with a binary search 2.5 to 3.5.
import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { partnerView } from '../../../src/core/report/audience';
import { cpuMs, medianCpuMs } from '../helpers/cpuTime';
import { textOutputs } from '../helpers/partnerOutputs';

const SMALL = 200_000;
const BOUND = 8;
const SLACK_MS = 25;

/** Notes of about `bytes`, every block of each kind of private scope with tags, readings and markers in and around it. */
function privateHeavy(bytes: number): string {
  const blocks: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const block = i % 8 === 0
      ? `## Kop ${i} #verkennen\n\n> #privé\n>\n> citaat ${i} #proces\n\n14:0${i % 10} #waakzaam\n\n### Apart ${i} #prive\n\nweg #belangen\n\n`
      : `Gedeeld ${i} #relatie\n\n- p #private\n  - #g${i}\n\nmoe\n#m${i} #privé\n\n`;
    blocks.push(block);
    size += block.length;
  }
  return blocks.join('');
}

describe('partner outputs: linear time, however many private scopes', function () {
  this.timeout(120_000);
  let small: string;
  let large: string;
  before(() => ([small, large] = [privateHeavy(SMALL), privateHeavy(4 * SMALL)]));

  for (const format of ['md', 'html', 'json', 'csv'] as const) {
    it(`${format}: 4x the notes cost at most ${BOUND}x the time`, () => {
      const output = (text: string) => () => textOutputs({ file: 'heavy.md', text }, 'nl', format);
      cpuMs(output(small));
      const measure = () => [medianCpuMs(output(small)), medianCpuMs(output(large))];
      // A loaded machine once gave the small notes 2 ms of CPU time where they take about 100: one more look before failing.
      let [n, n4] = measure();
      if (n4 > BOUND * n + SLACK_MS) [n, n4] = measure();
      assert.ok(n4 <= BOUND * n + SLACK_MS, `4x the notes took ${(n4 / n).toFixed(1)}x the time (${n.toFixed(0)} ms, then ${n4.toFixed(0)} ms)`);
    });
  }

  it('the notes are what the test means: many private scopes, all of them gone for the partners', () => {
    const session = parseSession(large, { file: 'heavy.md' });
    assert.ok(session.privateScopes.length > 4 * 1000, `${session.privateScopes.length} scopes`);
    const view = partnerView(session);
    assert.deepEqual([view.observations.length, view.readings.length, view.tags.filter((t) => t.dimension === 'private').length],
      [session.observations.filter((o) => !o.private).length, session.readings.length, 0]);
  });
});
