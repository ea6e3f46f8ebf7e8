import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeChunksAtomically } from '../../../src/io/atomicWrite';

describe('a report written in pieces', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-atomic-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is the pieces\' UTF-8, whatever their size and characters', async () => {
    // Dutch letters, an emoji (a surrogate pair), pieces around and above the encoding buffer's size, and bytes.
    const pieces = ['één ', '🙂'.repeat(30_000), 'x'.repeat(1 << 18), 'ë'.repeat((1 << 18) / 3 + 1), new Uint8Array([0x41, 0x42]), '', 'slot\n'];
    const target = path.join(dir, 'r.md');
    await writeChunksAtomically(target, pieces, false);
    const expected = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
    assert.ok(fs.readFileSync(target).equals(expected));
    assert.deepEqual(fs.readdirSync(dir), ['r.md']);
  });
});
