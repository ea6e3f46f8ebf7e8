import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, largeNotes, until } from './run';

// A signal during the long synchronous work on one large file is honoured once that stage ends: nothing is
// written, the --out file stays as it was (or absent), and the exit code says which signal it was.
describe('cli: SIGINT, SIGTERM and a hard kill during the work on a 25 MB file', function () {
  this.timeout(180000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-signal-'));
    fs.writeFileSync(path.join(dir, 'big.md'), largeNotes(25));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases = [
    { signal: 'SIGINT', code: 130, args: ['overview', '--format', 'md', '--force'], out: 'r.md', before: 'the report of last week\n' },
    { signal: 'SIGTERM', code: 143, args: ['overview', '--format', 'json'], out: 'r.json', before: undefined },
    { signal: 'SIGTERM', code: 143, args: ['dossier', '--format', 'md', '--force'], out: 'd.md', before: 'the dossier of last week\n' },
  ] as const;
  for (const { signal, code, args, out, before: previous } of cases) {
    it(`${args[0]} ${args.slice(1).join(' ')}: ${signal} after 1 s exits ${code} and leaves --out ${previous ? 'as it was' : 'absent'}`, async () => {
      const target = path.join(dir, out);
      if (previous) fs.writeFileSync(target, previous);
      const child = spawn(process.execPath, [CLI, ...args, '--out', out, 'big.md'], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
      // Once the work has begun (its temporary file is there), and a second into it: the 25 MB file is still being read.
      await until(() => fs.existsSync(path.join(dir, `.${out}.facilitator-notes-${child.pid}.tmp`)));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      child.kill(signal);
      assert.equal(await exited, code);
      assert.equal(fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined, previous);
      assert.deepEqual(fs.readdirSync(dir).sort(), ['big.md', ...(previous ? [out] : [])]);
      fs.rmSync(target, { force: true });
    });
  }

  // The partners' report opens its file only once made: the signal comes while the notes are still being parsed.
  for (const format of ['html', 'docx']) {
    it(`overview --audience partners --format ${format}: SIGINT 3 s into the parse exits 130 and leaves --out as it was`, async () => {
      const target = path.join(dir, `r.${format}`);
      fs.writeFileSync(target, 'the report of last week\n');
      const child = spawn(process.execPath, [CLI, 'overview', '--audience', 'partners', '--format', format, '--force', '--out', `r.${format}`, 'big.md'], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
      await new Promise((resolve) => setTimeout(resolve, 3000));
      child.kill('SIGINT');
      assert.equal(await exited, 130);
      assert.equal(fs.readFileSync(target, 'utf8'), 'the report of last week\n');
      assert.deepEqual(fs.readdirSync(dir).sort(), ['big.md', `r.${format}`]);
      fs.rmSync(target);
    });
  }

  // The parse of one large file gives the event loop a turn now and then: a signal 1 s into it ends the run at once,
  // where the old code went on until that parse ended (more than 10 s for this file).
  const midParse = [
    { args: ['overview', '--audience', 'partners', '--format', 'html'], out: 'r.html' },
    { args: ['overview', '--format', 'json'], out: 'r.json' },
    { args: ['dossier', '--format', 'md'], out: 'd.md' },
  ] as const;
  for (const { args, out } of midParse) {
    it(`${args.join(' ')}: SIGINT 1 s into the parse exits 130 within 2 s and leaves --out as it was`, async () => {
      const target = path.join(dir, out);
      fs.writeFileSync(target, 'the report of last week\n');
      const child = spawn(process.execPath, [CLI, ...args, '--force', '--out', out, 'big.md'], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
      try {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const signalled = performance.now();
        child.kill('SIGINT');
        assert.equal(await exited, 130);
        const seconds = (performance.now() - signalled) / 1000;
        assert.ok(seconds < 2, `exited ${seconds.toFixed(1)} s after the signal`);
        assert.equal(fs.readFileSync(target, 'utf8'), 'the report of last week\n');
        assert.deepEqual(fs.readdirSync(dir).sort(), ['big.md', out].sort());
      } finally {
        child.kill('SIGKILL');
        fs.rmSync(target, { force: true });
      }
    });
  }

  it('overview --format docx: a run killed outright (as by running out of memory) while making the Word file leaves no file', async () => {
    const child = spawn(process.execPath, [CLI, 'overview', '--audience', 'partners', '--format', 'docx', '--out', 'r.docx', 'big.md'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)));
    await new Promise((resolve) => setTimeout(resolve, 5000));
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    assert.deepEqual(fs.readdirSync(dir), ['big.md']);
  });
});

