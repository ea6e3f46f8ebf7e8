// `facilitator-notes dossier [options] PATH...`: one dossier per collaboration of the notes found, read the
// same way as `overview` reads them (input.ts).
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomically } from '../io/atomicWrite';
import { Session } from '../core/parse/model';
import { readGuarded } from '../core/parse/guard';
import { isSessionNotes } from '../core/parse/parser';
import { latestLanguage } from '../core/parse/language';
import { isoDate } from '../core/write/template';
import { collaborations } from '../core/report/collaboration';
import { DOSSIER_FORMATS } from '../core/render/dossier/dossierFormats';
import { Lang } from '../core/vocabulary/vocabulary';
import { collectFiles, complain, EXIT, LANGS, outRefusal, readText, teamVocabulary, UsageError } from './input';


export const DOSSIER_HELP = `Usage: facilitator-notes dossier [options] PATH...

One dossier per collaboration: its sessions in date order, the phase journey, the
thermometer across sessions, conditions not discussed lately, the parties and every
action (open, done, overdue). A session belongs to the collaboration named by its front
matter "collaboration" (or "samenwerking"), else to its folder relative to PATH.

Options:
  --format FORMAT   ${Object.keys(DOSSIER_FORMATS).join(' | ')} (default: json)
  --out FILE        write to FILE (atomically; never replaced unless --force is given)
  --force           allow --out to replace an existing file
  --lang LANG       ${LANGS.join(' | ')}: language of the readable formats (default: that of the
                    most recent notes; en when the notes do not tell)
  --today DATE      YYYY-MM-DD: actions due before it are overdue (default: today)
  --vocabulary FILE the team vocabulary to use (as for overview)
  -h, --help        show this help
`;

/** Runs the command on the arguments after `dossier`; returns the exit code. */
export function runDossier(argv: string[]): number {
  let options;
  try {
    options = readOptions(argv);
  } catch (e) {
    if (!(e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) throw e;
    complain(`${(e as Error).message}\nRun 'facilitator-notes dossier --help' for usage.`);
    return EXIT.usage;
  }
  if (options.help) {
    process.stdout.write(DOSSIER_HELP);
    return EXIT.ok;
  }
  const refusal = options.out === undefined ? undefined : outRefusal(options.out, options.force);
  if (refusal) {
    complain(refusal);
    return EXIT.output;
  }
  const { vocabulary, failed: vocabularyFailed } = teamVocabulary(options.vocabulary);
  let failed = vocabularyFailed;
  const sessions: Session[] = [];
  for (const { file, explicit } of collectFiles(options.paths, () => (failed = true))) {
    const text = readText(file);
    if (typeof text !== 'string') {
      complain(`${file}: ${text.reason}`);
      failed = true;
      continue;
    }
    // One file that breaks the parser is that file's problem: it is said, and the others still make the dossier.
    const { session, failed: broke } = readGuarded(text, { file, vocabulary }, () => undefined);
    if (broke) {
      complain(`${file}: ${session.problems[0].message}`);
      failed = true;
    } else if (explicit || isSessionNotes(session)) sessions.push(session);
  }
  const folderOf = (s: Session) => folderUnder(options.paths, s.file);
  const output = DOSSIER_FORMATS[options.format].render(collaborations(sessions, { today: options.today, folderOf, vocabulary }), options.lang ?? latestLanguage(sessions) ?? 'en', vocabulary);
  if (options.out === undefined) {
    process.stdout.write(output);
  } else {
    try {
      writeFileAtomically(options.out, output, options.force);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      complain(code === 'EEXIST' ? `${options.out} already exists; use --force to replace it.` : `cannot write ${options.out}: ${(e as Error).message}`);
      return EXIT.output;
    }
  }
  return failed ? EXIT.unreadableInput : EXIT.ok;
}

function readOptions(argv: string[]) {
  const { values, positionals: paths } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      lang: { type: 'string' },
      today: { type: 'string', default: isoDate(new Date()) },
      vocabulary: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: true } as const;
  if (!Object.hasOwn(DOSSIER_FORMATS, values.format)) throw new UsageError(`unknown format '${values.format}'; use ${Object.keys(DOSSIER_FORMATS).join(', ')}.`);
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) throw new UsageError(`unknown language '${values.lang}'; use ${LANGS.join(', ')}.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError(`--today takes a date as YYYY-MM-DD, not '${values.today}'.`);
  if (paths.length === 0) throw new UsageError('no PATH given.');
  if (values.out === '') throw new UsageError('--out needs a file name.');
  return { ...values, help: false, lang: values.lang as Lang | undefined, paths } as const;
}

/**
 * The collaboration folder of a file: its folder relative to the first PATH folder that holds it, the PATH
 * folder's own name at its root; a file named on its own goes by the name of its folder.
 */
function folderUnder(paths: string[], file: string): string {
  const dir = path.resolve(path.dirname(file));
  for (const p of paths) {
    const relative = path.relative(path.resolve(p), dir);
    if (relative === '') return path.basename(path.resolve(p));
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).join('/');
  }
  return path.basename(dir);
}
