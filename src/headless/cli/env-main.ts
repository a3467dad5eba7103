// Entry point of `npm run env` (see env-cli.ts).
import { runEnvCli } from './env-cli';

// The client went away (closed our stdout): nothing left to answer.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await runEnvCli(
  process.argv.slice(2),
  {
    // A frame goes out in the same write as its header: one copy, one wake-up of the reader.
    out: (line, payload) => process.stdout.write(payload ? Buffer.concat([Buffer.from(line + '\n'), payload]) : line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  },
  process.stdin,
);
// Stop reading stdin (after "close" it may still be open), so the process can exit.
process.stdin.destroy();
