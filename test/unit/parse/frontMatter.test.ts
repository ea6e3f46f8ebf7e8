import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { simpleFields, yamlFields } from '../../../src/core/parse/frontMatterReader';

describe('front matter: the fast reader agrees with the yaml library', () => {
  it('reads the usual session front matter itself, with the same result as yaml', () => {
    const lines = ['title: Regiotafel zorgnetwerk — start', 'date: 2026-03-02', 'facilitator: Esther', 'participants: [Gemeente, Zorgaanbieder, Corporatie]', 'phase: verkennen          # default phase', '', '# a comment', 'thermometer: vriendschappelijk'];
    const fast = simpleFields(lines);
    assert.deepEqual(fast, [
      { key: 'title', value: 'Regiotafel zorgnetwerk — start', line: 2 },
      { key: 'date', value: '2026-03-02', line: 3 },
      { key: 'facilitator', value: 'Esther', line: 4 },
      { key: 'participants', value: ['Gemeente', 'Zorgaanbieder', 'Corporatie'], line: 5 },
      { key: 'phase', value: 'verkennen', line: 6 },
      { key: 'thermometer', value: 'vriendschappelijk', line: 9 },
    ]);
    assert.deepEqual(fast, yamlFields(lines, []));
  });

  it('reads a title with a link, a URL or a bracket itself, as yaml does', () => {
    const lines = ['title: See [the memo](https://example.org/memo#budget) and `x`.', 'note: a, {b} c:d', 'date: 2026-03-02', 'when: 2026-03-02 at 10:00'];
    const fast = simpleFields(lines);
    assert.deepEqual(fast, [
      { key: 'title', value: 'See [the memo](https://example.org/memo#budget) and `x`.', line: 2 },
      { key: 'note', value: 'a, {b} c:d', line: 3 },
      { key: 'date', value: '2026-03-02', line: 4 },
      { key: 'when', value: '2026-03-02 at 10:00', line: 5 },
    ]);
    assert.deepEqual(fast, yamlFields(lines, []));
    for (const line of ['title: a: b', 'title: ends:', 'title: [a] b', 'list: [a:b]', 'n: 2026', 'x: 1.5e3', 'y: ~']) assert.equal(simpleFields([line]), null, line);
  });

  it('leaves anything else to yaml', () => {
    for (const line of ['title: "quoted"', 'count: 3', 'flag: true', 'empty:', 'nested: a: b', 'list:', '  - a', 'x: 1.5', 'n: null', 'd: 2026-3-2', 'k: [a, "b"]', 'a: b', 'a: c']) {
      const lines = line === 'a: c' ? ['a: b', 'a: c'] : [line];
      if (line === 'a: b') continue;
      assert.equal(simpleFields(lines), null, line);
    }
  });

  it('gives the same fields as yaml whenever it reads a block itself', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ—\-' .0-9():]{0,12}$/);
    const text = fc.stringMatching(/^[A-Za-z\-' .0-9():#[\]{},/`+~]{0,16}$/);
    const value = fc.oneof(word, text, fc.array(word, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`), fc.constant('2026-03-02'));
    const line = fc.tuple(fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/), value, fc.boolean()).map(([k, v, comment]) => `${k}: ${v}${comment ? '  # note' : ''}`);
    let readFast = 0;
    fc.assert(fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
      const fast = simpleFields(lines);
      if (fast) readFast++;
      if (fast) assert.deepEqual(fast, yamlFields(lines, []), lines.join('\n'));
    }), { numRuns: 2000 });
    assert.ok(readFast > 400, `only ${readFast} of 2000 blocks took the fast path`);
  });
});
