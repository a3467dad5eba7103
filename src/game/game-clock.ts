// The page's game clock: how much game time each rendered frame is worth. Normally that is the
// frame's real time; with `?clock=manual` (tests) time stands still until advance(n) grants n
// ticks, which frames then spend a few at a time, so a test is exact on any machine.
import { TICK_MS } from './fixed-step';

export type ClockMode = 'real' | 'manual';

/**
 * Real (wall-clock) time in ms: the one source of every speedrun real time (RTA), so a level's
 * first segment and a full game's segments are measured on the same scale. The page uses
 * performance.now(); tests inject a clock they step. (Not the game clock: a manual game clock
 * stops game time, never real time.)
 */
export type RealClock = () => number;

export const performanceClock: RealClock = () => performance.now();

/** Ticks a manual clock lets one frame spend (as many as a 250 ms frame pays for in real time). */
export const MANUAL_TICKS_PER_FRAME = 15;

interface Waiter {
  readonly at: number;
  readonly resolve: () => void;
}

export class GameClock {
  /** Game time this frame, in ms (manual: whole ticks × TICK_MS). */
  private frameMs = 0;
  /** Manual only: whole ticks this frame, not yet taken. */
  private frameTicksLeft = 0;
  /** Manual only: whole ticks this frame grants (taken or not). */
  private frameTicks = 0;
  /** Game time since the page started, in ticks (whole ticks with a manual clock). */
  private elapsed = 0;
  /** Manual only: ticks granted by advance() and not yet spent by frames. */
  private owed = 0;
  private waiters: Waiter[] = [];

  constructor(readonly mode: ClockMode) {}

  get manual(): boolean {
    return this.mode === 'manual';
  }

  /** Once per frame, before any scene updates: real time in, game time for this frame out. */
  beginFrame(realDeltaMs: number): void {
    if (!this.manual) {
      this.frameMs = Math.max(0, realDeltaMs);
      this.elapsed += this.frameMs / TICK_MS;
      return;
    }
    const ticks = Math.min(this.owed, MANUAL_TICKS_PER_FRAME);
    this.owed -= ticks;
    this.frameTicksLeft = ticks;
    this.frameTicks = ticks;
    this.frameMs = ticks * TICK_MS;
    this.elapsed += ticks;
  }

  /** Once per frame, after it is drawn: resolves advance() promises whose ticks have all run. */
  endFrame(): void {
    if (this.waiters.length === 0) return;
    const due = this.waiters.filter((w) => w.at <= this.elapsed);
    this.waiters = this.waiters.filter((w) => w.at > this.elapsed);
    for (const w of due) w.resolve();
  }

  /** This frame's game time in ms, for scenes that time things in ms. */
  get deltaMs(): number {
    return this.frameMs;
  }

  /** Manual clock: the whole ticks this frame grants (0 while no advance() is owed). */
  get ticksThisFrame(): number {
    return this.frameTicks;
  }

  /** Game time since the page started, in ticks (fractional with the real clock). */
  get now(): number {
    return this.elapsed;
  }

  /**
   * Manual clock: the whole ticks this frame grants, handed out once (a second reader in the same
   * frame gets 0, so two scenes never both spend them).
   */
  takeTicks(): number {
    const n = this.frameTicksLeft;
    this.frameTicksLeft = 0;
    return n;
  }

  /**
   * Manual clock only: grants `ticks` more ticks; the promise resolves once frames have spent them
   * all and drawn the result.
   */
  advance(ticks: number): Promise<void> {
    if (!this.manual) return Promise.reject(new Error('advance() needs ?clock=manual in the URL'));
    if (!Number.isInteger(ticks) || ticks < 0) return Promise.reject(new Error(`advance(n) takes a whole number of ticks >= 0, not ${String(ticks)}`));
    this.owed += ticks;
    const at = this.elapsed + this.owed;
    return new Promise((resolve) => this.waiters.push({ at, resolve }));
  }
}

/** The clock the URL asks for: `?clock=manual` for tests, else real time; anything else is an error message. */
export function clockModeFrom(value: string | null): { mode: ClockMode; error: string | null } {
  if (value === null || value === 'real') return { mode: 'real', error: null };
  if (value === 'manual') return { mode: 'manual', error: null };
  return { mode: 'real', error: `URL: clock must be "manual" or "real", got "${value}" (the game runs on real time)` };
}

/**
 * A playback at `speed` times game time (the replay viewer's 0.25x-8x): each frame adds its game
 * time from the clock, and whole ticks are spent as they are owed. Counted in ticks, not ms, so a
 * manual clock's whole ticks at power-of-two speeds never gain or lose one to rounding.
 */
export class PlaybackPace {
  private owed = 0;

  /** Adds this frame's game time at `speed` (a real frame counts at most 250 ms, as the sim's do). */
  addFrame(clock: GameClock, speed: number): void {
    const ticks = clock.manual ? clock.takeTicks() : Math.min(clock.deltaMs, MANUAL_TICKS_PER_FRAME * TICK_MS) / TICK_MS;
    this.owed += ticks * speed;
  }

  /** True while a whole tick is owed. */
  get due(): boolean {
    return this.owed >= 1;
  }

  /** One owed tick has been played. */
  spend(): void {
    this.owed -= 1;
  }

  /** 0..1: how far game time is toward the next tick, for drawing. */
  get alpha(): number {
    return Math.min(1, this.owed);
  }

  /** Nothing owed (paused, sought, a new speed's start). */
  reset(): void {
    this.owed = 0;
  }
}
