import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, run, until, write } from './run';

// Inputs that once crashed the whole run (exit 3, no report): each is now that file's problem only.
const GOOD = 'We share one goal. #ambition #explore\n';
const isRoot = process.getuid?.() === 0;
/** Root reads any file, so permission tests run the CLI as 'nobody' when the tests run as root. */
const asUser = isRoot ? { uid: 65534, gid: 65534 } : {};

describe('cli: one bad input never loses the report', function () {
  this.timeout(30000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-cli-'));
    fs.chmodSync(dir, 0o755);
  });

  afterEach(() => {
    for (const sub of ['locked']) if (fs.existsSync(path.join(dir, sub))) fs.chmodSync(path.join(dir, sub), 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads front matter keys named like Object.prototype members as ordinary fields', () => {
    write(dir, { 'a.md': '---\nconstructor: x\ntoString: y\n__proto__: z\nvalueOf: [1]\nhasOwnProperty: 2\n---\n' + GOOD, 'b.md': GOOD });
    const { code, stdout, stderr } = run(['overview', 'a.md', 'b.md'], dir);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.sessions.map((s: { file: string; observations: number; problems: unknown[] }) => [s.file, s.observations, s.problems]), [['a.md', 1, []], ['b.md', 1, []]]);
  });

  it('reports a vocabulary file with a YAML alias bomb at its line, exits 1 and reports with the built-in vocabulary', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'];
    write(dir, { 'v.yaml': bomb.join('\n') + '\n', 'a.md': GOOD });
    const { code, stdout, stderr } = run(['overview', '--vocabulary', 'v.yaml', 'a.md'], dir);
    assert.equal(stderr, 'facilitator-notes: v.yaml:2: Too many alias references (*name) to expand; write the values out.\n'
      + 'facilitator-notes: v.yaml: not used; the report uses the built-in vocabulary.\n');
    assert.equal(code, 1);
    assert.equal(JSON.parse(stdout).sessions[0].matrix.ambition.explore, 1);
  });

  it('reports a vocabulary key that is a list as a problem, without a Node warning on stderr', () => {
    write(dir, { 'v.yaml': 'aliases:\n  ? [ambition, x]\n  : [doel]\n', 'a.md': GOOD });
    const { code, stdout, stderr } = run(['overview', '--vocabulary', 'v.yaml', 'a.md'], dir);
    assert.equal(stderr, 'facilitator-notes: v.yaml:2: A key must be a plain name, not a list or mapping.\n'
      + 'facilitator-notes: v.yaml: not used; the report uses the built-in vocabulary.\n');
    assert.equal(code, 1);
    assert.equal(JSON.parse(stdout).sessions.length, 1);
  });

  it('skips a symbolic link loop inside a folder with a message, exits 1 and reports the rest', () => {
    write(dir, { 'notes/a.md': GOOD, 'notes/z.md': GOOD });
    fs.symlinkSync('loop.md', path.join(dir, 'notes/loop.md'));
    const { code, stdout, stderr } = run(['overview', 'notes'], dir);
    assert.equal(stderr, `facilitator-notes: ${path.join('notes', 'loop.md')}: a symbolic link that points back to itself; skipped.\n`);
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout).sessions.map((s: { file: string }) => s.file), ['notes/a.md', 'notes/z.md']);
  });

  it('skips a subfolder it may not read with a message, exits 1 and reports the rest', () => {
    write(dir, { 'notes/a.md': GOOD, 'notes/locked/b.md': GOOD });
    fs.chmodSync(path.join(dir, 'notes/locked'), 0o000);
    // 'nobody' may not reach the checkout (a clone in a private folder): it runs a copy of the bundle beside the notes.
    const cli = isRoot ? path.join(dir, 'cli.js') : CLI;
    if (isRoot) fs.copyFileSync(CLI, cli);
    const { code, stdout, stderr } = run(['overview', 'notes'], dir, asUser, cli);
    assert.equal(stderr, 'facilitator-notes: notes/locked: permission denied; skipped.\n');
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout).sessions.map((s: { file: string }) => s.file), ['notes/a.md']);
  });

  it('refuses an explicit FIFO without waiting for a writer', () => {
    write(dir, { 'a.md': GOOD });
    spawnSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const started = Date.now();
    const { code, stdout, stderr } = run(['overview', 'pipe.md', 'a.md'], dir, { timeout: 10000 });
    assert.ok(Date.now() - started < 8000, 'the CLI blocked on the FIFO');
    assert.equal(stderr, 'facilitator-notes: pipe.md: not a regular file; skipped.\n');
    assert.equal(code, 1);
    assert.equal(JSON.parse(stdout).sessions.length, 1);
  });

  it('reports a FIFO inside a folder as it reports one named on the command line (exit 1), without waiting for a writer', () => {
    write(dir, { 'notes/a.md': GOOD });
    spawnSync('mkfifo', [path.join(dir, 'notes/pipe.md')]);
    fs.symlinkSync('pipe.md', path.join(dir, 'notes/z-link.md'));
    const { code, stdout, stderr } = run(['overview', 'notes'], dir, { timeout: 10000 });
    assert.equal(stderr, `facilitator-notes: ${path.join('notes', 'pipe.md')}: not a regular file; skipped.\n`
      + `facilitator-notes: ${path.join('notes', 'z-link.md')}: not a regular file; skipped.\n`);
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout).sessions.map((s: { file: string }) => s.file), ['notes/a.md']);
  });

  it('names UTF-16 notes (with either byte order mark, or without one) instead of calling them binary', () => {
    const utf16le = Buffer.from(GOOD, 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    write(dir, { 'a.md': GOOD, 'le.md': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]), 'be.md': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
      'bare.md': utf16le, 'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]) });
    const { code, stdout, stderr } = run(['overview', 'le.md', 'be.md', 'bare.md', 'bin.md', 'a.md'], dir);
    const utf16 = 'UTF-16 is not supported; save the file as UTF-8; skipped.';
    assert.equal(stderr, `facilitator-notes: le.md: ${utf16}\nfacilitator-notes: be.md: ${utf16}\nfacilitator-notes: bare.md: ${utf16}\n`
      + 'facilitator-notes: bin.md: not a text file (it contains NUL bytes); skipped.\n');
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout).sessions.map((s: { file: string }) => s.file), ['a.md']);
  });

  it('stops quietly when the reader of its output stops early (| head): no stack trace, exit 0', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`notes/${String(i).padStart(3, '0')}.md`] = `# Part ${i} #ambition\n\n` + 'We talk about the plan. #process #share\n\n'.repeat(100);
    write(dir, files);
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" overview --format md notes 2>err.txt | head -c 10 >/dev/null; echo \${PIPESTATUS[0]}`],
      { cwd: dir, encoding: 'utf8', timeout: 60000 });
    assert.equal(result.stdout, '0\n');
    assert.equal(fs.readFileSync(path.join(dir, 'err.txt'), 'utf8'), '');
  });

  it('refuses a file above 50 MB with a message, exits 1 and reports the others', () => {
    write(dir, { 'a.md': GOOD });
    const big = path.join(dir, 'big.md');
    fs.writeFileSync(big, GOOD);
    fs.truncateSync(big, 50 * 1024 * 1024 + 1);
    const { code, stdout, stderr } = run(['overview', 'big.md', 'a.md'], dir);
    assert.equal(stderr, 'facilitator-notes: big.md: larger than 50 MB; skipped.\n');
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout).sessions.map((s: { file: string }) => s.file), ['a.md']);
  });

  it("says --out '' is a usage error (exit 2) instead of ignoring it", () => {
    write(dir, { 'a.md': GOOD });
    const { code, stdout, stderr } = run(['overview', '--out', '', 'a.md'], dir);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, "facilitator-notes: --out needs a file name.\nRun 'facilitator-notes --help' for usage.\n");
  });

  for (const force of [false, true]) {
    it(`says --out FOLDER is a folder (exit 3, no advice to use --force)${force ? ' also with --force' : ''}`, () => {
      write(dir, { 'a.md': GOOD, 'out/keep.txt': 'x' });
      const { code, stdout, stderr } = run(['overview', '--out', 'out', ...(force ? ['--force'] : []), 'a.md'], dir);
      assert.equal(code, 3);
      assert.equal(stdout, '');
      assert.equal(stderr, 'facilitator-notes: out is a folder; give --out the name of a file.\n');
      assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), ['keep.txt']);
    });
  }

  for (const [signal, exitCode, format] of [['SIGTERM', 143, 'json'], ['SIGINT', 130, 'json'], ['SIGTERM', 143, 'md'], ['SIGINT', 130, 'html']] as const) {
    it(`removes its temporary file when killed with ${signal} while writing --out (${format})`, async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 400; i++) files[`notes/${String(i).padStart(4, '0')}.md`] = `# Part ${i} #ambition\n\n` + 'We talk about the plan. #process #share\n\n'.repeat(400);
      write(dir, files);
      const child = spawn(process.execPath, [CLI, 'overview', '--format', format, '--out', 'r.json', 'notes'], { cwd: dir, stdio: 'ignore' });
      const temp = `.r.json.facilitator-notes-${child.pid}.tmp`;
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await until(() => fs.existsSync(path.join(dir, temp)));
      child.kill(signal);
      assert.equal(await exited, exitCode);
      assert.deepEqual(fs.readdirSync(dir), ['notes']);
    });
  }
});
