import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVerifyCli } from '../../src/headless/cli/verify-main';
import { parseReplay } from '../../src/replay/replay-file';
import { cli } from './cli-helpers';

describe('npm run sim -- --record', () => {
  it('writes the bot run as a replay that npm run verify accepts', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'record-')), 'run.json');
    const r = await cli(['--level', 'bar', '--seed', '1996', '--record', file, '--json', '--workers', '1']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out[0]!) as { ticks: number; outcome: string; hash: string };
    const { replay } = parseReplay(readFileSync(file, 'utf8'), file);
    expect(replay).toMatchObject({ level: 'bar', seed: 1996, ticks: result.ticks, outcome: result.outcome, hash: result.hash });
    const out: string[] = [];
    expect(runVerifyCli([file], (l) => out.push(l), () => {})).toBe(0);
    expect(out[0]).toContain(`hash ${result.hash}`);
  });

  it('refuses to record more than one run', async () => {
    const r = await cli(['--level', 'bar', '--runs', '2', '--record', path.join(tmpdir(), 'x.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['sim: --record writes one run: use it with one level and --runs 1']);
  });
});
