// Command-line entry point: `facilitator-notes overview|dossier|qdpx|qdc [options] PATH...`. Only wires: each command is
// a module of its own; signals remove a report being written; a closed standard output ends the run quietly.
import { removeTempsInFlight } from '../io/atomicWrite';
import { runDossier } from './dossier';
import { complain, EXIT } from './input';
import { runOverview } from './overview';
import { runQdc } from './qdc';
import { runQdpx } from './qdpx';

async function main(argv: string[]): Promise<number> {
  const commands: Record<string, (args: string[]) => Promise<number>> = { dossier: runDossier, qdpx: runQdpx, qdc: runQdc };
  const command = commands[argv[0]];
  return command ? command(argv.slice(1)) : runOverview(argv);
}

/** On Ctrl-C or kill, the report being written is removed instead of left as a temporary file. */
function onInterrupt(signal: NodeJS.Signals, code: number): void {
  process.once(signal, () => {
    removeTempsInFlight();
    process.exit(code);
  });
}

/** A reader that stops early (`| head`) closes the pipe: the run stops quietly instead of with a stack trace. */
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  removeTempsInFlight();
  process.exit(EXIT.ok);
});

onInterrupt('SIGINT', 130);
onInterrupt('SIGTERM', 143);
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    complain(`unexpected error: ${(e as Error).message}`);
    process.exitCode = EXIT.output;
  },
);
