// `npm run bench:archive`: years of notes. Generates the archive (test/bench/archive.ts) at half and full size and
// measures, outside VS Code: the workspace scan cold (every file parsed) against warm (the notes index read back),
// and the CLI's overview and dossier over both sizes (time, and peak memory against the archive's size); then, in
// code-server, the views and typing over the full archive against a one-note workspace (archiveWorkbench.ts).
// FN_ARCHIVE=cli or FN_ARCHIVE=code-server runs only that part; FN_ARCHIVE_NOTES=1000 a smaller archive for a quick try;
// FN_SETTLE_MS=15000 waits that long after the Actions view populated before the overview and dossiers are timed.
// Not part of `npm test`: machines are noisy.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isSessionNotes, parseSession } from '../../src/core/parse/parser';
import { noteSummary } from '../../src/core/report/noteSummary';
import { NotesIndex, vocabularyKey } from '../../src/core/report/notesIndex';
import { BUILTIN_VOCABULARY } from '../../src/core/vocabulary/vocabulary';
import { generateArchive } from './archive';
import { HostFigures, workbenchBench } from './archiveWorkbench';

const ROOT = path.join(__dirname, '../../..');
/** 25 sessions a collaboration, as in the issue's 5,000 notes in 200 collaborations. */
const NOTES = Number(process.env.FN_ARCHIVE_NOTES) || 5000;
const FULL = { notes: NOTES, collaborations: Math.max(1, Math.round(NOTES / 25)) };
const PARTS = process.env.FN_ARCHIVE ? [process.env.FN_ARCHIVE] : ['cli', 'code-server'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
}

/** Cold: read and parse every file into a new index; warm: the stored index read back, every file stat'ed, none parsed. */
async function scan(dir: string): Promise<{ coldMs: number; warmMs: number; loadMs: number; indexBytes: number; parsedWarm: number }> {
  const key = vocabularyKey(BUILTIN_VOCABULARY);
  const list = files(dir);
  const through = async (index: NotesIndex) => {
    for (const file of list) {
      const { size, mtimeMs } = fs.statSync(file);
      await index.summary({ uri: `file://${file}`, size, mtime: mtimeMs }, async () => {
        const session = parseSession(fs.readFileSync(file, 'utf8'), { file: path.relative(dir, file) });
        return isSessionNotes(session) ? noteSummary(session, BUILTIN_VOCABULARY) : null;
      });
    }
  };
  let started = performance.now();
  const cold = new NotesIndex(key);
  await through(cold);
  const coldMs = performance.now() - started;
  const stored = cold.serialize();
  started = performance.now();
  const warm = new NotesIndex(key, stored);
  const loadMs = performance.now() - started;
  await through(warm);
  return { coldMs, warmMs: performance.now() - started, loadMs, indexBytes: Buffer.byteLength(stored), parsedWarm: warm.parsed };
}

