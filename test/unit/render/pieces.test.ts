// Text in pieces (issue 22): the same bytes as the text made whole.
import { strict as assert } from 'node:assert';
import { batched, jsonPieces } from '../../../src/core/render/shared/pieces';

const VALUES: unknown[] = [
  null, 3, 'a\nb', true, [], {}, [1, 'x', null], { a: 1, b: undefined, c: 'd' },
  { list: [{ a: 1 }, { b: [] }, {}], empty: {}, none: [], gone: undefined, date: new Date(Date.UTC(2026, 2, 2)) },
  [[1, [2, [3]]], { x: { y: { z: [undefined, null] } } }, [undefined, { k: undefined }]],
  { 'quo"te': { 'new\nline': [{ n: -0.5, big: 1e21, nan: NaN }] } },
];

describe('text in pieces', () => {
  for (const [i, value] of VALUES.entries()) {
    it(`jsonPieces of value ${i}: JSON.stringify(value, null, 2), also indented`, () => {
      assert.equal([...jsonPieces(value)].join(''), JSON.stringify(value, null, 2));
      assert.equal([...jsonPieces(value, '    ')].join(''), JSON.stringify(value, null, 2).replace(/\n/g, '\n    '));
    });
  }

  it('jsonPieces of a long list of records: one piece per record or less, none the whole text', () => {
    const records = Array.from({ length: 1000 }, (_, i) => ({ line: i, tags: [{ raw: `t${i}` }] }));
    const pieces = [...jsonPieces({ records })];
    assert.equal(pieces.join(''), JSON.stringify({ records }, null, 2));
    assert.ok(pieces.length > 1000, String(pieces.length));
    assert.ok(Math.max(...pieces.map((p) => p.length)) < 100);
  });

  it('batched joins pieces until 64K characters or more, keeping every character in order', () => {
    const pieces = Array.from({ length: 10_000 }, (_, i) => String(i % 10).repeat(100));
    const batches = [...batched(pieces)];
    assert.equal(batches.join(''), pieces.join(''));
    // 656 pieces of 100 reach 65,536; 10,000 pieces make 15 such batches and 160 pieces left.
    assert.deepEqual(batches.map((b) => b.length), [...Array(15).fill(65_600), 16_000]);
  });
});
