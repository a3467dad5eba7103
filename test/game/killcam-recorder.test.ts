import { describe, expect, it } from 'vitest';
import { playerDeath } from '../../src/game/killed-by';
import { KILLCAM_TICKS, KillcamRecorder, SNAPSHOT_EVERY } from '../../src/game/killcam-recorder';
import { traceKillingRound } from '../../src/game/killing-round';
import { findBot } from '../../src/headless/bots';
import { loadLevel } from '../../src/headless/level-files';
import { actorById, createWorld, playerOf, stateHash, step, type TickInput, type World } from '../../src/sim';

/** Plays a bot as the Play scene does, keeping the recorder's copies; ends at the outcome. */
function play(level: string, seed: number, bot: string): { world: World; inputs: TickInput[]; recorder: KillcamRecorder } {
  const world = createWorld(loadLevel(level), seed);
  const policy = findBot(bot)!.create(seed);
  const recorder = new KillcamRecorder();
  const inputs: TickInput[] = [];
  recorder.begin(world);
  while (world.outcome === null && world.tick < 20_000) {
    const input = policy.act(world);
    inputs.push(input);
    step(world, input);
    recorder.afterTick(world, inputs.length);
  }
  return { world, inputs, recorder };
}

describe('kill-cam recorder', () => {
  it('rebuilds the last two seconds and replays them to the same death, hash for hash', () => {
    const { world, inputs, recorder } = play('street', 4242, 'idle');
    expect(world.outcome).toBe('dead');
    expect(playerOf(world).alive).toBe(false);
    const replay = recorder.rewind(inputs, world.tick)!;
    expect(replay.startTick).toBe(world.tick - KILLCAM_TICKS);
    expect(replay.world.tick).toBe(replay.startTick);
    expect(playerOf(replay.world).alive).toBe(true);
    let steps = 0;
    while (replay.step()) steps++;
    expect(steps).toBe(KILLCAM_TICKS);
    expect(replay.world.tick).toBe(world.tick);
    expect(replay.world.outcome).toBe('dead');
    expect(stateHash(replay.world)).toBe(stateHash(world));
  });

  it('leaves its copies untouched, so it can rewind again', () => {
    const { world, inputs, recorder } = play('rooftops', 704, 'idle');
    const first = recorder.rewind(inputs, world.tick)!;
    while (first.step());
    const second = recorder.rewind(inputs, world.tick)!;
    expect(second.world.tick).toBe(first.startTick);
    while (second.step());
    expect(stateHash(second.world)).toBe(stateHash(world));
  });

  it('a life shorter than the replay replays from its first tick', () => {
    const world = createWorld(loadLevel('bar'), 3);
    const recorder = new KillcamRecorder();
    recorder.begin(world);
    const inputs: TickInput[] = [];
    const policy = findBot('idle')!.create(3);
    for (let i = 0; i < SNAPSHOT_EVERY + 10; i++) {
      inputs.push(policy.act(world));
      step(world, inputs[i]!);
      recorder.afterTick(world, inputs.length);
    }
    const replay = recorder.rewind(inputs, world.tick)!;
    expect(replay.startTick).toBe(0);
    while (replay.step());
    expect(stateHash(replay.world)).toBe(stateHash(world));
    expect(new KillcamRecorder().rewind(inputs, world.tick)).toBeNull();
  });
});

describe('the killing round', () => {
  it('runs from the killer\'s muzzle to where it struck El, within the replay', () => {
    const { world, inputs, recorder } = play('street', 4242, 'idle');
    const death = playerDeath(world, world.events)!;
    const killer = actorById(world, death.by)!;
    const path = traceKillingRound(recorder.rewind(inputs, world.tick)!, killer.id)!;
    expect(path).not.toBeNull();
    expect(path.hitTick).toBe(world.tick);
    expect(path.firedTick).toBeLessThan(path.hitTick);
    // It ends on El and starts within a step of the killer's hands.
    const el = playerOf(world);
    expect(Math.hypot(path.x1 - el.x, path.y1 - el.y)).toBeLessThanOrEqual(el.radius + 1);
    expect(Math.hypot(path.x0 - killer.x, path.y0 - killer.y)).toBeLessThan(40);
  });

  it('is null for a death by no round', () => {
    const { world, inputs, recorder } = play('rooftops', 704, 'idle');
    expect(traceKillingRound(recorder.rewind(inputs, world.tick)!, 0)).toBeNull();
  });
});
