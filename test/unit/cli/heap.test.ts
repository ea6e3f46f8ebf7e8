import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { keepHeapSmallFor, LARGE_NOTES_BYTES } from '../../../src/cli/heap';

// Run as a child process (FN_HEAP_CHILD: the notes file): V8's settings are the process's, so the tests' own process
// is left as it is. Prints the young generation's largest size while short-lived objects are made, and whether the
// heap was kept small.
if (process.env.FN_HEAP_CHILD) {
  const kept = keepHeapSmallFor([{ file: process.env.FN_HEAP_CHILD }]);
  let largest = 0;
  let held: object[] = [];
  for (let i = 0; i < 3_000_000; i++) {
    held.push({ i, text: `observation ${i}` });
    if (held.length === 20_000) held = [];
    if (i % 10_000 === 0) largest = Math.max(largest, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size);
  }
  process.stdout.write(JSON.stringify({ kept, youngMegabytes: largest / 1024 / 1024 }));
} else {
  describe('cli: a heap kept small for a large notes file', () => {
    let dir: string;
    before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-heap-'))));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    function child(size: number): { kept: boolean; youngMegabytes: number } {
      const file = path.join(dir, `notes-${size}.md`);
      fs.writeFileSync(file, 'x'.repeat(size));
      const result = spawnSync(process.execPath, [__filename], { env: { ...process.env, FN_HEAP_CHILD: file }, encoding: 'utf8', timeout: 60_000 });
      assert.equal(result.stderr, '');
      return JSON.parse(result.stdout);
    }

    it('from one file of a megabyte on: the young generation stays at its first size (V8 lets it grow to 32 MB)', () => {
      const large = child(LARGE_NOTES_BYTES);
      const small = child(LARGE_NOTES_BYTES - 1);
      assert.deepEqual([large.kept, small.kept], [true, false]);
      assert.ok(large.youngMegabytes <= 4, `young generation ${large.youngMegabytes} MB`);
      assert.ok(small.youngMegabytes >= 8, `young generation ${small.youngMegabytes} MB`);
    });

    it('a file that cannot be read counts as small', () => {
      assert.equal(keepHeapSmallFor([{ file: path.join(dir, 'missing.md') }]), false);
    });
  });
}
