// `facilitator-notes qdc`: the codebook written, and read back into a team vocabulary file the notes then use.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { run, write } from './run';

const VOCABULARY = 'dimensions:\n  - id: theme\n    label: Theme\n    values: [housing, { id: care-at-home, label: Care at home }]\n';

describe('cli: facilitator-notes qdc', function () {
  this.timeout(20000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-qdc-'));
    write(dir, { 'team.yaml': VOCABULARY, 'notes/a.md': '---\ntitle: A\n---\n\nOne desk. #ambition #koffie\n' });
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the vocabulary as a codebook, with the free tags the notes use', () => {
    const { code, stderr } = run(['qdc', '--out', 'team.qdc', '--vocabulary', 'team.yaml', 'notes'], dir);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const doc = new DOMParser().parseFromString(fs.readFileSync(path.join(dir, 'team.qdc'), 'utf8'), 'text/xml');
    assert.equal(doc.documentElement.namespaceURI, 'urn:QDA-XML:codebook:1.0');
    const top = Array.from(doc.documentElement.getElementsByTagName('Codes')[0].childNodes).filter((n) => n.nodeType === 1).map((n) => (n as Element).getAttribute('name'));
    assert.deepEqual(top, ['Condition', 'Phase', 'Thermometer', 'Need', 'Signal', 'Theme', 'Free tags', 'Facilitator Notes']);
    assert.ok(Array.from(doc.getElementsByTagName('Code')).some((c) => c.getAttribute('name') === 'koffie'));
  });

  it('imports a codebook into a new vocabulary file that the overview then reads', () => {
    const imported = run(['qdc', '--import', 'team.qdc', '--out', 'imported.yaml', '--dimension', 'thema', '--label', 'Thema'], dir);
    assert.equal(imported.code, 0, imported.stderr);
    assert.equal(imported.stdout, '4 codes imported as #thema/… into imported.yaml.\n');
    assert.match(imported.stderr, /team\.qdc: 'Ambition': already a term of condition \(ambition\); not imported\./);
    write(dir, { 'notes/b.md': '---\ntitle: B\n---\n\nWaiting lists. #ambition #thema/careathome\n' });
    const overview = run(['overview', '--vocabulary', 'imported.yaml', 'notes/b.md'], dir);
    assert.equal(overview.stderr, '');
    assert.deepEqual(JSON.parse(overview.stdout).sessions[0].otherTags, {});
  });

  it('never replaces a file without --force, and writes nothing for a file that is no codebook', () => {
    const refused = run(['qdc', '--import', 'team.qdc', '--out', 'team.yaml'], dir);
    assert.equal(refused.code, 3);
    assert.equal(fs.readFileSync(path.join(dir, 'team.yaml'), 'utf8'), VOCABULARY);
    const bad = run(['qdc', '--import', 'team.yaml', '--out', 'bad.yaml'], dir);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /team\.yaml: not a REFI-QDA codebook/);
    assert.ok(!fs.existsSync(path.join(dir, 'bad.yaml')));
    assert.equal(run(['qdc', 'notes'], dir).code, 2);
  });
});
