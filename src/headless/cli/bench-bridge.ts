// npm run bench's bridge section: steps per second of the env driven from Python through the
// JSON-lines bridge (python/desperado_gym/bench.py), at 1 and 64 envs per message, JSON, binary
// (base64) and frame (raw bytes after a header line) observations, beside the same envs stepped in this process (the same boards and actions:
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
/** Env steps played before timing, as python/desperado_gym/bench.py's WARM_STEPS (V8 keeps tiering code up that long). */
const WARM_STEPS = 24000;
const CASES = [[1, 'json'], [1, 'binary'], [1, 'frame'], [64, 'json'], [64, 'binary'], [64, 'frame']] as const;

export interface BridgeFigure {
  name: string;
  numEnvs: number;
  obs: 'json' | 'binary' | 'frame' | 'in-process';
  stepsPerSecond: number;
  /** Of the in-process figure with as many envs. */
  percent: number;
  /** Steps per second of CPU used (both processes for the bridge): what a busy machine does not change. */
  stepsPerCpuSecond: number | null;
  cpuPercent: number | null;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** The same action stream as python/desperado_gym/bench.py's. */
const action = (i: number): number[] => [(i * 37) % 255 - 127, (i * 53) % 255 - 127, (i * 97) % 4096, i % 2, 0];

interface Rate {
  wall: number;
  cpu: number | null;
}

/** One timed run of `numEnvs` envs stepped in this process (warmed up first), as the bridge steps them. */
function inProcess(numEnvs: number): Rate {
  const v = new VectorEnv(Array.from({ length: numEnvs }, () => makeEnv({ level: 'bar' })));
  v.reset({ seed: 1 });
  let i = 0;
  const messages = MESSAGES[numEnvs]!;
  const run = (): Rate => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (let m = 0; m < messages; m++) {
      const at = i++;
      v.step(Array.from({ length: numEnvs }, (_, k) => action(at + k)));
    }
    const wall = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    return { wall: (messages * numEnvs) / wall, cpu: (messages * numEnvs) / ((used.user + used.system) / 1e6) };
  };
  for (let warm = 0; warm < WARM_STEPS; warm += messages * numEnvs) run();
  return run();
}

function fromPython(numEnvs: number, obs: 'json' | 'binary' | 'frame'): Rate {
  const out = execFileSync('python3', ['-m', 'desperado_gym.bench', '--num-envs', String(numEnvs), '--obs', obs, '--messages', String(MESSAGES[numEnvs]), '--repeats', '1'], {
    cwd: path.resolve('python'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DESPERADO_ROOT: process.cwd(), PYTHONDONTWRITEBYTECODE: '1' },
  });
  const r = JSON.parse(out.trim().split('\n').at(-1)!) as { stepsPerSecond: number[]; stepsPerCpuSecond: (number | null)[] };
  return { wall: r.stepsPerSecond[0]!, cpu: r.stepsPerCpuSecond[0] ?? null };
}

/** null when python3 (or numpy, for the binary cases) is missing: the section says so and is skipped. */
export function measureBridge(write: (text: string) => void): BridgeFigure[] | null {
  try {
    execFileSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
  } catch {
    write('\nBridge from Python: skipped (needs python3 with numpy)\n');
    return null;
  }
  const local: Record<number, Rate[]> = { 1: [], 64: [] };
  const bridged = CASES.map((): Rate[] => []);
  for (let r = 0; r < BRIDGE_RUNS; r++) {
    local[1]!.push(inProcess(1));
    local[64]!.push(inProcess(64));
    CASES.forEach(([numEnvs, obs], c) => bridged[c]!.push(fromPython(numEnvs, obs)));
  }
  const wall = (rates: Rate[]) => median(rates.map((x) => x.wall));
  const cpu = (rates: Rate[]) => (rates.every((x) => x.cpu !== null) ? median(rates.map((x) => x.cpu!)) : null);
  const pct = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.round((a / b) * 100));
  const round = (x: number | null) => (x === null ? null : Math.round(x));
  const figures: BridgeFigure[] = [1, 64].map((n) => ({
    name: `in process, ${n} env${n > 1 ? 's stepped in turn' : ''}`, numEnvs: n, obs: 'in-process' as const,
    stepsPerSecond: Math.round(wall(local[n]!)), percent: 100, stepsPerCpuSecond: round(cpu(local[n]!)), cpuPercent: 100,
  }));
  CASES.forEach(([numEnvs, obs], c) => {
    const rates = bridged[c]!;
    figures.push({
      name: `Python, ${numEnvs} env${numEnvs > 1 ? 's' : ''} a message, ${obs}`, numEnvs, obs,
      stepsPerSecond: Math.round(wall(rates)), percent: pct(wall(rates), wall(local[numEnvs]!))!,
      stepsPerCpuSecond: round(cpu(rates)), cpuPercent: pct(cpu(rates), cpu(local[numEnvs]!)),
    });
  });
  write([
    `\nBridge from Python, bar, env steps per second, medians of ${BRIDGE_RUNS} (target: 64 envs >= 75% of in process, with frames; % of in process with as many envs)`,
    ...figures.map((f) => `${f.name.padEnd(40)} ${String(f.stepsPerSecond).padStart(7)} steps/s ${String(f.percent).padStart(4)}%   ${String(f.stepsPerCpuSecond ?? '-').padStart(7)} steps/CPU s ${String(f.cpuPercent ?? '-').padStart(4)}%`),
    `(steps/CPU s: steps per second of CPU used, by the bridge and Python together; a machine busy with other work changes it least)`,
  ].join('\n') + '\n');
  return figures;
}
