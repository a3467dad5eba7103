import { describe, expect, it } from 'vitest';
import { FixedStepRunner, TICK_MS } from '../../src/game/fixed-step';
import { createWorld, stateHash, TICK_RATE, type TickInput } from '../../src/sim';
import { ARENA, inputStream } from '../sim/scripted-run';

const IDLE: TickInput = { moveX: 0, moveY: 0, aim: 0, buttons: 0 };

/** Anything that turns frame times into ticks: the real runner, or a broken one to prove the check bites. */
interface Pacer {
  /** Feeds one frame of `ms`; returns the ticks it ran. */
  frame(ms: number): number;
  readonly ticks: number;
}

function runnerPacer(): Pacer & { inputsAsked: number } {
  const runner = new FixedStepRunner(createWorld(ARENA, 7));
  const pacer = {
    inputsAsked: 0,
    frame: (ms: number) => runner.advance(ms, () => {
      pacer.inputsAsked++;
      return IDLE;
    }, () => {}),
    get ticks() {
      return runner.world.tick;
    },
  };
  return pacer;
}

/**
 * Where the tick count must stand after each frame at `hz`: floor(frames * 60 / hz + PRIME). The
 * accumulator is primed with 0.3 of a tick first, so no frame ends exactly on a tick boundary and
 * float rounding cannot decide the answer.
 */
const PRIME = 0.3;

/** Frames at `hz` for `seconds`; returns the first frame whose tick count is wrong, or null. */
function firstMiscount(pacer: Pacer, hz: number, seconds: number): string | null {
  pacer.frame(PRIME * TICK_MS);
  if (pacer.ticks !== 0) return `priming ran ${pacer.ticks} ticks`;
  for (let f = 1; f <= hz * seconds; f++) {
    pacer.frame(1000 / hz);
    const want = Math.floor((f * TICK_RATE) / hz + PRIME);
    if (pacer.ticks !== want) return `frame ${f} at ${hz} Hz: ${pacer.ticks} ticks, want ${want}`;
  }
  return null;
}

