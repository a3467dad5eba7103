import { describe, expect, it } from 'vitest';
import { FixedStepRunner } from '../../src/game/fixed-step';
import { createWorld, stateHash, type TickInput } from '../../src/sim';
import { ARENA, inputStream } from '../sim/scripted-run';

/** Plays `ticks` ticks at a display refresh rate, with a little frame-time jitter. */
function playAt(hz: number, ticks: number): { hash: string; maxPerFrame: number } {
  const runner = new FixedStepRunner(createWorld(ARENA, 7));
  const next = inputStream(3);
  const inputs: TickInput[] = Array.from({ length: ticks }, () => next());
  let i = 0;
  let frame = 0;
  let maxPerFrame = 0;
  while (runner.world.tick < ticks && runner.world.outcome === null) {
    const jitter = ((frame++ * 7919) % 5) * 0.1 - 0.2;
    const n = runner.advance(1000 / hz + jitter, () => inputs[i++]!, () => {});
    maxPerFrame = Math.max(maxPerFrame, n);
    if (runner.world.tick >= ticks) break;
  }
  return { hash: stateHash(runner.world), maxPerFrame };
}

describe('fixed-step loop', () => {
  it('60, 120 and 144 Hz displays play exactly the same game', () => {
    const at60 = playAt(60, 1200);
    expect(playAt(120, 1200).hash).toBe(at60.hash);
    expect(playAt(144, 1200).hash).toBe(at60.hash);
    expect(playAt(30, 1200).hash).toBe(at60.hash);
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
