import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run, write } from './run';

const NOTES = `---
title: Kick-off
date: 2026-03-02
thermometer: friendly
---

## Goals #ambition #explore

We want one desk for all families. #need/trust

- [ ] Send the minutes @Esther
`;

describe('cli: facilitator-notes overview', function () {
  this.timeout(20000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-cli-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the JSON report of a file', () => {
    write(dir, { 'kickoff.md': NOTES });
    const { code, stdout, stderr } = run(['overview', 'kickoff.md'], dir);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.sessions[0], {
      file: 'kickoff.md', title: 'Kick-off', date: '2026-03-02', facilitator: null, participants: [], lang: 'en', observations: 2, private: 0,
      matrix: report.sessions[0].matrix,
      thermometer: { start: 'friendly', readings: [], end: 'friendly', peak: 'friendly' },
      needs: { trust: 1 }, parties: {}, decisions: [],
      actions: { open: 1, done: 0, items: [{ line: 11, text: 'Send the minutes @Esther', done: false, owner: 'Esther', due: null }] }, otherTags: {}, problems: [],
    });
    assert.equal(report.sessions[0].matrix.ambition.explore, 2);
    assert.equal(report.totals.observations, 2);
  });

  it('walks a folder in sorted order, skipping node_modules, dot folders, other files and notes without tags', () => {
    write(dir, {
      'notes/b.md': NOTES, 'notes/a.md': NOTES, 'notes/sub/c.MD': NOTES, 'notes/readme.md': '# Plain readme\n\nNo tags here.\n',
      'notes/node_modules/x.md': NOTES, 'notes/.hidden/y.md': NOTES, 'notes/z.txt': NOTES,
    });
    const { code, stdout } = run(['overview', 'notes'], dir);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).sessions.map((s: { file: string }) => s.file), ['notes/a.md', 'notes/b.md', 'notes/sub/c.MD']);
  });

  it('keeps argument order and reports a file given twice once', () => {
    write(dir, { 'b.md': NOTES, 'a.md': NOTES });
    const { stdout } = run(['overview', 'b.md', 'a.md', './b.md', '.'], dir);
    assert.deepEqual(JSON.parse(stdout).sessions.map((s: { file: string }) => s.file), ['b.md', 'a.md']);
  });

  it('reports a missing path on stderr without a stack trace, exits 1 and still reports the other paths', () => {
    write(dir, { 'a.md': NOTES });
    const { code, stdout, stderr } = run(['overview', 'missing.md', 'a.md'], dir);
    assert.equal(code, 1);
    assert.equal(stderr, 'facilitator-notes: missing.md: no such file or folder\n');
    assert.deepEqual(JSON.parse(stdout).sessions.map((s: { file: string }) => s.file), ['a.md']);
  });

  it('skips files that are not UTF-8 text with a clear message and exit 1', () => {
    write(dir, {
      'a.md': NOTES,
      'binary.md': Buffer.from([0x23, 0x20, 0x41, 0x00, 0x01, 0x02]),
      'latin1.md': Buffer.from('# Caf\xe9 #ambition\n', 'latin1'),
    });
    const { code, stdout, stderr } = run(['overview', 'a.md', 'binary.md', 'latin1.md'], dir);
    assert.equal(code, 1);
    assert.equal(stderr,
      'facilitator-notes: binary.md: not a text file (it contains NUL bytes); skipped.\n' +
      'facilitator-notes: latin1.md: not UTF-8 text (invalid byte sequence); skipped.\n');
    assert.deepEqual(JSON.parse(stdout).sessions.map((s: { file: string }) => s.file), ['a.md']);
  });

  it('renders the md report, in Dutch with --lang nl', () => {
    write(dir, { 'a.md': NOTES });
    const en = run(['overview', '--format', 'md', 'a.md'], dir);
    assert.equal(en.code, 0);
    assert.ok(en.stdout.startsWith('# Session overview\n\n## Kick-off\n\nMonday 2 March 2026 · a.md · Observations: 2\n'), en.stdout);
    assert.ok(en.stdout.includes('| Ambition | 2 | · | · | · | · | · | 2 |\n'));
    const nl = run(['overview', '--format', 'md', '--lang', 'nl', 'a.md'], dir);
    assert.ok(nl.stdout.includes('| Ambitie | 2 | · | · | · | · | · | 2 |\n'));
    assert.ok(nl.stdout.includes('\nmaandag 2 maart 2026 · a.md · Observaties: 2\n'), nl.stdout);
    assert.ok(nl.stdout.includes('### Acties\n\nopen: 1 · afgerond: 0\n'));
  });

  describe('--out', () => {
    it('writes the report to the file, leaving no temporary file behind', () => {
      write(dir, { 'a.md': NOTES });
      const { code, stdout, stderr } = run(['overview', '--out', 'report.json', 'a.md'], dir);
      assert.equal(code, 0);
      assert.equal(stdout, '');
      assert.equal(stderr, '');
      assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).sessions[0].title, 'Kick-off');
      assert.deepEqual(fs.readdirSync(dir).sort(), ['a.md', 'report.json']);
    });

    it('refuses to replace an existing file without --force, and replaces it with --force', () => {
      write(dir, { 'a.md': NOTES, 'report.md': 'keep me' });
      const refused = run(['overview', '--format', 'md', '--out', 'report.md', 'a.md'], dir);
      assert.equal(refused.code, 3);
      assert.equal(refused.stderr, 'facilitator-notes: report.md already exists; use --force to replace it.\n');
      assert.equal(fs.readFileSync(path.join(dir, 'report.md'), 'utf8'), 'keep me');
      const forced = run(['overview', '--format', 'md', '--out', 'report.md', '--force', 'a.md'], dir);
      assert.equal(forced.code, 0);
      assert.ok(fs.readFileSync(path.join(dir, 'report.md'), 'utf8').startsWith('# Session overview\n'));
      assert.deepEqual(fs.readdirSync(dir).sort(), ['a.md', 'report.md']);
    });

    it('still writes the report of the readable paths when one is missing', () => {
      write(dir, { 'a.md': NOTES });
      const { code } = run(['overview', '--out', 'r.json', 'a.md', 'gone'], dir);
      assert.equal(code, 1);
      assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).sessions.length, 1);
    });

    it('reports a folder that cannot be written to as a short message with exit 3', () => {
      write(dir, { 'a.md': NOTES });
      const { code, stderr } = run(['overview', '--out', 'no/such/folder/r.json', 'a.md'], dir);
      assert.equal(code, 3);
      assert.match(stderr, /^facilitator-notes: cannot write no\/such\/folder\/r\.json: ENOENT[^\n]*\n$/);
    });
  });

  describe('team vocabulary', () => {
    const TEAM_NOTES = `---
title: Team
---

## Goals #ambities #explore

One desk for all families. #party/gemeente

Housing first. #party/corporatie #relatie
`;
    const VOCABULARY = `aliases:
  ambition: [ambities]
dimensions:
  - id: party
    label: { en: Party, nl: Partij }
    values:
      - { id: gemeente, label: { en: Municipality, nl: Gemeente } }
      - corporatie
`;
    const BROKEN = `aliases:
  ambitoin: [ambities]
labels:
  foo: Bar
`;
    const session = (stdout: string) => JSON.parse(stdout).sessions[0];
    const withBuiltIn = () => run(['overview', 'team.md'], dir).stdout;

    it('counts an alias from .facilitator-notes.yaml in the current folder in the JSON matrix, keeping the contract', () => {
      write(dir, { 'team.md': TEAM_NOTES, '.facilitator-notes.yaml': VOCABULARY });
      const { code, stdout, stderr } = run(['overview', 'team.md'], dir);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      const s = session(stdout);
      assert.deepEqual(Object.keys(s), ['file', 'title', 'date', 'facilitator', 'participants', 'lang', 'observations', 'private', 'matrix', 'thermometer', 'needs', 'parties', 'decisions', 'actions', 'otherTags', 'problems']);
      assert.deepEqual(Object.keys(s.matrix), ['ambition', 'interests', 'relationship', 'organisation', 'process', 'none']);
      assert.equal(s.observations, 2);
      assert.deepEqual(s.matrix.ambition, { explore: 1, share: 0, agree: 0, shape: 0, execute: 0, none: 0 });
      assert.equal(s.matrix.relationship.explore, 1);
      assert.deepEqual(s.otherTags, {});
      assert.deepEqual(s.problems, []);
      assert.deepEqual(JSON.parse(stdout).totals.matrix.ambition.explore, 1);
    });

    it('shows a custom dimension with its labels in --format md', () => {
      write(dir, { 'team.md': TEAM_NOTES, '.facilitator-notes.yaml': VOCABULARY });
      const en = run(['overview', '--format', 'md', 'team.md'], dir);
      assert.equal(en.code, 0);
      assert.ok(en.stdout.includes('| Ambition | 1 | · | · | · | · | · | 1 |\n'), en.stdout);
      assert.ok(en.stdout.includes('### Party\n\n- Municipality: 1\n- corporatie: 1\n- No party: 0\n'), en.stdout);
      const nl = run(['overview', '--format', 'md', '--lang', 'nl', 'team.md'], dir);
      assert.ok(nl.stdout.includes('### Partij\n\n- Gemeente: 1\n- corporatie: 1\n'), nl.stdout);
    });

    it('reads the file named by --vocabulary instead of the one in the current folder', () => {
      write(dir, { 'team.md': TEAM_NOTES, 'config/team.yaml': VOCABULARY, '.facilitator-notes.yaml': BROKEN });
      const { code, stdout, stderr } = run(['overview', '--vocabulary', 'config/team.yaml', 'team.md'], dir);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assert.equal(session(stdout).matrix.ambition.explore, 1);
    });

    it('looks in the current folder only, not beside the notes', () => {
      write(dir, { 'notes/team.md': TEAM_NOTES, 'notes/.facilitator-notes.yaml': VOCABULARY });
      const { code, stdout } = run(['overview', 'notes/team.md'], dir);
      assert.equal(code, 0);
      assert.equal(session(stdout).matrix.ambition.explore, 0);
    });

    it('reports each problem of a broken file with file:line, exits 1 and reports with the built-in vocabulary', () => {
      write(dir, { 'team.md': TEAM_NOTES });
      const builtIn = withBuiltIn();
      assert.equal(session(builtIn).matrix.ambition.explore, 0);
      assert.deepEqual(session(builtIn).otherTags, { ambities: 1, 'party/corporatie': 1, 'party/gemeente': 1 });
      write(dir, { '.facilitator-notes.yaml': BROKEN });
      const { code, stdout, stderr } = run(['overview', 'team.md'], dir);
      assert.equal(code, 1);
      assert.equal(stderr,
        "facilitator-notes: .facilitator-notes.yaml:2: Unknown term 'ambitoin'.\n" +
        "facilitator-notes: .facilitator-notes.yaml:4: Unknown dimension or term 'foo'.\n" +
        'facilitator-notes: .facilitator-notes.yaml: not used; the report uses the built-in vocabulary.\n');
      assert.equal(stdout, builtIn);
    });

    it('reports a YAML syntax error with its line', () => {
      write(dir, { 'team.md': TEAM_NOTES, 'v.yaml': 'aliases:\n  ambition: [ambities\n' });
      const { code, stdout, stderr } = run(['overview', '--vocabulary', 'v.yaml', 'team.md'], dir);
      assert.equal(code, 1);
      assert.match(stderr, /^facilitator-notes: v\.yaml:3: YAML syntax: [^\n]+\nfacilitator-notes: v\.yaml: not used; the report uses the built-in vocabulary\.\n$/);
      assert.equal(stdout, withBuiltIn());
    });

    it('says so when the --vocabulary file does not exist, exits 1 and reports with the built-in vocabulary', () => {
      write(dir, { 'team.md': TEAM_NOTES, '.facilitator-notes.yaml': VOCABULARY });
      const { code, stdout, stderr } = run(['overview', '--vocabulary', 'missing.yaml', 'team.md'], dir);
      assert.equal(code, 1);
      assert.equal(stderr,
        'facilitator-notes: missing.yaml: no such file\n' +
        'facilitator-notes: missing.yaml: not used; the report uses the built-in vocabulary.\n');
      assert.equal(session(stdout).matrix.ambition.explore, 0);
      fs.rmSync(path.join(dir, '.facilitator-notes.yaml'));
      assert.equal(stdout, withBuiltIn());
    });
  });

  describe('usage', () => {
    it('prints help with the formats and exit codes', () => {
      const { code, stdout } = run(['--help'], dir);
      assert.equal(code, 0);
      assert.ok(stdout.startsWith('Usage: facilitator-notes overview [options] PATH...\n'));
      assert.match(stdout, /--format FORMAT {3}json \| md/);
      assert.ok(stdout.includes('  --vocabulary FILE the team vocabulary'));
      assert.ok(stdout.includes('Exit codes:\n  0 '));
    });

    for (const [args, message] of [
      [[], 'missing command.'],
      [['report', 'a.md'], "unknown command 'report'."],
      [['overview'], 'no PATH given.'],
      [['overview', '--format', 'pdf', 'a.md'], "unknown format 'pdf'; use json, md"],
      [['overview', '--lang', 'de', 'a.md'], "unknown language 'de'; use en, nl."],
    ] as [string[], string][]) {
      it(`exits 2 with a message for: ${args.join(' ') || '(nothing)'}`, () => {
        const { code, stdout, stderr } = run(args, dir);
        assert.equal(code, 2);
        assert.equal(stdout, '');
        assert.ok(stderr.startsWith(`facilitator-notes: ${message}`), stderr);
        assert.ok(stderr.endsWith("Run 'facilitator-notes --help' for usage.\n"));
      });
    }

    it('exits 2 for an unknown option, without a stack trace', () => {
      const { code, stderr } = run(['overview', '--colour', 'a.md'], dir);
      assert.equal(code, 2);
      assert.match(stderr, /^facilitator-notes: Unknown option '--colour'/);
      assert.doesNotMatch(stderr, /\n\s+at /);
    });
  });
});
