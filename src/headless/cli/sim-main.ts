// Entry point of `npm run sim` (see sim-cli.ts).
import { mark } from '../batch/timeline';
import { runSimCli } from './sim-cli';

mark('cli loaded');

process.exitCode = await runSimCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  // The progress bar and wall-clock figures only on a terminal: piped or redirected stderr stays clean.
  progress: process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
  outIsTerminal: process.stdout.isTTY === true,
});
mark('cli done');
