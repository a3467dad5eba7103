// The adapter between the server and the replay readers: which board a run goes to, and the
// refusals the API passes on word for word.
import { describe, expect, test } from 'vitest';
import { createReplay } from '../../src/replay/replay-file';
import { decodeInputs } from '../../src/replay/input-codec';
import { runIdentity, verifyRunText } from '../../src/server/verify-run';
import { game, golden, goldenFullRun } from './helpers';

const verify = (value: unknown, maxTicks = 100_000) => verifyRunText(JSON.stringify(value), game(), maxTicks);

describe('verifyRunText', () => {
  test('a level run on its fixed board ranks on the level, on any other board on level/random', () => {
    expect(verify(golden('bar'))).toMatchObject({ ok: true, category: 'bar', ticks: 920 });
    expect(verify({ ...golden('bar'), randomSeed: true })).toMatchObject({ ok: true, category: 'bar/random' });
  });

  test('a complete full-game run ranks on full, its hash the whole game\'s', () => {
    expect(verify(goldenFullRun())).toEqual({ ok: true, category: 'full', levelHash: game().fullHash, ticks: 6998 });
  });

  test('refusals say why in one line', () => {
    const bar = golden('bar');
    const cases: [unknown, number, RegExp][] = [
      [{ ...bar, mode: 'full' }, 422, /one level of a full-game run/],
      [{ ...bar, assists: ['extra-hearts'] }, 422, /assisted runs are not ranked/],
      [{ ...bar, assists: ['slow'] }, 400, /assists/],
      [{ ...bar, level: 'moon' }, 422, /level "moon" is not in this game/],
      [{ ...bar, version: 9 }, 400, /version/],
      [[1, 2], 400, /desperado-replay/],
    ];
    for (const [value, status, error] of cases) {
      const v = verify(value);
      expect(v).toMatchObject({ ok: false, status });
      if (!v.ok) expect(v.error).toMatch(error);
    }
  });

  test('an unfinished run is verified but not ranked', () => {
    const inputs = decodeInputs(String(golden('bar').inputs)).slice(0, 300);
    const level = game().levels[0]!;
    const unfinished = createReplay({ level: 'bar', seed: level.seed, inputs, levelHash: level.hash });
    expect(verify(unfinished)).toMatchObject({ ok: false, status: 422, error: expect.stringMatching(/did not clear the level/) });
  });

  test('more ticks than the server replays is 413 before any replaying', () => {
    expect(verify(golden('bar'), 500)).toMatchObject({ ok: false, status: 413 });
  });
});

describe('runIdentity', () => {
  test('the same board and inputs are one run whatever else the file says', () => {
    const bar = golden('bar');
    const { hash: _h, checkpoints: _c, outcome: _o, ...bare } = bar;
    expect(runIdentity(bare)).toBe(runIdentity(bar));
    expect(runIdentity({ ...bar, seed: 1 })).not.toBe(runIdentity(bar));
    expect(runIdentity(goldenFullRun())).not.toBe(runIdentity(bar));
  });
});
