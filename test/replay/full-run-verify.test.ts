import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBot } from '../../src/headless/bots';
import { runVerifyCli } from '../../src/headless/cli/verify-main';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { decodeInputs, encodeInputs } from '../../src/replay/input-codec';
import { fullRunToText, parseAnyReplay, parseFullRun, runLevelSeed, type FullRunFile } from '../../src/replay/full-run-file';
import { recordReplay } from '../../src/replay/record';
import { ReplayError } from '../../src/replay/replay-file';
import { verifyFullRun, type GameLevel } from '../../src/replay/verify-full-run';
import { createWorld, step, type TickInput } from '../../src/sim';
import { FullGameRun } from '../../src/speedrun/full-game';
import { recordFullRun } from '../../src/speedrun/full-run-record';
import { emptyRecords } from '../../src/speedrun/records';

const index = loadLevelIndex().levels;
const game: GameLevel[] = index.map((e) => ({ data: loadLevel(e.id), seed: e.seed }));
const firstTwo = game.slice(0, 2);

/** A bot clear of a level on `seed`: the first bot and bot seed that clears (made here, never a fixture). */
function clearInputs(level: GameLevel, seed: number): TickInput[] {
  for (const name of ['aggressive', 'careful']) {
    for (let b = 0; b < 10; b++) {
      const world = createWorld(level.data, seed);
      const bot = findBot(name)!.create(b);
      const inputs: TickInput[] = [];
      while (world.outcome === null && world.tick < 20_000) {
        const input = bot.act(world);
        inputs.push(input);
        step(world, input);
      }
      if (world.outcome === 'cleared') return inputs;
    }
  }
  throw new Error(`no bot clears ${level.data.id} on seed ${seed}`);
}

const barClear = clearInputs(game[0]!, game[0]!.seed);
const churchClear = clearInputs(game[1]!, game[1]!.seed);

/** The first two levels of a fixed-seed run: the bar restarted once at tick 200, then cleared; the church cleared. */
function realRun(): FullRunFile {
  const run = new FullGameRun(index.slice(0, 2), emptyRecords(), null);
  run.endAttempt(barClear.slice(0, 200), null);
  run.endAttempt(barClear, 'cleared');
  run.endAttempt(churchClear, 'cleared');
  return recordFullRun(run, (id) => game.find((g) => g.data.id === id)!.data);
}

const real = realRun();
const check = (file: FullRunFile, levels = firstTwo) => verifyFullRun(parseFullRun(JSON.stringify(file)), levels);
const copy = (f: FullRunFile): FullRunFile => JSON.parse(JSON.stringify(f));

