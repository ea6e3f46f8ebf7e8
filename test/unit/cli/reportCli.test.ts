import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSession } from '../../../src/core/parse/parser';
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
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [CLI, 'overview', ...args, 'a.md'], { cwd: dir, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-report-cli-'));
    fs.writeFileSync(path.join(dir, 'a.md'), NOTES);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--audience partners renders the partner report in the notes\' language, --lang overrides it', () => {
    const session = parseSession(NOTES, { file: 'a.md' });
    const nl = run(['--format', 'md', '--audience', 'partners']);
    assert.equal(nl.code, 0, nl.stderr);
    assert.equal(nl.stdout, renderPartnerReport([session], { format: 'md', lang: 'nl' }));
    assert.match(nl.stdout, /^# Kick-off\n\n\*\*Datum:\*\* 2026-03-02\n\n## Wat er besproken is\n/);
    assert.equal(run(['--format', 'md', '--audience', 'partners', '--lang', 'en']).stdout, renderPartnerReport([session], { format: 'md', lang: 'en' }));
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
