// `overview --audience partners`: one report per session, always. One session goes to standard output or
// --out FILE; several go into --out FOLDER, one file each named after its notes file, and without --out the
// command refuses (exit 2) rather than mix sessions in one report. Notes that may not go to the partners stop all (exit 2).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NotesText, PartnerFirstReading, partnerFirstReading, partnerSummary, PartnerWindow, partnerWindows } from '../core/report/partnerReport';
import { Session } from '../core/parse/model';
import { partnerRefusals } from '../core/report/audience';
import { reportOf } from '../core/report/overview';
import { jsonReportPieces, REPORT_FORMATS } from '../core/render/formats';
import { partnerCsvPieces } from '../core/render/report/partnerCsv';
import { partnerDocumentStream, renderedDocumentChunks, reportLanguage } from '../core/render/report/partnerReport';
import { Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { chartSvgs } from '../core/render/report/reportDocument';
import { chartPngs } from '../io/chartPng';
import { requireDocxBundle } from '../io/docxBundle';
import { nextTurn } from '../io/atomicWrite';
import { documentDate } from '../core/report/documentDate';
import { complain, EXIT, inputRefusal, inTurns, NotesFile, readFirst, readText, sendReport } from './input';
import { drawChartsWithBaselineCompiler } from './heap';

export interface PartnerRun {
  format: string;
  out: string | undefined;
  force: boolean;
  lang: Lang | undefined;
  thermometer: boolean;
  readings: boolean;
  groupBy: 'agenda' | 'condition';
  vocabulary: Vocabulary;
}

/**
 * A session found for the partners, its text let go until its report is made: its text is read again then, so
 * many or large notes are never all held. The digest tells a text that changed meanwhile. Its first reading, in
 * windows, kept only its head and the agenda's outline. The one file of a run keeps its text (`text`): read twice,
 * a large file's two texts could be held at once.
 */
interface Notes { file: string; lang: Lang | null; date: string | null; digest: string; first: PartnerFirstReading; text?: string }

/** Writes each session's report; returns the exit code (`failed`: an input could not be read). */
export async function runPartnerReports(files: NotesFile[], run: PartnerRun, failed: boolean): Promise<number> {
  const refusals: string[] = [];
  const notes = await readNotes(files, run, refusals, () => (failed = true));
  // Notes that may not go to the partners (private by their front matter, a private mark that marks nothing) stop all.
  if (refusals.length) {
    for (const refusal of refusals) complain(refusal);
    return EXIT.usage;
  }
  if (notes.length > 1 && run.out === undefined) {
    complain(`--audience partners makes one report per session, and ${notes.length} sessions were found: `
      + 'give --out FOLDER to write one file per session, or give one notes file.');
    return EXIT.usage;
  }
  if (notes.length === 0) complain('no session notes found: no report written.');
  const folder = run.out !== undefined && (notes.length > 1 || isFolder(run.out)) ? run.out : undefined;
  if (folder !== undefined) fs.mkdirSync(folder, { recursive: true });
  const names = new Set<string>();
  const targets = notes.map((note) => (folder === undefined ? run.out : path.join(folder, uniqueName(note.file, extension(run.format), names))));
  // No report ever replaces one of the notes read, whatever --force says: checked before anything is written.
  const overInput = targets.flatMap((t) => (t === undefined ? [] : [inputRefusal(t, files)])).find((r) => r !== undefined);
  if (overInput) {
    complain(overInput);
    return EXIT.usage;
  }
  for (const [i, note] of notes.entries()) {
    const content = await reportOrComplaint(note, run);
    // A signal that came while the report was made is handled (nothing written) before the target is touched.
    await nextTurn();
    if (content === undefined) {
      failed = true;
      continue;
    }
    if (!(await sendReport(typeof content === 'string' || content instanceof Uint8Array ? [content] : content, targets[i], run.force))) return EXIT.output;
  }
  return failed ? EXIT.unreadableInput : EXIT.ok;
}

/** The sessions to report on, each checked for what may not go to the partners (said in `refusals`); one at a time. */
async function readNotes(files: NotesFile[], run: PartnerRun, refusals: string[], onFailure: () => void): Promise<Notes[]> {
  const notes: Notes[] = [];
  const options = { vocabulary: run.vocabulary, readings: run.readings };
  for await (const { text, ...first } of readFirst(files, run.vocabulary, onFailure, (read, pause) => partnerFirstReading(read, options, pause))) {
    const { session } = first.head;
    refusals.push(...partnerRefusals(session, run.lang ?? 'en'));
    notes.push({ file: session.file, lang: session.lang, date: session.date, digest: digestOf(text), first, ...(files.length === 1 && { text }) });
  }
  return notes;
}

function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The report of one session, made from its text read again; undefined (said on stderr) when that fails. */
async function reportOrComplaint(note: Notes, run: PartnerRun): Promise<Report | undefined> {
  await nextTurn();
  const text = note.text ?? readText(note.file);
  if (typeof text !== 'string' || digestOf(text) !== note.digest) {
    complain(`${note.file}: changed while the reports were made; no report written for it.`);
    return undefined;
  }
  await nextTurn();
  try {
    return await reportOfNotes({ file: note.file, text }, note, run);
  } catch (e) {
    complain(`${note.file}: the report could not be made: ${(e as Error).message}`);
    return undefined;
  }
}

/** A report made whole (CSV, Word) or in pieces rendered as they are written (the verslag in md and html, JSON). */
type Report = string | Uint8Array | Iterable<string> | AsyncIterable<string>;

/**
 * One session's report in the format asked: the verslag (md, html, docx), else the partners' JSON or CSV. Each
 * parse gives a turn now and then, so a signal is handled partway through a large file.
 */
async function reportOfNotes(notes: NotesText, told: Notes, run: PartnerRun): Promise<Report> {
  const lang = run.lang ?? reportLanguage([told], null, 'en');
  const options = { lang, vocabulary: run.vocabulary, thermometer: run.thermometer, readings: run.readings, groupBy: run.groupBy };
  // The verslag is made as it is written, a window of the notes held at a time (partnerDocumentStream).
  const document = () => partnerDocumentStream(notes, told.first, options);
  if (run.format === 'docx') {
    const { documentDocx } = requireDocxBundle<typeof import('../core/render/report/docx')>();
    // The chart comes last in the report and its picture is made first: the notes are read once more for it.
    drawChartsWithBaselineCompiler();
    const chartImages = await chartPngs(chartSvgs(document()), (name) => fs.promises.readFile(path.join(__dirname, name)));
    return documentDocx(document(), documentDate([told], process.env.SOURCE_DATE_EPOCH), { chartImages });
  }
  if (run.format === 'md' || run.format === 'html') return inTurns(renderedDocumentChunks(document(), { ...options, format: run.format }));
  // The CSV's rows are made a window of the notes at a time, as they are written.
  if (run.format === 'csv') return inTurns(partnerCsvPieces(views(partnerWindows(notes, told.first, options, false)), lang, run.vocabulary));
  // The JSON's summary is made a window of the notes at a time, then written in pieces (as REPORT_FORMATS joins them).
  return jsonReportPieces(reportOf([partnerSummary(notes, told.first, options)], run.vocabulary));
}

function* views(windows: Iterable<PartnerWindow>): Generator<Session> {
  for (const { view } of windows) yield view;
}

function extension(format: string): string {
  return format === 'docx' ? '.docx' : REPORT_FORMATS[format].extension;
}

/** The notes file's name with the format's extension; '-2', '-3' … when two notes files share a name. */
function uniqueName(file: string, ext: string, taken: Set<string>): string {
  const base = path.basename(file).replace(/\.(md|markdown)$/i, '');
  let name = `${base}${ext}`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}${ext}`;
  taken.add(name);
  return name;
}

function isFolder(out: string): boolean {
  return fs.statSync(out, { throwIfNoEntry: false })?.isDirectory() === true;
}
