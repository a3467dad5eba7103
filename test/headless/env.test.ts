import { describe, expect, it } from 'vitest';
import {
  ACTOR_FIELDS, BULLET_FIELDS, DEFAULT_REWARD, EnvError, PLAYER_FIELDS, findBot, loadLevel, makeEnv, runEpisode, toAction,
  type Env, type Observation, type Space, type StepResult,
} from '../../src/headless';
import { LevelError } from '../../src/level/level-error';
import { nextU32 } from '../../src/sim';

const bar = loadLevel('bar');

/** A seeded stream of valid actions (flat form), each held for a few steps. */
function actions(seed: number, n: number): number[][] {
  const s = { rng: seed };
  const out: number[][] = [];
  let held = [0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    if (i % 5 === 0) {
      const r = nextU32(s);
      held = [(r % 255) - 127, ((r >>> 8) % 255) - 127, nextU32(s) % 4096, nextU32(s) % 2 ? 1 : nextU32(s) % 32, nextU32(s) % 3];
    }
    out.push(held);
  }
  return out;
}

function play(env: Env, seed: number, acts: readonly (readonly number[])[]): { first: Observation; steps: StepResult[]; hash: string } {
  const first = env.reset({ seed }).observation;
  const steps: StepResult[] = [];
  for (const a of acts) {
    const r = env.step(a);
    steps.push(r);
    if (r.terminated || r.truncated) break;
  }
  return { first, steps, hash: env.stateHash() };
}

/** Every number of an observation within the space's bounds, and the shapes exact. */
function expectInSpace(obs: Observation, space: Space): void {
  if (space.type !== 'dict') throw new Error('dict expected');
  for (const [key, sub] of Object.entries(space.spaces)) {
    const value = (obs as unknown as Record<string, unknown>)[key];
    if (sub.type === 'discrete') {
      expect(Number.isInteger(value) && (value as number) >= 0 && (value as number) < sub.n, `${key} = ${String(value)}`).toBe(true);
      continue;
    }
    if (sub.type !== 'box') throw new Error(`unexpected ${sub.type}`);
    const rows: number[][] = sub.shape.length === 0 ? [[value as number]] : sub.shape.length === 1 ? [value as number[]] : (value as number[][]);
    if (sub.shape.length === 2) expect(rows.length, key).toBe(sub.shape[0]);
    for (const row of rows) {
      expect(row.length, key).toBe(sub.shape.length === 0 ? 1 : sub.shape[sub.shape.length - 1]);
      row.forEach((x, i) => {
        const lo = Array.isArray(sub.low) ? sub.low[i]! : sub.low;
        const hi = Array.isArray(sub.high) ? sub.high[i]! : sub.high;
        expect(typeof x === 'number' && Number.isFinite(x) && x >= lo && x <= hi, `${key}[${i}] = ${x} not in ${lo}..${hi}`).toBe(true);
        if (sub.dtype === 'int') expect(Number.isInteger(x), `${key}[${i}] = ${x}`).toBe(true);
      });
    }
  }
}

