import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run, write } from './run';

// No command line can cost the notes: --out is never one of the files read, whatever --force says.
const NOTES = 'We share one goal. #ambition #explore\n';

describe('cli: --out never writes over the notes read', function () {
  this.timeout(30000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-safe-'));
    write(dir, { 'notes/a.md': NOTES, 'notes/b.md': NOTES });
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const refusal = (out: string, input: string) =>
    `facilitator-notes: --out ${out} is the notes file ${input}; the report never replaces its input: choose another --out.\n`;

  function assertRefused(args: string[], out: string, input: string): void {
    const { code, stdout, stderr } = run(args, dir);
    assert.deepEqual({ code, stdout, stderr }, { code: 2, stdout: '', stderr: refusal(out, input) });
    assert.equal(fs.readFileSync(path.join(dir, 'notes/a.md'), 'utf8'), NOTES);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'notes')).filter((n) => n.startsWith('.')), []);
  }

  for (const command of ['overview', 'dossier']) {
    for (const force of [[], ['--force']]) {
      const flag = force.length ? ' with --force' : '';
      it(`${command}: refuses --out naming the input file itself${flag} (exit 2)`, () => {
        assertRefused([command, ...force, '--format', 'md', '--out', 'notes/a.md', 'notes/a.md'], 'notes/a.md', 'notes/a.md');
      });

      it(`${command}: refuses --out naming a file found inside a folder PATH${flag} (exit 2)`, () => {
        assertRefused([command, ...force, '--out', 'notes/b.md', 'notes'], 'notes/b.md', path.join('notes', 'b.md'));
      });
    }

    it(`${command}: refuses --out that is a symbolic link to an input, with --force (exit 2)`, () => {
      fs.symlinkSync('notes/a.md', path.join(dir, 'link.md'));
      assertRefused([command, '--force', '--out', 'link.md', 'notes/a.md'], 'link.md', 'notes/a.md');
      assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
    });

    it(`${command}: refuses --out that is a hard link to an input, with --force (exit 2)`, () => {
      fs.linkSync(path.join(dir, 'notes/a.md'), path.join(dir, 'hard.md'));
      assertRefused([command, '--force', '--out', 'hard.md', 'notes/a.md'], 'hard.md', 'notes/a.md');
      assert.equal(fs.readFileSync(path.join(dir, 'hard.md'), 'utf8'), NOTES);
    });

    it(`${command}: refuses --out given by another spelling of the input's path, with --force (exit 2)`, () => {
      assertRefused([command, '--force', '--out', './notes/../notes/a.md', 'notes/a.md'], './notes/../notes/a.md', 'notes/a.md');
    });

    it(`${command}: still replaces an --out that is not an input, with --force (exit 0)`, () => {
      write(dir, { 'r.txt': 'old' });
      const { code, stderr } = run([command, '--force', '--out', 'r.txt', 'notes'], dir);
      assert.deepEqual({ code, stderr }, { code: 0, stderr: '' });
      assert.notEqual(fs.readFileSync(path.join(dir, 'r.txt'), 'utf8'), 'old');
    });
  }
});
