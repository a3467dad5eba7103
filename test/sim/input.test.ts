import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/hash';
import { AIM_DIST_DEFAULT, AIM_DIST_MAX, AIM_DIST_STEP, aimDistPx, BUTTON_BITS, Button, quantiseInput, sanitiseInput, slotOf, withSlot } from '../../src/sim/input';
import { nextU32 } from '../../src/sim/rng';
import { step } from '../../src/sim/step';
import { createWorld } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';

describe('TickInput encoding', () => {
  it('quantises device values to the integers a replay stores', () => {
    const q = quantiseInput(0.5, -1, 0, 10, Button.Fire | Button.Dive);
    expect(q).toEqual({ moveX: 64, moveY: -127, aim: 1024, buttons: 3 });
    expect(quantiseInput(2, -7, 0, 0, 0, 300)).toEqual({ moveX: 127, moveY: -127, aim: 300, buttons: 0 });
  });

  it('quantises the crosshair distance to 4 px steps, clamped; no distance stays none (the default)', () => {
    expect(quantiseInput(0, 0, 100, 0, 0, 0, 150).aimDist).toBe(38);
    expect(quantiseInput(0, 0, 100, 0, 0, 0, 1e6).aimDist).toBe(AIM_DIST_MAX);
    expect(quantiseInput(0, 0, 100, 0, 0, 0, -5).aimDist).toBe(0);
    expect('aimDist' in quantiseInput(0, 0, 100, 0, 0)).toBe(false);
    expect(aimDistPx({ moveX: 0, moveY: 0, aim: 0, buttons: 0 })).toBe(AIM_DIST_DEFAULT * AIM_DIST_STEP);
    const valid = { moveX: 0, moveY: 0, aim: 0, buttons: 0, aimDist: 12 };
    expect(sanitiseInput(valid)).toBe(valid);
    expect(sanitiseInput({ ...valid, aimDist: 900 }).aimDist).toBe(AIM_DIST_MAX);
    expect(sanitiseInput({ ...valid, aimDist: NaN }).aimDist).toBe(0);
    expect(sanitiseInput({ ...valid, aimDist: 3.6 }).aimDist).toBe(4);
  });

  it('keeps a weapon slot request beside the buttons', () => {
    const b = withSlot(Button.Fire, 2);
    expect(slotOf(b)).toBe(2);
    expect(b & Button.Fire).toBe(Button.Fire);
    expect(slotOf(withSlot(b, 0))).toBe(0);
  });

  it('sanitises garbage into range and passes valid input through untouched', () => {
    const valid = { moveX: 3, moveY: -4, aim: 4095, buttons: 1 };
    expect(sanitiseInput(valid)).toBe(valid);
    expect(sanitiseInput({ moveX: NaN, moveY: 1e9, aim: -1, buttons: 0xffffffff })).toEqual({
      moveX: 0, moveY: 127, aim: 4095, buttons: BUTTON_BITS,
    });
    expect(sanitiseInput({ moveX: 0.4, moveY: Infinity, aim: 5000.2, buttons: NaN })).toEqual({ moveX: 0, moveY: 0, aim: 904, buttons: 0 });
  });

  it('turns -0 into 0, which a replay file writes as 0: live play and its replay hash the same', () => {
    const clean = sanitiseInput({ moveX: -0, moveY: -0, aim: -0, buttons: 0 });
    expect(Object.is(clean.moveX, 0) && Object.is(clean.moveY, 0) && Object.is(clean.aim, 0)).toBe(true);
    expect(Object.is(sanitiseInput({ moveX: -0.2, moveY: 3, aim: 7, buttons: 0 }).moveX, 0)).toBe(true);
    const level = asciiLevel(['#####', '#.@.#', '#####']);
    const a = createWorld(level, 1);
    const b = createWorld(level, 1);
    step(a, { moveX: -0, moveY: 0, aim: 0, buttons: 0 });
    step(b, { moveX: 0, moveY: 0, aim: 0, buttons: 0 });
    expect(stateHash(a)).toBe(stateHash(b));
  });

  it('takes and rejects exactly what Number.isInteger and Object.is(-0) took and rejected', () => {
    // The range test as first written, the reference for the cheaper one in input.ts.
    const cleanPlain = (v: number, lo: number, hi: number): boolean => Number.isInteger(v) && v >= lo && v <= hi && !Object.is(v, -0);
    const odd: unknown[] = [0, -0, 1, -1, 3, 126, 127, 128, -127, -128, 4095, 4096, 0.5, -0.5, 126.9999999, NaN, Infinity, -Infinity,
      2 ** 31, -(2 ** 31), 2 ** 32 + 1, 2 ** 53, 1e300, -1e-300, 5e-324, '5', null, undefined, true, false, {}, [3]];
    const h = { rng: 99 };
    for (let k = 0; k < 3000; k++) {
      const pick = (): number => odd[nextU32(h) % odd.length] as number;
      const raw = { moveX: pick(), moveY: pick(), aim: pick(), buttons: nextU32(h) % 4 === 0 ? pick() : 5 };
      const passes = cleanPlain(raw.moveX, -127, 127) && cleanPlain(raw.moveY, -127, 127) && cleanPlain(raw.aim, 0, 4095) &&
        Number.isInteger(raw.buttons) && (raw.buttons & ~BUTTON_BITS) === 0;
      expect(sanitiseInput(raw) === raw).toBe(passes);
    }
  });
});
