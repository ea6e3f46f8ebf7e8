// The CLI writes the Markdown and HTML overviews as it reads (see reportStream.ts): through --out the
// bytes are those of the one renderer run on all sessions at once, and the partners still get no private word.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSession } from '../../../src/core/parse/parser';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { renderPartnerReport, reportLanguage } from '../../../src/core/render/report/partnerReport';
import { partnerView, withoutJudgements } from '../../../src/core/report/audience';
import { buildReport } from '../../../src/core/report/overview';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import { run, write } from './run';

const PRIVATE_REMARKS = fs.readFileSync(path.resolve(__dirname, '../../../../test/fixtures/report/private-remarks.md'), 'utf8');
const NOTES: Record<string, string> = {
  'a/private-remarks.md': PRIVATE_REMARKS,
  'a/later.md': '---\ndate: 2026-05-01\nlang: nl\n---\n\nWe agree on the plan. #ambition #explore\n\nA private doubt about zebrapad. #private #relation\n\n- [ ] mail @Esther\n',
  'b/earlier.md': '---\ndate: 2026-01-01\ncollaboration: Other\n---\n\nTense start. #conflict #relation #explore\n',
};
const sessions = () => Object.keys(NOTES).sort().map((file) => parseSession(NOTES[file], { file }));
/** Words of private remarks only (see test/unit/render/privacy.test.ts). */
const PRIVATE_WORDS = ['kastanjes', 'zebrapad', 'trombonist'];

describe('cli: streamed reports through --out', function () {
  this.timeout(20_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-streamed-'));
    write(dir, NOTES);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const out = (args: string[]) => {
    const { code, stderr } = run(['overview', ...args, '--out', 'report', '--force', '.'], dir);
    assert.equal(code, 0, stderr);
    return fs.readFileSync(path.join(dir, 'report'), 'utf8');
  };

  /** The partners' files of every session, by name: one per session in the folder --out names. */
  const perSession = (args: string[]) => {
    fs.rmSync(path.join(dir, 'partners'), { recursive: true, force: true });
    const { code, stderr } = run(['overview', ...args, '--audience', 'partners', '--out', 'partners', '.'], dir);
    assert.equal(code, 0, stderr);
    return Object.fromEntries(fs.readdirSync(path.join(dir, 'partners')).sort().map((f) => [f, fs.readFileSync(path.join(dir, 'partners', f), 'utf8')]));
  };

  for (const format of ['json', 'csv']) {
    it(`${format}: the partners get one file per session, each the render of that session's view`, () => {
      const files = perSession(['--format', format]);
      assert.deepEqual(Object.keys(files), ['earlier', 'later', 'private-remarks'].map((n) => `${n}.${format}`));
      for (const session of sessions()) {
        // Without the paragraphs that carry a level or a signal: the facilitator's readings, as in the report.
        const view = withoutJudgements(partnerView(session), BUILTIN_VOCABULARY);
        const lang = reportLanguage([session], null, 'en');
        assert.equal(files[`${path.basename(session.file, '.md')}.${format}`], REPORT_FORMATS[format].render(buildReport([view]), lang, [view], BUILTIN_VOCABULARY, { audience: 'partners' }));
      }
    });
  }

  for (const format of ['md', 'html']) {
    it(`${format}: the facilitator's overview is the render of all sessions at once, private actions included`, () => {
      const text = out(['--format', format, '--lang', 'nl']);
      assert.equal(text, REPORT_FORMATS[format].render(buildReport(sessions()), 'nl', sessions(), BUILTIN_VOCABULARY));
      assert.ok(text.includes('Bel trombonist Piet even apart'), 'a private action is the facilitator\'s to see');
    });

    it(`${format}: the partners' reports, one per session in its notes' language, have no private word`, () => {
      const files = perSession(['--format', format]);
      for (const file of Object.keys(NOTES)) {
        const name = `${path.basename(file, '.md')}.${format}`;
        const lang = reportLanguage([parseSession(NOTES[file], { file })], null, 'en');
        assert.equal(files[name], renderPartnerReport({ file, text: NOTES[file] }, { format: format as 'md' | 'html', lang }));
        for (const word of PRIVATE_WORDS) assert.ok(!files[name].includes(word), word);
      }
      assert.ok(files[`private-remarks.${format}`].includes('loket'));
    });
  }
});
