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
import { HARBOUR } from '../helpers/harbourNotes';
import JSZip from 'jszip';
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
const tablesOf = (doc: ReportDocument) => doc.parts.flatMap((p) => [...p.sections].flatMap((s) => [...s.blocks].flatMap((b) => {
  if (b.kind === 'chart') return [[[b.map.title, ...b.map.columns], ...b.map.rows.map((r, i) => [r, ...b.map.counts[i].map((n) => (n ? String(n) : ''))])]];
  return b.kind === 'table' ? [[b.head, ...b.rows]] : [];
})));

describe('Word (.docx) report, read back with mammoth', function () {
  this.timeout(20_000);

  it('partners: the report\'s text in order, title style, real headings and the actions table', async () => {
    const doc = partnerDocument({ file: 'harbour.md', text: HARBOUR }, { lang: 'en' });
    const bytes = await documentDocx(doc);
    assert.equal(await wordText(bytes), [
      'REPORT', 'Harbour table', 'Date: Wednesday 14 October 2026', 'Location: Town hall, room 2', 'Facilitator: Esther',
      'Present: Harbour Engineering, Vossen Installatietechniek', 'Absent: City', 'Next meeting: Tuesday 3 November 2026, 14:00, town hall',
      'Summary', 'We chose one shared front door.',
      'What was discussed', 'Welcome and a round of names.', 'Getting started', 'Harbour Engineering: can start in March', 'Harbour Engineering: needs a clear brief',
      'Vossen Installatietechniek: wants the planning first.', 'One front door for all clients.', 'Also for the small firms.',
      'How do we go on?', 'The decisions and agreements made here are listed under Decisions and Actions.',
      'Decisions', 'We meet every month. (How do we go on?)',
      'Actions', 'Action', 'Who', 'Due', 'Status', 'Send the brief', 'Harbour Engineering', '20 October 2026', 'Open', 'Book the room', 'Esther', '—', 'Done', '',
      'Next meeting', 'Tuesday 3 November 2026, 14:00, town hall',
      'The collaboration in the model', 'Phase at the end of the meeting: Agree', 'Conditions discussed: Ambition, Interests, Relationship, Process',
      'Observations per condition and phase', 'Explore', 'Agree', 'Ambition', '2', '', 'Interests', '1', '', 'Relationship', '1', '', 'Process', '1', '1',
      'Each count is the number of items above that were noted under that condition and phase.',
    ].map((line) => `${line}\n\n`).join(''));
    assert.deepEqual(await wordHeadings(bytes), [[2, 'Summary'], [2, 'What was discussed'], [3, 'Getting started'], [3, 'How do we go on?'],
      [2, 'Decisions'], [2, 'Actions'], [2, 'Next meeting'], [2, 'The collaboration in the model']]);
    assert.deepEqual(await wordTables(bytes), tablesOf(doc));
  });

  it('partners: document language, header, footer page fields, keep-with-next headings, fixed action columns, the heat map shaded', async () => {
    for (const [lang, language, footer] of [['nl', 'nl-NL', 'Pagina'], ['en', 'en-GB', 'Page']] as const) {
      const zip = await JSZip.loadAsync(await documentDocx(partnerDocument({ file: 'harbour.md', text: HARBOUR }, { lang })));
      const part = (name: string) => zip.file(name)!.async('string');
      const names = Object.keys(zip.files);
      assert.match(await part('word/styles.xml'), new RegExp(`<w:lang w:val="${language}"/>`));
      const document = await part('word/document.xml');
      assert.match(document, /<w:pStyle w:val="Title"\/>/);
      const header = await part(names.find((n) => /^word\/header\d+\.xml$/.test(n))!);
      assert.ok(header.includes(`Harbour table · ${lang === 'nl' ? '14 oktober 2026' : '14 October 2026'}`), header);
      const footerXml = await part(names.find((n) => /^word\/footer\d+\.xml$/.test(n))!);
      assert.deepEqual([...footerXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => (m[1] ?? m[2]).trim()).filter(Boolean),
        [footer, 'PAGE', lang === 'nl' ? 'van' : 'of', 'NUMPAGES']);
      const headings = [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading(\d)"\/>((?!<\/w:p>).)*<\/w:p>/g)];
      assert.equal(headings.length, 8);
      for (const h of headings) assert.ok(h[0].includes('<w:keepNext/>'), h[0]);
      assert.match(document, /<w:tblLayout w:type="fixed"\/>/);
      assert.match(document, /<w:tblGrid><w:gridCol w:w="4637"\/><w:gridCol w:w="1875"\/><w:gridCol w:w="1875"\/><w:gridCol w:w="1480"\/><\/w:tblGrid>/);
      // The heat map: the largest count darkest, white text on it; an empty cell white.
      assert.deepEqual([...document.matchAll(/<w:shd [^>]*w:fill="([0-9A-F]{6})"[^>]*\/>/g)].map((m) => m[1]),
        ['1F4E8C', 'FFFFFF', '7B9AC1', 'FFFFFF', '7B9AC1', 'FFFFFF', '7B9AC1', '7B9AC1']);
      assert.equal(names.filter((n) => n.startsWith('word/media/')).length, 0);
    }
  });

  it('facilitator: private items marked, line numbers, every table as built', async () => {
    const doc = facilitatorDocument([session], 'nl');
    const bytes = await documentDocx(doc);
    const text = await wordText(bytes);
    assert.ok(text.includes('Jan looks bored (privé, regel 9)\n\n'), text);
    assert.ok(text.startsWith('Regiotafel\n\nDatum: donderdag 9 april 2026\n\nFacilitator: Esther\n\nDeelnemers: Gemeente, Het Anker\n\nObservaties: 2\n\n'), text);
    assert.deepEqual(await wordTables(bytes), tablesOf(doc));
    assert.deepEqual((await wordTables(bytes))[2], [
      ['Actie', 'Wie', 'Uiterlijk', 'Status', 'Privé', 'Regel'],
      ['Send the plan', 'Gemeente', '20 apr. 2026', 'Open', '', '18'],
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
        assert.ok(text.startsWith(audience === 'partners' ? 'VERSLAG\n\nKick-off\n\nDatum: maandag 2 maart 2026\n\n' : 'Kick-off\n\n'), text);
        assert.ok(text.includes(audience === 'partners' ? '\n\nWat er besproken is\n\nWe willen één loket.\n\nBesluiten\n\n' : '\n\nWe willen één loket. (regel 7)\n\n'), text);
      });
    }

    it('refuses docx without --out (usage error)', () => {
      const result = run(['overview', '--format', 'docx', 'a.md']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /--format docx writes a Word file: give --out FILE\./);
    });
  });
});
