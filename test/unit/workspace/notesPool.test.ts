import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_NOTES_BYTES } from '../../../src/core/parse/notesText';
import { BUILTIN_VOCABULARY, Vocabulary } from '../../../src/core/vocabulary/vocabulary';
import { mergeVocabulary, readVocabularyFile } from '../../../src/core/vocabulary/vocabularyFile';
import { readNoteSummary } from '../../../src/workspace/noteFile';
import { NotesPool, PoolFile } from '../../../src/workspace/notesPool';
import { generateArchive } from '../../bench/archive';

const WORKER = path.join(__dirname, '../../../notesWorker.js');
const TEAM = mergeVocabulary(BUILTIN_VOCABULARY, readVocabularyFile('aliases:\n  ambition: [droom]\ndimensions:\n  - id: conversation\n    label: { en: Conversation level, nl: Gespreksniveau }\n    bare: true\n    values: [content, emotion, intention]\n', BUILTIN_VOCABULARY, 'en').file!);

function pool(script = WORKER): NotesPool {
  const made = NotesPool.create(script);
  assert.ok(made, 'this Node has worker threads');
  return made;
}

/** What the host would read of each file without the pool. */
function inProcess(file: PoolFile) {
  return readNoteSummary(file.size, () => fs.promises.readFile(file.path), file.file, file.vocabulary);
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('notes pool: the workspace scan parsed in worker threads', function () {
  this.timeout(60000);
  let dir: string;
  let files: PoolFile[];

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-pool-'));
    generateArchive(path.join(dir, 'archive'), 200, 8);
    const file = (name: string, vocabulary: Vocabulary = BUILTIN_VOCABULARY, size?: number): PoolFile => {
      const at = path.join(dir, name);
      return { path: at, file: name, size: size ?? fs.statSync(at).size, vocabulary };
    };
    fs.writeFileSync(path.join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Notes #conflict\n', 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from('# Notes\n\0 and then more text here\n'));
    fs.writeFileSync(path.join(dir, 'plain.md'), '# Just a readme\n\nNo tags here.\n');
    fs.writeFileSync(path.join(dir, 'team.md'), '---\ntitle: Team words\n---\n\nWe share a #droom. #emotion #private\n\nThe budget is agreed. #besluit\n');
    files = [
      ...fs.readdirSync(path.join(dir, 'archive'), { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort().map((f) => file(path.join('archive', f))),
      file('utf16.md'), file('binary.md'), file('plain.md'), file('team.md', TEAM), file('plain.md', BUILTIN_VOCABULARY, MAX_NOTES_BYTES + 1),
    ];
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives every file the summary (or skip reason) the in-process read gives, then stops its workers', async () => {
    const notes = pool();
    const read = await Promise.all(files.map((f) => notes.read(f)));
    assert.ok(notes.running >= 1 && notes.running <= notes.size, 'the workers still run a moment after the scan');
    const expected = await Promise.all(files.map(inProcess));
    assert.equal(read.filter((r) => r === undefined).length, 0, 'no file was left to the host');
    assert.deepStrictEqual(read, expected);
    assert.deepEqual(read.slice(-5).map((r) => ('skipped' in r! ? r.skipped : r!.notes === null ? null : 'notes')), ['utf16', 'binary', null, 'notes', 'too-large']);
    // The team's alias and its own dimension were read in the worker too.
    const team = read.at(-2)! as { notes: { observations: { conditions: string[]; facets: Record<string, string[]>; private: boolean }[]; decisions: { private: boolean }[] } };
    assert.deepEqual(team.notes.observations.map((o) => [o.conditions, o.facets, o.private]), [[['ambition'], { conversation: ['emotion'] }, true]]);
    assert.deepEqual(team.notes.decisions.map((d) => d.private), [false]);
    assert.ok(read.slice(0, 200).every((r) => r && 'notes' in r && r.notes && r.notes.observations.length > 0), 'every archive note has observations');
    assert.ok(read.slice(0, 200).some((r) => r && 'notes' in r && r.notes?.observations.some((o) => o.private)), 'private parts are in the archive');
    // One object per kind of observation, as a warm start's index holds them (a parse makes one per observation).
    const kinds = read.flatMap((r) => (r && 'notes' in r && r.notes ? r.notes.observations : []));
    const distinct = new Set(kinds.map((kind) => JSON.stringify(kind))).size;
    assert.ok(distinct * notes.size < kinds.length, `${distinct} kinds among ${kinds.length} observations`);
    const objects = new Set(kinds).size;
    assert.ok(objects >= distinct && objects <= distinct * notes.size, `${objects} objects for ${distinct} kinds: one per kind in each worker`);
    await until(() => notes.running === 0);
    assert.equal(notes.running, 0, 'the idle pool ended its workers');
    notes.dispose();
  });

  it('leaves a few files to the host when no worker runs', async () => {
    const notes = pool();
    assert.deepEqual(await Promise.all(files.slice(0, 3).map((f) => notes.read(f))), [undefined, undefined, undefined]);
    assert.equal(notes.running, 0);
    notes.dispose();
  });

  it('gives the files back to the host when a worker crashes or throws, and parses no more itself', async () => {
    for (const body of ['process.exit(3)', 'throw new Error("boom")']) {
      const script = path.join(dir, 'crash.js');
      fs.writeFileSync(script, `require('node:worker_threads').parentPort.on('message', () => { ${body}; });`);
      const notes = pool(script);
      const read = await Promise.all(files.slice(0, 40).map((f) => notes.read(f)));
      assert.deepEqual(read, files.slice(0, 40).map(() => undefined), body);
      assert.equal(notes.running, 0, body);
      assert.equal(await notes.read(files[0]), undefined, body);
      notes.dispose();
    }
    const missing = pool(path.join(dir, 'no-such-worker.js'));
    assert.deepEqual(await Promise.all(files.slice(0, 40).map((f) => missing.read(f))), files.slice(0, 40).map(() => undefined), 'a worker script that is not there');
    assert.equal(missing.running, 0);
  });

  it('ends its workers on dispose, mid-scan: what was asked is left to the host', async () => {
    const notes = pool();
    const reading = Promise.all(files.map((f) => notes.read(f)));
    await until(() => notes.running > 0);
    notes.dispose();
    const read = await reading;
    assert.equal(notes.running, 0);
    assert.ok(read.some((r) => r === undefined), 'some files were still waiting');
    assert.equal(await notes.read(files[0]), undefined);
  });
});
