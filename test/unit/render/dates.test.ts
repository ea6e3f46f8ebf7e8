import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { buildReport } from '../../../src/core/report/overview';
import { collaborations } from '../../../src/core/report/collaboration';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { DOSSIER_FORMATS } from '../../../src/core/render/dossier/dossierFormats';
import { longDate, shortDate, shortDateOr } from '../../../src/core/render/shared/dates';

const NOTES = '---\ntitel: Stuurgroep\ndatum: 2026-10-06\n---\n\nWe willen één loket. #ambitie\n\n- [ ] Notulen sturen @Esther 2026-10-20\n';

describe('dates for people', () => {
  it('are written out in both languages, with or without the weekday, or short where room is tight', () => {
    assert.equal(longDate('2026-10-06', 'nl'), 'dinsdag 6 oktober 2026');
    assert.equal(longDate('2026-10-06', 'en'), 'Tuesday 6 October 2026');
    assert.equal(longDate('2026-03-01', 'nl', false), '1 maart 2026');
    assert.equal(shortDate('2026-10-06', 'nl'), '6 okt. 2026');
    assert.equal(shortDate('2026-05-31', 'nl'), '31 mei 2026');
    assert.equal(shortDate('2026-03-02', 'nl'), '2 mrt. 2026');
    assert.equal(shortDate('2026-10-06', 'en'), '6 Oct 2026');
    assert.equal(shortDateOr(null, 'nl', 'geen datum'), 'geen datum');
  });

  it('leave a text that is no real day as it is', () => {
    for (const text of ['2026-02-30', '2026-13-01', 'morgen', '', '2026-1-5']) {
      assert.equal(longDate(text, 'nl'), text);
      assert.equal(shortDate(text, 'en'), text);
    }
  });

  it('stand written out in the Markdown and HTML overview and the dossier, ISO only in JSON and CSV', () => {
    const session = parseSession(NOTES, { file: 'stuurgroep.md' });
    const report = buildReport([session]);
    const md = REPORT_FORMATS.md.render(report, 'nl', [session]);
    assert.ok(md.includes('dinsdag 6 oktober 2026 · stuurgroep.md · Observaties: 1'), md);
    assert.ok(md.includes('· @Esther · Uiterlijk 20 oktober 2026 (regel 8)'), md);
    const html = REPORT_FORMATS.html.render(report, 'nl', [session]);
    assert.ok(html.includes('<p class="meta">dinsdag 6 oktober 2026 · '), html);
    assert.ok(html.includes('>Uiterlijk 20 okt. 2026</span>'), html);
    // The action's own text keeps the date as the notes wrote it; the session's date is only written out.
    assert.ok(!md.includes('2026-10-06') && !html.includes('2026-10-06'), md);
    assert.equal(JSON.parse(REPORT_FORMATS.json.render(report, 'nl', [session])).sessions[0].date, '2026-10-06');
    assert.ok(REPORT_FORMATS.csv.render(report, 'nl', [session]).includes('2026-10-06'));
    const dossier = DOSSIER_FORMATS.md.render(collaborations([session], { today: '2026-11-01' }), 'nl');
    assert.ok(dossier.includes('| 6 okt. 2026 | Stuurgroep |'), dossier);
    assert.ok(dossier.includes('| Esther | 20 okt. 2026 | 6 okt. 2026 Stuurgroep |'), dossier);
  });
});
