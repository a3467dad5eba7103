// What the kill-cam needs to replay the end of a life: a copy of the world now and then during
// play (cloneWorld, ~0.1 ms) and the recorded inputs. Rewinding clones the newest copy from before
// the replay's start and steps the same inputs again: the sim is deterministic, so it dies the
// same death, tick for tick and hash for hash.
import { cloneWorld, step, type TickInput, type World } from '../sim';

/** A copy every second of game time; four cover any replay of up to three seconds. */
export const SNAPSHOT_EVERY = 60;
export const SNAPSHOTS_KEPT = 4;
/** How much of the end the kill-cam shows: two seconds. */
export const KILLCAM_TICKS = 120;

interface Snapshot {
  readonly world: World;
  /** Index in the attempt's inputs of the input for this world's next tick. */
  readonly input: number;
}

/** A world being stepped again through the recorded inputs, up to the death. */
export class KillcamReplay {
  constructor(
    readonly world: World,
    private readonly inputs: readonly TickInput[],
    private next: number,
    /** The tick the real world died on; the replay stops there. */
    readonly deathTick: number,
    /** The tick the replay starts showing from. */
    readonly startTick: number,
  ) {}

  get done(): boolean {
    return this.world.tick >= this.deathTick || this.world.outcome !== null || this.next >= this.inputs.length;
  }

  /** One tick; false once it has reached the death. */
  step(): boolean {
    if (this.done) return false;
    step(this.world, this.inputs[this.next++]!);
    return true;
  }
}

export class KillcamRecorder {
  private snapshots: Snapshot[] = [];

  /** A new attempt: its first world, before any tick (`input`: how many inputs it already has). */
  begin(world: World, input = 0): void {
    this.snapshots = [{ world: cloneWorld(world), input }];
  }

  /** After each tick of play; `input`: how many inputs the attempt has recorded so far. */
  afterTick(world: World, input: number): void {
    if (world.tick % SNAPSHOT_EVERY !== 0) return;
    this.snapshots.push({ world: cloneWorld(world), input });
    if (this.snapshots.length > SNAPSHOTS_KEPT) this.snapshots.shift();
  }

  /**
   * The world `ticks` before `deathTick` (or as far back as the copies go), ready to replay to the
   * death with the attempt's `inputs`; null before begin(). The copies themselves stay untouched.
   */
  rewind(inputs: readonly TickInput[], deathTick: number, ticks = KILLCAM_TICKS): KillcamReplay | null {
    const want = deathTick - ticks;
    // The newest copy from before the start, else the oldest there is (a life shorter than the replay).
    let from = this.snapshots[0];
    for (const s of this.snapshots) if (s.world.tick <= want) from = s;
    if (!from || from.world.tick > deathTick) return null;
    const replay = new KillcamReplay(cloneWorld(from.world), inputs, from.input, deathTick, Math.max(want, from.world.tick));
    while (replay.world.tick < replay.startTick && replay.step());
    return replay;
  }
}
