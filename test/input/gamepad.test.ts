import { describe, expect, it } from 'vitest';
import { AIM_DEAD_ZONE, GamepadPoller, MOVE_DEAD_ZONE } from '../../src/input/gamepad';
import { radialDeadZone, stickDirection } from '../../src/input/geometry';
import { fakePad, press } from './fakes';

describe('stick dead zones', () => {
  it('zeroes the move stick inside 0.2 and rescales outside, radially', () => {
    expect(radialDeadZone(0.1, 0.15, MOVE_DEAD_ZONE)).toEqual({ x: 0, y: 0 });
    const half = radialDeadZone(0.6, 0, MOVE_DEAD_ZONE);
    expect(half.x).toBeCloseTo(0.5);
    expect(half.y).toBe(0);
    const full = radialDeadZone(1, 1, MOVE_DEAD_ZONE); // corner of a square gate: capped at 1
    expect(Math.hypot(full.x, full.y)).toBeCloseTo(1);
    expect(full.x).toBeCloseTo(full.y);
    // A diagonal just past the zone is not snapped to an axis.
    const d = radialDeadZone(0.15, 0.15, MOVE_DEAD_ZONE);
    expect(d.x).toBeGreaterThan(0);
    expect(d.x).toBeCloseTo(d.y);
  });

  it('gives no aim direction inside 0.3', () => {
    expect(stickDirection(0.2, -0.2, AIM_DEAD_ZONE)).toBeNull();
    expect(stickDirection(0, -0.5, AIM_DEAD_ZONE)).toEqual({ x: 0, y: -0.5 });
    expect(stickDirection(NaN, 1, AIM_DEAD_ZONE)).toBeNull();
  });
});

describe('GamepadPoller', () => {
  it('takes the first pad that shows input and keeps it', () => {
    const a = fakePad();
    const b = fakePad();
    const poller = new GamepadPoller(() => [null, a, b]);
    expect(poller.poll().connected).toBe(false);
    press(b, 0);
    expect(poller.poll().controls.has('Pad0')).toBe(true);
    expect(poller.activeIndex).toBe(2);
    press(a, 3); // the other pad is ignored while b stays connected
    expect(poller.poll().controls.has('Pad3')).toBe(false);
    b.connected = false;
    expect(poller.poll().controls.has('Pad3')).toBe(true);
    expect(poller.activeIndex).toBe(1);
  });

  it('ignores a resting stick inside its dead zone when picking a pad', () => {
    const drift = fakePad();
    drift.axes = [0.1, -0.1, 0.2, 0.1];
    const poller = new GamepadPoller(() => [drift]);
    expect(poller.poll().touched).toBe(false);
    expect(poller.activeIndex).toBeNull();
  });

  it('reads the right trigger with hysteresis', () => {
    const pad = fakePad();
    press(pad, 0);
    const poller = new GamepadPoller(() => [pad]);
    const trigger = (value: number): boolean => {
      pad.buttons[7] = { pressed: value > 0.1, value };
      return poller.poll().controls.has('Pad7');
    };
    expect([trigger(0.2), trigger(0.6), trigger(0.4), trigger(0.25), trigger(0.45)]).toEqual([false, true, true, false, false]);
  });

  it('reports sticks: move after its dead zone, aim only outside its dead zone', () => {
    const pad = fakePad();
    pad.axes = [0.6, 0, 0.1, 0.1];
    const poller = new GamepadPoller(() => [pad]);
    const s = poller.poll();
    expect(s.move.x).toBeCloseTo(0.5);
    expect(s.aim).toBeNull();
    pad.axes = [0, 0, -0.8, 0];
    expect(poller.poll().aim).toEqual({ x: -0.8, y: 0 });
  });

  it('survives getGamepads throwing', () => {
    const poller = new GamepadPoller(() => {
      throw new Error('blocked by permissions policy');
    });
    expect(poller.poll().connected).toBe(false);
  });
});
