import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dossierSchema } from '../../../src/core/report/dossierSchema';

// Runs the built CLI (npm run build) as users do, on two collaborations written to a temporary folder.
const CLI = path.resolve(__dirname, '../../../cli.js');

const notes = (title: string, date: string, body: string) => `---\ntitle: ${title}\ndate: ${date}\n---\n\n${body}\n`;

const FILES: Record<string, string> = {
  'pact/2026-03-01-start.md': notes('Start', '2026-03-01', '## Goals #ambition #explore\n\nOne desk for all families.\n\n- [ ] Send the minutes @Esther\n- [ ] Invite the school'),
  'pact/2026-04-01-next.md': notes('Next', '2026-04-01', '## Plan #process #agree\n\nWho pays what.\n\n- [x] send the MINUTES @Esther'),
  'zorg/2026-02-10-kick-off.md': notes('Kick-off', '2026-02-10', 'We met. #relationship #share'),
  'readme.md': 'Just a readme without tags.\n',
};

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli: facilitator-notes dossier', function () {
  this.timeout(20000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-dossier-'));
    for (const [name, content] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one collaboration per folder as JSON, with the phase journey and the actions carried over', () => {
    const { code, stdout, stderr } = run(['dossier', '.', '--today', '2026-05-01'], dir);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(report, {
      version: 1,
      collaborations: [
        {
          name: 'pact',
          sessions: [
            { file: 'pact/2026-03-01-start.md', date: '2026-03-01', title: 'Start' },
            { file: 'pact/2026-04-01-next.md', date: '2026-04-01', title: 'Next' },
          ],
          phases: { 'pact/2026-03-01-start.md': ['explore'], 'pact/2026-04-01-next.md': ['agree'] },
          actions: [
            { file: 'pact/2026-03-01-start.md', line: 10, text: 'Send the minutes @Esther', owner: 'Esther', due: null, done: true, overdue: false },
            { file: 'pact/2026-03-01-start.md', line: 11, text: 'Invite the school', owner: null, due: null, done: false, overdue: false },
          ],
        },
        {
          name: 'zorg',
          sessions: [{ file: 'zorg/2026-02-10-kick-off.md', date: '2026-02-10', title: 'Kick-off' }],
          phases: { 'zorg/2026-02-10-kick-off.md': ['share'] },
          actions: [],
        },
      ],
    });
    assert.equal(dossierSchema().safeParse(report).success, true);
  });

  it('names the root folder\'s collaboration after the PATH folder', () => {
    const { code, stdout } = run(['dossier', 'pact'], dir);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).collaborations.map((c: { name: string }) => c.name), ['pact']);
  });

  it('groups by the front matter key across folders, and marks an action due before today as overdue', () => {
    const keyed = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-dossier-key-'));
    try {
      const note = (date: string, body: string) => `---\ntitle: T ${date}\ndate: ${date}\nsamenwerking: Buurtpact\n---\n\n${body}\n`;
      fs.mkdirSync(path.join(keyed, 'a'));
      fs.mkdirSync(path.join(keyed, 'b'));
      fs.writeFileSync(path.join(keyed, 'a', 'one.md'), note('2026-03-01', 'Start. #relatie\n\n- [ ] Plan the party @Ilse 2026-04-15'));
      fs.writeFileSync(path.join(keyed, 'b', 'two.md'), note('2026-04-01', 'Next. #proces'));
      const { code, stdout } = run(['dossier', '.', '--today', '2026-04-20'], keyed);
      assert.equal(code, 0);
      const [c] = JSON.parse(stdout).collaborations;
      assert.equal(c.name, 'Buurtpact');
      assert.deepEqual(c.sessions.map((s: { file: string }) => s.file), [path.join('a', 'one.md'), path.join('b', 'two.md')]);
      assert.deepEqual(c.actions, [{ file: path.join('a', 'one.md'), line: 9, text: 'Plan the party @Ilse 2026-04-15', owner: 'Ilse', due: '2026-04-15', done: false, overdue: true }]);
    } finally {
      fs.rmSync(keyed, { recursive: true, force: true });
    }
  });

  it('renders Markdown and HTML, in Dutch too', () => {
    const md = run(['dossier', 'pact', '--format', 'md', '--lang', 'nl', '--today', '2026-05-01'], dir);
    assert.equal(md.code, 0);
    assert.ok(md.stdout.startsWith('# Dossier: pact\n\nSessies: 2 · Huidige fase: Overeenkomen · Open: 1 · Te laat: 0\n'), md.stdout.slice(0, 120));
    const html = run(['dossier', 'pact', '--format', 'html'], dir);
    assert.equal(html.code, 0);
    assert.ok(html.stdout.startsWith('<!DOCTYPE html>'));
    assert.ok(html.stdout.includes('<h1 id="title">Dossier: pact</h1>'));
  });

  it('prints its own help', () => {
    const { code, stdout } = run(['dossier', '--help'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: facilitator-notes dossier \[options\] PATH\.\.\./);
  });

  it('rejects an unknown format and a malformed --today as usage errors', () => {
    const format = run(['dossier', '--format', 'csv', '.'], dir);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /unknown format 'csv'/);
    const today = run(['dossier', '--today', 'tomorrow', '.'], dir);
    assert.equal(today.code, 2);
    assert.match(today.stderr, /--today takes a date as YYYY-MM-DD/);
  });

  for (const today of ['2026-13-45', '2026-02-30', '2026-00-10']) {
    it(`rejects --today ${today}, a date that does not exist, as a usage error (exit 2)`, () => {
      assert.deepEqual(run(['dossier', '--today', today, 'zorg'], dir), { code: 2, stdout: '',
        stderr: `facilitator-notes: --today takes a date as YYYY-MM-DD, not '${today}'.\nRun 'facilitator-notes dossier --help' for usage.\n` });
    });
  }

  it('reports a missing PATH with exit code 1 and still prints the dossier', () => {
    const { code, stdout, stderr } = run(['dossier', 'zorg', 'nowhere'], dir);
    assert.equal(code, 1);
    assert.equal(stderr, 'facilitator-notes: nowhere: no such file or folder\n');
    assert.equal(JSON.parse(stdout).collaborations.length, 1);
  });

  it('refuses --out without a file name and --out naming a folder, as overview does, before reading any notes', () => {
    assert.deepEqual(run(['dossier', '--out', '', 'zorg'], dir),
      { code: 2, stdout: '', stderr: "facilitator-notes: --out needs a file name.\nRun 'facilitator-notes dossier --help' for usage.\n" });
    assert.deepEqual(run(['dossier', '--out', 'pact', 'zorg'], dir),
      { code: 3, stdout: '', stderr: 'facilitator-notes: pact is a folder; give --out the name of a file.\n' });
  });
});
