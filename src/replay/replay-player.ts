// Playing a recorded run back with random access, for the replay viewer. Pure (no Phaser, no DOM):
// the world only ever advances by `step` with the replay's own decoded inputs, in order, so what
// it shows is exactly the recorded run. Seeking restores the nearest snapshot at or before the
// target (a deep copy kept every SNAPSHOT_TICKS ticks) and steps on from there, so scrubbing
// anywhere costs at most SNAPSHOT_TICKS - 1 ticks of simulation.
import { assistsFromNames, cloneWorld, createWorld, step, type LevelData, type TickInput, type World } from '../sim';
import type { CheckedReplay } from './replay-file';

/** A snapshot of the world is kept every this many ticks. */
export const SNAPSHOT_TICKS = 300;

export class ReplayPlayer {
  /** The world at the current tick. Replaced (not mutated) by a seek that goes back. */
  world: World;
  /** Ticks the replay holds: the last tick it can show (earlier if the level ends sooner). */
  readonly total: number;
  private readonly inputs: readonly TickInput[];
  /** Pristine copies by tick (multiples of SNAPSHOT_TICKS); never stepped. */
  private readonly snapshots = new Map<number, World>();

  constructor(private readonly level: LevelData, checked: CheckedReplay) {
    this.inputs = checked.inputs;
    this.total = checked.inputs.length;
    this.world = createWorld(level, checked.replay.seed, assistsFromNames(checked.replay.assists));
    this.snapshots.set(0, cloneWorld(this.world));
  }

  get tick(): number {
    return this.world.tick;
  }

  /** Nothing more to play: the inputs ran out or the level ended. */
  get atEnd(): boolean {
    return this.world.outcome !== null || this.world.tick >= this.total;
  }

  /** The input that led to the state at `tick` (the one fed to step for it), or null at tick 0. */
  inputFor(tick: number): TickInput | null {
    return tick >= 1 && tick <= this.total ? this.inputs[tick - 1]! : null;
  }

  /** Ticks at which snapshots are held, ascending. */
  snapshotTicks(): number[] {
    return [...this.snapshots.keys()].sort((a, b) => a - b);
  }

  /** One tick forward with the recorded input; false (and nothing changes) at the end. */
  stepOne(): boolean {
    if (this.atEnd) return false;
    step(this.world, this.inputs[this.world.tick]!);
    const t = this.world.tick;
    if (t % SNAPSHOT_TICKS === 0 && !this.snapshots.has(t)) this.snapshots.set(t, cloneWorld(this.world));
    return true;
  }

  /**
   * Goes to `target` (clamped to 0..total; a level that ended sooner stops at its end). Returns
   * whether the world object was replaced, i.e. whether anything drawing it must start over.
   */
  seek(target: number): boolean {
    const to = Math.max(0, Math.min(this.total, Math.floor(target)));
    if (to === this.world.tick) return false;
    let base = 0;
    for (const t of this.snapshots.keys()) if (t <= to && t > base) base = t;
    let replaced = false;
    // Going on from where we are beats restoring when we are already between the snapshot and the target.
    if (!(this.world.tick <= to && this.world.tick >= base)) {
      this.world = cloneWorld(this.snapshots.get(base)!);
      replaced = true;
    }
    while (this.world.tick < to && this.stepOne());
    return replaced;
  }

  /** Back to the start. */
  restart(): void {
    this.world = cloneWorld(this.snapshots.get(0)!);
  }

  get levelData(): LevelData {
    return this.level;
  }
}
