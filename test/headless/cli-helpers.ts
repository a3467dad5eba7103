// Runs `npm run sim` in-process and collects what it prints.
import { runSimCli, type CliOptions } from '../../src/headless/cli/sim-cli';

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
  /** What went to the progress sink (a terminal's stderr); only collected when `tty` is set. */
  progress: string[];
}

export async function cli(argv: readonly string[], options: CliOptions & { tty?: boolean } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const code = await runSimCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    progress: options.tty ? (t) => progress.push(t) : undefined,
  }, options);
  return { code, out, err, progress };
}
