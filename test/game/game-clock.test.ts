import { describe, expect, it } from 'vitest';
import { FixedStepRunner, TICK_MS } from '../../src/game/fixed-step';
import { clockModeFrom, GameClock, MANUAL_TICKS_PER_FRAME, PlaybackPace } from '../../src/game/game-clock';
import { createWorld, NO_INPUT } from '../../src/sim';
import { ARENA } from '../sim/scripted-run';

/** One rendered frame of `realMs`; returns the ticks a manual clock granted it. */
function frame(clock: GameClock, realMs: number): number {
  clock.beginFrame(realMs);
  const ticks = clock.manual ? clock.takeTicks() : 0;
  clock.endFrame();
  return ticks;
}

describe('game clock', () => {
  it('follows real time by default', () => {
    const clock = new GameClock('real');
    clock.beginFrame(TICK_MS * 3);
    expect(clock.deltaMs).toBeCloseTo(TICK_MS * 3);
    expect(clock.now).toBeCloseTo(3);
    expect(clock.takeTicks()).toBe(0);
  });

  it('a manual clock stands still, whatever real time passes, until advanced', () => {
    const clock = new GameClock('manual');
    for (let i = 0; i < 10; i++) expect(frame(clock, 500)).toBe(0);
    expect(clock.now).toBe(0);
    expect(clock.deltaMs).toBe(0);
  });

  it('advance(n) grants exactly n ticks, a few per frame, and resolves once they have all run', async () => {
    const clock = new GameClock('manual');
    let done = false;
    const p = clock.advance(40).then(() => (done = true));
    const spent: number[] = [];
    while (clock.now < 40) {
      spent.push(frame(clock, 1));
      await Promise.resolve();
      if (clock.now < 40) expect(done).toBe(false);
    }
    await p;
    expect(done).toBe(true);
    expect(spent).toEqual([MANUAL_TICKS_PER_FRAME, MANUAL_TICKS_PER_FRAME, 40 - 2 * MANUAL_TICKS_PER_FRAME]);
    // Nothing more is granted afterwards.
    expect(frame(clock, 1000)).toBe(0);
    expect(clock.now).toBe(40);
  });

  it('the ticks of a frame are handed out once, so two scenes never both spend them', () => {
    const clock = new GameClock('manual');
    void clock.advance(5);
    clock.beginFrame(16);
    expect(clock.takeTicks()).toBe(5);
    expect(clock.takeTicks()).toBe(0);
    expect(clock.deltaMs).toBeCloseTo(5 * TICK_MS);
  });

  it('a runner driven by a manual clock steps exactly the ticks advanced', async () => {
    const clock = new GameClock('manual');
    const runner = new FixedStepRunner(createWorld(ARENA, 7));
    const p = clock.advance(123);
    while (clock.now < 123) {
      clock.beginFrame(7);
      runner.runTicks(clock.takeTicks(), () => NO_INPUT, () => {});
      clock.endFrame();
    }
    await p;
    expect(runner.world.tick).toBe(123);
    expect(runner.alpha).toBe(1);
  });

  it('refuses advance without the manual clock, and bad tick counts', async () => {
    await expect(new GameClock('real').advance(1)).rejects.toThrow(/clock=manual/);
    await expect(new GameClock('manual').advance(1.5)).rejects.toThrow(/whole number/);
    await expect(new GameClock('manual').advance(-1)).rejects.toThrow(/whole number/);
  });

  it('reads the mode from the URL, with one message for a bad value', () => {
    expect(clockModeFrom(null)).toEqual({ mode: 'real', error: null });
    expect(clockModeFrom('manual')).toEqual({ mode: 'manual', error: null });
    const bad = clockModeFrom('fast');
    expect(bad.mode).toBe('real');
    expect(bad.error).toMatch(/clock must be "manual" or "real", got "fast"/);
  });
});

/** Plays `pace` frame by frame until the clock has spent `advanced` ticks; returns ticks played. */
async function playback(clock: GameClock, pace: PlaybackPace, speed: number, advanced: number): Promise<number> {
  const p = clock.advance(advanced);
  let played = 0;
  const target = clock.now + advanced;
  while (clock.now < target) {
    clock.beginFrame(5);
    pace.addFrame(clock, speed);
    while (pace.due) {
      pace.spend();
      played++;
    }
    clock.endFrame();
  }
  await p;
  return played;
}

describe('playback pace (the replay viewer)', () => {
  it('on a manual clock plays exactly speed x the ticks advanced, at every speed', async () => {
    for (const speed of [0.25, 0.5, 1, 2, 4, 8]) {
      const clock = new GameClock('manual');
      const pace = new PlaybackPace();
      // 1 tick at a time and in frame-sized lumps alike: no rounding gains or loses one.
      let played = 0;
      for (let i = 0; i < 12; i++) played += await playback(clock, pace, speed, 1);
      played += await playback(clock, pace, speed, 100);
      expect(played, `${speed}x`).toBe(112 * speed);
    }
  });

  it('stands still on a manual clock that is not advanced, whatever real time passes', () => {
    const clock = new GameClock('manual');
    const pace = new PlaybackPace();
    for (let i = 0; i < 20; i++) {
      clock.beginFrame(250);
      pace.addFrame(clock, 8);
      expect(pace.due).toBe(false);
      clock.endFrame();
    }
  });

  it('on the real clock follows frame time, and a stall counts at most 250 ms', () => {
    const clock = new GameClock('real');
    const pace = new PlaybackPace();
    clock.beginFrame(TICK_MS * 2.5);
    pace.addFrame(clock, 2);
    let n = 0;
    while (pace.due) {
      pace.spend();
      n++;
    }
    expect(n).toBe(5);
    expect(pace.alpha).toBeLessThan(1e-9);
    clock.beginFrame(5000);
    pace.addFrame(clock, 1);
    n = 0;
    while (pace.due) {
      pace.spend();
      n++;
    }
    expect(n).toBe(MANUAL_TICKS_PER_FRAME);
    pace.reset();
    expect(pace.alpha).toBe(0);
  });
});