describe('full-game runs anyone can verify', () => {
  it('a real run verifies, restarts included in its time', () => {
    expect(real.levels.map((l) => l.attempts.length)).toEqual([2, 1]);
    expect(real.ticks).toBe(200 + barClear.length + churchClear.length);
    expect(check(real)).toEqual({ verified: true, complete: true, levelsCleared: 2, ticks: real.ticks, levelTicks: [200 + barClear.length, churchClear.length], attempts: 3 });
    // Against the whole game it is a run stopped after two levels.
    expect(check(real, game)).toMatchObject({ verified: true, complete: false, levelsCleared: 2 });
  });

  it('rejects an edited input, time, order, board or an attempt after a clear', () => {
    const edited = copy(real);
    const inputs = decodeInputs(edited.levels[1]!.attempts[0]!.inputs);
    inputs[300] = { ...inputs[300]!, aim: (inputs[300]!.aim + 900) % 4096, buttons: 1 };
    (edited.levels[1]!.attempts as unknown[])[0] = { ...edited.levels[1]!.attempts[0]!, inputs: encodeInputs(inputs) };
    expect(check(edited)).toMatchObject({ verified: false, reason: expect.stringMatching(/^levels\[1\]\.attempts\[0\]: /) });

    const fewer = copy(real);
    (fewer as { ticks: number }).ticks -= 200;
    expect(check(fewer)).toMatchObject({ verified: false, reason: expect.stringMatching(/claims \d+ ticks, its levels add up/) });

    // Hiding the restart: its ticks leave the level, and the claimed level time no longer holds.
    const hidden = copy(real);
    (hidden.levels[0]!.attempts as unknown[]).shift();
    expect(check(hidden)).toMatchObject({ verified: false, reason: expect.stringMatching(/levels\[0\] claims/) });

    const swapped = copy(real);
    (swapped.levels as unknown[]).reverse();
    expect(check(swapped)).toMatchObject({ verified: false, reason: expect.stringMatching(/level 1 of this game is "bar"/) });

    const otherBoard = copy(real);
    (otherBoard.levels[1]!.attempts as unknown[])[0] = recordReplay(game[1]!.data, 7, churchClear, { mode: 'full' });
    expect(check(otherBoard)).toMatchObject({ verified: false, reason: expect.stringMatching(/seed 7, the run's board for "church" is seed 2611/) });

    const afterClear = copy(real);
    (afterClear.levels[0]!.attempts as unknown[]).reverse();
    expect(check(afterClear)).toMatchObject({ verified: false, reason: expect.stringMatching(/cleared "bar", yet more attempts follow/) });

    const uncleared = copy(real);
    (uncleared.levels[0]!.attempts as unknown[]).pop();
    (uncleared.levels[0] as { ticks: number }).ticks = 200;
    (uncleared as { ticks: number }).ticks = 200 + churchClear.length;
    expect(check(uncleared)).toMatchObject({ verified: false, reason: expect.stringMatching(/"bar" was never cleared/) });

    const ilAttempt = copy(real);
    (ilAttempt.levels[1]!.attempts as unknown[])[0] = recordReplay(game[1]!.data, 2611, churchClear);
    expect(check(ilAttempt)).toMatchObject({ verified: false, reason: expect.stringMatching(/individual-level replay/) });
  });

  it('a random-seed run plays every level on the board its run seed gives', () => {
    const run = new FullGameRun(index.slice(0, 1), emptyRecords(), 4242);
    const seed = runLevelSeed(4242, 0);
    const world = createWorld(game[0]!.data, seed);
    const inputs: TickInput[] = [];
    for (let i = 0; i < 90; i++) inputs.push(barClear[i]!);
    for (const i of inputs) step(world, i);
    run.endAttempt(inputs, world.outcome);
    const file = recordFullRun(run, () => game[0]!.data);
    expect(file).toMatchObject({ randomSeed: true, runSeed: 4242 });
    expect(file.levels[0]!.attempts[0]).toMatchObject({ seed, randomSeed: true, mode: 'full' });
    expect(check(file, game)).toMatchObject({ verified: true, complete: false, levelsCleared: 0, ticks: 90 });
    const fixedMark = copy(file);
    delete (fixedMark as { randomSeed?: boolean }).randomSeed;
    delete (fixedMark as { runSeed?: number }).runSeed;
    expect(check(fixedMark, game)).toMatchObject({ verified: false, reason: expect.stringMatching(/marked random-seed, the run is not/) });
  });

  it('malformed files give one line naming the field, nested ones included', () => {
    const bad = copy(real);
    (bad.levels[1]!.attempts[0] as { seed: number }).seed = -1;
    expect(() => parseFullRun(JSON.stringify(bad), 'run.json')).toThrow(new ReplayError('run.json', 'levels[1].attempts[0].seed', 'expected an integer from 0 to 4294967295, got -1'));
    expect(() => parseFullRun(JSON.stringify({ ...real, version: 2 }), 'run.json')).toThrow('run.json: version: expected 1 (a newer game wrote this run), got 2');
    expect(() => parseFullRun(JSON.stringify({ ...real, extra: 1 }), 'run.json')).toThrow(/^run\.json: extra: unknown field/);
    expect(() => parseAnyReplay('{"format": "something"}', 'x.json')).toThrow('x.json: format: expected "desperado-replay" (one level) or "desperado-full-run" (a full game), got "something"');
    expect(parseAnyReplay(fullRunToText(real)).kind).toBe('full');
  });

  it('npm run verify takes full-game runs: exit 0 verified, 1 mismatch, 2 unreadable', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'verify-full-'));
    const write = (name: string, text: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const run = (file: string) => {
      const out: string[] = [];
      const err: string[] = [];
      return { code: runVerifyCli([file], (l) => out.push(l), (l) => err.push(l)), out, err };
    };
    const ok = run(write('ok.json', fullRunToText(real)));
    expect(ok.code).toBe(0);
    expect(ok.out[0]).toMatch(/^verified: full game, unfinished \(2 of \d levels cleared\) in \d:\d\d\.\d{3} \(\d+ ticks\), 3 attempts, fixed seeds; bar \d:\d\d\.\d{3}, church /);
    const tampered = copy(real);
    (tampered as { ticks: number }).ticks += 1;
    const bad = run(write('bad.json', fullRunToText(tampered)));
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual([expect.stringMatching(/bad\.json: NOT VERIFIED: the run claims/)]);
    const broken = run(write('broken.json', fullRunToText(real).slice(0, 200)));
    expect(broken.code).toBe(2);
    expect(broken.err).toHaveLength(1);
  });
});
