import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { Session } from '../../../src/core/parse/model';
import { parseSession } from '../../../src/core/parse/parser';
import { MAX_LISTED_PER_CELL } from '../../../src/core/report/cells';
import { jsonReportChunks, markdownChunks, overviewHtmlChunks, SessionRead, streamedReport } from '../../../src/core/render/overview/reportStream';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { buildReport, summarizeSession } from '../../../src/core/report/overview';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';

const sessionsOf = (texts: string[]) => texts.map((t, i) => parseSession(t, { file: `${i}.md` }));

async function joined(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

const CASES = [[], ['Nothing tagged.\n'], ['We agree. #ambition #explore\n'], ['# A #need/trust\n\nWe agree. #ambition\n', 'Tense. #conflict #x\n', '---\nthermometer: friendly\n---\n- [ ] mail\n', 'No observations.\n']];

describe('cli: the streamed reports', () => {
  for (const texts of CASES) {
    it(`json is byte for byte the json format's render of the whole report (${texts.length} sessions)`, async () => {
      const whole = REPORT_FORMATS.json.render(buildReport(sessionsOf(texts)), 'en', []);
      assert.equal(await joined(jsonReportChunks(each(sessionsOf(texts).map((s) => summarizeSession(s))), BUILTIN_VOCABULARY)), whole);
    });
  }
});

const ROOT = path.resolve(__dirname, '../../../../');
const PRIVATE_REMARKS = fs.readFileSync(path.join(ROOT, 'test/fixtures/report/private-remarks.md'), 'utf8');

/** Sessions of one folder, read in another order than the page's (by date), with more observations in one cell than a page lists. */
const CROWDED = ['2025-06-03', null, '2025-06-01'].map((date, i) => ({
  file: `crowded/${i}.md`,
  text: `---\ntitle: Crowded ${i}\n${date ? `date: ${date}\n` : ''}---\n\n`
    + Array.from({ length: MAX_LISTED_PER_CELL * 0.75 }, (_, n) => `Remark ${i}-${n}. #relation #explore${n % 5 ? '' : ' #ambition'}${n % 3 ? '' : ' #private'}\n`).join('\n'),
}));

/** A small workspace: the examples (several collaborations), private remarks and the crowded folder. */
function workspace(): { file: string; text: string }[] {
  const read = (dir: string): string[] => fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? read(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));
  const notes = read('examples').map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));
  return [...notes, { file: 'private-remarks.md', text: PRIVATE_REMARKS }, ...CROWDED];
}

/** One collaboration, so the page shows its sessions, cells and coverage. */
const ONE_COLLABORATION = [{ file: 'crowded/private-remarks.md', text: PRIVATE_REMARKS }, ...CROWDED];

const parsed = (notes: { file: string; text: string }[]) => notes.map(({ file, text }) => parseSession(text, { file }));
const reads = (sessions: Session[]) => each(sessions.map((session) => ({ session, summary: summarizeSession(session) })));

describe('cli: the streamed Markdown and HTML overviews', () => {
  const cases = [...CASES.map((texts) => sessionsOf(texts)), parsed(workspace()), parsed(ONE_COLLABORATION)];
  for (const lang of ['en', 'nl'] as const) {
    cases.forEach((sessions, i) => {
      for (const [format, chunks] of [['md', markdownChunks], ['html', overviewHtmlChunks]] as const) {
        it(`${format} is byte for byte the ${format} format's render of the whole report (case ${i}, ${sessions.length} sessions, ${lang})`, async () => {
          const whole = REPORT_FORMATS[format].render(buildReport(sessions), lang, sessions, BUILTIN_VOCABULARY);
          assert.equal(await joined(chunks(reads(sessions), lang, BUILTIN_VOCABULARY)), whole);
        });
      }
    });
  }

  it('lists a crowded cell in date order, counted whole, private remarks marked', async () => {
    const html = await joined(overviewHtmlChunks(reads(parsed(ONE_COLLABORATION)), 'en', BUILTIN_VOCABULARY));
    const cell = /<details id="cell-[^"]*" open><summary>Relationship × Explore \((\d+)\)<\/summary><ul>\n([^]*?)\n<\/ul><\/details>/.exec(html);
    assert.ok(cell, 'the cell is listed');
    assert.equal(cell[1], '452');
    const listed = [...cell[2].matchAll(/Remark (\d+-\d+)\./g)].map((m) => m[1]);
    assert.deepEqual(listed, [...Array.from({ length: 150 }, (_, n) => `2-${n}`), ...Array.from({ length: 50 }, (_, n) => `0-${n}`)]);
    assert.ok(cell[2].includes('252 more not listed'));
    assert.equal((cell[2].match(/class="lock"/g) ?? []).length, 67);
  });
});

describe('cli: the streamed reports hold no session they have written', () => {
  // A full collection (gc) before each session is made shows which of the earlier ones are still reachable.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;

  /** The most sessions alive at once while `consume` reads twelve. */
  async function mostAlive(consume: (reads: AsyncGenerator<SessionRead>) => Promise<void>): Promise<number> {
    const made: WeakRef<Session>[] = [];
    let most = 0;
    async function* sessions(): AsyncGenerator<SessionRead> {
      for (let i = 0; i < 12; i++) {
        // A macrotask, so the weak references taken in the last one no longer keep their sessions.
        await new Promise((resolve) => setImmediate(resolve));
        gc();
        most = Math.max(most, made.filter((ref) => ref.deref() !== undefined).length);
        const session = parseSession(`---\ndate: 2026-01-${10 + i}\n---\n\nWe agree. #ambition #explore\n\n- [ ] mail @Esther\n`, { file: `${i}.md` });
        made.push(new WeakRef(session));
        yield { session, summary: summarizeSession(session) };
      }
    }
    await consume(sessions());
    return most;
  }

  const drain = async (chunks: AsyncIterable<string>) => {
    for await (const _chunk of chunks) { /* written and dropped */ }
  };

  it('the count sees sessions that a reader keeps', async () => {
    const kept: SessionRead[] = [];
    assert.equal(await mostAlive(async (reads) => { for await (const read of reads) kept.push(read); }), 11);
  });

  for (const format of ['json', 'md', 'html']) {
    it(`${format}: no session outlives the next one's reading`, async () => {
      assert.equal(await mostAlive((reads) => drain(streamedReport(format, reads, 'en', BUILTIN_VOCABULARY)!)), 1);
    });
  }
});
