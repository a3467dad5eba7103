// Batch runs: worker threads give the same bytes as one thread, --level all, the killer of each
// run, and the progress bar (terminal only, at most ~10 redraws a second, never on stdout).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actorById, ARCHETYPES, isArchetypeId, createWorld, step } from '../../src/sim';
import { findBot } from '../../src/headless/bots';
import { createBatchPool, runBatch, startBatchWorkers } from '../../src/headless/batch/run-batch';
import { loadLevel } from '../../src/headless/level-files';
import { runEpisode } from '../../src/headless/run-episode';
import { cli } from './cli-helpers';

const bar = loadLevel('bar');
// Where the aggressive bot still dies now and then (it clears the bar every time since the pistols converge).
const church = loadLevel('church');

describe('batch runs', () => {
  it('print byte-identical JSON with 1 thread and 2 worker threads', async () => {
    const argv = ['--level', 'bar', '--runs', '6', '--max-ticks', '1200', '--json'];
    const one = await cli([...argv, '--workers', '1']);
    const two = await cli([...argv, '--workers', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.err).toEqual([]);
    expect(two.out.join('\n')).toBe(one.out.join('\n'));
    expect(one.out).toHaveLength(7);
    expect(JSON.parse(one.out[6]!)).toMatchObject({ summary: { runs: 6 } });
  }, 30_000);

  it('really plays in worker threads, in seed order whatever finishes first', async () => {
    const plan = { levels: [{ level: bar, seedStart: 40 }], bot: 'careful', runs: 8, maxTicks: 900, trace: true };
    const local = await runBatch(plan, 1);
    // A pool of workers only: this thread plays nothing.
    const pool = createBatchPool(2);
    try {
      const pooled = await runBatch(plan, 2, {}, pool);
      expect(local.threadIds).toEqual([0]);
      expect(pooled.threadIds.length).toBeGreaterThan(0);
      expect(pooled.threadIds).not.toContain(0);
      expect(pooled.levels[0]!.results).toEqual(local.levels[0]!.results);
      expect(pooled.levels[0]!.results.map((r) => r.seed)).toEqual([40, 41, 42, 43, 44, 45, 46, 47]);
      expect(pooled.levels[0]!.shots).toEqual(local.levels[0]!.shots);
      expect(pooled.levels[0]!.deaths).toEqual(local.levels[0]!.deaths);
    } finally {
      await pool.destroy();
    }
  }, 30_000);

  it('plays in this thread and its workers together, with the same results as one thread', async () => {
    const plan = { levels: [{ level: church, seedStart: 7 }], bot: 'aggressive', runs: 24, maxTicks: 600, trace: true };
    const local = await runBatch(plan, 1);
    const pool = startBatchWorkers(2, 24)!;
    try {
      expect(pool.mainThreadPlays).toBe(true);
      expect(pool.size).toBe(1);
      // Once the worker is ready it takes chunks as this thread does, from the same counter.
      await pool.allReady();
      const streamed: number[] = [];
      // This thread pauses after its first episode, so the worker (on a machine busy with other
      // work, perhaps not yet given a core) surely takes a chunk before this thread took them all.
      const pause = new Int32Array(new SharedArrayBuffer(4));
      const both = await runBatch(plan, 2, {
        onResult: (r) => {
          if (streamed.length === 0) Atomics.wait(pause, 0, 0, 1500);
          streamed.push(r.seed);
        },
      }, pool);
      expect(both.threadIds).toContain(0);
      expect(both.threadIds.length).toBe(2);
      expect(both.levels[0]!.results).toEqual(local.levels[0]!.results);
      expect(streamed).toEqual(local.levels[0]!.results.map((r) => r.seed));
      expect(both.levels[0]!.shots).toEqual(local.levels[0]!.shots);
      expect(both.levels[0]!.deaths).toEqual(local.levels[0]!.deaths);
    } finally {
      await pool.destroy();
    }
  }, 30_000);

  it('fails a batch on a chunk that fails in a worker, and the pool plays the next batch right', async () => {
    const pool = createBatchPool(2);
    try {
      const bad = { levels: [{ level: bar, seedStart: 1 }], bot: 'no-such-bot', runs: 12, maxTicks: 300, trace: false };
      await expect(runBatch(bad, 2, {}, pool)).rejects.toThrow('unknown bot "no-such-bot"');
      const plan = { levels: [{ level: bar, seedStart: 5 }], bot: 'aggressive', runs: 12, maxTicks: 300, trace: false };
      const pooled = await runBatch(plan, 2, {}, pool);
      expect(pooled.levels[0]!.results).toEqual((await runBatch(plan, 1)).levels[0]!.results);
    } finally {
      await pool.destroy();
    }
  }, 30_000);

  it('work from the real command line (tsx) with worker threads', () => {
    const run = (workers: string) => execFileSync(process.execPath, ['--import', 'tsx', 'src/headless/cli/sim-main.ts', '--level', 'bar', '--runs', '10', '--max-ticks', '600', '--json', '--workers', workers], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const two = run('2');
    expect(two).toBe(run('1'));
    expect(two.trim().split('\n')).toHaveLength(11);
  }, 30_000);

  describe('--level all', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'desperado-levels-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('runs every level in index.json (levels/ holds the bar only)', async () => {
      const all = await cli(['--level', 'all', '--runs', '2', '--max-ticks', '600', '--json', '--workers', '1']);
      const one = await cli(['--level', 'bar', '--runs', '2', '--max-ticks', '600', '--json', '--workers', '1']);
      expect(all.code).toBe(0);
      expect(all.out.slice(0, 2)).toEqual(one.out.slice(0, 2));
    });

    it('runs levels in index order, with a summary per level and overall', async () => {
      copyFileSync('levels/bar.tmj', path.join(dir, 'bar.tmj'));
      // A new level made from a copy of the bar: its own id, as the index lists it.
      writeFileSync(path.join(dir, 'cantina.tmj'), readFileSync('levels/bar.tmj', 'utf8').replace('"value": "bar"', '"value": "cantina"'));
      copyFileSync('levels/tileset.tsj', path.join(dir, 'tileset.tsj'));
      writeFileSync(path.join(dir, 'index.json'), JSON.stringify({
        levels: [
          { id: 'cantina', file: 'cantina.tmj', title: 'Cantina', order: 2, seed: 500, parTicks: 2100 },
          { id: 'bar', file: 'bar.tmj', title: 'El Tarasco', order: 1, seed: 1995, parTicks: 2100 },
        ],
      }));
      const argv = ['--level', 'all', '--runs', '3', '--max-ticks', '900', '--json'];
      const r = await cli([...argv, '--workers', '2'], { levelsDir: dir });
      expect(r.err).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.out).toHaveLength(7);
      const runs = r.out.slice(0, 6).map((l) => JSON.parse(l) as { level: string; seed: number; ticks: number });
      expect(runs.map((x) => `${x.level}:${x.seed}`)).toEqual(['bar:1995', 'bar:1996', 'bar:1997', 'cantina:500', 'cantina:501', 'cantina:502']);
      const { summary } = JSON.parse(r.out[6]!) as { summary: { runs: number; totalTicks: number; levels: Record<string, { runs: number; totalTicks: number }> } };
      expect(summary.runs).toBe(6);
      expect(Object.keys(summary.levels)).toEqual(['bar', 'cantina']);
      expect(summary.levels.cantina!.totalTicks).toBe(runs.slice(3).reduce((n, x) => n + x.ticks, 0));
      expect(summary.totalTicks).toBe(summary.levels.bar!.totalTicks + summary.levels.cantina!.totalTicks);
      const local = await cli([...argv, '--workers', '1'], { levelsDir: dir });
      expect(local.out).toEqual(r.out);

      const table = await cli(['--level', 'all', '--runs', '2', '--max-ticks', '600', '--workers', '1'], { levelsDir: dir });
      expect(table.out.map((l) => l.split(/\s+/)[0])).toEqual(['bot', 'level', 'bar', 'cantina', 'all']);
    }, 30_000);
  });

  it('records who killed El: the archetype of the death event\'s shooter', () => {
    const bot = findBot('aggressive')!;
    let checked = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const { result } = runEpisode(church, seed, bot, 3000);
      const world = createWorld(church, seed);
      const policy = bot.create(seed);
      let killer: string | null = null;
      while (world.outcome === null && world.tick < 3000) {
        step(world, policy.act(world));
        for (const e of world.events) if (e.type === 'death' && e.actor === world.playerId) killer = actorById(world, e.by)!.arch;
      }
      expect(result.killer).toBe(killer);
      if (result.outcome === 'dead') {
        expect(isArchetypeId(result.killer!) && ARCHETYPES[result.killer].team).toBe('enemy');
        checked++;
      } else expect(result.killer).toBeNull();
    }
    expect(checked).toBeGreaterThan(0);
  }, 20_000);

  it('names the most frequent killer in the summary', async () => {
    const r = await cli(['--level', 'church', '--runs', '12', '--seed', '1', '--max-ticks', '3000', '--json', '--workers', '1']);
    const runs = r.out.slice(0, 12).map((l) => JSON.parse(l) as { outcome: string; killer: string | null });
    const { summary } = JSON.parse(r.out[12]!) as { summary: { dead: number; topKiller: string; topKillerDeaths: number; killers: Record<string, number> } };
    const counts: Record<string, number> = {};
    for (const x of runs) if (x.killer) counts[x.killer] = (counts[x.killer] ?? 0) + 1;
    expect(summary.killers).toEqual(counts);
    expect(summary.topKillerDeaths).toBe(Math.max(...Object.values(counts)));
    expect(counts[summary.topKiller]).toBe(summary.topKillerDeaths);
    expect(summary.dead).toBe(runs.filter((x) => x.outcome === 'dead').length);
  });

  it('draws a progress bar only on a terminal, at most ~10 times a second, and keeps stdout the same', async () => {
    let clock = 0;
    // Every call moves the clock 7 ms: about 14 calls per redraw allowed.
    const now = () => (clock += 7);
    const argv = ['--level', 'bar', '--runs', '20', '--max-ticks', '300', '--json', '--workers', '1'];
    const tty = await cli(argv, { tty: true, now });
    const plain = await cli(argv);
    expect(tty.out).toEqual(plain.out);
    expect(plain.progress).toEqual([]);
    const bars = tty.progress.filter((t) => t.startsWith('\r['));
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.length).toBeLessThanOrEqual(Math.ceil(clock / 100) + 1);
    expect(bars.at(-1)).toMatch(/\[#{24}\] 20\/20 episodes/);
    expect(tty.progress.at(-1)).toMatch(/^20 episodes, \d+ ticks in [\d.]+ s: .* ticks\/s, .* episodes\/s \(this thread\)\n$/);
    expect(tty.out.join('\n')).not.toMatch(/ticks\/s|episodes\/s/);
  });
});
