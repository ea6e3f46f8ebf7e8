import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { documentDocx } from '../../../src/core/render/report/docx';
import { facilitatorDocument } from '../../../src/core/render/report/facilitatorDocument';
import { partnerDocument } from '../../../src/core/render/report/partnerReport';
import { ReportDocument } from '../../../src/core/render/report/reportDocument';
import { handAction, handDecision, handObservation, handSession } from '../helpers/sessions';
import { wordHeadings, wordTables, wordText } from '../helpers/wordFile';

const CLI = path.resolve(__dirname, '../../../cli.js');

const session = handSession({
  title: 'Regiotafel', date: '2026-04-09', facilitator: 'Esther', lang: 'nl',
  participants: [{ name: 'Gemeente', aliases: [] }, { name: 'Het Anker', aliases: [] }],
  observations: [
    handObservation('We want one front door', { startLine: 5, conditions: ['ambition'], phase: 'explore', parties: ['Het Anker'] }),
    handObservation('Jan looks bored', { startLine: 9, conditions: ['relationship'], phase: 'explore', private: true }),
  ],
  decisions: [handDecision('We meet monthly', { line: 15 })],
  actions: [handAction('Send the plan', { line: 18, owner: 'Gemeente', due: '2026-04-20' }), handAction('Warn Jan', { line: 20, private: true })],
});

/** The tables of a report document, as the Word file should hold them. */
const tablesOf = (doc: ReportDocument) => doc.parts.flatMap((p) => p.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [[b.head, ...b.rows]] : []))));

describe('Word (.docx) report, read back with mammoth', function () {
  this.timeout(20_000);

  it('partners: exactly the report\'s text, with real headings and tables', async () => {
    const doc = partnerDocument([session], { lang: 'en' });
    const bytes = await documentDocx(doc);
    const zero = (name: string) => [name, '0', '0', '0', '0', '0', '0', '0'];
    assert.equal(await wordText(bytes), [
      'Regiotafel', 'Date: 2026-04-09', 'Facilitator: Esther', 'Participants: Gemeente, Het Anker',
      'What was discussed', 'Ambition', 'Explore', 'We want one front door (Het Anker)',
      'Decisions', 'We meet monthly',
      'Actions', 'Action', 'Owner', 'Due', 'Status', 'Send the plan', 'Gemeente', '2026-04-20', 'Open', '',
      'Condition × phase', 'Condition × phase', 'Explore', 'Share', 'Agree', 'Shape', 'Execute', 'No phase', 'Total',
      'Ambition', '1', '0', '0', '0', '0', '0', '1', ...['Interests', 'Relationship', 'Organisation', 'Process', 'No condition'].flatMap(zero), '',
    ].map((line) => `${line}\n\n`).join(''));
    assert.deepEqual(await wordHeadings(bytes), [[1, 'Regiotafel'], [2, 'What was discussed'], [3, 'Ambition'], [4, 'Explore'],
      [2, 'Decisions'], [2, 'Actions'], [2, 'Condition × phase']]);
    assert.deepEqual(await wordTables(bytes), tablesOf(doc));
    assert.deepEqual((await wordTables(bytes))[0], [['Action', 'Owner', 'Due', 'Status'], ['Send the plan', 'Gemeente', '2026-04-20', 'Open']]);
  });

  it('facilitator: private items marked, line numbers, every table as built', async () => {
    const doc = facilitatorDocument([session], 'nl');
    const bytes = await documentDocx(doc);
    const text = await wordText(bytes);
    assert.ok(text.includes('Jan looks bored (privé, regel 9)\n\n'), text);
    assert.ok(text.startsWith('Regiotafel\n\nDatum: 2026-04-09\n\nFacilitator: Esther\n\nDeelnemers: Gemeente, Het Anker\n\nObservaties: 2\n\n'), text);
    assert.deepEqual(await wordTables(bytes), tablesOf(doc));
    assert.deepEqual((await wordTables(bytes))[2], [
      ['Actie', 'Wie', 'Uiterlijk', 'Status', 'Privé', 'Regel'],
      ['Send the plan', 'Gemeente', '2026-04-20', 'Open', '', '18'],
      ['Warn Jan', '—', '—', 'Open', 'privé', '20'],
    ]);
  });

  describe('cli --format docx in plain Node', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-docx-'));
      fs.writeFileSync(path.join(dir, 'a.md'), '---\ntitle: Kick-off\ndate: 2026-03-02\nlang: nl\n---\n\nWe willen één loket. #ambitie #verkennen\n\n- [ ] Notulen sturen @Esther 20-04-2026\n');
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });

    for (const audience of ['facilitator', 'partners']) {
      it(`writes a Word file for the ${audience}`, async () => {
        const result = run(['overview', '--format', 'docx', '--audience', audience, '--out', 'r.docx', ...(audience === 'partners' ? ['--lang', 'nl'] : []), 'a.md']);
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout, '');
        const text = await wordText(fs.readFileSync(path.join(dir, 'r.docx')));
        assert.ok(text.startsWith('Kick-off\n\n'), text);
        assert.ok(text.includes(audience === 'partners' ? '\n\nWat er besproken is\n\nAmbitie\n\nVerkennen\n\nWe willen één loket.\n\n' : '\n\nWe willen één loket. (regel 7)\n\n'), text);
      });
    }

    it('refuses docx without --out (usage error)', () => {
      const result = run(['overview', '--format', 'docx', 'a.md']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /--format docx writes a Word file: give --out FILE\./);
    });
  });
});
