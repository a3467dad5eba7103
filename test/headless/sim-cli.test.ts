import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runSimCli } from '../../src/headless/cli/sim-cli';

function cli(...argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runSimCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('npm run sim', () => {
  it('prints one JSON line per run with the documented fields, then a summary', () => {
    const r = cli('--level', 'bar', '--bot', 'random', '--runs', '3', '--seed', '10', '--max-ticks', '600', '--json');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toHaveLength(4);
    const runs = r.out.slice(0, 3).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(runs.map((x) => x.seed)).toEqual([10, 11, 12]);
    for (const x of runs) {
      expect(Object.keys(x)).toEqual(expect.arrayContaining(['level', 'seed', 'outcome', 'ticks', 'igt', 'kills', 'hash']));
      expect(x.level).toBe('bar');
      expect(['cleared', 'dead', 'timeout']).toContain(x.outcome);
      expect(x.ticks).toBeLessThanOrEqual(600);
    }
    const summary = (JSON.parse(r.out[3]!) as { summary: { runs: number; totalTicks: number } }).summary;
    expect(summary.runs).toBe(3);
    expect(summary.totalTicks).toBe(runs.reduce((n, x) => n + (x.ticks as number), 0));
  });

  it('is byte-identical when run twice', () => {
    const a = cli('--level', 'bar', '--runs', '2', '--json', '--max-ticks', '1500');
    const b = cli('--level', 'bar', '--runs', '2', '--json', '--max-ticks', '1500');
    expect(a.out).toEqual(b.out);
  });

  it('idle never clears the bar: the budget runs out', () => {
    const r = cli('--level', 'bar', '--bot', 'idle', '--max-ticks', '900', '--json');
    expect(JSON.parse(r.out[0]!)).toMatchObject({ outcome: expect.stringMatching(/timeout|dead/), kills: 0 });
  });

  it.each([
    [['--level', 'bar', '--bot', 'ninja'], /unknown bot "ninja"/],
    [['--level', 'nowhere'], /nowhere/],
    [['--level', 'bar', '--runs', '-3'], /--runs must be at least 1/],
    [['--level', 'bar', '--runs', 'lots'], /--runs expects a whole number/],
    [['--level', 'bar', '--frobnicate'], /unknown flag --frobnicate/],
    [['--seed', '4'], /--level is required/],
    [['--level'], /--level needs a value/],
    [['--level', 'bar', '--max-ticks', '99999999999'], /--max-ticks must be at most/],
  ])('refuses %j with exit 2 and one line', (argv, message) => {
    const r = cli(...argv);
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
