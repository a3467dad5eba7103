import { describe, expect, it } from 'vitest';
import { DRAW_AFTER_CHANGE, IDLE_DRAW_EVERY, IdleFrames } from '../../src/game/idle-frames';

/** Which of `n` frames are drawn, given each frame's ticks and scene signature. */
function drawn(idle: IdleFrames, n: number, ticks = 0, scenes = 'title'): boolean[] {
  return Array.from({ length: n }, () => idle.shouldDraw(ticks, scenes));
}

describe('IdleFrames (which frames a manual clock draws)', () => {
  it('draws the first frames, then one in IDLE_DRAW_EVERY while nothing happens', () => {
    const idle = new IdleFrames();
    const first = drawn(idle, DRAW_AFTER_CHANGE);
    expect(first).toEqual(Array(DRAW_AFTER_CHANGE).fill(true));
    const quiet = drawn(idle, IDLE_DRAW_EVERY * 5);
    expect(quiet.filter(Boolean)).toHaveLength(5);
    expect(quiet.slice(0, IDLE_DRAW_EVERY)).toEqual([...Array(IDLE_DRAW_EVERY - 1).fill(false), true]);
  });

  it('draws every frame that spends ticks', () => {
    const idle = new IdleFrames();
    drawn(idle, 20);
    expect(drawn(idle, 10, 15)).toEqual(Array(10).fill(true));
  });

  it('draws the frames after a device event or a scene change', () => {
    const idle = new IdleFrames();
    drawn(idle, 20);
    idle.noteInput();
    expect(drawn(idle, DRAW_AFTER_CHANGE)).toEqual(Array(DRAW_AFTER_CHANGE).fill(true));
    drawn(idle, 20);
    expect(drawn(idle, DRAW_AFTER_CHANGE, 0, 'title,levelSelect')).toEqual(Array(DRAW_AFTER_CHANGE).fill(true));
    // The same scenes again are nothing new.
    expect(drawn(idle, IDLE_DRAW_EVERY - 1, 0, 'title,levelSelect')).toEqual(Array(IDLE_DRAW_EVERY - 1).fill(false));
  });
});
