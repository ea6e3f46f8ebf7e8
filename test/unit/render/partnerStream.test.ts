import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { EXAMPLE_NOTES, generatedNotes } from '../helpers/windowNotes';
import { partnerFirstReading } from '../../../src/core/report/partnerReport';
import { documentDocx } from '../../../src/core/render/report/docx';
import { partnerDocument, partnerDocumentStream, renderedDocument } from '../../../src/core/render/report/partnerReport';
import { chartSvgs } from '../../../src/core/render/report/reportDocument';
import { Lang } from '../../../src/core/vocabulary/vocabulary';
import { HARBOUR } from '../helpers/harbourNotes';

// The partners' verslag made as it is read, a window of the notes at a time (the CLI's), is the verslag of the whole
// file, byte for byte, whatever the windows' size: agenda items that span windows, headings shown only for what is
// under them, decisions taken out of their items, the counts.

const FORMS = [
  '# Titel\n\nopening #ambitie\n\n## Leeg\n\n### Leeg dieper\n\n#### Met inhoud\n\nx #relatie\n\n## Ook leeg\n\n## Vol\n\n- a #besluit #proces\n  - onder a\n- b #belangen #delen\n\n- [ ] taak @Gemeente 2026-05-01\n  - onder de taak #relatie\n\nGemeente:\n\n- zegt iets #ambitie\n',
  '# Overnameplan #private\n\nkastanjes #relatie\n\n# Overleg\n\nWij willen één loket. #ambitie\n\n## Geheim #privé\n\nx #belangen\n\n### dieper\n\ny #relatie\n\n## Open\n\nz #proces #verkennen\n\nBesloten: zo doen wij het #besluit #conflict\n\n14:05 #waakzaam\n',
  'zonder kop #ambitie\n\n- Persoonlijk #private\n\n  14:05 #conflict\n\n  - kind #zebratag\n\n> #private\n>\n> Een marimba. #relatie\n\nna #relatie #vormgeven\n',
];


type Asked = { readings?: boolean; thermometer?: boolean; groupBy?: 'agenda' | 'condition' };

async function streamed(notes: { file: string; text: string }, lang: Lang, windowItems: number, asked: Asked = {}): Promise<string[]> {
  const options = { lang, ...asked, windowItems };
  const first = await partnerFirstReading(notes, options, () => undefined);
  return (['md', 'html'] as const).map((format) => renderedDocument(partnerDocumentStream(notes, first, options), { ...options, format }));
}

function whole(notes: { file: string; text: string }, lang: Lang, asked: Asked = {}): string[] {
  return (['md', 'html'] as const).map((format) => renderedDocument(partnerDocument(notes, { lang, ...asked }), { lang, ...asked, format }));
}

const ASKED: Asked[] = [{}, { readings: true }, { thermometer: true }, { groupBy: 'condition' }, { readings: true, thermometer: true, groupBy: 'condition' }];

describe('the partners\' verslag made as it is read', function () {
  this.timeout(60_000);

  it('the examples, the harbour notes and the private forms: md and html the same in windows of 1, 3 and 4,096 items, by agenda and by condition, with readings and the thermometer', async () => {
    const all = [...EXAMPLE_NOTES, { file: 'harbour.md', text: HARBOUR }, ...FORMS.map((text, i) => ({ file: `form${i}.md`, text }))];
    for (const notes of all) {
      for (const items of [1, 3, 4096]) {
        for (const lang of ['nl', 'en'] as const) assert.deepEqual(await streamed(notes, lang, items), whole(notes, lang), `${notes.file} in windows of ${items}`);
        for (const asked of ASKED) assert.deepEqual(await streamed(notes, 'nl', items, asked), whole(notes, 'nl', asked), `${notes.file} with ${JSON.stringify(asked)}`);
      }
    }
  });

  it('generated notes (fixed seed): the same in any window size', async () => {
    await fc.assert(fc.asyncProperty(generatedNotes, fc.integer({ min: 1, max: 9 }), fc.constantFrom(...ASKED), async (text, items, asked) => {
      const notes = { file: 'a/2026-04-09-x.md', text };
      assert.deepEqual(await streamed(notes, 'nl', items, asked), whole(notes, 'nl', asked));
    }), { seed: 20261207, numRuns: 300 });
  });

  it('the Word file: the same bytes, its chart read from a document made as it is read', async () => {
    const notes = { file: 'harbour.md', text: HARBOUR };
    const options = { lang: 'nl' as const, windowItems: 2, thermometer: true };
    const first = await partnerFirstReading(notes, options, () => undefined);
    const date = new Date('2026-04-09T00:00:00Z');
    assert.deepEqual(chartSvgs(partnerDocumentStream(notes, first, options)), chartSvgs(partnerDocument(notes, options)));
    assert.deepEqual(await documentDocx(partnerDocumentStream(notes, first, options), date), await documentDocx(partnerDocument(notes, options), date));
  });

  it('is read once, section by section: the rest of the report asked for before its agenda is read says so', async () => {
    const notes = { file: 'a.md', text: '# A\n\nx #ambitie\n' };
    const first = await partnerFirstReading(notes, {}, () => undefined);
    const { sections } = partnerDocumentStream(notes, first, { lang: 'en' }).parts[0];
    assert.throws(() => [...sections], /its agenda is read before the rest/);
  });
});