/** Wall time (s) and peak RSS (KB) of one CLI run, from GNU time. */
function cli(args: string[]): { seconds: number; peakKb: number } {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, path.join(ROOT, 'dist/cli.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const [seconds, peakKb] = run.stderr.toString().trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds, peakKb };
}

/** Scan and CLI at half and full size, printed as each size is done. */
async function cliPart(base: string): Promise<void> {
  const measured: Record<string, { seconds: number; peakKb: number }[]> = {};
  for (const scale of [0.5, 1]) {
    const dir = path.join(base, String(scale));
    const [notes, collaborations] = [Math.round(FULL.notes * scale), Math.round(FULL.collaborations * scale)];
    const mb = generateArchive(dir, notes, collaborations) / 1024 / 1024;
    const index = await scan(dir);
    console.log(`${notes} notes, ${collaborations} collaborations, ${mb.toFixed(1)} MB: scan cold ${index.coldMs.toFixed(0)} ms, `
      + `warm ${index.warmMs.toFixed(0)} ms (${index.parsedWarm} parsed; reading and checking the index ${index.loadMs.toFixed(0)} ms of it), index ${(index.indexBytes / 1024 / 1024).toFixed(1)} MB`);
    for (const [name, args] of [['overview json', ['overview', dir]], ['overview html', ['overview', '--format', 'html', dir]], ['dossier md', ['dossier', '--format', 'md', dir]]] as const) {
      const run = cli([...args]);
      (measured[name] ??= []).push(run);
      console.log(`  CLI ${name}: ${run.seconds.toFixed(2)} s, peak RSS ${(run.peakKb / 1024).toFixed(0)} MB (${(run.peakKb / 1024 / mb).toFixed(1)}× the archive)`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const [name, [half, full]] of Object.entries(measured)) console.log(`CLI ${name}: 2× the files takes ${(full.seconds / half.seconds).toFixed(2)}× the time`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (mb: number) => `${mb.toFixed(0)} MB`;

/** The views and typing in code-server over the full archive, against a one-note workspace. */
async function codeServerPart(base: string): Promise<void> {
  const archive = path.join(base, 'archive');
  const mb = generateArchive(archive, FULL.notes, FULL.collaborations) / 1024 / 1024;
  const { oneNote, cold, warm, indexBytes } = await workbenchBench(archive, path.join(base, 'one-note'));
  const hosts: [string, HostFigures][] = [['one note', oneNote], ['archive cold', cold], ['archive warm', warm]];
  // The workbench's own start and the webview's own load are in every host's time: the archive's share is the difference.
  const overOne = (ms: (h: HostFigures) => number) => (h: HostFigures) => h === oneNote ? seconds(ms(h)) : `${seconds(ms(h))} (${seconds(ms(h) - ms(oneNote))} over one note)`;
  const row = (what: string, figure: (h: HostFigures) => string) => `  ${what}: ${hosts.map(([name, h]) => `${name} ${figure(h)}`).join(' · ')}`;
  const typing = (h: HostFigures) => h.typing ? `median ${h.typing.medianMs.toFixed(0)} ms, p95 ${h.typing.p95Ms.toFixed(0)} ms, slowest ${h.typing.slowestMs.toFixed(0)} ms (${h.typing.keys} keys)` : '—';
  const longTasks = (h: HostFigures) => h.typing ? `${h.typing.longTasks} (longest ${h.typing.longestTaskMs.toFixed(0)} ms)` : '—';
  console.log([
    `code-server: ${FULL.notes + 1} notes in ${FULL.collaborations} collaborations (${mb.toFixed(1)} MB) against a workspace of one note; index ${(indexBytes / 1024 / 1024).toFixed(1)} MB`,
    row('Actions view populated, from opening the folder (budget cold ≤ 3 s, warm ≤ 1 s)', overOne((h) => h.actionsFromOpenMs)),
    row('Actions view populated, from showing the view', overOne((h) => h.actionsFromViewMs)),
    row('workspace overview, first paint (budget ≤ 1 s)', (h) => seconds(h.overviewPaintMs)),
    row('workspace overview, page elements (budget ≤ 5,000) and height', (h) => `${h.overviewElements} elements, ${h.overviewHeightPx} px`),
    row('dossier, first and second (budget ≤ 500 ms)', (h) => h.dossierMs.map(seconds).join(', ') || '—'),
    row('extension host RSS after the scan (budget: ≤ 150 MB over one note)', (h) => `${megabytes(h.rssAfterScanMb)} (+${megabytes(h.rssAfterScanMb - oneNote.rssAfterScanMb)})`),
    row('extension host RSS at the end, peak', (h) => `${megabytes(h.rssAtEndMb)}, peak ${megabytes(h.peakRssMb)}`),
    row('typing 10 lines at 70 ms a key, views open: key-down to paint', typing),
    row('long tasks over 50 ms while typing (budget: none over 100 ms)', longTasks),
    oneNote.typing && warm.typing ? `  median key-down to paint, archive ÷ one note: ${(warm.typing.medianMs / oneNote.typing.medianMs).toFixed(2)} (budget ≤ 1.10)` : '',
  ].filter(Boolean).join('\n'));
}

async function main(): Promise<void> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-archive-'));
  try {
    console.log(`${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} · load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    if (PARTS.includes('cli')) await cliPart(base);
    if (PARTS.includes('code-server')) await codeServerPart(base);
    console.log(`done ${new Date().toISOString()} · load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
