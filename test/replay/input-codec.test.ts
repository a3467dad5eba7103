import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInputs, encodeInputs, INPUT_CODEC_VERSION, InputCodecError } from '../../src/replay/input-codec';
import { AIM_DIST_DEFAULT, AIM_DIST_MAX, aimDistPx, BUTTON_BITS, type TickInput } from '../../src/sim';

/** Goldens' inputs as the first format wrote them, and as the current one writes the same ticks. */
const V1_FIXTURES = JSON.parse(readFileSync('test/replay/fixtures/v1-inputs.json', 'utf8')) as { level: string; ticks: number; v1: string; v2: string }[];

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

  it('round-trips any tick by tick sequence: jumps, steering, every field changing at random', () => {
    const tick = fc.record({
      moveX: fc.integer({ min: -127, max: 127 }),
      moveY: fc.integer({ min: -127, max: 127 }),
      aim: fc.integer({ min: 0, max: 4095 }),
      buttons: fc.integer({ min: 0, max: BUTTON_BITS }).map((b) => b & BUTTON_BITS),
      aimDist: fc.option(fc.integer({ min: 0, max: AIM_DIST_MAX }), { nil: undefined }),
    }).map(({ aimDist, ...rest }): TickInput => (aimDist === undefined ? rest : { ...rest, aimDist }));
    fc.assert(fc.property(fc.array(tick, { maxLength: 200 }), (seq) => {
      const back = decodeInputs(encodeInputs(seq));
      // A run with any aim distance stores one for every tick (the default where a tick had none).
      const withDist = seq.some((i) => i.aimDist !== undefined);
      expect(back).toEqual(withDist ? seq.map((i) => ({ ...i, aimDist: i.aimDist ?? AIM_DIST_DEFAULT })) : seq);
    }), { numRuns: 300 });
  });

  it('round-trips a stick swept round the full circle and back, tick by tick', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4095 }), fc.integer({ min: -40, max: 40 }), fc.integer({ min: 100, max: 127 }), (start, speed, radius) => {
      const seq = Array.from({ length: 240 }, (_, t) => {
        const a = ((start + speed * t) / 4096) * 2 * Math.PI;
        return { moveX: Math.round(Math.cos(a) * radius) + 0, moveY: Math.round(Math.sin(a) * radius) + 0, aim: (start + t * speed) & 4095, buttons: 0 };
      });
      expect(decodeInputs(encodeInputs(seq))).toEqual(seq);
    }), { numRuns: 100 });
  });

  it('round-trips the aim distance, and costs nothing for it when no tick has one', () => {
    fc.assert(fc.property(fc.array(fc.tuple(input, fc.integer({ min: 0, max: AIM_DIST_MAX }), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 30 }), (runs) => {
      const seq: TickInput[] = runs.flatMap(([i, d, n]) => Array.from({ length: n }, () => ({ ...i, aimDist: d })));
      expect(decodeInputs(encodeInputs(seq))).toEqual(seq);
      const plain = seq.map(({ aimDist: _d, ...rest }) => rest);
      const without = encodeInputs(plain);
      expect(without.length).toBeLessThanOrEqual(encodeInputs(seq).length);
      expect(decodeInputs(without).every((i) => i.aimDist === undefined)).toBe(true);
    }), { numRuns: 200 });
  });

  it('writes the current format, marked by its first two bytes', () => {
    const bytes = Buffer.from(encodeInputs([{ moveX: 1, moveY: 2, aim: 3, buttons: 1 }]), 'base64url');
    expect([...bytes.subarray(0, 2)]).toEqual([0, INPUT_CODEC_VERSION]);
  });

  it('reads the first format (version 1): recorded goldens decode to the same ticks as their re-encoding', () => {
    expect(V1_FIXTURES.length).toBeGreaterThan(0);
    for (const f of V1_FIXTURES) {
      const old = decodeInputs(f.v1);
      expect(old).toHaveLength(f.ticks);
      expect(decodeInputs(f.v2)).toEqual(old);
      // The encoder is deterministic: the same ticks always give the same text.
      expect(encodeInputs(old)).toBe(f.v2);
      expect(f.v2.length).toBeLessThan(f.v1.length / 2);
    }
  });

  it('reads a version-1 text written before aim distances existed: every tick gets the default distance', () => {
    // Two ticks, fire then none, aim 10 then 12, as version 1 wrote them.
    const old = Buffer.from([2, 2, 0, 2, 0, 1, 1, 1, 0, 20, 4]).toString('base64url');
    const back = decodeInputs(old);
    expect(back).toEqual([{ moveX: 0, moveY: 0, aim: 10, buttons: 1 }, { moveX: 0, moveY: 0, aim: 12, buttons: 0 }]);
    expect(back.map(aimDistPx)).toEqual([AIM_DIST_DEFAULT * 4, AIM_DIST_DEFAULT * 4]);
    // With aim distances (a change of +5 from the default on the first tick, then none).
    const withDist = Buffer.from([2, 2, 0, 2, 0, 1, 1, 1, 0, 20, 4, 90, 0, 1]).toString('base64url');
    expect(decodeInputs(withDist).map((i) => i.aimDist)).toEqual([45, 45]);
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
    // The format mark, the flush of the coder and the end mark are 7 of them.
    expect(encodeInputs(minute).length).toBeLessThan(28);
  });

  it('refuses every cut-short text and every text with bytes added', () => {
    fc.assert(fc.property(fc.array(input, { minLength: 1, maxLength: 60 }), fc.nat(), fc.integer({ min: 0, max: 255 }), (seq, cut, extra) => {
      const bytes = Buffer.from(encodeInputs(seq), 'base64url');
      const short = bytes.subarray(0, 2 + (cut % (bytes.length - 2)));
      expect(() => decodeInputs(short.toString('base64url'))).toThrow(InputCodecError);
      expect(() => decodeInputs(Buffer.concat([bytes, Buffer.from([extra])]).toString('base64url'))).toThrow(InputCodecError);
    }), { numRuns: 200 });
  });

  it('refuses a format from a newer game with its own words', () => {
    expect(() => decodeInputs(Buffer.from([0, 9, 1, 2, 3]).toString('base64url'))).toThrow(/format 9 is newer than this game reads/);
  });

  it('refuses garbage, truncation, out-of-range values and absurd lengths (version 1 too)', () => {
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
    expect(() => decodeInputs(Buffer.from([100, 100, 0, 100, 0, 100, 0, 0, 100]).toString('base64url'), 50)).toThrow(/more than 50 ticks/);
  });
});
