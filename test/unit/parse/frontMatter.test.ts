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
    for (const line of ['title: "quoted"', 'count: 3', 'flag: true', 'empty:', 'nested: a: b', 'list:', '  - a', 'list:\n  - a\n   - b', 'list:\n  - 3', 'list:\n  - a: b', 'list:\n  -\n  - a', 'list:\n  - a\n    b', 'list:\nnext: a', 'x: 1.5', 'n: null', 'd: 2026-3-2', 'k: [a, "b"]', 'a: b', 'a: c']) {
      const lines = line === 'a: c' ? ['a: b', 'a: c'] : line.split('\n');
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

  it('reads a key followed by a block sequence of plain items itself, as yaml does', () => {
    const lines = ['title: Ronde 3', 'participants:', '  - Gemeente', '  - Youth team  # new', '', '  - GGD, regio', 'tags:', '- a', 'thermometer: vriendschappelijk'];
    const fast = simpleFields(lines);
    assert.deepEqual(fast, [
      { key: 'title', value: 'Ronde 3', line: 2 },
      { key: 'participants', value: ['Gemeente', 'Youth team', 'GGD, regio'], line: 3 },
      { key: 'tags', value: ['a'], line: 8 },
      { key: 'thermometer', value: 'vriendschappelijk', line: 10 },
    ]);
    assert.deepEqual(fast, yamlFields(lines, []));
  });

  it('gives the same fields as yaml on generated blocks with block sequences', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ,()]{0,10}$/);
    const text = fc.oneof({ arbitrary: word, weight: 4 }, { arbitrary: fc.stringMatching(/^[A-Za-zÀ-ÿ\-' .0-9():#[\]{},/`+~]{0,14}$/), weight: 1 });
    // Mostly one indent and '- ' a list, sometimes another indent, dash or a blank or comment line in between.
    const item = fc.tuple(fc.oneof({ arbitrary: fc.constant(''), weight: 6 }, { arbitrary: fc.constantFrom(' ', '-', '- ', '', '\t'), weight: 1 }), text, fc.boolean())
      .map(([odd, t, comment]) => (odd === '\t' ? '' : `${odd === '-' || odd === '- ' ? '' : odd}- ${odd === '-' || odd === '- ' ? odd : ''}${t}${comment ? ' # x' : ''}`));
    const key = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,6}$/);
    const scalar = fc.tuple(key, text).map(([k, v]) => [`${k}: ${v}`]);
    const list = fc.tuple(key, fc.constantFrom(':', ':', ':  ', ': # c'), fc.constantFrom('', '  ', '  ', '    '), fc.array(fc.oneof({ arbitrary: item, weight: 8 }, { arbitrary: fc.constantFrom('# c', '  # c'), weight: 1 }), { maxLength: 4 }))
      .map(([k, colon, indent, items]) => [`${k}${colon}`, ...items.map((i) => (i.startsWith('#') ? i : indent + i))]);
    let readFast = 0;
    fc.assert(fc.property(fc.array(fc.oneof(scalar, list, list), { maxLength: 5 }), (blocks) => {
      const lines = blocks.flat();
      const fast = simpleFields(lines);
      if (fast && lines.some((l) => l.includes('- '))) readFast++;
      if (fast) assert.deepEqual(fast, yamlFields(lines, []), lines.join('\n'));
    }), { numRuns: 4000 });
    assert.ok(readFast > 200, `only ${readFast} of 4000 blocks with items took the fast path`);
  });
});
