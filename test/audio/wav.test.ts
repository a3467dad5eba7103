import { describe, expect, it } from 'vitest';
import { encodeWav } from '../../src/audio/wav';

describe('encodeWav', () => {
  const pcm = Float32Array.from([0, 0.5, -0.5, 1, -1, 2, -2]);
  const bytes = encodeWav(pcm, 22050);
  const view = new DataView(bytes.buffer);
  const text = (at: number, n: number): string => String.fromCharCode(...bytes.subarray(at, at + n));

  it('writes a canonical 16-bit mono PCM header', () => {
    expect(bytes.length).toBe(44 + pcm.length * 2);
    expect(text(0, 4)).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(bytes.length - 8);
    expect(text(8, 4)).toBe('WAVE');
    expect(text(12, 4)).toBe('fmt ');
    expect(view.getUint32(16, true)).toBe(16);
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(22050);
    expect(view.getUint32(28, true)).toBe(44100); // byte rate
    expect(view.getUint16(32, true)).toBe(2); // block align
    expect(view.getUint16(34, true)).toBe(16);
    expect(text(36, 4)).toBe('data');
    expect(view.getUint32(40, true)).toBe(pcm.length * 2);
  });

  it('stores samples little-endian, full scale, clamped', () => {
    const s = (i: number): number => view.getInt16(44 + i * 2, true);
    expect([s(0), s(1), s(2), s(3), s(4), s(5), s(6)]).toEqual([0, 16384, -16384, 32767, -32768, 32767, -32768]);
  });
});
