import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runPartnerReports } from '../../../src/cli/partnerReports';
import { Vocabulary } from '../../../src/core/vocabulary/vocabulary';

/** A vocabulary the parser cannot compile: stands in for any defect that makes parsing one file throw. */
const BROKEN = { dimensions: null } as unknown as Vocabulary;

/** What the run wrote to stderr, and its exit code. */
async function withStderr(run: () => Promise<number>): Promise<{ code: number; stderr: string }> {
  const write = process.stderr.write;
  let stderr = '';
  process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
  try {
    return { code: await run(), stderr };
  } finally {
    process.stderr.write = write;
  }
}

describe('cli: the partners\' reports read each file inside the parser\'s guard', () => {
  it('a file that breaks the parser is said and skipped (exit 1, nothing written), not an unhandled rejection', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-partner-guard-'));
    try {
      const file = path.join(dir, 'a.md');
      const out = path.join(dir, 'a.html');
      fs.writeFileSync(file, '# Overleg\n\nWe willen samen verder. #ambitie\n');
      const run = { format: 'html', out, force: false, lang: undefined, thermometer: false, readings: false, groupBy: 'agenda' as const, vocabulary: BROKEN };
      const { code, stderr } = await withStderr(() => runPartnerReports([{ file, explicit: true }], run, false));
      assert.equal(code, 1);
      assert.match(stderr, new RegExp(`^facilitator-notes: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+\nfacilitator-notes: no session notes found: no report written.\n$`));
      assert.equal(fs.existsSync(out), false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
