// `facilitator-notes qdc`: the vocabulary as a REFI-QDA codebook (.qdc) for qualitative-analysis software, and
// `qdc --import FILE.qdc` the other way: a codebook's codes as a team dimension in a vocabulary file.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { codebookXml, codeTree } from '../core/render/qda/codebook';
import { qdaProject } from '../core/render/qda/project';
import { importCodebook, vocabularyYaml } from '../core/vocabulary/codebookImport';
import { Lang, Vocabulary } from '../core/vocabulary/vocabulary';
import { Session } from '../core/parse/model';
import { commandInput, complain, EXIT, LANGS, optionsOrComplaint, readSessions, readText, sendReport, UsageError } from './input';

export const QDC_HELP = `Usage: facilitator-notes qdc --out FILE.qdc [options] [PATH...]
       facilitator-notes qdc --import CODEBOOK.qdc --out FILE.yaml [options]

The first form writes the vocabulary as a REFI-QDA codebook: a parent code per
dimension with a code per term, plus the free tags the notes under PATH use.

The second reads a codebook (from ATLAS.ti, MAXQDA, NVivo, QualCoder or this tool)
into a team vocabulary file: every code becomes a term of one dimension of your own
(#code/<name>), its name the label. Codes that cannot become a tag are listed.

Options:
  --out FILE          the file to write (atomically; never replaced unless --force)
  --force             allow --out to replace an existing file
  --import FILE       the codebook to read into a vocabulary file
  --dimension ID      with --import: the dimension's id and prefix (default: code)
  --label TEXT        with --import: the dimension's label (default: the codebook's file name)
  --lang LANG         ${LANGS.join(' | ')}: language of code names and messages (default: en)
  --vocabulary FILE   the team vocabulary to use (as for overview)
  -h, --help          show this help
`;

/** Runs the command on the arguments after `qdc`; returns the exit code. */
export async function runQdc(argv: string[]): Promise<number> {
  const options = optionsOrComplaint(() => readOptions(argv), 'qdc');
  if (typeof options === 'number') return options;
  if (options.help) {
    process.stdout.write(QDC_HELP);
    return EXIT.ok;
  }
  const input = commandInput(options);
  if (typeof input === 'number') return input;
  const { files, vocabulary } = input;
  if (options.import !== undefined) return importInto(options.import, options, vocabulary);
  const sessions: Session[] = [];
  for await (const session of readSessions(files, vocabulary, () => (input.failed = true))) sessions.push(session);
  const codes = sessions.length ? qdaProject(sessions, { vocabulary, lang: options.lang }).codes : codeTree(vocabulary, options.lang);
  if (!await sendReport([codebookXml(codes)], options.out, options.force)) return EXIT.output;
  return input.failed ? EXIT.unreadableInput : EXIT.ok;
}

interface ImportOptions { out: string; force: boolean; dimension: string; label?: string; lang: Lang }

async function importInto(codebook: string, options: ImportOptions, vocabulary: Vocabulary): Promise<number> {
  const text = readText(codebook);
  if (typeof text !== 'string') {
    complain(`${codebook}: ${text.reason}`);
    return EXIT.unreadableInput;
  }
  const label = options.label ?? path.basename(codebook, path.extname(codebook));
  const { file, notMapped } = importCodebook(text, { dimension: options.dimension, label, vocabulary, lang: options.lang });
  for (const line of notMapped) complain(`${codebook}: ${line}`);
  if (!file) {
    complain(`${codebook}: nothing imported; ${options.out} not written.`);
    return EXIT.unreadableInput;
  }
  if (!await sendReport([vocabularyYaml(file, path.basename(codebook))], options.out, options.force)) return EXIT.output;
  const count = file.dimensions?.[0].values.length ?? 0;
  process.stdout.write(`${count} code${count === 1 ? '' : 's'} imported as #${options.dimension}/… into ${options.out}.\n`);
  return EXIT.ok;
}

function readOptions(argv: string[]) {
  const { values, positionals: paths } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      import: { type: 'string' },
      dimension: { type: 'string', default: 'code' },
      label: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      vocabulary: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: true } as const;
  if (!LANGS.includes(values.lang as Lang)) throw new UsageError(`unknown language '${values.lang}'; use ${LANGS.join(', ')}.`);
  if (!values.out) throw new UsageError(values.import === undefined ? '--out FILE.qdc is required.' : '--out FILE.yaml is required: the vocabulary file to write.');
  if (values.import !== undefined && paths.length) throw new UsageError('--import reads a codebook, not notes: give no PATH.');
  return { ...values, out: values.out, help: false, lang: values.lang as Lang, paths } as const;
}
