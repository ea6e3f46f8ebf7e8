// Without --lang the CLI's readable formats speak the notes' language (issue 24): the overview that of
// the most recent notes, the dossier likewise; --lang still overrides.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run, write } from './run';

const DUTCH = `---
title: Aftrap
date: 2026-03-02
---

## Doelen #ambitie #verkennen

Eén loket voor alle gezinnen. #behoefte/vertrouwen

- [ ] Verslag rondsturen @Esther
`;

const ENGLISH = `---
title: Kick-off
date: 2026-02-01
---

## Goals #ambition #explore

One desk for all families.
`;

describe('cli: the notes decide the language', function () {
  this.timeout(20000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-cli-lang-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('overview of Dutch notes without --lang is Dutch', () => {
    write(dir, { 'a.md': DUTCH });
    const { code, stdout } = run(['overview', '--format', 'md', 'a.md'], dir);
    assert.equal(code, 0);
    assert.ok(stdout.startsWith('# Sessieoverzicht\n\n## Aftrap\n'), stdout.slice(0, 80));
    assert.ok(stdout.includes('| Ambitie | 2 | · | · | · | · | · | 2 |\n'));
    assert.ok(stdout.includes('### Acties\n\nopen: 1 · afgerond: 0\n'));
    assert.ok(!stdout.includes('Session overview'));
  });

  it('overview of English notes without --lang is English; --lang nl overrides', () => {
    write(dir, { 'b.md': ENGLISH });
    assert.ok(run(['overview', '--format', 'md', 'b.md'], dir).stdout.startsWith('# Session overview\n\n## Kick-off\n'));
    assert.ok(run(['overview', '--format', 'md', '--lang', 'nl', 'b.md'], dir).stdout.startsWith('# Sessieoverzicht\n'));
  });

  it('overview of mixed notes speaks the most recent notes\' language, the CSV header too', () => {
    write(dir, { 'a.md': DUTCH, 'b.md': ENGLISH });
    assert.ok(run(['overview', '--format', 'md', '.'], dir).stdout.startsWith('# Sessieoverzicht\n'));
    assert.ok(run(['overview', '--format', 'csv', '.'], dir).stdout.startsWith('\uFEFFbestand,datum,regel,tekst,condities,fase,stand,'));
  });

  it('dossier of Dutch notes without --lang is Dutch; --lang en overrides', () => {
    write(dir, { 'pact/a.md': DUTCH });
    const nl = run(['dossier', '--format', 'md', '--today', '2026-03-10', '.'], dir);
    assert.equal(nl.code, 0);
    assert.ok(nl.stdout.startsWith('# Dossier: pact\n\nSessies: 1 · '), nl.stdout.slice(0, 80));
    assert.ok(nl.stdout.includes('## Alle acties\n'));
    assert.ok(run(['dossier', '--format', 'md', '--lang', 'en', '--today', '2026-03-10', '.'], dir).stdout.startsWith('# Dossier: pact\n\nSessions: 1 · '));
  });
});
