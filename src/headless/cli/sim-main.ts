// Entry point of `npm run sim` (see sim-cli.ts).
import { runSimCli } from './sim-cli';

process.exitCode = runSimCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
