// `npm run bench:archive`: years of notes. Generates the archive (test/bench/archive.ts) at half and full size and
// measures, outside VS Code: the workspace scan cold (every file parsed) against warm (the notes index read back),
// and the CLI's overview and dossier over both sizes (time, and peak memory against the archive's size).
// Not part of `npm test`: machines are noisy. The code-server part of issue 26 (views, typing) is not measured here.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isSessionNotes, parseSession } from '../../src/core/parse/parser';
import { noteSummary } from '../../src/core/report/noteSummary';
import { NotesIndex, vocabularyKey } from '../../src/core/report/notesIndex';
import { BUILTIN_VOCABULARY } from '../../src/core/vocabulary/vocabulary';
import { generateArchive } from './archive';

const ROOT = path.join(__dirname, '../../..');
const FULL = { notes: 5000, collaborations: 200 };

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

async function main(): Promise<void> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-archive-'));
  try {
    const rows: string[] = [];
    const measured: Record<string, { seconds: number; peakKb: number }[]> = {};
    for (const scale of [0.5, 1]) {
      const dir = path.join(base, String(scale));
      const bytes = generateArchive(dir, FULL.notes * scale, FULL.collaborations * scale);
      const mb = bytes / 1024 / 1024;
      const index = await scan(dir);
      rows.push(`${FULL.notes * scale} notes, ${FULL.collaborations * scale} collaborations, ${mb.toFixed(1)} MB: scan cold ${index.coldMs.toFixed(0)} ms, `
        + `warm ${index.warmMs.toFixed(0)} ms (${index.parsedWarm} parsed; reading and checking the index ${index.loadMs.toFixed(0)} ms of it), index ${(index.indexBytes / 1024 / 1024).toFixed(1)} MB`);
      for (const [name, args] of [['overview json', ['overview', dir]], ['overview html', ['overview', '--format', 'html', dir]], ['dossier md', ['dossier', '--format', 'md', dir]]] as const) {
        const run = cli([...args]);
        (measured[name] ??= []).push(run);
        rows.push(`  CLI ${name}: ${run.seconds.toFixed(2)} s, peak RSS ${(run.peakKb / 1024).toFixed(0)} MB (${(run.peakKb / 1024 / mb).toFixed(1)}× the archive)`);
      }
    }
    for (const [name, [half, full]] of Object.entries(measured)) rows.push(`CLI ${name}: 2× the files takes ${(full.seconds / half.seconds).toFixed(2)}× the time`);
    console.log(rows.join('\n'));
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
}

void main();
