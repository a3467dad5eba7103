import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInputs, encodeInputs, InputCodecError } from '../../src/replay/input-codec';
import { BUTTON_BITS, type TickInput } from '../../src/sim/input';

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
    expect(() => decodeInputs(Buffer.from([1, 1, 0, 1, 0, 1, 0, 0, 1, 7]).toString('base64url'))).toThrow(/left over/);
    const long = encodeInputs(Array.from({ length: 100 }, () => ({ moveX: 0, moveY: 0, aim: 0, buttons: 0 })));
    expect(() => decodeInputs(long, 50)).toThrow(/more than 50 ticks/);
  });
});
