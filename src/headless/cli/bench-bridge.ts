// npm run bench's bridge section: steps per second of the env driven from Python through the
// JSON-lines bridge (python/desperado_gym/bench.py), at 1 and 64 envs per message, JSON and
// binary observations, beside the same envs stepped in this process (the same boards and actions:
// one env, or 64 in turn). Medians of BRIDGE_RUNS; each run measures in process then every bridge
// case, so a machine busy with other work weighs on both sides alike.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeEnv } from '../env/env';
import { VectorEnv } from '../env/vector-env';

export const BRIDGE_RUNS = 3;
/** Messages per timed run: about the same number of env steps either way. */
const MESSAGES: Readonly<Record<number, number>> = { 1: 4000, 64: 120 };
const CASES = [[1, 'json'], [1, 'binary'], [64, 'json'], [64, 'binary']] as const;

export interface BridgeFigure {
  name: string;
  numEnvs: number;
  obs: 'json' | 'binary' | 'in-process';
  stepsPerSecond: number;
  /** Of the in-process figure with as many envs. */
  percent: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** The same action stream as python/desperado_gym/bench.py's. */
const action = (i: number): number[] => [(i * 37) % 255 - 127, (i * 53) % 255 - 127, (i * 97) % 4096, i % 2, 0];

/** One timed run of `numEnvs` envs stepped in this process (warmed up first), as the bridge steps them. */
function inProcess(numEnvs: number): number {
  const v = new VectorEnv(Array.from({ length: numEnvs }, () => makeEnv({ level: 'bar' })));
  v.reset({ seed: 1 });
  let i = 0;
  const messages = MESSAGES[numEnvs]!;
  const run = (): number => {
    const start = performance.now();
    for (let m = 0; m < messages; m++) {
      const at = i++;
      v.step(Array.from({ length: numEnvs }, (_, k) => action(at + k)));
    }
    return (messages * numEnvs) / ((performance.now() - start) / 1000);
  };
  run(); // warm-up
  return run();
}

function fromPython(numEnvs: number, obs: 'json' | 'binary'): number {
  const out = execFileSync('python3', ['-m', 'desperado_gym.bench', '--num-envs', String(numEnvs), '--obs', obs, '--messages', String(MESSAGES[numEnvs]), '--repeats', '1'], {
    cwd: path.resolve('python'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DESPERADO_ROOT: process.cwd(), PYTHONDONTWRITEBYTECODE: '1' },
  });
  return (JSON.parse(out.trim().split('\n').at(-1)!) as { stepsPerSecond: number[] }).stepsPerSecond[0]!;
}

/** null when python3 (or numpy, for the binary cases) is missing: the section says so and is skipped. */
export function measureBridge(write: (text: string) => void): BridgeFigure[] | null {
  try {
    execFileSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
  } catch {
    write('\nBridge from Python: skipped (needs python3 with numpy)\n');
    return null;
  }
  const local: Record<number, number[]> = { 1: [], 64: [] };
  const bridged = CASES.map((): number[] => []);
  for (let r = 0; r < BRIDGE_RUNS; r++) {
    local[1]!.push(inProcess(1));
    local[64]!.push(inProcess(64));
    CASES.forEach(([numEnvs, obs], c) => bridged[c]!.push(fromPython(numEnvs, obs)));
  }
  const base = (n: number) => median(local[n]!);
  const figures: BridgeFigure[] = [1, 64].map((n) => ({
    name: `in process, ${n} env${n > 1 ? 's stepped in turn' : ''}`, numEnvs: n, obs: 'in-process' as const, stepsPerSecond: Math.round(base(n)), percent: 100,
  }));
  CASES.forEach(([numEnvs, obs], c) => {
    const sps = median(bridged[c]!);
    figures.push({ name: `Python, ${numEnvs} env${numEnvs > 1 ? 's' : ''} a message, ${obs}`, numEnvs, obs, stepsPerSecond: Math.round(sps), percent: Math.round((sps / base(numEnvs)) * 100) });
  });
  write([
    `\nBridge from Python, bar, env steps per second, medians of ${BRIDGE_RUNS} (target: 64 envs binary >= 75% of in process; % of in process with as many envs)`,
    ...figures.map((f) => `${f.name.padEnd(44)} ${String(f.stepsPerSecond).padStart(8)} steps/s ${String(f.percent).padStart(4)}%`),
  ].join('\n') + '\n');
  return figures;
}
