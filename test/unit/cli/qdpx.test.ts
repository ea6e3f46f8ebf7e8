// `facilitator-notes qdpx`: the built CLI writes a REFI-QDA project of a folder of notes, atomically, and
// never over an existing file without --force.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { run, write } from './run';

const notes = (title: string, date: string, body: string) => `---\ntitle: ${title}\ndate: ${date}\nfacilitator: Esther\n---\n\n${body}\n`;

const FILES: Record<string, string> = {
  'pact/2026-03-01-start.md': notes('Start', '2026-03-01', '## Goals #ambition #explore\n\nOne desk for all families.\n\nJan looks tired. #private #relationship'),
  'zorg/2026-02-10-kick-off.md': notes('Kick-off', '2026-02-10', 'We met. #relationship #share'),
  'readme.md': 'Just a readme without tags.\n',
};

function projectOf(file: string): { doc: Document; files: Record<string, string> } {
  const entries = unzipSync(fs.readFileSync(file));
  const files = Object.fromEntries(Object.entries(entries).map(([name, b]) => [name, new TextDecoder().decode(b)]));
  return { doc: new DOMParser().parseFromString(files['project.qde'], 'text/xml') as unknown as Document, files };
}

const names = (doc: Document, element: string) => Array.from(doc.getElementsByTagName(element)).map((e) => e.getAttribute('name'));

describe('cli: facilitator-notes qdpx', function () {
  this.timeout(20000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-qdpx-'));
    write(dir, FILES);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a project of the session notes found: a source per session, cases per collaboration folder', () => {
    const { code, stdout, stderr } = run(['qdpx', '--out', 'project.qdpx', '.'], dir);
    assert.equal(stderr, '');
    assert.equal(stdout, '');
    assert.equal(code, 0);
    const { doc, files } = projectOf(path.join(dir, 'project.qdpx'));
    assert.equal(doc.documentElement.getAttribute('name'), 'Facilitator Notes');
    assert.deepEqual(names(doc, 'TextSource'), ['Start', 'Kick-off']);
    assert.deepEqual(names(doc, 'Case'), ['pact', 'zorg']);
    assert.equal(Object.keys(files).length, 3);
    assert.ok(!Object.values(files).join('').includes('tired'), 'private left out');
  });

  it('includes private parts with --include-private, and names codes in Dutch with --lang nl', () => {
    const { code } = run(['qdpx', '--out', 'all.qdpx', '--include-private', '--lang', 'nl', '--name', 'Pact', 'pact'], dir);
    assert.equal(code, 0);
    const { doc, files } = projectOf(path.join(dir, 'all.qdpx'));
    assert.equal(doc.documentElement.getAttribute('name'), 'Pact');
    assert.ok(Object.values(files).join('').includes('Jan looks tired.'));
    assert.ok(names(doc, 'Code').includes('Privé'));
    assert.ok(names(doc, 'Code').includes('Ambitie'));
  });

  it('names codes in the language of the most recent notes when --lang is not given', () => {
    const dutch = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-qdpx-nl-'));
    try {
      write(dutch, {
        'oud.md': notes('Start', '2026-03-01', 'We begonnen. #relationship #share'),
        'nieuw.md': notes('Vervolg', '2026-04-01', 'We willen één loket. #ambitie #verkennen'),
      });
      assert.equal(run(['qdpx', '--out', 'p.qdpx', '.'], dutch).code, 0);
      const { doc } = projectOf(path.join(dutch, 'p.qdpx'));
      assert.deepEqual(names(doc, 'Code').slice(0, 3), ['Conditie', 'Ambitie', 'Belangen']);
    } finally {
      fs.rmSync(dutch, { recursive: true, force: true });
    }
  });

  it('never replaces an existing file without --force, and replaces it with', () => {
    write(dir, { 'taken.qdpx': 'mine' });
    const refused = run(['qdpx', '--out', 'taken.qdpx', '.'], dir);
    assert.equal(refused.code, 3);
    assert.equal(refused.stderr, 'facilitator-notes: taken.qdpx already exists; use --force to replace it.\n');
    assert.equal(fs.readFileSync(path.join(dir, 'taken.qdpx'), 'utf8'), 'mine');
    assert.equal(run(['qdpx', '--out', 'taken.qdpx', '--force', '.'], dir).code, 0);
    assert.deepEqual(names(projectOf(path.join(dir, 'taken.qdpx')).doc, 'TextSource'), ['Start', 'Kick-off']);
  });

  it('refuses notes that are private as a whole unless --include-private, and writes nothing', () => {
    write(dir, { 'secret/geheim.md': '---\ntitle: Overnameplan\nprivé: ja\n---\n\nWe praten over kastanjes. #relatie\n' });
    const refused = run(['qdpx', '--out', 'secret.qdpx', 'secret'], dir);
    assert.deepEqual(refused, { code: 2, stdout: '', stderr: `facilitator-notes: ${path.join('secret', 'geheim.md')}: the front matter makes these notes private, so there is no report of them for the partners; use --include-private for a project of your own\n` });
    assert.ok(!fs.existsSync(path.join(dir, 'secret.qdpx')));
    assert.equal(run(['qdpx', '--out', 'secret.qdpx', '--include-private', 'secret'], dir).code, 0);
    assert.ok(Object.values(projectOf(path.join(dir, 'secret.qdpx')).files).join('').includes('kastanjes'));
  });

  it('says what is wrong with the command: no --out, another extension, no PATH', () => {
    assert.deepEqual(run(['qdpx', '.'], dir), { code: 2, stdout: '', stderr: "facilitator-notes: --out FILE.qdpx is required: a project is a ZIP file, not text for the terminal.\nRun 'facilitator-notes qdpx --help' for usage.\n" });
    assert.equal(run(['qdpx', '--out', 'x.zip', '.'], dir).code, 2);
    assert.equal(run(['qdpx', '--out', 'x.qdpx'], dir).code, 2);
    assert.ok(!fs.existsSync(path.join(dir, 'x.qdpx')));
    assert.match(run(['qdpx', '--help'], dir).stdout, /^Usage: facilitator-notes qdpx --out FILE\.qdpx/);
  });
});
