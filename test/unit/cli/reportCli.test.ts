import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderPartnerReport } from '../../../src/core/render/report/partnerReport';

// The built CLI's report options: --audience, --thermometer and the partners' default language.
const CLI = path.resolve(__dirname, '../../../cli.js');
const NOTES = `---
title: Kick-off
date: 2026-03-02
thermometer: vriendschappelijk
---

## Doelen #ambitie #verkennen

We willen één loket voor alle gezinnen.

Piet zit er chagrijnig bij. #privé

14:05 #waakzaam
`;

describe('cli: the report for the partners', function () {
  this.timeout(20000);
  let dir: string;
  const run = (args: string[], paths = ['a.md']) => {
    const result = spawnSync(process.execPath, [CLI, 'overview', ...args, ...paths], { cwd: dir, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-report-cli-'));
    fs.writeFileSync(path.join(dir, 'a.md'), NOTES);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--audience partners renders the partner report in the notes\' language, --lang overrides it', () => {
    const notes = { file: 'a.md', text: NOTES };
    const nl = run(['--format', 'md', '--audience', 'partners']);
    assert.equal(nl.code, 0, nl.stderr);
    assert.equal(nl.stdout, renderPartnerReport(notes, { format: 'md', lang: 'nl' }));
    assert.match(nl.stdout, /^\*Verslag\*\n\n# Kick-off\n\n\*\*Datum:\*\* maandag 2 maart 2026\n\n## Wat er besproken is\n\n### Doelen\n\nWe willen één loket voor alle gezinnen\.\n\n## Besluiten/);
    assert.equal(run(['--format', 'md', '--audience', 'partners', '--lang', 'en']).stdout, renderPartnerReport(notes, { format: 'md', lang: 'en' }));
  });

  it('--readings keeps the paragraphs that carry a level; --group-by condition groups them per condition', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), NOTES.replace('14:05 #waakzaam', 'De sfeer is gespannen. #waakzaam'));
    assert.ok(!run(['--format', 'md', '--audience', 'partners']).stdout.includes('gespannen'));
    assert.ok(run(['--format', 'md', '--audience', 'partners', '--readings']).stdout.includes('De sfeer is gespannen.\n'));
    assert.match(run(['--format', 'md', '--audience', 'partners', '--group-by', 'condition']).stdout,
      /## Wat er besproken is\n\n### Ambitie\n\n- We willen één loket voor alle gezinnen\.\n\n## Besluiten/);
    const bad = run(['--format', 'md', '--audience', 'partners', '--group-by', 'party']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown grouping 'party'; use agenda, condition\./);
  });

  it('one session per report: several sessions without --out are refused with exit 2, nothing written', () => {
    fs.writeFileSync(path.join(dir, 'b.md'), NOTES.replace('Kick-off', 'Vervolg'));
    for (const format of ['md', 'html', 'json', 'csv']) {
      const refused = run(['--format', format, '--audience', 'partners'], ['a.md', 'b.md']);
      assert.equal(refused.code, 2, format);
      assert.equal(refused.stdout, '');
      assert.equal(refused.stderr, 'facilitator-notes: --audience partners makes one report per session, and 2 sessions were found: give --out FOLDER to write one file per session, or give one notes file.\n');
    }
    assert.equal(run(['--format', 'md', '--audience', 'partners'], ['.']).code, 2);
  });

  it('several sessions with --out FOLDER: one file per session, named after its notes file, each that session\'s report', () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'a.md'), NOTES.replace('Kick-off', 'Vervolg'));
    for (const format of ['md', 'docx']) {
      const done = run(['--format', format, '--audience', 'partners', '--out', 'reports'], ['a.md', 'sub/a.md']);
      assert.equal(done.code, 0, done.stderr);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'reports')).sort(), format === 'md' ? ['a-2.md', 'a.md'] : ['a-2.docx', 'a-2.md', 'a.docx', 'a.md']);
    }
    assert.equal(fs.readFileSync(path.join(dir, 'reports', 'a.md'), 'utf8'), renderPartnerReport({ file: 'a.md', text: NOTES }, { format: 'md', lang: 'nl' }));
    assert.ok(fs.readFileSync(path.join(dir, 'reports', 'a-2.md'), 'utf8').includes('# Vervolg\n'));
    const again = run(['--format', 'md', '--audience', 'partners', '--out', 'reports'], ['a.md', 'sub/a.md']);
    assert.equal(again.code, 3);
    assert.match(again.stderr, /a\.md already exists; use --force to replace it\./);
    assert.equal(run(['--format', 'md', '--audience', 'partners', '--out', 'reports', '--force'], ['a.md', 'sub/a.md']).code, 0);
  });

  it('one session with --out: a file, or into a folder that exists', () => {
    assert.equal(run(['--format', 'md', '--audience', 'partners', '--out', 'r.md']).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'r.md'), 'utf8'), renderPartnerReport({ file: 'a.md', text: NOTES }, { format: 'md', lang: 'nl' }));
    fs.mkdirSync(path.join(dir, 'out'));
    assert.equal(run(['--format', 'html', '--audience', 'partners', '--out', 'out']).code, 0);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), ['a.html']);
  });

  it('--thermometer adds the course, without line numbers', () => {
    const { stdout } = run(['--format', 'md', '--audience', 'partners', '--thermometer']);
    assert.ok(stdout.endsWith('## Thermometer\n\nVriendschappelijk (begin) → Waakzaam (14:05)\n\n**Einde:** Waakzaam  \n**Piek:** Waakzaam\n'), stdout);
  });

  it('--audience partners --format json leaves private observations out of every count', () => {
    const facilitator = JSON.parse(run(['--format', 'json']).stdout);
    const partners = JSON.parse(run(['--format', 'json', '--audience', 'partners']).stdout);
    assert.equal(facilitator.sessions[0].observations, 2);
    assert.equal(partners.sessions[0].observations, 1);
    assert.equal(partners.totals.matrix.ambition.explore, 1);
  });

  it('--audience partners json and csv leave out the paragraphs that carry a level or a signal, as the report does; --readings keeps them', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), NOTES.replace('14:05 #waakzaam', 'De sfeer is gespannen. #waakzaam\n\nWe praten langs elkaar heen. #spraakverwarring'));
    const json = (args: string[]) => JSON.parse(run(['--format', 'json', '--audience', 'partners', ...args]).stdout).sessions[0].observations;
    assert.equal(json([]), 1);
    assert.equal(json(['--readings']), 3);
    const csv = run(['--format', 'csv', '--audience', 'partners']).stdout;
    assert.ok(csv.includes('We willen één loket'), csv);
    assert.ok(!csv.includes('gespannen') && !csv.includes('langs elkaar'), csv);
  });

  it('the facilitator audience speaks the notes\' language too (issue 24), and --lang en overrides', () => {
    assert.match(run(['--format', 'md']).stdout, /^# Sessieoverzicht\n/);
    assert.match(run(['--format', 'md', '--lang', 'en']).stdout, /^# Session overview\n/);
  });

  it('refuses an unknown audience', () => {
    const { code, stderr } = run(['--audience', 'press']);
    assert.equal(code, 2);
    assert.match(stderr, /unknown audience 'press'; use facilitator, partners\./);
  });
});
