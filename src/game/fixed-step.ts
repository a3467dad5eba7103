// Fix Your Timestep: frames feed real time into an accumulator, the sim runs whole 60 Hz ticks,
// at most a few per frame (a slow frame never spirals), and drawing interpolates between the
// last two ticks with `alpha`. A 60, 120 or 144 Hz display therefore plays the same ticks.
import { step, TICK_RATE, type TickInput, type World } from '../sim';

export const TICK_MS = 1000 / TICK_RATE;
/** Longest frame we catch up on; a longer stall (a breakpoint, a hidden tab) is dropped. */
export const MAX_FRAME_MS = 250;
/**
 * Enough ticks for any frame up to MAX_FRAME_MS, so game time keeps real time down to 4 fps (a
 * software renderer draws 6-18 fps): a tick costs far less than drawing a frame, so catching up
 * cannot spiral. (A cap of 4 played 6 fps at 40% speed.)
 */
export const MAX_TICKS_PER_FRAME = Math.ceil(MAX_FRAME_MS / TICK_MS);

export class FixedStepRunner {
  private acc = 0;
  /** Stepped by runTicks (the test clock): drawing shows the last tick as is, no interpolation. */
  private exact = false;
  /**
   * Game speed (the assist): game time per frame time, 1 at 100%, 0.5 at 50%. The sim still steps
   * whole 60 Hz ticks, only fewer of them per second; the manual test clock's runTicks ignores it.
   */
  speed = 1;

  constructor(public world: World, private readonly maxTicksPerFrame = MAX_TICKS_PER_FRAME) {}

  /**
   * Runs the ticks this frame's time pays for. `nextInput` is asked once per tick (so input is
   * sampled at tick rate, never per frame); `afterTick` sees each tick's events.
   */
  advance(deltaMs: number, nextInput: () => TickInput, afterTick: (world: World) => void): number {
    this.acc += Math.min(Math.max(deltaMs, 0), MAX_FRAME_MS) * this.speed;
    let ticks = 0;
    while (this.acc >= TICK_MS && ticks < this.maxTicksPerFrame && this.world.outcome === null) {
      step(this.world, nextInput());
      afterTick(this.world);
      this.acc -= TICK_MS;
      ticks++;
    }
    // Behind by more than the cap, or finished: keep at most one tick of debt.
    if (this.acc >= TICK_MS) this.acc = this.world.outcome === null ? TICK_MS - 1e-6 : 0;
    return ticks;
  }

  /**
   * Exactly `ticks` ticks (fewer if the level ends), for the manual test clock, which hands out
   * whole ticks: no accumulator, so no rounding can gain or lose one.
   */
  runTicks(ticks: number, nextInput: () => TickInput, afterTick: (world: World) => void): number {
    this.exact = true;
    let ran = 0;
    while (ran < ticks && this.world.outcome === null) {
      step(this.world, nextInput());
      afterTick(this.world);
      ran++;
    }
    return ran;
  }

  /** 0..1: how far real time is between the last tick and the next, for drawing. */
  get alpha(): number {
    return this.exact ? 1 : Math.min(1, this.acc / TICK_MS);
  }

  reset(world: World): void {
    this.world = world;
    this.acc = 0;
  }
}
