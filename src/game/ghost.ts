// The ghost: a recorded run (the personal best, or any replay the player chose to race) replayed
// in a world of its own, one tick for each tick of the live run, so the player races it. It only
// reads its own inputs; the live world never sees it.
import { decodeAttempt, parseFullRun } from '../replay/full-run-file';
import { levelContentHash } from '../replay/level-hash';
import { parseReplay, type CheckedReplay } from '../replay/replay-file';
import {
  assistsFromNames, cloneWorld, createWorld, playerOf, step, type Actor, type LevelData, type TickInput, type World,
} from '../sim';

export class Ghost {
  readonly world: World;

  private constructor(world: World, private readonly inputs: readonly TickInput[]) {
    this.world = world;
  }

  /** A ghost from a checked replay, or null when it is of another level, version or board. */
  static fromChecked(checked: CheckedReplay, level: LevelData, seed: number): Ghost | null {
    const { replay, inputs } = checked;
    // A ghost on another board (or another version of the map) would not be a race.
    if (replay.level !== level.id || replay.seed !== seed) return null;
    if (replay.levelHash !== undefined && replay.levelHash !== levelContentHash(level)) return null;
    // It replays with its own assists (none for most), whatever the live run has on.
    return new Ghost(createWorld(level, seed, assistsFromNames(replay.assists)), inputs);
  }

  /** A ghost for this level and seed from saved replay text, or null if it does not fit. */
  static fromReplayText(text: string | undefined, level: LevelData, seed: number): Ghost | null {
    if (!text) return null;
    try {
      return Ghost.fromChecked(parseReplay(text, 'personal best'), level, seed);
    } catch {
      return null;
    }
  }

  /** The clearing attempt at level `index` of a saved full-game run, as a ghost. */
  static fromFullRunText(text: string | undefined, index: number, level: LevelData, seed: number): Ghost | null {
    if (!text) return null;
    try {
      const run = parseFullRun(text, 'full-game best');
      const attempts = run.levels[index]?.attempts;
      return attempts?.length ? Ghost.fromChecked(decodeAttempt(run, index, attempts.length - 1), level, seed) : null;
    } catch {
      return null;
    }
  }

  /** A ghost that goes on from `world` (a practice start) with the rest of `inputs`. */
  static fromWorld(world: World, inputs: readonly TickInput[]): Ghost {
    return new Ghost(cloneWorld(world), inputs);
  }

  /** Advances to the live run's tick (one step per live tick; stops where the recording ended). */
  stepTo(tick: number): void {
    while (this.world.tick < tick && this.world.tick < this.inputs.length && this.world.outcome === null) {
      step(this.world, this.inputs[this.world.tick]!);
    }
  }

  get el(): Actor {
    return playerOf(this.world);
  }
}
