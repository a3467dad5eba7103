// What the sound effects cost at boot, measured the way the game pays it: each take rendered once,
// in SOUND_BANK order, in a fresh process (cold JIT, as on page load). Runs RUNS fresh processes and
// prints the median per group (the sounds before the arsenal set, the arsenal set), what the set
// adds to a boot (a full boot against one without the set, since whoever renders first also pays
// for warming the JIT up) and the slowest takes. The browser's V8 behaves alike; the Boot scene shows this as its bar.
// Usage: npx tsx tools/audio/boot-cost.ts
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SOUND_BANK, SOUND_NAMES, renderSound, type SoundName } from '../../src/audio/sound-bank';
import { engineLoop } from '../../src/audio/sounds/car';
import { crackleLoop } from '../../src/audio/sounds/hazards';
import { ARSENAL_NAMES } from './arsenal-names';

const RUNS = 7;
/** CPU time of this process (ms): unlike wall time, barely moved by other work on a shared machine. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (process.argv[2] === '--once') {
  const withoutSet = process.argv[3] === '--without-set';
  const per: Record<string, number> = {};
  for (const n of SOUND_NAMES) {
    if (withoutSet && ARSENAL_NAMES.includes(n)) continue;
    const t = cpuMs();
    for (let v = 0; v < SOUND_BANK[n].variants; v++) renderSound(n, v);
    per[n] = cpuMs() - t;
  }
  let t = cpuMs();
  crackleLoop();
  per.crackleLoop = cpuMs() - t;
  if (!withoutSet) {
    t = cpuMs();
    engineLoop();
    per.engineLoop = cpuMs() - t;
  }
  process.stdout.write(JSON.stringify(per));
} else {
  const self = fileURLToPath(import.meta.url);
  const boot = (...flags: string[]): Record<string, number> => {
    const r = spawnSync(process.execPath, [...process.execArgv, self, '--once', ...flags], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`boot-cost: a run failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as Record<string, number>;
  };
  // Interleaved, so a busy moment on the machine hits both kinds alike.
  const runs: Record<string, number>[] = [];
  const without: Record<string, number>[] = [];
  for (let k = 0; k < RUNS; k++) {
    runs.push(boot());
    without.push(boot('--without-set'));
  }
  const total = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const isNew = (n: string): boolean => ARSENAL_NAMES.includes(n as SoundName) || n === 'engineLoop';
  const sum = (pick: (n: string) => boolean) => median(runs.map((r) => Object.entries(r).filter(([n]) => pick(n)).reduce((s, [, ms]) => s + ms, 0)));
  const out = (s: string): boolean => process.stdout.write(`${s}\n`);
  out(`boot render cost (CPU ms), cold, median of ${RUNS} fresh processes (Node ${process.version}):`);
  out(`  sounds before the arsenal set: ${sum((n) => !isNew(n)).toFixed(1)} ms`);
  out(`  arsenal, props, car, duel (+ engine loop): ${sum(isNew).toFixed(1)} ms`);
  out(`  all: ${sum(() => true).toFixed(1)} ms; a boot without the set: ${median(without.map(total)).toFixed(1)} ms`);
  out(`  so the set adds ${(median(runs.map(total)) - median(without.map(total))).toFixed(1)} ms to a boot`);
  const names = Object.keys(runs[0]!);
  const slow = names.map((n) => [n, median(runs.map((r) => r[n]!))] as const).sort((a, b) => b[1] - a[1]).slice(0, 12);
  out(`  slowest: ${slow.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`);
}
