import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { largeNotes, run, write } from './run';

// Memory in proportion to the notes (issue 22): the CLI runs with a JavaScript heap of HEAP_PER_BYTE times the
// notes' size, so a run that needs more ends out of memory and fails here. The parse once held all of
// markdown-it's tokens (about 20x the text) and the partners' reports kept every session while making them: the
// partners' HTML needed 40-60x, their JSON 30-40x; then 27x and 20x; now 23x and 17x, as a file's repeated
// spellings and messages are one string each (BENCHMARKS.md, issue 22). Word needed about 120x (the docx
// library's document model) and was refused in this heap; our own writer zips its XML as it is written, so Word
// now fits wherever HTML does.
const MEGABYTES = 2;
const HEAP_PER_BYTE = 26;

type Case = readonly ['partners' | 'facilitator', string];

/** Each output of one file of MEGABYTES in a heap of `perByte` times its size, the file made once. */
function outputsWithin(title: string, perByte: number, cases: readonly Case[]): void {
  describe(title, function () {
    this.timeout(240000);
    let dir: string;
    const heap = `--max-old-space-size=${MEGABYTES * perByte}`;

    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-memory-'));
      fs.writeFileSync(path.join(dir, 'big.md'), largeNotes(MEGABYTES));
    });

    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    for (const [audience, format] of cases) {
      it(`overview --audience ${audience} --format ${format} of ${MEGABYTES} MB of notes, with a heap of ${MEGABYTES * perByte} MB`, () => {
        const out = `r-${audience}.${format}`;
        const { code, stderr } = run(['overview', '--audience', audience, '--format', format, '--out', out, 'big.md'], dir, { timeout: 200000, env: { ...process.env, NODE_OPTIONS: heap } });
        assert.equal(stderr, '');
        assert.equal(code, 0);
        assert.ok(written(path.join(dir, out)).length > MEGABYTES * 100_000);
      });
    }
  });
}

outputsWithin(`cli: memory within ${HEAP_PER_BYTE}x the notes' size`, HEAP_PER_BYTE, [['partners', 'html'], ['partners', 'json'], ['partners', 'csv'],
  ['facilitator', 'json'], ['facilitator', 'html'], ['partners', 'docx'], ['facilitator', 'docx']]);

// The facilitator's streamed formats hold one session at a time: the first reading, which finds the notes'
// language, once kept every session it read (sixteen sessions of 0.5 MB needed a 94 MB heap; now 29-44 MB,
// as V8 collects).
const SESSIONS = 16;
const FOLDER_MEGABYTES = 8;
const FOLDER_HEAP_PER_BYTE = 8;

describe(`cli: a folder's streamed overview within ${FOLDER_HEAP_PER_BYTE}x the notes' size`, function () {
  this.timeout(240000);
  let dir: string;
  const heap = `--max-old-space-size=${FOLDER_MEGABYTES * FOLDER_HEAP_PER_BYTE}`;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-memory-folder-'));
    write(dir, Object.fromEntries(Array.from({ length: SESSIONS }, (_, i) => [`notes/s${i}.md`, largeNotes(FOLDER_MEGABYTES / SESSIONS)])));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of ['md', 'csv']) {
    it(`overview --format ${format} of ${SESSIONS} sessions, ${FOLDER_MEGABYTES} MB in all, with a heap of ${FOLDER_MEGABYTES * FOLDER_HEAP_PER_BYTE} MB`, () => {
      const { code, stderr } = run(['overview', '--format', format, '--out', `r.${format}`, 'notes'], dir, { timeout: 200000, env: { ...process.env, NODE_OPTIONS: heap } });
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assert.ok(written(path.join(dir, `r.${format}`)).length > FOLDER_MEGABYTES * 100_000);
    });
  }
});

// One file read in windows: a first reading that keeps the file's head, then the report made as it is written, a
// window of the notes held at a time. The partners' verslag (md, html, Word), CSV and JSON and the facilitator's CSV
// and JSON of 2 MB need 16-28 MB of heap, where the whole session's needed 33-45 (BENCHMARKS.md, issue 22, twelfth
// session); the old code fails every case here. The facilitator's Word file fits since the thirteenth session: made in
// pieces, it keeps only what it lists (it needed over 28 MB).
const WINDOWED_HEAP_PER_BYTE = 14;

outputsWithin(`cli: the outputs of one file read in windows within ${WINDOWED_HEAP_PER_BYTE}x the notes' size`, WINDOWED_HEAP_PER_BYTE, [
  ['partners', 'md'], ['partners', 'html'], ['partners', 'docx'], ['partners', 'csv'], ['partners', 'json'], ['facilitator', 'csv'], ['facilitator', 'json']]);

// The facilitator's md, html and Word of 2 MB, written in pieces and keeping only what they list (html: a cell's
// first observations, a marker per time), their problems said once and the summary's lists shared with the session,
// and Word's observations placed over their stand-ins, need 18 MB of heap; before the fourteenth session 20, 20
// and 22, before the thirteenth more than 24, 28 and 28.
const LISTED_HEAP_PER_BYTE = 10;

outputsWithin(`cli: the facilitator's md, html and Word of one file within ${LISTED_HEAP_PER_BYTE}x the notes' size`, LISTED_HEAP_PER_BYTE, [
  ['facilitator', 'md'], ['facilitator', 'html'], ['facilitator', 'docx']]);

// The partners' Word file draws its chart with resvg's WebAssembly, which V8's optimising compiler took some 75 MB
// to compile beside the run: a one-page session's report peaked at 168 MB. The CLI compiles it with the baseline
// compiler only (cli/heap.ts): 90 MB, and sooner.
const ONE_PAGE_WORD_MEGABYTES = 135;

describe('cli: the partners\' Word chart drawn without an optimising compile of its renderer', function () {
  this.timeout(60000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-memory-wasm-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`a one-page session's partner Word file peaks under ${ONE_PAGE_WORD_MEGABYTES} MB of resident memory`, () => {
    const example = path.resolve(__dirname, '../../../../examples/2026-03-02-regiotafel-zorgnetwerk.md');
    const rss = path.join(dir, 'rss');
    const preload = path.join(__dirname, 'maxRss.js');
    const { code, stderr } = run(['overview', '--audience', 'partners', '--format', 'docx', '--out', 'r.docx', example], dir,
      { env: { ...process.env, NODE_OPTIONS: `--require ${preload}`, FN_MAX_RSS: rss } });
    assert.deepEqual([code, stderr], [0, '']);
    assert.ok(unzipSync(fs.readFileSync(path.join(dir, 'r.docx')))['word/media/image1.png'].length > 10_000, 'the chart is drawn');
    const megabytes = Number(fs.readFileSync(rss, 'utf8')) / 1024;
    assert.ok(megabytes < ONE_PAGE_WORD_MEGABYTES, `peak ${megabytes.toFixed(0)} MB`);
  });
});

/** The text written: a Word file's document.xml, unzipped (its zip is a fraction of the text). */
function written(file: string): string {
  const bytes = fs.readFileSync(file);
  return file.endsWith('.docx') ? strFromU8(unzipSync(bytes)['word/document.xml']) : bytes.toString('utf8');
}
