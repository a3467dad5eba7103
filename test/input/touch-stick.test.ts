import { describe, expect, it } from 'vitest';
import { AIM_FIRE_ZONE, MOVE_DEAD_ZONE, aimFrom, deflection, dragStick, knob, landStick, moveFrom } from '../../src/input/touch-stick';

const R = 100;

describe('floating sticks', () => {
  it('are born where the thumb lands, at rest', () => {
    const s = landStick(300, 500);
    expect(s.origin).toEqual({ x: 300, y: 500 });
    expect(deflection(s, R)).toEqual({ x: 0, y: 0 });
    expect(moveFrom(s, R)).toEqual({ x: 0, y: 0 });
  });

  it('deflect in proportion inside the ring and clamp to 1 at its edge', () => {
    const s = dragStick(landStick(300, 500), 350, 500, R);
    expect(deflection(s, R)).toEqual({ x: 0.5, y: 0 });
    const far = { origin: { x: 0, y: 0 }, thumb: { x: 300, y: 400 } };
    const d = deflection(far, R);
    expect(Math.hypot(d.x, d.y)).toBeCloseTo(1, 10);
    expect(d.x).toBeCloseTo(0.6, 10);
    expect(knob(far, R)).toEqual({ x: expect.closeTo(60, 9), y: expect.closeTo(80, 9) });
  });

  it('drag their centre along when the thumb leaves the ring, so reversing is instant', () => {
    const s = dragStick(landStick(300, 500), 450, 500, R);
    expect(s.origin).toEqual({ x: 350, y: 500 });
    const back = dragStick(s, 300, 500, R);
    expect(back.origin).toEqual({ x: 350, y: 500 });
    expect(deflection(back, R)).toEqual({ x: -0.5, y: 0 });
  });

  it('ignore a resting thumb\'s wobble inside the move dead zone, then ramp from zero', () => {
    const at = (dx: number) => moveFrom(dragStick(landStick(0, 0), dx, 0, R), R);
    expect(at(MOVE_DEAD_ZONE * R - 1)).toEqual({ x: 0, y: 0 });
    expect(at(MOVE_DEAD_ZONE * R + 2).x).toBeGreaterThan(0);
    expect(at(MOVE_DEAD_ZONE * R + 2).x).toBeLessThan(0.05);
    expect(at(R).x).toBeCloseTo(1, 10);
    expect(at(3 * R).x).toBeCloseTo(1, 10);
  });

  it('aim and fire only past the small dead zone, in the stick\'s direction', () => {
    const at = (dx: number, dy: number) => aimFrom(dragStick(landStick(0, 0), dx, dy, R), R);
    expect(at(AIM_FIRE_ZONE * R - 1, 0)).toEqual({ aim: null, fire: false });
    const pushed = at(0, -40);
    expect(pushed.fire).toBe(true);
    expect(pushed.aim!.x).toBeCloseTo(0, 10);
    expect(pushed.aim!.y).toBeLessThan(0);
    expect(aimFrom(null, R)).toEqual({ aim: null, fire: false });
  });

  it('never produce NaN from a degenerate radius', () => {
    expect(deflection(landStick(1, 1), 0)).toEqual({ x: 0, y: 0 });
  });
});
