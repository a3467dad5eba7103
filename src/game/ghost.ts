// The ghost: the personal best replayed in a world of its own, one tick for each tick of the live
// run, so the player races it. It only reads its own inputs; the live world never sees it.
import { parseReplay } from '../replay/replay-file';
import type { TickInput } from '../sim/input';
import type { LevelData } from '../sim/level-data';
import { step } from '../sim/step';
import { createWorld, playerOf, type Actor, type World } from '../sim/world';

export class Ghost {
  readonly world: World;

  private constructor(world: World, private readonly inputs: readonly TickInput[]) {
    this.world = world;
  }

  /** A ghost for this level and seed from saved replay text, or null if it does not fit. */
  static fromReplayText(text: string | undefined, level: LevelData, seed: number): Ghost | null {
    if (!text) return null;
    try {
      const { replay, inputs } = parseReplay(text, 'personal best');
      // A ghost on another board would not be a race.
      if (replay.level !== level.id || replay.seed !== seed) return null;
      return new Ghost(createWorld(level, seed), inputs);
    } catch {
      return null;
    }
  }

  /** Advances to the live run's tick (one step per live tick; stops where the PB ended). */
  stepTo(tick: number): void {
    while (this.world.tick < tick && this.world.tick < this.inputs.length && this.world.outcome === null) {
      step(this.world, this.inputs[this.world.tick]!);
    }
  }

  get el(): Actor {
    return playerOf(this.world);
  }
}