describe('makeEnv', () => {
  it('resets to the seed given and reports the episode in info', () => {
    const env = makeEnv({ level: 'bar' });
    const { observation, info } = env.reset({ seed: 1995 });
    expect(info).toEqual({
      tick: 0, seed: 1995, level: 'bar', outcome: null, stats: { kills: 0, shotsFired: 0, shotsHit: 0, damageTaken: 0, civiliansHit: 0 }, steps: 0,
      seedSource: 'reset', generatorSeed: 1995,
    });
    expect(env.defaultSeed).toBe(1995);
    expect(observation.player).toHaveLength(PLAYER_FIELDS.length);
    expect(observation.actors).toHaveLength(16);
    expect(observation.actors[0]).toHaveLength(ACTOR_FIELDS.length);
    expect(observation.bullets[0]).toHaveLength(BULLET_FIELDS.length);
    expect(observation.grid).toHaveLength(15);
    expect(observation.grid[7]![7]).toBe(0); // El stands on floor
    expect(observation.actorCount).toBeGreaterThan(0);
    expect(observation.enemiesLeft).toBeGreaterThan(0);
    // Padding rows are zeros.
    for (const row of observation.bullets) expect(row.every((x) => x === 0)).toBe(true);
    expect(observation.bulletCount).toBe(0);
    // The nearest actor comes first.
    const d = observation.actors.slice(0, observation.actorCount).map(([dx, dy]) => dx! * dx! + dy! * dy!);
    expect(d).toEqual([...d].sort((a, b) => a - b));
  });

  it('same seed and actions give the same trajectory; another seed does not', () => {
    const acts = actions(42, 400);
    const a = play(makeEnv({ level: 'bar' }), 5, acts);
    const b = play(makeEnv({ level: bar }), 5, acts);
    expect(b).toEqual(a);
    const c = play(makeEnv({ level: 'bar' }), 6, acts);
    expect(c.hash).not.toBe(a.hash);
  });

  it('keeps every observation inside the observation space, and the spaces are plain JSON', () => {
    const env = makeEnv({ level: 'bar', observation: { maxActors: 6, maxBullets: 8, gridRadius: 3 } });
    expect(JSON.parse(JSON.stringify(env.observationSpace))).toEqual(env.observationSpace);
    expect(JSON.parse(JSON.stringify(env.actionSpace))).toEqual(env.actionSpace);
    const { first, steps } = play(env, 3, actions(9, 800));
    expectInSpace(first, env.observationSpace);
    for (const s of steps) expectInSpace(s.observation, env.observationSpace);
    expect(first.grid).toHaveLength(7);
    expect(steps.some((s) => s.observation.bulletCount > 0)).toBe(true);
  });

  it('observes the arsenal: case counts on the player, grenades in flight, all inside the space', () => {
    const armed = { ...bar, loadout: { sawedOff: 6, wildey: 9, grenades: 3 } };
    const env = makeEnv({ level: armed, observation: { maxGrenades: 2 } });
    const first = env.reset({ seed: 4 }).observation;
    const at = (f: string): number => first.player[PLAYER_FIELDS.indexOf(f as (typeof PLAYER_FIELDS)[number])]!;
    expect([at('shells'), at('shellReserve'), at('wildeyRounds'), at('wildeyReserve'), at('grenades')]).toEqual([2, 4, 6, 3, 3]);
    // Throw one grenade (press, release), then watch it until it goes off.
    const THROW = 64;
    const steps = [env.step([0, 0, 1024, THROW, 0]), ...Array.from({ length: 95 }, () => env.step([0, 0, 1024, 0, 0]))];
    for (const s of steps) expectInSpace(s.observation, env.observationSpace);
    expect(steps[1]!.observation.grenadeCount).toBe(1);
    expect(steps[1]!.observation.grenades[0]![4]).toBeGreaterThan(80);
    expect(steps.at(-1)!.observation.grenadeCount).toBe(0);
  });

  it('a bot driving the env through actions ends exactly where runEpisode ends', () => {
    const bot = findBot('aggressive')!;
    const { result } = runEpisode(bar, 1995, bot, 6000);
    const env = makeEnv({ level: 'bar', maxTicks: 6000 });
    env.reset({ seed: 1995 });
    const policy = bot.create(1995);
    let r: StepResult;
    let total = 0;
    do {
      r = env.step(toAction(policy.act(env.world!)));
      total += r.reward;
    } while (!r.terminated && !r.truncated);
    expect(r.info.hash).toBe(result.hash);
    expect(r.info.tick).toBe(result.ticks);
    expect(r.terminated).toBe(result.outcome !== 'timeout');
    // The reward is the documented sum over the final stats and outcome.
    const s = r.info.stats;
    const end = r.info.outcome === 'cleared' ? DEFAULT_REWARD.clear : r.info.outcome === 'dead' ? DEFAULT_REWARD.death : 0;
    const expected = s.kills * 1 + s.damageTaken * -0.5 + r.info.tick * -0.001 + s.civiliansHit * -5 + end;
    expect(total).toBeCloseTo(expected, 9);
  });

  it('sums rewards over frameSkip ticks and truncates exactly at maxTicks', () => {
    const one = makeEnv({ level: 'bar', maxTicks: 10, reward: { perTick: -1 } });
    const four = makeEnv({ level: 'bar', maxTicks: 10, frameSkip: 4, reward: { perTick: -1 } });
    one.reset({ seed: 2 });
    four.reset({ seed: 2 });
    const act = { moveX: 50, moveY: -20, aim: 100, buttons: [1, 0, 0, 0, 0], slot: 1 };
    const r4 = [four.step(act), four.step(act), four.step(act)];
    expect(r4.map((r) => r.info.tick)).toEqual([4, 8, 10]);
    expect(r4.map((r) => r.reward)).toEqual([-4, -4, -2]);
    expect(r4.map((r) => r.truncated)).toEqual([false, false, true]);
    expect(r4[2]!.terminated).toBe(false);
    expect(r4[2]!.info.hash).toMatch(/^[0-9a-f]{16}$/);
    let r1: StepResult | undefined;
    for (let i = 0; i < 10; i++) r1 = one.step(act);
    expect(r1!.truncated).toBe(true);
    expect(one.stateHash()).toBe(four.stateHash());
    expect(() => four.step(act)).toThrow(/truncated \(maxTicks 10\) at tick 10; call reset\(\)/);
    four.reset();
    expect(four.step(act).info.tick).toBe(4);
  });

  it('terminates on the sim outcome with the death penalty, and refuses to step on', () => {
    const env = makeEnv({ level: 'bar', reward: { death: -100, perTick: 0, damageTaken: 0, kill: 0, civilianHit: 0 } });
    env.reset({ seed: 1 });
    let r: StepResult;
    // Standing in the open does not last.
    do r = env.step([0, 0, 0, 1, 0]);
    while (!r.terminated && !r.truncated);
    expect(r.terminated).toBe(true);
    expect(r.info.outcome).toBe('dead');
    expect(r.reward).toBe(-100);
    expect(() => env.step([0, 0, 0, 0, 0])).toThrow(/terminated \(dead\) at tick \d+; call reset\(\)/);
  });

  it('snapshot and restore: replaying the same actions gives the same observations and hash', () => {
    const env = makeEnv({ level: 'bar', frameSkip: 2 });
    env.reset({ seed: 11 });
    for (const a of actions(1, 60)) env.step(a);
    const snap = env.snapshot();
    const tail = actions(2, 150);
    const run = (e: Env = env) => {
      const out: StepResult[] = [];
      for (const a of tail) {
        out.push(e.step(a));
        if (out.at(-1)!.terminated || out.at(-1)!.truncated) break;
      }
      return out;
    };
    const first = run();
    const hash = env.stateHash();
    const back = env.restore(snap);
    expect(back.info.tick).toBe(120);
    expect(back.info.steps).toBe(60);
    expect(run()).toEqual(first);
    expect(env.stateHash()).toBe(hash);
    // The snapshot is not consumed or changed by playing on after a restore.
    env.restore(snap);
    expect(run()).toEqual(first);
    // A snapshot of one env restores into another env of the same level.
    const other = makeEnv({ level: 'bar', frameSkip: 2 });
    other.restore(snap);
    expect(run(other)).toEqual(first);
  });

  it('refuses snapshots it cannot use', () => {
    const env = makeEnv({ level: 'bar', maxTicks: 50 });
    expect(() => env.snapshot()).toThrow(/snapshot before reset/);
    expect(() => env.restore({} as never)).toThrow(/restore: expected a snapshot/);
    const long = makeEnv({ level: 'bar' });
    long.reset({ seed: 1995 });
    for (let i = 0; i < 60; i++) long.step([0, 0, 0, 0, 0]);
    const snap = long.snapshot();
    expect(() => env.restore(snap)).toThrow(/past this env's maxTicks 50/);
    expect(() => env.restore({ ...snap, level: 'desert' })).toThrow(/level "desert"/);
  });

  it('is the package entry desperado/headless (package.json exports)', async () => {
    const entry = await import('desperado/headless');
    expect(entry.makeEnv({ level: 'bar' }).defaultSeed).toBe(1995);
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(['makeEnv', 'loadDemonstration', 'BOTS', 'runEpisode', 'EnvBridge']));
  });

  it('before reset, step is an error', () => {
    const env = makeEnv({ level: 'bar' });
    expect(() => env.step([0, 0, 0, 0, 0])).toThrow(/step before reset: call reset\(\) first/);
    expect(env.world).toBeNull();
    env.close();
  });
});

