// The cold scan outside VS Code, as WorkspaceNotes does it per file (read, decode, parse, summarise), over the
// generated archive: wall time and this thread's CPU. `node --cpu-prof dist/test/bench/archiveScan.js [dir] [notes]`
// profiles it. Not part of `npm test`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isSessionNotes } from '../../src/core/parse/parser';
import { parseSessionGuarded } from '../../src/core/parse/guard';
import { decodeNotes } from '../../src/core/parse/notesText';
import { noteSummary } from '../../src/core/report/noteSummary';
import { BUILTIN_VOCABULARY } from '../../src/core/vocabulary/vocabulary';
import { generateArchive } from './archive';

const dir = process.argv[2] ?? path.join(os.tmpdir(), 'fn-archive-scan');
const notes = Number(process.argv[3]) || 5000;
if (!fs.existsSync(dir)) generateArchive(dir, notes, Math.max(1, Math.round(notes / 25)));
const list = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));

const cpu = process.cpuUsage();
const started = performance.now();
let summaries = 0;
for (const file of list) {
  const decoded = decodeNotes(fs.readFileSync(file));
  if (!('text' in decoded)) continue;
  const session = parseSessionGuarded(decoded.text, { file: path.relative(dir, file), vocabulary: BUILTIN_VOCABULARY });
  if (isSessionNotes(session) && noteSummary(session, BUILTIN_VOCABULARY)) summaries++;
}
const used = process.cpuUsage(cpu);
console.log(`${list.length} files, ${summaries} summaries: wall ${(performance.now() - started).toFixed(0)} ms, `
  + `CPU ${((used.user + used.system) / 1000).toFixed(0)} ms, RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
