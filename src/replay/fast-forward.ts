// A recorded run's world at a given tick, simulated as fast as the sim goes (no drawing): where a
// practice run from a split takes over. The world only ever advances by `step` with the run's own
// inputs, so it is exactly the state the recorded run was in at that tick.
import { createWorld, step, type LevelData, type RunAssists, type TickInput, type World } from '../sim';

/** The world after `tick` of `inputs`; null when the inputs run out or the level ends sooner. */
export function worldAtTick(level: LevelData, seed: number, inputs: readonly TickInput[], tick: number, assists?: RunAssists): World | null {
  if (!Number.isInteger(tick) || tick < 0 || tick > inputs.length) return null;
  const world = createWorld(level, seed, assists);
  while (world.tick < tick) {
    if (world.outcome !== null) return null;
    step(world, inputs[world.tick]!);
  }
  return world.outcome === null ? world : null;
}
