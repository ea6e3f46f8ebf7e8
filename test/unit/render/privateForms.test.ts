// Every form of private a facilitator writes, through every partner output (md, html, json, csv and every part of
// the Word file): not one word of a private scope reaches the partners, while the facilitator's outputs hold them
// all (so each case can fail).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSession } from '../../../src/core/parse/parser';
import { buildReport } from '../../../src/core/report/overview';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { PARTNER_FORMATS, partnerOutputs, PartnerFormat, wordParts } from '../helpers/partnerOutputs';
import { partnerFirstReading } from '../../../src/core/report/partnerReport';
import { partnerDocumentStream, renderedDocument } from '../../../src/core/render/report/partnerReport';
import { documentDocx } from '../../../src/core/render/report/docx';
import { run, write } from '../cli/run';

/** Shared in every case: the partners must get it. */
const SHARED = 'Wij willen één loket. #ambitie';

interface Form { name: string; notes: string; secrets: string[] }

const FORMS: Form[] = [
  { name: 'a private ATX H1 (a shared H1 later)', notes: `# Overnameplan #private\n\nWe denken aan kastanjes. #relatie\n\n# Overleg\n\n${SHARED}\n`, secrets: ['overnameplan', 'kastanjes'] },
  { name: 'a private setext H1', notes: `Overnameplan #private\n===\n\nWe denken aan kastanjes. #relatie\n\n# Overleg\n\n${SHARED}\n`, secrets: ['overnameplan', 'kastanjes'] },
  { name: 'a private H1, the only one', notes: `${SHARED}\n\n# Overnameplan #privé\n\nWe denken aan kastanjes. #relatie\n`, secrets: ['overnameplan', 'kastanjes'] },
  { name: 'a free tag on another line of a private paragraph', notes: `${SHARED}\n\nIk ben moe\nzie #zuchttag\nen meer #privé\n`, secrets: ['zuchttag'] },
  { name: 'a free tag in a child of a private list item', notes: `${SHARED}\n\n- Persoonlijk #private\n  - kind #zebratag\n`, secrets: ['zebratag'] },
  { name: 'a private list item\'s children, its continuation paragraph and their tags', notes: `${SHARED}\n\n- Persoonlijk #private\n\n  Vervolg met pinguïn #relatie\n\n  - kind ooievaar #belangen #giraffetag\n`, secrets: ['pinguïn', 'ooievaar', 'giraffetag'] },
  { name: '> #private opening a blockquote (its own line)', notes: `${SHARED}\n\n> #private\n>\n> Een marimba erbij. #relatie\n>\n> Een xylofoon ook. #relatie #hobotag\n`, secrets: ['marimba', 'xylofoon', 'hobotag'] },
  { name: 'a private first paragraph of a blockquote: its second paragraph too', notes: `${SHARED}\n\n> #private Eerste trombone. #relatie\n>\n> Tweede fagot. #relatie #tubatag\n`, secrets: ['trombone', 'fagot', 'tubatag'] },
  { name: '#private/… counts as private', notes: `${SHARED}\n\nDe harpist stemt. #relatie #private/notes\n\nEn de fluitketel #prive/later #ketelpiep\n`, secrets: ['harpist', 'ketelpiep'] },
  { name: 'nested items after a private continuation paragraph', notes: `${SHARED}\n\n- Wij delen de planning. #proces\n\n  Alleen voor mij: cello. #private\n\n  - genest contrabas #relatie #violatag\n`, secrets: ['cello', 'contrabas', 'violatag'] },
];

/** The facilitator's outputs of the same notes: every secret is there. */
function facilitatorText(notes: string): string {
  const session = parseSession(notes, { file: 'notes/2026-04-09-overleg.md' });
  const report = buildReport([session]);
  return ['md', 'html', 'json', 'csv'].map((f) => REPORT_FORMATS[f].render(report, 'nl', [session])).join('\n').toLowerCase();
}

