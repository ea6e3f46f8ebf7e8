// The partners' report of notes the front matter makes private is refused before anything is written (exit 2, the
// reason on stderr); the facilitator's report of the same notes is made as ever.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run, write } from './run';

const PRIVATE = '---\ntitle: Overnameplan\nprivé: ja\n---\n\nWe praten over kastanjes. #relatie\n';
const SHARED = '---\ntitle: Overleg\n---\n\nWij willen één loket. #ambitie\n';
/** What stderr says of a refused file. */
const refused = (file: string) => `facilitator-notes: ${file}: the front matter makes these notes private, so there is no report of them for the partners\n`;

describe('cli: a private session is refused for the partners', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-private-refusal-'));
    write(dir, { 'geheim.md': PRIVATE, 'map/geheim.md': PRIVATE, 'map/overleg.md': SHARED });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of ['md', 'html', 'json', 'csv']) {
    it(`${format}: exit 2, the reason on stderr, nothing on stdout`, () => {
      const result = run(['overview', '--audience', 'partners', '--format', format, 'geheim.md'], dir);
      assert.deepEqual(result, { code: 2, stdout: '', stderr: refused('geheim.md') });
    });
  }

  it('docx: exit 2 and no file written', () => {
    const result = run(['overview', '--audience', 'partners', '--format', 'docx', '--out', 'verslag.docx', 'geheim.md'], dir);
    assert.deepEqual(result, { code: 2, stdout: '', stderr: refused('geheim.md') });
    assert.deepEqual(fs.readdirSync(dir).sort(), ['geheim.md', 'map']);
  });

  it('a folder with one private session among shared ones: the whole report is refused', () => {
    const result = run(['overview', '--audience', 'partners', '--format', 'md', 'map'], dir);
    assert.deepEqual(result, { code: 2, stdout: '', stderr: refused(path.join('map', 'geheim.md')) });
  });

  it('a private mark that marks nothing: refused with the problem and its line, for every format', () => {
    write(dir, { 'los.md': 'Gedeeld #relatie\n\n#private\n\nGeheim plan #relatie\n' });
    for (const format of ['md', 'json']) {
      const result = run(['overview', '--audience', 'partners', '--format', format, 'los.md'], dir);
      assert.deepEqual(result, { code: 2, stdout: '', stderr: 'facilitator-notes: los.md:3: A private mark that marks nothing: put it on the paragraph it belongs to; '
        + 'the partners\' report waits until this is fixed\n' });
    }
    assert.equal(run(['overview', '--format', 'md', 'los.md'], dir).code, 0);
  });

  it('the facilitator\'s report of the same notes is made, the private title and all', () => {
    const result = run(['overview', '--format', 'md', 'geheim.md'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /## Overnameplan\n/);
  });
});
