// `facilitator-notes overview [options] PATH...`: the overview report (or the partners' report) of the notes found.
import { writeChunksAtomically } from '../io/atomicWrite';
import { parseArgs } from 'node:util';
import { reportOf, SessionSummary, summarizeSession } from '../core/report/overview';
import { isSessionNotes } from '../core/parse/parser';
import { RenderOptions, REPORT_FORMATS } from '../core/render/formats';
import { Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { VOCABULARY_FILE } from '../core/vocabulary/vocabularyFile';
import { Session } from '../core/parse/model';
import { readGuarded } from '../core/parse/guard';
import { latestLanguage } from '../core/parse/language';
import { SessionRead, streamedReport } from '../core/render/overview/reportStream';
import { Audience, AUDIENCES, partnerRefusals, partnerView } from '../core/report/audience';
import { facilitatorDocument } from '../core/render/report/facilitatorDocument';
import { partnerDocument, reportLanguage } from '../core/render/report/partnerReport';
import { requireDocxBundle } from '../io/docxBundle';
import { collectFiles, complain, EXIT, LANGS, NotesFile, outRefusal, readText, teamVocabulary, UsageError } from './input';

/** Word is written by a bundle loaded on demand, so it is not one of REPORT_FORMATS' text formats. */
const DOCX = 'docx';
const FORMATS = [...Object.keys(REPORT_FORMATS), DOCX];

const HELP = `Usage: facilitator-notes overview [options] PATH...

Summarises session notes: per session a condition x phase matrix, the thermometer's
course, needs, actions, free tags and problems, plus totals over all sessions.

PATH is a Markdown file or a folder. Folders are searched recursively for *.md files
that are session notes (front matter with session keys, or at least one known tag),
skipping node_modules and folders whose name starts with a dot.

facilitator-notes dossier --help describes the dossier per collaboration.

Options:
  --format FORMAT   ${FORMATS.join(' | ')} (default: json); docx (Word) needs --out
  --out FILE        write the report to FILE instead of standard output; the file is
                    written atomically and never replaced unless --force is given
  --force           allow --out to replace an existing file
  --audience WHO    ${AUDIENCES.join(' | ')} (default: facilitator). partners: the report for
                    the partners (md, html, docx), without private items, coaching, hints,
                    line numbers, problems or free tags; json and csv leave private items out
  --thermometer     include the thermometer's course in the partners' report
  --lang LANG       ${LANGS.join(' | ')}: language of the readable formats (default: the notes'
                    own: for --audience partners the one most notes are in, else that of
                    the most recent notes; en when the notes do not tell)
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
  2  usage error (unknown command or option, no PATH, --out without a file name), or
     --audience partners and notes that may not go to the partners (their front matter
     makes them private, or a private mark in them marks nothing); nothing is written
  3  the report could not be written (--out exists and --force was not given, --out
     is a folder, or the write failed)
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
  const { format, out, force, audience, paths } = options;
  const refusal = out === undefined ? undefined : outRefusal(out, force);
  if (refusal) {
    complain(refusal);
    return EXIT.output;
  }
  const { vocabulary, failed: vocabularyFailed } = teamVocabulary(options.vocabulary);
  let failed = vocabularyFailed;
  const files = collectFiles(paths, () => (failed = true));
  const reads = readSessions(files, vocabulary, audience, () => (failed = true));
  const render = { audience, thermometer: options.thermometer };
  // The readable formats are in the notes' own language unless --lang says otherwise, and the partners' report is
  // refused if any notes may not go to them: both known only once all are read, so the notes are read twice rather
  // than held all (Word holds them anyway; JSON has no language).
  const first = audience === 'partners' || (!options.lang && format !== 'json' && format !== DOCX)
    ? await firstReading(files, vocabulary, audience, options.lang ?? 'en') : undefined;
  if (first?.refusals.length) {
    for (const refusal of first.refusals) complain(refusal);
    return EXIT.usage;
  }
  const lang = options.lang ?? (format === 'json' ? 'en' : format === DOCX || !first ? undefined : first.lang);
  const chunks = (lang && format !== DOCX && streamedReport(format, reads, lang, vocabulary, audience, options.thermometer))
    || wholeReport(reads, format, lang, vocabulary, render);
  if (out === undefined) {
    for await (const chunk of chunks) process.stdout.write(chunk);
  } else {
    try {
      await writeChunksAtomically(out, chunks, force);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      complain(code === 'EEXIST' ? `${out} already exists; use --force to replace it.` : `cannot write ${out}: ${(e as Error).message}`);
      return EXIT.output;
    }
  }
  return failed ? EXIT.unreadableInput : EXIT.ok;
}

/** The Word file of the report for the audience, by the writer bundle loaded only now. */
async function wordFile(sessions: Session[], options: { audience: Audience; lang: Lang; vocabulary: Vocabulary; thermometer: boolean }): Promise<Uint8Array> {
  const { documentDocx } = requireDocxBundle<typeof import('../core/render/report/docx')>();
  return documentDocx(options.audience === 'partners'
    ? partnerDocument(sessions, options)
    : facilitatorDocument(sessions, options.lang, options.vocabulary));
}

/**
 * A first reading that keeps only each session's language and date and says nothing: the notes' language
 * (readableLanguage) and, for the partners' report, why any notes may not go to the partners (in `lang`).
 */
async function firstReading(files: NotesFile[], vocabulary: Vocabulary, audience: Audience, lang: Lang): Promise<{ lang: Lang; refusals: string[] }> {
  const told: Pick<Session, 'lang' | 'date'>[] = [];
  const refusals: string[] = [];
  const quiet = () => {};
  for await (const { session } of readSessions(files, vocabulary, 'facilitator', quiet, quiet)) {
    told.push({ lang: session.lang, date: session.date });
    if (audience === 'partners') refusals.push(...partnerRefusals(session, lang));
  }
  return { lang: readableLanguage(told, audience), refusals };
}

/** The partners' report speaks the language most of the notes are in; the facilitator's overview, that of the most recent notes. */
function readableLanguage(sessions: readonly Pick<Session, 'lang' | 'date'>[], audience: Audience): Lang {
  return (audience === 'partners' ? reportLanguage(sessions, null, 'en') : latestLanguage(sessions)) ?? 'en';
}

/** Each file's session and summary, read one at a time; a file that cannot be read is said (on stderr) and skipped. */
async function* readSessions(files: NotesFile[], vocabulary: Vocabulary, audience: Audience,
  onFailure: () => void, say: (message: string) => void = complain): AsyncGenerator<SessionRead> {
  const view = (session: Session) => (audience === 'partners' ? partnerView(session) : session);
  for (const { file, explicit } of files) {
    // A pause between files, so SIGINT and SIGTERM are handled while a large input is read.
    await new Promise((resolve) => setImmediate(resolve));
    const text = readText(file);
    if (typeof text !== 'string') {
      say(`${file}: ${text.reason}`);
      onFailure();
      continue;
    }
    const { session, result: summary, failed } = readGuarded(text, { file, vocabulary }, (s) => summarizeSession(view(s), vocabulary));
    if (failed) {
      say(`${file}: ${session.problems[0].message}`);
      onFailure();
    } else if (!explicit && !isSessionNotes(session)) continue;
    yield { session: view(session), summary };
  }
}

/**
 * The report in a format that renders from all sessions at once (and Word); sessions are kept only if it
 * reads them. Without `lang`, the partners' report takes the notes' own language.
 */
async function* wholeReport(reads: AsyncIterable<SessionRead>, format: string, lang: Lang | undefined, vocabulary: Vocabulary,
  options: RenderOptions & { audience: Audience; thermometer: boolean }): AsyncGenerator<string | Uint8Array> {
  const usesSessions = format === DOCX || REPORT_FORMATS[format].usesSessions;
  const sessions: Session[] = [];
  const summaries: SessionSummary[] = [];
  for await (const { session, summary } of reads) {
    summaries.push(summary);
    if (usesSessions || !lang) sessions.push(session);
  }
  const language = lang ?? readableLanguage(sessions, options.audience);
  yield format === DOCX
    ? await wordFile(sessions, { ...options, lang: language, vocabulary })
    : REPORT_FORMATS[format].render(reportOf(summaries, vocabulary), language, sessions, vocabulary, options);
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
  if (values.format === DOCX && !values.out) throw new UsageError('--format docx writes a Word file: give --out FILE.');
  if (paths.length === 0) throw new UsageError('no PATH given.');
  if (values.out === '') throw new UsageError('--out needs a file name.');
  return {
    help: false, format: values.format, out: values.out, force: values.force, lang: values.lang as Lang | undefined,
    audience: values.audience as Audience, thermometer: values.thermometer, vocabulary: values.vocabulary, paths,
  } as const;
}

