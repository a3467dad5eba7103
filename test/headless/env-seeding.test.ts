// Seeding as Gymnasium (reset(seed) seeds the env's generator, reset() draws from it, no seed ever:
// the OS seeds it), reset's options, and close twice.
import { describe, expect, it } from 'vitest';
import { EnvBridge, makeEnv } from '../../src/headless';
import { SeedStream } from '../../src/headless/env/seed-stream';

const boards = (env: ReturnType<typeof makeEnv>, n: number): number[] => Array.from({ length: n }, () => env.reset().info.seed);

describe('env seeding', () => {
  it('reset(seed) plays that board; later resets draw new boards from the seeded generator, the same in any env', () => {
    const a = makeEnv({ level: 'bar', maxTicks: 60 });
    const b = makeEnv({ level: 'bar', maxTicks: 60 });
    expect(a.reset({ seed: 42 }).info).toMatchObject({ seed: 42, seedSource: 'reset', generatorSeed: 42 });
    b.reset({ seed: 42 });
    const drawn = boards(a, 5);
    expect(boards(b, 5)).toEqual(drawn);
    expect(new Set([42, ...drawn]).size).toBe(6); // a training loop sees new boards
    expect(a.reset().info).toMatchObject({ seedSource: 'generator', generatorSeed: 42 });
    // Re-seeding starts the sequence over; another seed gives another sequence.
    a.reset({ seed: 42 });
    expect(boards(a, 5)).toEqual(drawn);
    a.reset({ seed: 43 });
    expect(boards(a, 5)).not.toEqual(drawn);
  });

  it('the generator is fixed integer math: these numbers in every process and browser', () => {
    // Pinned: a change here changes every seeded training run's boards.
    const s = new SeedStream(42);
    expect([s.next(), s.next(), s.next()]).toEqual([939911724, 3948730756, 321366731]);
    const zero = new SeedStream(0);
    expect([zero.next(), zero.next()]).toEqual([0x92ca2f0e, 0x3cd6e3f3]);
    const env = makeEnv({ level: 'bar', maxTicks: 60 });
    env.reset({ seed: 42 });
    expect(boards(env, 3)).toEqual([939911724, 3948730756, 321366731]);
  });

  it('with no seed ever, the OS seeds the generator once; info reports it and reset(seed = it) replays the boards', () => {
    const env = makeEnv({ level: 'bar', maxTicks: 60 });
    const first = env.reset().info;
    expect(first.seedSource).toBe('os');
    expect(first.seed).toBe(first.generatorSeed);
    const later = boards(env, 3);
    const again = makeEnv({ level: 'bar', maxTicks: 60 });
    expect(again.reset({ seed: first.generatorSeed! }).info.seed).toBe(first.seed);
    expect(boards(again, 3)).toEqual(later);
    // Two unseeded envs do not share a generator seed (2^-32 odds of a false failure).
    expect(makeEnv({ level: 'bar' }).reset().info.generatorSeed).not.toBe(first.generatorSeed);
  });

  it('reset options: {} changes nothing, {level} switches to a catalogue level until switched back', () => {
    const env = makeEnv({ level: 'bar', maxTicks: 60 });
    const bar = env.reset({ seed: 3, options: {} });
    expect(bar.info.level).toBe('bar');
    const church = env.reset({ seed: 3, options: { level: 'church' } });
    expect(church.info.level).toBe('church');
    expect(env.level.id).toBe('church');
    expect(env.defaultSeed).not.toBe(1995);
    expect(env.observationSpace).toEqual(makeEnv({ level: 'church', maxTicks: 60 }).observationSpace);
    expect(env.reset().info.level).toBe('church');
    expect(env.reset({ seed: 3, options: { level: 'bar' } })).toEqual(bar);
  });

  it.each<[unknown, string]>([
    [{ options: { level: 'mars' } }, 'reset: options.level: expected one of bar, church, rooftops, street, ranch, got "mars"'],
    [{ options: { level: 'levels/bar.tmj' } }, 'reset: options.level: expected one of bar, church, rooftops, street, ranch, got "levels/bar.tmj"'],
    [{ options: { speed: 2 } }, 'reset: options: unknown option "speed" (known: level)'],
    [{ options: { toString: 1 } }, 'reset: options: unknown option "toString" (known: level)'],
    [{ options: [] }, 'reset: options: expected an object (known: level), got an array of 0'],
    [{ seed: 1, extra: 1 }, 'reset: unknown argument "extra" (seed, options)'],
  ])('reset(%j) is one error line and changes nothing', (arg, message) => {
    const env = makeEnv({ level: 'bar', maxTicks: 60 });
    env.reset({ seed: 9 });
    const next = makeEnv({ level: 'bar', maxTicks: 60 });
    next.reset({ seed: 9 });
    expect(() => env.reset(arg as never)).toThrow(message);
    expect(env.level.id).toBe('bar');
    expect(env.reset().info.seed).toBe(next.reset().info.seed); // the generator did not move
  });

  it('close twice is harmless, in process and in the bridge', () => {
    const env = makeEnv({ level: 'bar' });
    env.close();
    expect(() => env.close()).not.toThrow();
    const b = new EnvBridge(makeEnv({ level: 'bar' }));
    expect(b.handle('{"cmd":"close"}')).toEqual({ line: '{"closed":true}', close: true });
    expect(b.handle('{"cmd":"close"}')).toEqual({ line: '{"closed":true}', close: true });
    expect(b.handle('{"cmd":"hash"}')!.line).toBe('{"error":"the bridge is closed"}');
  });
});
