import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInputs, encodeInputs, InputCodecError } from '../../src/replay/input-codec';
import { AIM_DIST_DEFAULT, AIM_DIST_MAX, aimDistPx, BUTTON_BITS, type TickInput } from '../../src/sim';

const input = fc.record({
  moveX: fc.integer({ min: -127, max: 127 }),
  moveY: fc.integer({ min: -127, max: 127 }),
  aim: fc.integer({ min: 0, max: 4095 }),
  buttons: fc.integer({ min: 0, max: BUTTON_BITS }).map((b) => b & BUTTON_BITS),
});

describe('input codec', () => {
  it('round-trips any input sequence exactly', () => {
    fc.assert(fc.property(fc.array(fc.tuple(input, fc.integer({ min: 1, max: 300 })), { maxLength: 60 }), (runs) => {
      const seq: TickInput[] = runs.flatMap(([i, n]) => Array.from({ length: n }, () => i));
      expect(decodeInputs(encodeInputs(seq))).toEqual(seq);
    }), { numRuns: 300 });
  });

  it('costs about a byte a tick for a mouse that never stops moving', () => {
    // A minute of aim sweeping a little every tick, with keys changing twice a second.
    const minute = Array.from({ length: 3600 }, (_, t) => ({
      moveX: t % 60 < 30 ? 127 : 0, moveY: 0, aim: (t * 7 + ((t * 13) % 5)) % 4096, buttons: t % 30 < 5 ? 1 : 0,
    }));
    const text = encodeInputs(minute);
    expect(decodeInputs(text)).toEqual(minute);
    expect(text.length).toBeLessThan(6 * 1024);
  });

  it('round-trips the aim distance, and leaves it out (the old format, byte for byte) when no tick has one', () => {
    fc.assert(fc.property(fc.array(fc.tuple(input, fc.integer({ min: 0, max: AIM_DIST_MAX }), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 30 }), (runs) => {
      const seq: TickInput[] = runs.flatMap(([i, d, n]) => Array.from({ length: n }, () => ({ ...i, aimDist: d })));
      expect(decodeInputs(encodeInputs(seq))).toEqual(seq);
      const plain = seq.map(({ aimDist: _d, ...rest }) => rest);
      const old = encodeInputs(plain);
      expect(old.length).toBeLessThanOrEqual(encodeInputs(seq).length);
      expect(decodeInputs(old).every((i) => i.aimDist === undefined)).toBe(true);
    }), { numRuns: 200 });
  });

  it('reads a file written before aim distances existed: every tick gets the default distance', () => {
    // Recorded by the previous version of encodeInputs (two ticks, fire then none, aim 10 then 12).
    const old = encodeInputs([{ moveX: 0, moveY: 0, aim: 10, buttons: 1 }, { moveX: 0, moveY: 0, aim: 12, buttons: 0 }]);
    expect(old).toBe(Buffer.from([2, 2, 0, 2, 0, 1, 1, 1, 0, 20, 4]).toString('base64url'));
    const back = decodeInputs(old);
    expect(back.map((i) => i.aimDist)).toEqual([undefined, undefined]);
    expect(back.map(aimDistPx)).toEqual([AIM_DIST_DEFAULT * 4, AIM_DIST_DEFAULT * 4]);
  });

  it('costs little for a crosshair that moves in and out all the time', () => {
    const minute = Array.from({ length: 3600 }, (_, t) => ({
      moveX: 0, moveY: 0, aim: (t * 7) % 4096, buttons: 0, aimDist: 30 + ((t >> 3) % 20),
    }));
    const text = encodeInputs(minute);
    expect(decodeInputs(text)).toEqual(minute);
    expect(text.length).toBeLessThan(8 * 1024);
  });

  it('is compact for held inputs: a minute of walking is a few bytes', () => {
    const minute = Array.from({ length: 3600 }, () => ({ moveX: 127, moveY: 0, aim: 0, buttons: 0 }));
    expect(encodeInputs(minute).length).toBeLessThan(24);
  });

  it('refuses garbage, truncation, out-of-range values and absurd lengths', () => {
    const good = encodeInputs([{ moveX: 1, moveY: 2, aim: 3, buttons: 1 }]);
    expect(() => decodeInputs('!!!!')).toThrow(InputCodecError);
    expect(() => decodeInputs(good.slice(0, -2))).toThrow(InputCodecError);
    // One tick whose moveX is 200: well-formed varints, but not a valid input.
    expect(() => decodeInputs(Buffer.from([1, 1, 0x90, 0x03, 1, 0, 1, 0, 0, 1]).toString('base64url'))).toThrow(/out of range/);
    // After aim, an aim-distance column (0 = no change for 1 tick), then a stray byte.
    expect(() => decodeInputs(Buffer.from([1, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 7]).toString('base64url'))).toThrow(/left over/);
    // An aim distance below 0 is out of range.
    expect(() => decodeInputs(Buffer.from([1, 1, 0, 1, 0, 1, 0, 0, 1, 7]).toString('base64url'))).toThrow(/out of range/);
    const long = encodeInputs(Array.from({ length: 100 }, () => ({ moveX: 0, moveY: 0, aim: 0, buttons: 0 })));
    expect(() => decodeInputs(long, 50)).toThrow(/more than 50 ticks/);
  });
});
