// Batches that scale: `npm run sim` runs from the prebuilt headless bundle (its worker threads start
// from plain JavaScript), rebuilt only when a source changed; chunks shrink toward the end so the
// workers finish together; no worker starts for a batch too small to share.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkSizes, runBatch } from '../../src/headless/batch/run-batch';
import { loadLevel } from '../../src/headless/level-files';
import { cli } from './cli-helpers';
// @ts-expect-error plain JavaScript module without types
import { BUILD_CACHE, freshBuild } from '../../src/headless/batch/prebuilt.mjs';

const sim = (...argv: string[]) => execFileSync(process.execPath, ['src/headless/cli/sim-launch.mjs', ...argv], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('chunk sizes', () => {
  it('add up to the batch, shrink as it goes and end small', () => {
    for (const [total, workers] of [[1000, 2], [1000, 8], [37, 2], [5, 4], [1, 2]] as const) {
      const sizes = chunkSizes(total, workers);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
      for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]!);
      expect(sizes.at(-1)).toBeLessThanOrEqual(4);
      // The first chunk leaves enough for the other workers to do as much.
      expect(sizes[0]! * workers).toBeLessThanOrEqual(total + workers * 4);
    }
    expect(chunkSizes(1000, 1)).toEqual([1000]);
    // Few messages all the same: 1,000 episodes over 2 workers in a few dozen chunks.
    expect(chunkSizes(1000, 2).length).toBeLessThan(40);
  });

  it('start no worker for a batch too small to share', async () => {
    const plan = { levels: [{ level: loadLevel('bar'), seedStart: 3 }], bot: 'idle', runs: 2, maxTicks: 60, trace: false };
    expect((await runBatch(plan, 4)).threadIds).toEqual([0]);
    // And the closing line on a terminal says so.
    const run = await cli(['--level', 'bar', '--bot', 'idle', '--runs', '2', '--max-ticks', '60', '--workers', '4'], { tty: true });
    expect(run.progress.at(-1)).toMatch(/\(this thread\)\n$/);
  });
});

describe('npm run sim from the prebuilt bundle', () => {
  it('builds once, then starts from the build, and prints the same bytes with 1 and 2 workers', () => {
    const argv = ['--level', 'bar', '--runs', '10', '--max-ticks', '600', '--json'];
    const one = sim(...argv, '--workers', '1');
    const dir = freshBuild() as string | null;
    expect(dir).not.toBeNull();
    expect(path.dirname(dir!)).toBe(BUILD_CACHE);
    expect(existsSync(path.join(dir!, 'batch-worker.mjs'))).toBe(true);
    expect(sim(...argv, '--workers', '2')).toBe(one);
    // Nothing changed: the same build serves the next command.
    expect(freshBuild()).toBe(dir);
    expect(one.trim().split('\n')).toHaveLength(11);
  }, 120_000);

  it('stays fresh when a source is only touched, and then checks by size and mtime alone', () => {
    sim('--level', 'bar', '--runs', '1', '--max-ticks', '60', '--json', '--workers', '1');
    const dir = freshBuild() as string | null;
    expect(dir).not.toBeNull();
    const pointer = path.join(BUILD_CACHE, 'current.json');
    const stampsOf = () => (JSON.parse(readFileSync(pointer, 'utf8')) as { stamps: string[] }).stamps;
    const before = stampsOf();
    // Same content, a new mtime (as a checkout or a save without changes gives): no rebuild.
    const file = 'src/headless/batch/chunk.ts';
    const { atime, mtime } = statSync(file);
    utimesSync(file, atime, new Date(mtime.getTime() + 1000));
    try {
      expect(freshBuild()).toBe(dir);
      const after = stampsOf();
      expect(after).not.toEqual(before);
      expect(after).toHaveLength(before.length);
      expect(freshBuild()).toBe(dir);
    } finally {
      utimesSync(file, atime, mtime);
    }
  }, 120_000);

  it('prints a start-up timeline on stderr with DESPERADO_TIMELINE=1, stdout unchanged', () => {
    const argv = ['src/headless/cli/sim-launch.mjs', '--level', 'bar', '--runs', '12', '--max-ticks', '600', '--json', '--workers', '2'];
    const plain = execFileSync(process.execPath, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const timed = spawnSync(process.execPath, argv, { encoding: 'utf8', env: { ...process.env, DESPERADO_TIMELINE: '1' } });
    expect(timed.stdout).toBe(plain);
    const marks = timed.stderr.trim().split('\n').map((l) => /^timeline (\d+\.\d) (\d+) (.+)$/.exec(l));
    expect(marks.every((m) => m !== null)).toBe(true);
    const main = marks.filter((m) => m![2] === '0').map((m) => m![3]);
    // The main thread's phases in order (the worker's lines interleave as they come).
    const phases = ['launcher running', 'build checked', 'cli loaded', 'levels loaded', 'batch started', 'batch played', 'cli done'];
    expect(main.filter((w) => phases.includes(w!))).toEqual(phases);
    const times = marks.filter((m) => m![2] === '0').map((m) => Number(m![1]));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]!);
    expect(marks.some((m) => m![2] !== '0' && m![3] === 'worker loaded')).toBe(true);
  }, 120_000);

  it('says what is wrong in one line, as from TypeScript', () => {
    let stderr = '';
    try {
      sim('--level', 'nowhere');
    } catch (err) {
      stderr = String((err as { stderr?: unknown }).stderr);
    }
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^sim: /);
  }, 60_000);
});
