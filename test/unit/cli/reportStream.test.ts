import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { csvChunks, jsonReportChunks } from '../../../src/core/render/reportStream';
import { observationsCsv } from '../../../src/core/render/csv';
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

    it(`csv is byte for byte the CSV of all sessions at once (${texts.length} sessions)`, async () => {
      for (const lang of ['en', 'nl'] as const) assert.equal(await joined(csvChunks(each(sessionsOf(texts)), lang)), observationsCsv(sessionsOf(texts), lang));
    });
  }
});
