// `facilitator-notes dossier [options] PATH...`: one dossier per collaboration of the notes found, read the
// same way as `overview` reads them (input.ts).
import { parseArgs } from 'node:util';
import { Session } from '../core/parse/model';
import { isoDate } from '../core/write/template';
import { collaborations } from '../core/report/collaboration';
import { DOSSIER_FORMATS } from '../core/render/dossier/dossierFormats';
import { Lang } from '../core/vocabulary/vocabulary';
import { complain, EXIT, folderUnder, LANGS, optionsOrComplaint, outRefusal, readSessions, teamVocabulary, UsageError, writeOut } from './input';


export const DOSSIER_HELP = `Usage: facilitator-notes dossier [options] PATH...

One dossier per collaboration: its sessions in date order, the phase journey, the
thermometer across sessions, conditions not discussed lately, the parties and every
action (open, done, overdue). A session belongs to the collaboration named by its front
matter "collaboration" (or "samenwerking"), else to its folder relative to PATH.

Options:
  --format FORMAT   ${Object.keys(DOSSIER_FORMATS).join(' | ')} (default: json)
  --out FILE        write to FILE (atomically; never replaced unless --force is given)
  --force           allow --out to replace an existing file
  --lang LANG       ${LANGS.join(' | ')}: language of the readable formats (default: en)
  --today DATE      YYYY-MM-DD: actions due before it are overdue (default: today)
  --vocabulary FILE the team vocabulary to use (as for overview)
  -h, --help        show this help
`;

/** Runs the command on the arguments after `dossier`; returns the exit code. */
export function runDossier(argv: string[]): number {
  const options = optionsOrComplaint(() => readOptions(argv), 'dossier');
  if (typeof options === 'number') return options;
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
  const { sessions, failed: unreadable } = readSessions(options.paths, vocabulary);
  const failed = vocabularyFailed || unreadable;
  const folderOf = (s: Session) => folderUnder(options.paths, s.file);
  const output = DOSSIER_FORMATS[options.format].render(collaborations(sessions, { today: options.today, folderOf, vocabulary }), options.lang, vocabulary);
  if (options.out === undefined) {
    process.stdout.write(output);
  } else if (!writeOut(options.out, output, options.force)) {
    return EXIT.output;
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
      lang: { type: 'string', default: 'en' },
      today: { type: 'string', default: isoDate(new Date()) },
      vocabulary: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: true } as const;
  if (!Object.hasOwn(DOSSIER_FORMATS, values.format)) throw new UsageError(`unknown format '${values.format}'; use ${Object.keys(DOSSIER_FORMATS).join(', ')}.`);
  if (!LANGS.includes(values.lang as Lang)) throw new UsageError(`unknown language '${values.lang}'; use ${LANGS.join(', ')}.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError(`--today takes a date as YYYY-MM-DD, not '${values.today}'.`);
  if (paths.length === 0) throw new UsageError('no PATH given.');
  if (values.out === '') throw new UsageError('--out needs a file name.');
  return { ...values, help: false, lang: values.lang as Lang, paths } as const;
}
