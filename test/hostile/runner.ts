// Runs hostile cases in one process (spawned by cli-hostile.test.ts under a 512 MB heap): each
// case through the CLI's own entry function, its output collected. Prints one JSON line per case:
// { name, code, err: [lines], out: [lines] }. Usage: tsx runner.ts <cases.json> [case name].
import { readFileSync } from 'node:fs';
import { runSimCli } from '../../src/headless/cli/sim-cli';
import { runVerifyCli } from '../../src/headless/cli/verify-main';
import type { HostileCase } from './cases';

const cases = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as HostileCase[];
const only = process.argv[3];
for (const c of cases) {
  if (only !== undefined && c.name !== only) continue;
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
  const code = c.cli === 'verify' ? runVerifyCli(c.args, io.out, io.err) : await runSimCli(c.args, io);
  process.stdout.write(JSON.stringify({ name: c.name, code, err, out }) + '\n');
}
