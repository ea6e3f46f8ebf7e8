// The partner report of every example session: in the notes' language, no private text in any format.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseSession } from '../../../src/core/parse/parser';
import { documentDocx } from '../../../src/core/render/report/docx';
import { escapeHtml } from '../../../src/core/render/shared/escape';
import { partnerDocument, renderPartnerReport, reportLanguage } from '../../../src/core/render/report/partnerReport';
import { wordHeadings, wordText } from '../helpers/wordFile';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

describe('partner report of the examples', function () {
  this.timeout(20_000);
  for (const name of readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'))) {
    it(`${name}: the notes' language, shared texts in, private texts out (html, md, docx)`, async () => {
      const notes = { file: name, text: readFileSync(path.join(EXAMPLES, name), 'utf8') };
      const session = parseSession(notes.text, { file: name });
      const lang = reportLanguage([session], null, 'en');
      assert.equal(lang, session.lang ?? 'en');
      const hidden = [...session.observations, ...session.actions, ...session.decisions].filter((x) => x.private).map((x) => x.text);
      const shared = session.decisions.filter((d) => !d.private).map((d) => d.text);
      const outputs = {
        html: renderPartnerReport(notes, { format: 'html', lang }),
        md: renderPartnerReport(notes, { format: 'md', lang }).replace(/\\(.)/g, '$1'),
        docx: await wordText(await documentDocx(partnerDocument(notes, { lang }))),
      };
      for (const [format, text] of Object.entries(outputs)) {
        const shown = (t: string) => text.includes(format === 'html' ? escapeHtml(t) : t);
        assert.deepEqual(hidden.filter(shown), [], `${format} shows private text`);
        assert.deepEqual(shared.filter((t) => !shown(t)), [], `${format} misses a decision`);
        assert.ok(text.includes(lang === 'nl' ? 'Wat er besproken is' : 'What was discussed'), format);
      }
    });
  }

  it('the Dutch examples have private remarks to leave out, and decisions to show', () => {
    const dutch = readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'))
      .map((f) => parseSession(readFileSync(path.join(EXAMPLES, f), 'utf8'), { file: f })).filter((s) => s.lang === 'nl');
    assert.ok(dutch.length >= 2);
    for (const s of dutch) assert.ok(s.observations.some((o) => o.private), s.file);
    assert.ok(dutch.some((s) => s.decisions.some((d) => !d.private)));
  });
});

describe('the Dutch example\'s report as a partner reads it in Word', function () {
  this.timeout(20_000);
  it('agenda headings in order, Dutch long dates, no private word and no reading paragraph (read back with mammoth)', async () => {
    const name = '2026-03-02-regiotafel-zorgnetwerk.md';
    const notes = { file: name, text: readFileSync(path.join(EXAMPLES, name), 'utf8') };
    const bytes = await documentDocx(partnerDocument(notes, { lang: 'nl' }));
    assert.deepEqual((await wordHeadings(bytes)).filter(([level]) => level === 3).map(([, text]) => text),
      ['Kennismaking en verwachtingen', 'Waar willen we samen naartoe?', 'Hoe gaan we verder?']);
    const text = await wordText(bytes);
    assert.ok(text.includes('Datum: maandag 2 maart 2026\n'), text);
    assert.ok(text.includes('20 maart 2026\n'), text);
    for (const hidden of ['teamleider', 'telefoon', 'kortaf', 'ontspant', 'zegt weinig', '2026-03-02', '#']) assert.ok(!text.includes(hidden), hidden);
    assert.ok(text.includes('Gemeente: minder mensen die "tussen wal en schip" vallen'));
  });
});