describe('fixed-step loop', () => {
  it('60, 120 and 144 Hz displays run exactly 60 ticks a second, frame by frame', () => {
    for (const hz of [60, 120, 144, 30]) {
      const pacer = runnerPacer();
      expect(firstMiscount(pacer, hz, 10)).toBeNull();
      expect(pacer.ticks).toBe(600);
      // Input is sampled once per tick, never per frame.
      expect(pacer.inputsAsked).toBe(600);
    }
  });

  it('spreads the ticks evenly: 120 Hz alternates 0 and 1, 144 Hz runs 5 ticks in every 12 frames', () => {
    const pattern = (hz: number, frames: number): number[] => {
      const pacer = runnerPacer();
      pacer.frame(PRIME * TICK_MS);
      return Array.from({ length: frames }, () => pacer.frame(1000 / hz));
    };
    expect(new Set(pattern(60, 120))).toEqual(new Set([1]));
    const at120 = pattern(120, 120);
    expect(at120.every((n, i) => n + (at120[i + 1] ?? 1 - n) === 1)).toBe(true);
    const at144 = pattern(144, 144);
    for (let i = 0; i + 12 <= at144.length; i += 12) expect(at144.slice(i, i + 12).reduce((a, b) => a + b)).toBe(5);
    expect(Math.max(...at144)).toBe(1);
  });

  it('the check above fails a broken accumulator', () => {
    const broken = (keep: (acc: number) => number): Pacer => {
      let acc = 0;
      let ticks = 0;
      return {
        frame(ms) {
          acc += ms;
          let n = 0;
          while (acc >= TICK_MS) {
            acc -= TICK_MS;
            n++;
          }
          acc = keep(acc);
          ticks += n;
          return n;
        },
        get ticks() {
          return ticks;
        },
      };
    };
    // The same loop keeping its remainder passes (so the check is not simply strict)...
    expect(firstMiscount(broken((acc) => acc), 144, 10)).toBeNull();
    // ...throwing the remainder away after each frame plays 144 Hz slow.
    expect(firstMiscount(broken(() => 0), 144, 10)).not.toBeNull();
    // One tick per frame whatever the time: 120 and 144 Hz play fast.
    const perFrame: Pacer = (() => {
      let ticks = 0;
      return {
        frame: () => {
          ticks++;
          return 1;
        },
        get ticks() {
          return ticks;
        },
      };
    })();
    expect(firstMiscount(perFrame, 120, 1)).not.toBeNull();
    // A tick length off by a hair (a 59.9 Hz sim) drifts a tick within ten seconds at 144 Hz.
    let drift = 0;
    let drifted = 0;
    const slowTick: Pacer = {
      frame(ms) {
        drift += ms;
        let n = 0;
        while (drift >= 1000 / 59.9) {
          drift -= 1000 / 59.9;
          n++;
        }
        drifted += n;
        return n;
      },
      get ticks() {
        return drifted;
      },
    };
    expect(firstMiscount(slowTick, 144, 10)).not.toBeNull();
  });

  it('a jittery display still keeps within a tick of real time, and plays the same game', () => {
    const play = (hz: number): string => {
      const runner = new FixedStepRunner(createWorld(ARENA, 7));
      const next = inputStream(3);
      const inputs: TickInput[] = Array.from({ length: 1200 }, () => next());
      let i = 0;
      let elapsed = 0;
      for (let frame = 0; runner.world.tick < 1200 && runner.world.outcome === null; frame++) {
        const ms = 1000 / hz + ((frame * 7919) % 5) * 0.1 - 0.2;
        elapsed += ms;
        runner.advance(ms, () => inputs[i++]!, () => {});
        // Never ahead of real time, never a whole tick behind it (1e-6: float sums of frame times).
        const behind = elapsed / TICK_MS - runner.world.tick;
        expect(behind, `${hz} Hz frame ${frame}`).toBeGreaterThan(-1e-6);
        expect(behind, `${hz} Hz frame ${frame}`).toBeLessThan(1 + 1e-6);
      }
      expect(i).toBe(runner.world.tick);
      return stateHash(runner.world);
    };
    const at60 = play(60);
    expect(play(120)).toBe(at60);
    expect(play(144)).toBe(at60);
  });

  it('keeps real time at the frame rates a software renderer draws (6-18 fps): no slow motion', () => {
    for (const fps of [4, 6, 10, 18]) {
      const runner = new FixedStepRunner(createWorld(ARENA, 1));
      const idle = { moveX: 0, moveY: 0, aim: 0, buttons: 0 };
      // Ten seconds of real time in frames of 1000/fps ms.
      for (let f = 0; f < fps * 10; f++) runner.advance(1000 / fps, () => idle, () => {});
      expect(runner.world.tick, `${fps} fps`).toBeGreaterThanOrEqual(599);
    }
  });

  it('never runs more than the cap in one frame, and drops a long stall', () => {
    const runner = new FixedStepRunner(createWorld(ARENA, 1), 4);
    const idle = { moveX: 0, moveY: 0, aim: 0, buttons: 0 };
    expect(runner.advance(5000, () => idle, () => {})).toBe(4);
    expect(runner.alpha).toBeLessThanOrEqual(1);
    expect(runner.advance(0, () => idle, () => {})).toBe(0);
    expect(runner.advance(1000 / 60, () => idle, () => {})).toBeLessThanOrEqual(2);
  });

  it('reports how far between ticks a frame falls', () => {
    const runner = new FixedStepRunner(createWorld(ARENA, 1));
    const idle = { moveX: 0, moveY: 0, aim: 0, buttons: 0 };
    runner.advance(1000 / 60 / 2, () => idle, () => {});
    expect(runner.world.tick).toBe(0);
    expect(runner.alpha).toBeCloseTo(0.5, 6);
  });
});
