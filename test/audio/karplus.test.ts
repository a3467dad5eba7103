import { describe, expect, it } from 'vitest';
import { fretFreq, OPEN_STRINGS } from '../../src/audio/synth/guitar';
import { pluck } from '../../src/audio/synth/karplus';
import { estimatePitch, peakOf, rmsOf, sameBytes } from './helpers';

const SR = 22050;
const string = (freq: number, seed = 1): Float32Array =>
  pluck({ freq, sr: SR, seconds: 1.2, t60: 3, brightness: 0.3, position: 0.14, seed });

describe('Karplus–Strong string', () => {
  it('plays A2 at 110 Hz (within 2%)', () => {
    const f = estimatePitch(string(110).subarray(Math.round(0.2 * SR), Math.round(0.7 * SR)), SR);
    expect(Math.abs(f / 110 - 1)).toBeLessThan(0.02);
  });

  it.each([82.41, 146.83, 329.63, 659.26])('is in tune at %f Hz (fractional delay)', (freq) => {
    const f = estimatePitch(string(freq).subarray(Math.round(0.2 * SR), Math.round(0.6 * SR)), SR, 60, 1200);
    expect(Math.abs(f / freq - 1)).toBeLessThan(0.01);
  });

  it('decays, and a muted string dies fast', () => {
    const b = string(196);
    expect(rmsOf(b, SR, Math.round(1.1 * SR))).toBeLessThan(rmsOf(b, 0, Math.round(0.1 * SR)) * 0.5);
    const muted = pluck({ freq: 196, sr: SR, seconds: 1.2, t60: 3, brightness: 0.3, position: 0.14, seed: 1, muteAt: 0.2, muteT60: 0.05 });
    expect(rmsOf(muted, Math.round(0.4 * SR), Math.round(0.5 * SR))).toBeLessThan(1e-3);
  });

  it('is deterministic per seed, different across seeds, never above full scale', () => {
    expect(sameBytes(string(110, 7), string(110, 7))).toBe(true);
    expect(sameBytes(string(110, 7), string(110, 8))).toBe(false);
    expect(peakOf(string(110))).toBeLessThanOrEqual(1);
  });

  it('tunes the guitar in standard tuning, frets in equal temperament', () => {
    expect(OPEN_STRINGS[1]).toBe(110);
    expect(fretFreq(1, 12)).toBeCloseTo(220, 6);
    expect(fretFreq(5, 5)).toBeCloseTo(440, 0);
  });
});
