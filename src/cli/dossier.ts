// `facilitator-notes dossier [options] PATH...`: one dossier per collaboration of the notes found, read the
// same way as `overview` reads them (input.ts).
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { nextTurn } from '../io/atomicWrite';
import { Session } from '../core/parse/model';
import { latestLanguage } from '../core/parse/language';
import { isoDate } from '../core/write/template';
import { isoDate as realDate } from '../core/parse/dates';
import { collaborations } from '../core/report/collaboration';
import { DOSSIER_FORMATS } from '../core/render/dossier/dossierFormats';
import { Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { commandInput, EXIT, LANGS, optionsOrComplaint, readSessions, sendReport, UsageError } from './input';


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
export async function runDossier(argv: string[]): Promise<number> {
  const options = optionsOrComplaint(() => readOptions(argv), 'dossier');
  if (typeof options === 'number') return options;
  if (options.help) {
    process.stdout.write(DOSSIER_HELP);
    return EXIT.ok;
  }
  const input = commandInput(options);
  if (typeof input === 'number') return input;
  const sessions = readSessions(input.files, input.vocabulary, () => (input.failed = true));
  const written = await sendReport(dossierText(sessions, options.paths, { ...options, vocabulary: input.vocabulary }), options.out, options.force);
  return !written ? EXIT.output : input.failed ? EXIT.unreadableInput : EXIT.ok;
}

/** The dossier made once every session is read; lazy, so a file to --out is opened before the work starts. */
async function* dossierText(reads: AsyncIterable<Session>, paths: string[],
  options: { format: string; lang: Lang | undefined; today: string; vocabulary: Vocabulary }): AsyncGenerator<string> {
  const sessions: Session[] = [];
  for await (const session of reads) sessions.push(session);
  await nextTurn();
  const folderOf = (s: Session) => folderUnder(paths, s.file);
  yield DOSSIER_FORMATS[options.format].render(collaborations(sessions, { today: options.today, folderOf, vocabulary: options.vocabulary }), options.lang ?? latestLanguage(sessions) ?? 'en', options.vocabulary);
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
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.today) ?? [];
  if (!year || !realDate(+year, +month, +day)) throw new UsageError(`--today takes a date as YYYY-MM-DD, not '${values.today}'.`);
  if (paths.length === 0) throw new UsageError('no PATH given.');
  if (values.out === '') throw new UsageError('--out needs a file name.');
  return { ...values, help: false, lang: values.lang as Lang | undefined, paths } as const;
}

/**
 * The collaboration folder of a file: its folder relative to the first PATH folder that holds it, the PATH
 * folder's own name at its root; a file named on its own goes by the name of its folder.
 */
export function folderUnder(paths: string[], file: string): string {
  const dir = path.resolve(path.dirname(file));
  for (const p of paths) {
    const relative = path.relative(path.resolve(p), dir);
    if (relative === '') return path.basename(path.resolve(p));
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).join('/');
  }
  return path.basename(dir);
}
