// A session full of private remarks, rendered for the partners in every format through the CLI: not one
// private word may appear. The same words do appear for the facilitator, so the test can fail.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { wordText } from '../helpers/wordFile';

const CLI = path.resolve(__dirname, '../../../cli.js');
const NOTES = path.resolve(__dirname, '../../../../test/fixtures/report/private-remarks.md');

/** Each word occurs only in a private paragraph, list item, heading section, nested item, action or decision (or its tags). */
const PRIVATE_WORDS = ['kastanjes', 'zucht', 'zebrapad', 'pinguïnmoment', 'ooievaar', 'giraffe', 'marimba', 'xylofoonzorgen',
  'trombonist', 'hoboïst', 'geheimtag', 'recognition', 'erkenning'];
/** What the partners do get (the JSON has counts, no texts). */
const SHARED_WORDS = ['loket', 'planning', 'cijfers', 'agenda', 'maandelijks'];

describe('privacy: the partners\' outputs hold no private word', function () {
  this.timeout(30_000);
  let dir: string;
  const outputs: Record<string, string> = {};
  const facilitator: string[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-privacy-'));
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, [CLI, 'overview', ...args, NOTES], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      return result.stdout;
    };
    for (const format of ['html', 'md', 'csv', 'json']) {
      outputs[format] = run(['--format', format, '--audience', 'partners', '--thermometer']);
      facilitator.push(run(['--format', format, '--lang', 'nl']));
    }
    run(['--format', 'docx', '--audience', 'partners', '--thermometer', '--out', 'partners.docx']);
    outputs.docx = await wordText(fs.readFileSync(path.join(dir, 'partners.docx')));
    run(['--format', 'docx', '--lang', 'nl', '--out', 'facilitator.docx']);
    facilitator.push(await wordText(fs.readFileSync(path.join(dir, 'facilitator.docx'))));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the facilitator\'s outputs hold every private word (the words are really in the notes)', () => {
    const all = facilitator.join('\n').toLowerCase();
    assert.deepEqual(PRIVATE_WORDS.filter((w) => !all.includes(w)), []);
  });

  for (const format of ['html', 'md', 'docx', 'csv', 'json']) {
    it(`${format}: no private word, and the shared ones are there`, () => {
      const text = outputs[format].toLowerCase();
      assert.deepEqual(PRIVATE_WORDS.filter((w) => text.includes(w)), []);
      if (format !== 'json') assert.deepEqual(SHARED_WORDS.filter((w) => !text.includes(w)), []);
    });
  }

  it('json: private observations are in no count', () => {
    const report = JSON.parse(outputs.json);
    assert.equal(report.sessions[0].observations, 3);
    assert.equal(report.totals.observations, 3);
    assert.equal(report.sessions[0].matrix.relationship.explore, 0);
    assert.deepEqual(report.sessions[0].actions, { ...report.sessions[0].actions, open: 1, done: 0 });
    assert.deepEqual(report.sessions[0].needs, {});
    assert.deepEqual(report.sessions[0].otherTags, {});
  });

  it('csv: one row per shared observation, action and decision, and no private column', () => {
    const rows = outputs.csv.split('\r\n');
    assert.equal(rows[0], '\uFEFFdatum;sessie;soort;tekst;condities;fase;behoeften;partijen;wie;uiterlijk;status');
    assert.deepEqual(rows.slice(1, -1).map((r) => r.split(';').slice(2, 4).join(': ')), [
      'observatie: Gemeente: we willen één loket voor alle gezinnen.', 'observatie: Het Anker wil eerst de planning zien.',
      'observatie: Het Anker deelt de cijfers.', 'actie: Stuur de agenda', 'besluit: We besluiten maandelijks bij elkaar te komen.',
    ]);
  });
});
