// `node dist/test/bench/overviewPage.js` (after `node scripts/build.mjs`): what the overview panel computes for the
// workspace overview's first page and for a dossier, outside VS Code, on the generated archive (test/bench/archive.ts)
// read as the notes index keeps it (a note summary per file). Each step in a fresh state (no memo, no cache), as at a
// first paint; the page from the sessions' report (as the panel made it before issue 26's first-paint change) against
// the page from their counts, in the same process, alternating. FN_ARCHIVE_NOTES sets the size (default 5,000).
// Not part of `npm test`: machines are noisy.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSession } from '../../src/core/parse/parser';
import { noteSummary } from '../../src/core/report/noteSummary';
import { CollaborationMemo, collaborations } from '../../src/core/report/collaboration';
import { reportOf, sessionCounts, summarizeSession, workspaceCounts } from '../../src/core/report/overview';
import { renderOverviewMain } from '../../src/core/render/overview/html';
import { renderDossierMain } from '../../src/core/render/dossier/dossierHtml';
import { BUILTIN_VOCABULARY } from '../../src/core/vocabulary/vocabulary';
import { generateArchive } from './archive';

const NOTES = Number(process.env.FN_ARCHIVE_NOTES) || 5000;
const RUNS = 7;
const vocabulary = BUILTIN_VOCABULARY;
const today = new Date().toISOString().slice(0, 10);
const hosting = { nonce: 'n', cspSource: 'c', scriptUri: 's' };

/** What `make` made, and the CPU time it took (steadier than wall time on a shared machine), in ms. */
function timed<T>(make: () => T): [T, number] {
  const started = process.cpuUsage();
  const made = make();
  const { user, system } = process.cpuUsage(started);
  return [made, (user + system) / 1000];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-overview-page-'));
  try {
    const mb = generateArchive(dir, NOTES, Math.max(1, Math.round(NOTES / 25))) / 1024 / 1024;
    const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
    const read = (f: string) => parseSession(fs.readFileSync(path.join(dir, f), 'utf8'), { file: f });
    const summaries = files.map((f) => noteSummary(read(f), vocabulary));
    console.log(`${new Date().toISOString()} · ${files.length} notes (${mb.toFixed(1)} MB) · load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const figures: Record<string, number[]> = {};
    const note = (what: string, ms: number) => (figures[what] ??= []).push(ms);
    for (let run = 0; run < RUNS; run++) {
      // Structured clones: no object any earlier run has seen (the panel's caches are keyed by Session object).
      const sessions = structuredClone(summaries);
      const [groups, groupMs] = timed(() => collaborations(sessions, { today, rootName: 'archief', vocabulary, memo: new CollaborationMemo() }));
      note('collaborations (every row)', groupMs);
      const page = (options: object) => renderOverviewMain(sessions, { lang: 'nl', vocabulary, mode: 'workspace', collaborations: groups, webview: hosting, page: 0, ...options });
      const byReport = () => page({ report: reportOf(sessions.map((s) => summarizeSession(s, vocabulary)), vocabulary) });
      const byCounts = () => page({ counts: workspaceCounts(sessions.map((s) => sessionCounts(s, vocabulary)), vocabulary) });
      const [first, second] = run % 2 ? [byCounts, byReport] : [byReport, byCounts];
      const [a, aMs] = timed(first);
      const [b, bMs] = timed(second);
      if (a !== b) throw new Error('the page from counts differs from the page from the report');
      note('page from the report (before)', first === byReport ? aMs : bMs);
      note('page from the counts (after)', first === byCounts ? aMs : bMs);
      // A dossier: its notes parsed whole, grouped alone, rendered.
      const dossier = groups[run % groups.length];
      const [, dossierMs] = timed(() => {
        const whole = dossier.sessions.map((s) => read(s.file));
        return renderDossierMain(collaborations(whole, { today, vocabulary }).slice(0, 1), { lang: 'nl', vocabulary, webview: hosting });
      });
      note(`dossier (${dossier.sessions.length} notes parsed whole)`, dossierMs);
    }
    for (const [what, ms] of Object.entries(figures)) console.log(`  ${what}, CPU: median ${median(ms).toFixed(0)} ms (${ms.map((m) => m.toFixed(0)).join(', ')})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
