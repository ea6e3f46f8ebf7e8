// `facilitator-notes qdpx --out FILE.qdpx PATH...`: the notes as a REFI-QDA project for qualitative-analysis
// software (ATLAS.ti, MAXQDA, NVivo, QualCoder), read the same way as `dossier` reads them (input.ts).
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { qdaProject } from '../core/render/qda/project';
import { partnerRefusals } from '../core/report/audience';
import { qdpxArchive } from '../core/render/qda/qdpx';
import { Lang } from '../core/vocabulary/vocabulary';
import { Session } from '../core/parse/model';
import { latestLanguage } from '../core/parse/language';
import { folderUnder } from './dossier';
import { commandInput, complain, EXIT, LANGS, optionsOrComplaint, readSessions, sendReport, UsageError } from './input';

export const QDPX_HELP = `Usage: facilitator-notes qdpx --out FILE.qdpx [options] PATH...

The notes as a REFI-QDA project (.qdpx) for qualitative-analysis software: one text
source per session, each observation a selection coded with every tag it has or
inherits, readings coded with their level, decisions and actions with codes of their
own; parties and collaborations as cases; session date, collaboration and phase as
variables. Private parts are left out unless --include-private is given; notes that
are private as a whole, or whose privacy is unclear, are then refused (exit 2).

Options:
  --out FILE          the .qdpx file to write (atomically; never replaced unless --force)
  --force             allow --out to replace an existing file
  --include-private   include what the notes mark private (coded "Private")
  --lang LANG         ${LANGS.join(' | ')}: language of code and variable names (default: that of the
                      most recent notes; en when the notes do not tell)
  --name NAME         the project's name (default: Facilitator Notes)
  --vocabulary FILE   the team vocabulary to use (as for overview)
  -h, --help          show this help
`;

/** Runs the command on the arguments after `qdpx`; returns the exit code. */
export async function runQdpx(argv: string[]): Promise<number> {
  const options = optionsOrComplaint(() => readOptions(argv), 'qdpx');
  if (typeof options === 'number') return options;
  if (options.help) {
    process.stdout.write(QDPX_HELP);
    return EXIT.ok;
  }
  const input = commandInput(options);
  if (typeof input === 'number') return input;
  const { files, vocabulary } = input;
  const sessions: Session[] = [];
  for await (const session of readSessions(files, vocabulary, () => (input.failed = true))) sessions.push(session);
  // As for the partners' report: notes whose privacy is unclear, or private as a whole, are not shared at all.
  const refusals = options['include-private'] ? [] : sessions.flatMap((s) => partnerRefusals(s, 'en'));
  if (refusals.length) {
    for (const refusal of refusals) complain(`${refusal}; use --include-private for a project of your own`);
    return EXIT.usage;
  }
  const project = qdaProject(sessions, {
    vocabulary,
    lang: options.lang ?? latestLanguage(sessions) ?? 'en',
    includePrivate: options['include-private'],
    name: options.name,
    folderOf: (s) => folderUnder(options.paths, s.file),
  });
  if (!await sendReport([qdpxArchive(project, new Date())], options.out, options.force)) return EXIT.output;
  return input.failed ? EXIT.unreadableInput : EXIT.ok;
}

function readOptions(argv: string[]) {
  const { values, positionals: paths } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      'include-private': { type: 'boolean', default: false },
      lang: { type: 'string' },
      name: { type: 'string' },
      vocabulary: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: true } as const;
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) throw new UsageError(`unknown language '${values.lang}'; use ${LANGS.join(', ')}.`);
  if (paths.length === 0) throw new UsageError('no PATH given.');
  if (!values.out) throw new UsageError('--out FILE.qdpx is required: a project is a ZIP file, not text for the terminal.');
  if (path.extname(values.out).toLowerCase() !== '.qdpx') throw new UsageError(`--out takes a .qdpx file name, not '${values.out}'.`);
  return { ...values, out: values.out, help: false, lang: values.lang as Lang | undefined, paths } as const;
}
