// `facilitator-notes overview [options] PATH...`: the overview report (or the partners' report) of the notes found.
import { parseArgs } from 'node:util';
import { reportOf, SessionSummary } from '../core/report/overview';
import { FacilitatorReading, ReadingKeep } from '../core/report/facilitatorReading';
import { REPORT_FORMATS } from '../core/render/formats';
import { Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { VOCABULARY_FILE } from '../core/vocabulary/vocabularyFile';
import { Session } from '../core/parse/model';
import { latestLanguage } from '../core/parse/language';
import { SessionRead, streamedReport } from '../core/render/overview/reportStream';
import { observationsCsv, observationsCsvPieces } from '../core/render/overview/csv';
import { NotesHead, readHead, WindowedParse } from '../core/parse/windows';
import type { Pause } from '../core/parse/parser';
import { nextTurn, pauseEvery } from '../io/atomicWrite';
import { Audience, AUDIENCES } from '../core/report/audience';
import { facilitatorDocument } from '../core/render/report/facilitatorDocument';
import { requireDocxBundle } from '../io/docxBundle';
import { documentDate } from '../core/report/documentDate';
import { collectFiles, complain, EXIT, inTurns, LANGS, NotesFile, readFirst, readText, refuseOut, sendReport, teamVocabulary, UsageError } from './input';
import { runPartnerReports } from './partnerReports';
import { keepHeapSmallFor } from './heap';

/** Word is written by a bundle loaded on demand, so it is not one of REPORT_FORMATS' text formats. */
const DOCX = 'docx';
const FORMATS = [...Object.keys(REPORT_FORMATS), DOCX];

const HELP = `Usage: facilitator-notes overview [options] PATH...

Summarises session notes: per session a condition x phase matrix, the thermometer's
course, needs, actions, free tags and problems, plus totals over all sessions.

PATH is a Markdown file or a folder. Folders are searched recursively for *.md files
that are session notes (front matter with session keys, or at least one known tag),
skipping node_modules and folders whose name starts with a dot.

facilitator-notes dossier --help describes the dossier per collaboration;
facilitator-notes qdpx --help and qdc --help the project and codebook for
qualitative-analysis software (REFI-QDA).

Options:
  --format FORMAT   ${FORMATS.join(' | ')} (default: json); docx (Word) needs --out
  --out FILE        write the report to FILE instead of standard output; the file is
                    written atomically and never replaced unless --force is given;
                    never one of the notes read
  --force           allow --out to replace an existing file
  --audience WHO    ${AUDIENCES.join(' | ')} (default: facilitator). partners: the report for
                    the partners (md, html, docx) of ONE session, as the meeting went, without
                    private items, readings, markers, coaching, hints, line numbers, problems or
                    free tags; json and csv leave private items out. With several sessions,
                    --out FOLDER gets one file per session (named after its notes file);
                    without --out the command refuses (exit 2)
  --thermometer     include the thermometer's course in the partners' report
  --readings        keep the paragraphs that carry a thermometer level in the partners' report
  --group-by WHAT   agenda | condition: the partners' report's "what was discussed" under
                    the notes' own headings (default) or per condition
  --lang LANG       ${LANGS.join(' | ')}: language of the readable formats (default: the notes'
                    own: for --audience partners each session's, else that of the most
                    recent notes; en when the notes do not tell)
  --vocabulary FILE the team vocabulary (aliases, labels, own dimensions) to use; without
                    it, ${VOCABULARY_FILE} in the current folder is used if it exists
                    (no other folders are searched). A vocabulary file with errors is
                    reported and not used: the report uses the built-in vocabulary.
  -h, --help        show this help

Exit codes:
  0  the report covers every PATH
  1  a PATH does not exist, cannot be read, is not a regular file, is larger than 50 MB
     or is not UTF-8 text, or the vocabulary file is missing or has errors; the report
     is still produced from what could be read
  2  usage error (unknown command or option, no PATH, --out without a file name, or
     --out is one of the notes read: never replaced, not even with --force), or
     --audience partners with several sessions and no --out FOLDER, or --audience partners
     and notes that may not go to the partners (their front matter makes them private, or
     a private mark in them marks nothing); nothing is written
  3  the report could not be written (--out exists and --force was not given, --out
     is a folder, or the write failed), or a Word file of notes this large would not
     fit in the memory node may use (said with what to do); nothing is written
  130, 143  interrupted (SIGINT, SIGTERM); the temporary file is removed
`;

/** Runs `overview` (or the help) on the whole command line; returns the exit code. */
export async function runOverview(argv: string[]): Promise<number> {
  let options;
  try {
    options = readOptions(argv);
  } catch (e) {
    if (!(e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) throw e;
    complain(`${(e as Error).message}\nRun 'facilitator-notes --help' for usage.`);
    return EXIT.usage;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  const { format, out, force, paths } = options;
  let failed = false;
  const files = collectFiles(paths, () => (failed = true));
  // The partners' reports check --out themselves: it may be a folder.
  const refused = options.audience === 'partners' ? undefined : refuseOut(out, force, files);
  if (refused !== undefined) return refused;
  keepHeapSmallFor(files);
  const { vocabulary, failed: vocabularyFailed } = teamVocabulary(options.vocabulary);
  failed ||= vocabularyFailed;
  if (options.audience === 'partners') return runPartnerReports(files, { ...options, vocabulary }, failed);
  // The notes' own language unless --lang says otherwise: known only once all are read, so the notes are read
  // twice rather than held all (JSON has no language). The first reading says what cannot be read.
  const heads = format === 'csv' || (options.lang === undefined && format !== 'json') ? await firstHeads(files, vocabulary, () => (failed = true), complain) : undefined;
  const lang = options.lang ?? (heads ? notesLanguage(heads) : 'en');
  // JSON reads only the summaries, Markdown counts the observations, html and Word list them (html a cell's first).
  const keep = ({ json: 'none', md: 'counts', html: 'listed' } as const)[format as 'json' | 'md' | 'html'] ?? 'texts';
  const reads = readInWindows(heads ?? files, vocabulary, () => (failed = true), keep, lang);
  const made = format === 'csv' ? inTurns(csvInWindows(heads!, vocabulary, lang, () => (failed = true)))
    : (format !== DOCX && streamedReport(format, reads, lang, vocabulary)) || wholeReport(reads, format, lang, vocabulary);
  // Word is one piece anyway: made before its file is opened, so a run that dies making it leaves no temporary file.
  const chunks = format === DOCX ? await allOf(made) : made;
  if (!(await sendReport(chunks, out, force))) return EXIT.output;
  return failed ? EXIT.unreadableInput : EXIT.ok;
}

async function allOf<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The facilitator's Word overview, by the writer bundle loaded only now. */
async function wordFile(sessions: Session[], summaries: SessionSummary[], lang: Lang, vocabulary: Vocabulary): Promise<Uint8Array> {
  const { documentDocx } = requireDocxBundle<typeof import('../core/render/report/docx')>();
  return documentDocx(facilitatorDocument(sessions, lang, vocabulary, summaries), documentDate(sessions, process.env.SOURCE_DATE_EPOCH));
}

/**
 * The heads of the files read in windows, each file's lists let go as it is read: a large file is never held. The
 * one file of a run keeps its text for the second reading.
 */
async function firstHeads(files: NotesFile[], vocabulary: Vocabulary, onFailure: () => void, say: (message: string) => void): Promise<FirstRead[]> {
  const heads: FirstRead[] = [];
  const first = async ({ file, text }: { file: string; text: string }, pause: Pause) => ({ file, head: await readHead(text, { file, vocabulary }, pause) });
  for await (const { file, head, text } of readFirst(files, vocabulary, onFailure, first, say)) heads.push({ file, head, ...(files.length === 1 && { text }) });
  return heads;
}

/** A file's head; the one file of a run keeps its text too (read twice, a large file's two texts could be held at once). */
interface FirstRead { file: string; head: NotesHead; text?: string }

/** The language of the most recent notes (en when none tells), from their heads. */
function notesLanguage(heads: readonly FirstRead[]): Lang {
  return latestLanguage(heads.map(({ head }) => head.session)) ?? 'en';
}

/**
 * The CSV: each file read again in windows, each window's rows made as a session's (the file's head with the window's
 * lists), one file's rows in pieces as they are written. A file that breaks the parser now (changed since its first
 * reading) is said.
 */
async function* csvInWindows(heads: readonly FirstRead[], vocabulary: Vocabulary, lang: Lang, onFailure: () => void): AsyncGenerator<string> {
  yield observationsCsv([], lang);
  for (const { file, head, text: kept } of heads) {
    await nextTurn();
    const text = kept ?? readText(file);
    try {
      if (typeof text !== 'string') throw new Error(text.reason);
      yield* observationsCsvPieces(windowSessions(new WindowedParse(text, { file, vocabulary }, false), head), lang, false);
    } catch (e) {
      complain(`${file}: ${(e as Error).message}`);
      onFailure();
    }
  }
}

function* windowSessions(parse: WindowedParse, head: NotesHead): Generator<Session> {
  for (const w of parse.windowsNow()) yield { ...head.session, ...w.out };
}

/**
 * Each file read in windows, one at a time: its summary and the session as the overview's md, html and Word read it
 * (FacilitatorReading: `keep` says how much of it, `lang` the problems' language). Read as the files, a file that
 * cannot be read is said (on stderr) and skipped; read again after their heads (the first reading said that), one
 * that changed since and now cannot be read or breaks the parser is said.
 */
async function* readInWindows(source: NotesFile[] | FirstRead[], vocabulary: Vocabulary, onFailure: () => void, keep: ReadingKeep, lang: Lang): AsyncGenerator<SessionRead> {
  const read = async ({ file, text }: { file: string; text: string }, pause: Pause) => {
    const parse = new WindowedParse(text, { file, vocabulary }, false);
    const reading = new FacilitatorReading(vocabulary, keep, lang);
    for await (const window of parse.windows(pause)) reading.add(window.out);
    return { head: parse.head!, reading };
  };
  if (!source.every((s) => 'head' in s)) {
    for await (const { head, reading } of readFirst(source as NotesFile[], vocabulary, onFailure, read)) yield reading.result(head);
    return;
  }
  for (const { file, text: kept } of source) {
    await nextTurn();
    const text = kept ?? readText(file);
    let made;
    try {
      if (typeof text !== 'string') throw new Error(text.reason);
      made = await read({ file, text }, pauseEvery());
    } catch (e) {
      complain(`${file}: ${(e as Error).message}`);
      onFailure();
      continue;
    }
    yield made.reading.result(made.head);
  }
}

/** The overview in a format that renders from all sessions at once (and Word); sessions are kept only if it reads them. */
async function* wholeReport(reads: AsyncIterable<SessionRead>, format: string, lang: Lang, vocabulary: Vocabulary): AsyncGenerator<string | Uint8Array> {
  const usesSessions = format === DOCX || REPORT_FORMATS[format].usesSessions;
  const sessions: Session[] = [];
  const summaries: SessionSummary[] = [];
  for await (const { session, summary } of reads) {
    summaries.push(summary);
    if (usesSessions) sessions.push(session);
  }
  yield format === DOCX ? await wordFile(sessions, summaries, lang, vocabulary) : REPORT_FORMATS[format].render(reportOf(summaries, vocabulary), lang, sessions, vocabulary);
}

function readOptions(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      lang: { type: 'string' },
      audience: { type: 'string', default: 'facilitator' },
      thermometer: { type: 'boolean', default: false },
      readings: { type: 'boolean', default: false },
      'group-by': { type: 'string', default: 'agenda' },
      vocabulary: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...paths] = positionals;
  if (values.help) return { help: true } as const;
  if (command !== 'overview') throw new UsageError(command ? `unknown command '${command}'.` : 'missing command.');
  if (!FORMATS.includes(values.format)) throw new UsageError(`unknown format '${values.format}'; use ${FORMATS.join(', ')}.`);
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) throw new UsageError(`unknown language '${values.lang}'; use ${LANGS.join(', ')}.`);
  if (!AUDIENCES.includes(values.audience as Audience)) throw new UsageError(`unknown audience '${values.audience}'; use ${AUDIENCES.join(', ')}.`);
  if (values['group-by'] !== 'agenda' && values['group-by'] !== 'condition') throw new UsageError(`unknown grouping '${values['group-by']}'; use agenda, condition.`);
  if (values.format === DOCX && !values.out) throw new UsageError('--format docx writes a Word file: give --out FILE.');
  if (paths.length === 0) throw new UsageError('no PATH given.');
  if (values.out === '') throw new UsageError('--out needs a file name.');
  return {
    help: false, format: values.format, out: values.out, force: values.force, lang: values.lang as Lang | undefined,
    audience: values.audience as Audience, thermometer: values.thermometer, readings: values.readings,
    groupBy: values['group-by'] as 'agenda' | 'condition', vocabulary: values.vocabulary, paths,
  } as const;
}