describe('private forms: nothing of a private scope reaches any partner output', function () {
  this.timeout(20_000);

  for (const form of FORMS) {
    describe(form.name, () => {
      let outputs: Record<PartnerFormat, string>;
      before(async () => (outputs = await partnerOutputs(form.notes)));

      it('the facilitator\'s outputs hold every secret (the case can fail)', () => {
        const text = facilitatorText(form.notes);
        assert.deepEqual(form.secrets.filter((w) => !text.includes(w)), []);
      });

      it('every format the CLI writes (read in windows, made as written; Word: every part): no secret, and the shared observation', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-private-forms-'));
        try {
          write(dir, { 'notes/2026-04-09-overleg.md': form.notes });
          for (const format of PARTNER_FORMATS) {
            const result = run(['overview', '--audience', 'partners', '--format', format, '--thermometer', '--out', `r.${format}`, 'notes/2026-04-09-overleg.md'], dir);
            assert.equal(result.code, 0, result.stderr);
            const bytes = fs.readFileSync(path.join(dir, `r.${format}`));
            const text = (format === 'docx' ? await wordParts(bytes) : bytes.toString('utf8')).toLowerCase();
            assert.deepEqual(form.secrets.filter((w) => text.includes(w)), [], format);
            assert.ok(format === 'json' || text.includes('loket'), `no shared text in ${format}`);
          }
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      });

      it('the report made a window of one item at a time (md, html, every part of the Word file): no secret', async () => {
        const notes = { file: 'notes/2026-04-09-overleg.md', text: form.notes };
        const options = { lang: 'nl' as const, thermometer: true, windowItems: 1 };
        const first = await partnerFirstReading(notes, options, () => undefined);
        const texts = [
          ...(['md', 'html'] as const).map((format) => renderedDocument(partnerDocumentStream(notes, first, options), { ...options, format })),
          await wordParts(await documentDocx(partnerDocumentStream(notes, first, options))),
        ].map((t) => t.toLowerCase());
        for (const text of texts) assert.deepEqual(form.secrets.filter((w) => text.includes(w)), []);
        assert.ok(texts.every((t) => t.includes('loket')));
      });

      for (const format of PARTNER_FORMATS) {
        it(`${format}: no secret, and the shared observation`, () => {
          const text = outputs[format].toLowerCase();
          assert.deepEqual(form.secrets.filter((w) => text.includes(w)), []);
          if (format !== 'json') assert.ok(text.includes('loket'), `no shared text in ${format}`);
        });
      }
    });
  }

  describe('titles', () => {
    const titleOf = async (notes: string) => JSON.parse((await partnerOutputs(notes)).json).sessions[0].title;

    it('the first shared H1 is the partners\' title; a private one never is', async () => {
      assert.equal(await titleOf(FORMS[0].notes), 'Overleg');
      assert.equal(await titleOf(FORMS[1].notes), 'Overleg');
    });

    it('without a shared H1, the file\'s name is the title', async () => {
      assert.equal(await titleOf(FORMS[2].notes), '2026-04-09-overleg');
    });

    it('the Word file\'s document properties hold the shared title', async () => {
      const docx = (await partnerOutputs(FORMS[0].notes)).docx;
      assert.match(docx, /<dc:title>[^<]*Overleg<\/dc:title>/);
    });
  });

  it('a session the front matter makes private, should it reach a renderer: nothing of it, title included', async () => {
    const outputs = await partnerOutputs('---\ntitle: Overnameplan #private\n---\n\nWe denken aan kastanjes. #relatie\n');
    for (const format of PARTNER_FORMATS) assert.deepEqual(['overnameplan', 'kastanjes'].filter((w) => outputs[format].toLowerCase().includes(w)), [], format);
    assert.equal(JSON.parse(outputs.json).sessions[0].title, '2026-04-09-overleg');
  });

  describe('a reading inside a private list item', () => {
    const notes = `---\nthermometer: waakzaam\n---\n${SHARED}\n\n- Spanning #private\n\n  14:05 #conflict\n\nEn verder. #relatie\n`;

    it('is gone from the readings, the end and the peak', async () => {
      const facilitator = JSON.parse(REPORT_FORMATS.json.render(buildReport([parseSession(notes, { file: 'a.md' })]), 'nl', [])).sessions[0].thermometer;
      assert.deepEqual(facilitator, { start: 'watchful', readings: [{ line: 8, level: 'conflict' }], end: 'conflict', peak: 'conflict' });
      const outputs = await partnerOutputs(notes);
      assert.deepEqual(JSON.parse(outputs.json).sessions[0].thermometer, { start: 'watchful', readings: [], end: 'watchful', peak: 'watchful' });
      for (const format of PARTNER_FORMATS) assert.ok(!outputs[format].includes('14:05'), format);
    });

    it('sets no level of a later shared observation', async () => {
      const csv = (await partnerOutputs(notes)).csv;
      assert.ok(!/conflict/i.test(csv), csv);
    });
  });
});