describe('makeEnv refuses', () => {
  it.each([
    [{ moveX: 128, moveY: 0, aim: 0, buttons: 0 }, 'action.moveX: expected an integer from -127 to 127, got 128'],
    [{ moveX: -128, moveY: 0, aim: 0, buttons: 0 }, 'action.moveX: expected an integer from -127 to 127, got -128'],
    [{ moveX: 1.5, moveY: 0, aim: 0, buttons: 0 }, 'action.moveX: expected an integer from -127 to 127, got 1.5'],
    [{ moveX: '1', moveY: 0, aim: 0, buttons: 0 }, 'action.moveX: expected an integer from -127 to 127, got "1"'],
    [{ moveX: 0, moveY: 300, aim: 0, buttons: 0 }, 'action.moveY: expected an integer from -127 to 127, got 300'],
    [{ moveX: 0, moveY: null, aim: 0, buttons: 0 }, 'action.moveY: expected an integer from -127 to 127, got null'],
    [{ moveX: 0, moveY: 0, aim: 4096, buttons: 0 }, 'action.aim: expected an integer from 0 to 4095, got 4096'],
    [{ moveX: 0, moveY: 0, aim: -1, buttons: 0 }, 'action.aim: expected an integer from 0 to 4095, got -1'],
    [{ moveX: 0, moveY: 0, aim: 0, buttons: 128 }, 'action.buttons: expected an integer from 0 to 127'],
    [{ moveX: 0, moveY: 0, aim: 0, buttons: 256 }, 'action.buttons: expected an integer from 0 to 127'],
    [{ moveX: 0, moveY: 0, aim: 0, buttons: [1, 0] }, 'action.buttons: expected 7 flags (fire, dive, reload, use, switch, focus, throw) or a bitmask, got an array of 2'],
    [{ moveX: 0, moveY: 0, aim: 0, buttons: [0, 0, 2, 0, 0] }, 'action.buttons[2] (reload): expected 0 or 1, got 2'],
    [{ moveX: 0, moveY: 0, aim: 0, buttons: 0, slot: 8 }, 'action.slot: expected an integer from 0 to 7, got 8'],
    [{ moveX: 0, moveY: 0, aim: 0, buttons: 0, slot: -1 }, 'action.slot: expected an integer from 0 to 7, got -1'],
    [{ moveX: 0, moveY: 0, aim: 0, buttons: 0, fire: 1 }, 'action: unknown field "fire" (fields: moveX, moveY, aim, buttons, slot, aimDist)'],
    [{ moveX: 0, moveY: 0, buttons: 0 }, 'action.aim: expected an integer from 0 to 4095, got nothing (the field is missing)'],
    [[0, 0, 0, 0], 'action: expected an array of 6 integers [moveX, moveY, aim, buttons, slot, aimDist] (or 5, without aimDist), got an array of 4'],
    [[0, 0, 5000, 0, 0], 'action[2] (aim): expected an integer from 0 to 4095, got 5000'],
    [[0, 0, 0, 0, 9], 'action[4] (slot): expected an integer from 0 to 7, got 9'],
    ['fire', 'action: expected an object {moveX, moveY, aim, buttons, slot?} or an array'],
    [null, 'action: expected an object'],
  ])('action %j, naming the field and the range, and changes nothing', (action, message) => {
    const env = makeEnv({ level: 'bar' });
    env.reset({ seed: 1995 });
    const hash = env.stateHash();
    let err: unknown;
    try {
      env.step(action as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EnvError);
    expect((err as Error).message).toContain(message);
    expect((err as Error).message).not.toMatch(/\n/);
    expect(env.stateHash()).toBe(hash);
    expect(env.world!.tick).toBe(0);
  });

  it.each([
    [{ level: 'bar', maxTicks: 0 }, 'maxTicks: expected an integer from 1 to 5184000, got 0'],
    [{ level: 'bar', maxTicks: -5 }, 'maxTicks: expected an integer from 1 to 5184000, got -5'],
    [{ level: 'bar', maxTicks: 1e12 }, 'maxTicks: expected an integer from 1 to 5184000'],
    [{ level: 'bar', maxTicks: 2.5 }, 'maxTicks: expected an integer'],
    [{ level: 'bar', frameSkip: 0 }, 'frameSkip: expected an integer from 1 to 600, got 0'],
    [{ level: 'bar', frameSkip: 100000 }, 'frameSkip: expected an integer from 1 to 600'],
    [{ level: 'bar', observation: { maxActors: -1 } }, 'observation.maxActors: expected an integer from 0 to 1024, got -1'],
    [{ level: 'bar', observation: { gridRadius: 1000 } }, 'observation.gridRadius: expected an integer from 0 to 64, got 1000'],
    [{ level: 'bar', observation: { maxBullets: NaN } }, 'observation.maxBullets: expected an integer'],
    [{ level: 'bar', observation: { radius: 3 } }, 'observation: unknown option "radius"'],
    [{ level: 'bar', reward: { kill: Infinity } }, 'reward.kill: expected a finite number'],
    [{ level: 'bar', reward: { kills: 1 } }, 'reward: unknown option "kills" (known: kill, damageTaken, perTick, clear, death, civilianHit)'],
    [{ level: 'bar', seed: 3 }, 'options: unknown option "seed"'],
    [{ level: 42 }, 'level: expected a level id, a .tmj path or LevelData, got 42'],
  ])('options %j', (opts, message) => {
    expect(() => makeEnv(opts as never)).toThrow(EnvError);
    expect(() => makeEnv(opts as never)).toThrow(message);
  });

  it('an unknown level or a missing map, with the level loader\'s one-line message', () => {
    expect(() => makeEnv({ level: 'nowhere' })).toThrow(LevelError);
    expect(() => makeEnv({ level: 'nowhere' })).toThrow(/levels\/index\.json: levels: expected a level id \(one of bar, church, rooftops, street, ranch\)/);
    expect(() => makeEnv({ level: 'test/no-such-map.tmj' })).toThrow(/test\/no-such-map\.tmj: expected a readable file, got no such file/);
  });

  it.each([[-1], [2 ** 32], [1.5], ['7'], [null]])('reset seed %j', (seed) => {
    const env = makeEnv({ level: 'bar' });
    expect(() => env.reset({ seed: seed as number })).toThrow(/reset: seed: expected an integer from 0 to 4294967295/);
  });
});
