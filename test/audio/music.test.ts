import { describe, expect, it } from 'vitest';
import { COMBAT_BPM, COMBAT_SECONDS } from '../../src/audio/music/combat';
import { MUSIC_SAMPLE_RATE, MUSIC_TRACKS, renderMusic } from '../../src/audio/music';
import { wrapTail } from '../../src/audio/music/loop';
import { MENU_BPM, MENU_SECONDS } from '../../src/audio/music/menu';
import { encodeWav } from '../../src/audio/wav';
import { peakOf, rmsOf } from './helpers';

const SR = MUSIC_SAMPLE_RATE;
const loops = new Map(MUSIC_TRACKS.map((t) => [t, renderMusic(t, SR)]));

describe('music loops', () => {
  it('have the tempo and length asked for', () => {
    expect(MENU_BPM).toBeGreaterThanOrEqual(70);
    expect(MENU_BPM).toBeLessThanOrEqual(80);
    expect(MENU_SECONDS).toBeGreaterThanOrEqual(16);
    expect(MENU_SECONDS).toBeLessThanOrEqual(24);
    expect(COMBAT_BPM).toBe(140);
    expect(COMBAT_SECONDS).toBeGreaterThanOrEqual(14);
    expect(COMBAT_SECONDS).toBeLessThanOrEqual(18);
    expect(loops.get('menu')!.length).toBe(Math.round(MENU_SECONDS * SR));
    expect(loops.get('combat')!.length).toBe(Math.round(COMBAT_SECONDS * SR));
  });

  it.each(MUSIC_TRACKS)('%s is audible, unclipped and deterministic', (track) => {
    const b = loops.get(track)!;
    expect(b.every(Number.isFinite)).toBe(true);
    expect(peakOf(b)).toBeLessThanOrEqual(0.9 + 1e-6);
    expect(rmsOf(b)).toBeGreaterThan(0.05);
    const again = renderMusic(track, SR);
    expect(Buffer.from(encodeWav(again, SR)).equals(Buffer.from(encodeWav(b, SR)))).toBe(true);
  });

  it.each(MUSIC_TRACKS)('%s loops seamlessly: the end flows into the start', (track) => {
    const b = loops.get(track)!;
    const n = b.length;
    // Sample continuity: the first sample is where the last few were heading (no click).
    const w5 = Math.round(0.005 * SR);
    let step = 0;
    for (let i = n - w5; i < n - 1; i++) step += Math.abs(b[i + 1]! - b[i]!);
    step /= w5 - 1;
    const predicted = 2 * b[n - 1]! - b[n - 2]!;
    expect(Math.abs(b[0]! - predicted)).toBeLessThan(4 * step + 0.003);
    // Energy continuity: the ringing tail carries on over the seam (no gap, no jump).
    const w20 = Math.round(0.02 * SR);
    const end = rmsOf(b, n - w20, n);
    const start = rmsOf(b, 0, w20);
    expect(end).toBeGreaterThan(0.005);
    expect(start / end).toBeGreaterThan(1 / 3);
    expect(start / end).toBeLessThan(3);
    // Nothing unusual about the seam compared with the music around it: no jump bigger than the usual sample step.
    let maxStep = 0;
    for (let i = 1; i < Math.round(0.5 * SR); i++) maxStep = Math.max(maxStep, Math.abs(b[i]! - b[i - 1]!));
    expect(Math.abs(b[0]! - b[n - 1]!)).toBeLessThan(maxStep);
  });

  it('wraps the tail onto the start', () => {
    const long = Float32Array.from([1, 2, 3, 4, 5, 6, 7]);
    expect([...wrapTail(long, 5)]).toEqual([7, 9, 3, 4, 5]);
  });

  it('renders at other sample rates too (the runtime uses the AudioContext rate)', () => {
    const b = renderMusic('menu', 48000);
    expect(b.length).toBe(Math.round(MENU_SECONDS * 48000));
    expect(peakOf(b)).toBeLessThanOrEqual(0.9 + 1e-6);
  });
});
