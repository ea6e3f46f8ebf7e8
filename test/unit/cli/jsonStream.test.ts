import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { jsonReportChunks } from '../../../src/core/render/jsonStream';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { buildReport, summarizeSession } from '../../../src/core/report/overview';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';

async function streamed(texts: string[]): Promise<string> {
  async function* summaries() {
    for (const [i, text] of texts.entries()) yield summarizeSession(parseSession(text, { file: `${i}.md` }));
  }
  let out = '';
  for await (const chunk of jsonReportChunks(summaries(), BUILTIN_VOCABULARY)) out += chunk;
  return out;
}

describe('cli: the streamed JSON report', () => {
  for (const texts of [[], ['We agree. #ambition #explore\n'], ['# A #need/trust\n\nWe agree. #ambition\n', 'Tense. #conflict #x\n', '---\nthermometer: friendly\n---\n- [ ] mail\n']]) {
    it(`is byte for byte the json format's render of the whole report (${texts.length} sessions)`, async () => {
      const whole = REPORT_FORMATS.json.render(buildReport(texts.map((t, i) => parseSession(t, { file: `${i}.md` }))), 'en', []);
      assert.equal(await streamed(texts), whole);
    });
  }
});
