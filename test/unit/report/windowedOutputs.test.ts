import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseSession } from '../../../src/core/parse/parser';
import { WindowedParse } from '../../../src/core/parse/windows';
import { partnerView, withoutJudgements } from '../../../src/core/report/audience';
import { reportOf, summarizeSession, SummaryBuilder } from '../../../src/core/report/overview';
import { FacilitatorReading, ReadingKeep } from '../../../src/core/report/facilitatorReading';
import { MAX_LISTED_PER_CELL } from '../../../src/core/report/cells';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { facilitatorDocument } from '../../../src/core/render/report/facilitatorDocument';
import { documentDocx } from '../../../src/core/render/report/docx';
import { partnerFirstReading, partnerSummary, partnerWindows } from '../../../src/core/report/partnerReport';
import { observationsCsv } from '../../../src/core/render/overview/csv';
import { partnerCsv } from '../../../src/core/render/report/partnerCsv';
import { BUILTIN_VOCABULARY, Lang } from '../../../src/core/vocabulary/vocabulary';
import { EXAMPLE_NOTES, generatedNotes } from '../helpers/windowNotes';
import { HARBOUR } from '../helpers/harbourNotes';

// What the CLI makes of a file read in windows (the facilitator's and the partners' JSON summary and CSV rows, the
// facilitator's md, html and Word) is what the whole session gives, whatever the windows' size.

function facilitatorWindows(text: string, items: number) {
  const parse = new WindowedParse(text, { file: 'a/2026-04-09-x.md' }, false, items);
  const windows = [...parse.windowsNow()];
  return { head: parse.head!, windows };
}

/** The facilitator's md, html and Word of a file read in windows (FacilitatorReading) and of its whole session. */
async function checkOverviews(text: string, items: number): Promise<void> {
  const file = 'a/2026-04-09-x.md';
  const whole = parseSession(text, { file });
  const made = (keep: ReadingKeep, lang: Lang) => {
    const parse = new WindowedParse(text, { file }, false, items);
    const reading = new FacilitatorReading(BUILTIN_VOCABULARY, keep, lang);
    for (const w of parse.windowsNow()) reading.add(w.out);
    return reading.result(parse.head!);
  };
  const report = reportOf([summarizeSession(whole)]);
  for (const lang of ['en', 'nl'] as const) {
    const counts = made('counts', lang);
    assert.equal(REPORT_FORMATS.md.render(reportOf([counts.summary]), lang, [counts.session]), REPORT_FORMATS.md.render(report, lang, [whole]), 'md');
    const listed = made('listed', lang);
    assert.equal(REPORT_FORMATS.html.render(reportOf([listed.summary]), lang, [listed.session]), REPORT_FORMATS.html.render(report, lang, [whole]), 'html');
    const texts = made('texts', lang);
    const date = new Date('2026-04-09T00:00:00Z');
    assert.deepEqual(await documentDocx(facilitatorDocument([texts.session], lang, BUILTIN_VOCABULARY, [texts.summary]), date),
      await documentDocx(facilitatorDocument([whole], lang), date), 'Word');
  }
}

function check(text: string, items: number): void {
  const file = 'a/2026-04-09-x.md';
  const whole = parseSession(text, { file });
  const { head, windows } = facilitatorWindows(text, items);
  const summary = new SummaryBuilder(BUILTIN_VOCABULARY);
  for (const w of windows) summary.add(w.out);
  assert.deepEqual(summary.summary(head.session), summarizeSession(whole), 'the facilitator\'s summary');
  assert.equal(observationsCsv(windows.map((w) => ({ ...head.session, ...w.out })), 'nl'), observationsCsv([whole], 'nl'), 'the facilitator\'s CSV');
}

async function checkPartners(text: string, items: number, readings: boolean): Promise<void> {
  const notes = { file: 'a/2026-04-09-x.md', text };
  const whole = parseSession(text, { file: notes.file });
  if (whole.private) return;
  const options = { readings, windowItems: items };
  const first = await partnerFirstReading(notes, options, () => undefined);
  const shown = partnerView(whole);
  assert.deepEqual(partnerSummary(notes, first, options), summarizeSession(readings ? shown : withoutJudgements(shown, BUILTIN_VOCABULARY)), 'the partners\' summary');
  const views = [...partnerWindows(notes, first, options, false)].map((w) => w.view);
  assert.equal(partnerCsv(views, 'nl'), partnerCsv([whole], 'nl'), 'the partners\' CSV');
}

describe('a file read in windows: the summaries, CSV rows and the facilitator\'s overviews', function () {
  this.timeout(60_000);

  it('the examples and the harbour notes, in windows of 1, 5 and 1,024 items', async () => {
    for (const { text } of [...EXAMPLE_NOTES, { text: HARBOUR }]) {
      for (const items of [1, 5, 1024]) {
        check(text, items);
        await checkOverviews(text, items);
        for (const readings of [false, true]) await checkPartners(text, items, readings);
      }
    }
  });

  it('cells fuller than the html page lists, parties beyond them and markers of repeated times: the same overviews', async () => {
    const part = (i: number) => `## Round ${i}\n\n${i % 7 ? '' : 'Gemeente: '}Point ${i}. #ambition #explore${i % 3 ? '' : ' #relation'}\n\n`
      + `${10 + (i % 3)}:0${i % 2} #${i % 5 ? 'explore' : 'share'}\n\n- [ ] Task ${i} @Anker\n\n`;
    const text = `---\ndate: 2026-04-09\nparticipants: [Gemeente, Anker]\n---\n# Crowded\n\n${Array.from({ length: MAX_LISTED_PER_CELL * 2 + 13 }, (_, i) => part(i)).join('')}`;
    for (const items of [1, 64, 1024]) await checkOverviews(text, items);
    // Not every observation keeps its text, nor every marker: the page lists only so many.
    const parse = new WindowedParse(text, { file: 'a/2026-04-09-x.md' }, false, 64);
    const reading = new FacilitatorReading(BUILTIN_VOCABULARY, 'listed', 'en');
    for (const w of parse.windowsNow()) reading.add(w.out);
    const { session } = reading.result(parse.head!);
    const whole = parseSession(text, { file: 'a/2026-04-09-x.md' });
    assert.deepEqual([session.observations.filter((o) => o.text).length, whole.observations.length], [MAX_LISTED_PER_CELL + 91, MAX_LISTED_PER_CELL * 2 + 13]);
    assert.deepEqual([session.markers.length, whole.markers.length], [12, MAX_LISTED_PER_CELL * 2 + 13]);
  });

  it('generated notes (fixed seed), front matter problems included: the same in any window size', async () => {
    const withProblems = generatedNotes.map((text) => (text.startsWith('---') ? text.replace('participants:', 'phase: nope\nparticipants:') : text));
    await fc.assert(fc.asyncProperty(withProblems, fc.integer({ min: 1, max: 9 }), fc.boolean(), async (text, items, readings) => {
      check(text, items);
      await checkOverviews(text, items);
      await checkPartners(text, items, readings);
    }), { seed: 20261207, numRuns: 300 });
  });
});
