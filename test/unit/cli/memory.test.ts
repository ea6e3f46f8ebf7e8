import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { largeNotes, run } from './run';

// Memory in proportion to the notes (issue 22): the CLI runs with a JavaScript heap of HEAP_PER_BYTE times the
// notes' size, so a run that needs more ends out of memory and fails here. The parse once held all of
// markdown-it's tokens (about 20x the text) and the partners' reports kept every session while making them: the
// partners' HTML needed 40-60x, their JSON 30-40x; then 27x and 20x; now 23x and 17x, as a file's repeated
// spellings and messages are one string each (BENCHMARKS.md, issue 22). Word needs about 120x (its library's
// document model): a Word file the heap cannot hold is refused instead.
const MEGABYTES = 2;
const HEAP_PER_BYTE = 26;

describe(`cli: memory within ${HEAP_PER_BYTE}x the notes' size`, function () {
  this.timeout(240000);
  let dir: string;
  const heap = `--max-old-space-size=${MEGABYTES * HEAP_PER_BYTE}`;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-memory-'));
    fs.writeFileSync(path.join(dir, 'big.md'), largeNotes(MEGABYTES));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases = [['partners', 'html'], ['partners', 'json'], ['partners', 'csv'], ['facilitator', 'json'], ['facilitator', 'html']] as const;
  for (const [audience, format] of cases) {
    it(`overview --audience ${audience} --format ${format} of ${MEGABYTES} MB of notes, with a heap of ${MEGABYTES * HEAP_PER_BYTE} MB`, () => {
      const out = `r-${audience}.${format}`;
      const { code, stderr } = run(['overview', '--audience', audience, '--format', format, '--out', out, 'big.md'], dir, { timeout: 200000, env: { ...process.env, NODE_OPTIONS: heap } });
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assert.ok(fs.statSync(path.join(dir, out)).size > MEGABYTES * 100_000);
    });
  }

  // A 52 MB heap holds no Word file of 2 MB of notes (about 241 MB): the old code ended out of memory (SIGABRT).
  for (const audience of ['partners', 'facilitator']) {
    it(`overview --audience ${audience} --format docx refuses, before any work, a Word file the heap cannot hold: exit 3, nothing written`, () => {
      const { code, stderr } = run(['overview', '--audience', audience, '--format', 'docx', '--out', 'r.docx', 'big.md'], dir,
        { timeout: 200000, env: { ...process.env, NODE_OPTIONS: heap } });
      const prefix = audience === 'partners' ? 'big.md: ' : '';
      assert.match(stderr, new RegExp(`^facilitator-notes: ${prefix}a Word file of these notes \\(2 MB\\) needs about 241 MB of memory, more than node may use here `
        + '\\(\\d+ MB\\): choose --format html, or run with NODE_OPTIONS=--max-old-space-size=1024\\.\\n$'));
      assert.equal(code, 3);
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.docx')), []);
    });
  }
});
