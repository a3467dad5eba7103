import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { botForLevel } from '../../src/headless/bots/level-bots';
import { cli as run } from './cli-helpers';

const cli = (...argv: string[]) => run(argv);

describe('npm run sim', () => {
  it('prints one JSON line per run with the documented fields, then a summary', async () => {
    const r = await cli('--level', 'bar', '--bot', 'random', '--runs', '3', '--seed', '10', '--max-ticks', '600', '--json', '--workers', '1');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toHaveLength(4);
    const runs = r.out.slice(0, 3).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(runs.map((x) => x.seed)).toEqual([10, 11, 12]);
    for (const x of runs) {
      expect(Object.keys(x)).toEqual(['level', 'seed', 'bot', 'outcome', 'ticks', 'igt', 'kills', 'shots', 'hits', 'damageTaken', 'killer', 'hash']);
      expect(x.level).toBe('bar');
      expect(['cleared', 'dead', 'timeout']).toContain(x.outcome);
      expect(x.ticks).toBeLessThanOrEqual(600);
    }
    const summary = (JSON.parse(r.out[3]!) as { summary: Record<string, unknown> }).summary;
    expect(summary.runs).toBe(3);
    expect(summary.totalTicks).toBe(runs.reduce((n, x) => n + (x.ticks as number), 0));
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(['cleared', 'dead', 'timeout', 'clearRate', 'medianClearTicks', 'p90ClearTicks', 'killsPerRun', 'accuracy', 'topKiller']));
  });

  it('--seed-start is --seed; the default is the level seed from levels/index.json', async () => {
    const a = await cli('--level', 'bar', '--runs', '2', '--seed-start', '1995', '--json', '--max-ticks', '300', '--workers', '1');
    const b = await cli('--level', 'bar', '--runs', '2', '--seed', '1995', '--json', '--max-ticks', '300', '--workers', '1');
    const c = await cli('--level', 'bar', '--runs', '2', '--json', '--max-ticks', '300', '--workers', '1');
    expect(a.out).toEqual(b.out);
    expect(c.out).toEqual(a.out);
    expect(JSON.parse(a.out[1]!)).toMatchObject({ seed: 1996 });
  });

  it('--bot best plays each level with the bot listed for it in level-bots.ts', async () => {
    const best = await cli('--level', 'bar', '--bot', 'best', '--runs', '2', '--json', '--max-ticks', '600', '--workers', '1');
    const named = await cli('--level', 'bar', '--bot', botForLevel('bar'), '--runs', '2', '--json', '--max-ticks', '600', '--workers', '1');
    const idle = await cli('--level', 'bar', '--bot', 'idle', '--runs', '2', '--json', '--max-ticks', '600', '--workers', '1');
    expect(best.out).toEqual(named.out);
    expect(best.out).not.toEqual(idle.out);
  });

  it('prints a table without --json, and one line for a single run', async () => {
    const one = await cli('--level', 'bar', '--bot', 'idle', '--max-ticks', '300', '--workers', '1');
    expect(one.out).toHaveLength(1);
    expect(one.out[0]).toMatch(/^bar seed 1995 idle: timeout/);
    const many = await cli('--level', 'bar', '--runs', '4', '--max-ticks', '2000', '--workers', '1');
    expect(many.code).toBe(0);
    expect(many.out[0]).toMatch(/^bot aggressive, 4 runs per level \(seeds bar 1995-1998\)/);
    expect(many.out[1]).toMatch(/^level\s+runs\s+cleared\s+rate\s+tries\s+dead\s+timeout\s+median clear\s+p90 clear\s+kills\/run\s+accuracy\s+top killer$/);
    expect(many.out[2]).toMatch(/^bar\s+4\s+\d+\s+\d+\.\d%/);
  });

  it('idle never clears the bar: the budget runs out', async () => {
    const r = await cli('--level', 'bar', '--bot', 'idle', '--max-ticks', '900', '--json');
    expect(JSON.parse(r.out[0]!)).toMatchObject({ outcome: expect.stringMatching(/timeout|dead/), kills: 0 });
  });

  it.each([
    [['--level', 'bar', '--bot', 'ninja'], /unknown bot "ninja"/],
    [['--level', 'nowhere'], /nowhere/],
    [['--level', 'bar', '--runs', '-3'], /--runs must be at least 1/],
    [['--level', 'bar', '--runs', '0'], /--runs must be at least 1/],
    [['--level', 'bar', '--runs', '1000001'], /--runs must be at most 1000000/],
    [['--level', 'bar', '--runs', 'lots'], /--runs expects a whole number/],
    [['--level', 'bar', '--workers', '0'], /--workers must be at least 1/],
    [['--level', 'bar', '--workers', '65'], /--workers must be at most 64/],
    [['--level', 'bar', '--workers', '1.5'], /--workers expects a whole number/],
    [['--level', 'bar', '--seed-start', '-1'], /--seed-start must be at least 0/],
    [['--level', 'bar', '--seed-start', '4294967296'], /--seed-start must be at most 4294967295/],
    [['--level', 'bar', '--seed', '1', '--seed-start', '2'], /--seed and --seed-start are the same flag/],
    [['--level', 'bar', '--frobnicate'], /unknown flag --frobnicate/],
    [['--level', 'bar', '--json=yes'], /--json takes no value/],
    [['--level', 'bar', '--runs', '2', '--runs', '3'], /--runs given twice/],
    [['--seed', '4'], /--level is required/],
    [['--level'], /--level needs a value/],
    [['--level', 'bar', '--max-ticks', '99999999999'], /--max-ticks must be at most/],
    [['--level', 'bar', '--heatmap', 'test'], /--heatmap test: is a directory/],
    [['--level', 'bar', '--heatmap', 'test-results/'], /--heatmap test-results\/: is a directory/],
    [['--level', 'bar', '--heatmap', 'no-such-folder/heat.png'], /--heatmap no-such-folder\/heat\.png: folder no-such-folder does not exist/],
    [['--level', 'bar', '--heatmap', 'package.json/heat.png'], /--heatmap package\.json\/heat\.png: package\.json is not a folder/],
    [['--level', 'bar', '--heatmap', ''], /--heatmap needs a file name/],
  ])('refuses %j with exit 2 and one line', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.err[0]).not.toMatch(/\n|at .*\(/);
  });

  it('exits 2 from the real command line on a bad level file', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/headless/cli/sim-main.ts', '--level', 'test/no-such-map.tmj'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      status = err.status;
      stderr = err.stderr;
    }
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/no-such-map\.tmj/);
  }, 20_000);
});
