import { describe, expect, it } from 'vitest';
import { FpsWatch, SLOW_FOR_MS } from '../../src/render/fps-watch';
import { chooseRenderer, isSoftwareRenderer } from '../../src/render/renderer-choice';

describe('renderer choice', () => {
  it('software WebGL gets Canvas; a real GPU gets WebGL', () => {
    for (const gpu of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Microsoft Basic Render Driver',
      'Software Rasterizer',
    ]) {
      expect(isSoftwareRenderer(gpu), gpu).toBe(true);
      expect(chooseRenderer(null, gpu).kind).toBe('canvas');
    }
    for (const gpu of ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'Apple M1', 'Mesa Intel(R) UHD Graphics 620 (KBL GT2)', '']) {
      expect(chooseRenderer(null, gpu).kind, gpu).toBe('webgl');
    }
  });

  it('no WebGL at all is Canvas; the URL forces either', () => {
    expect(chooseRenderer(null, null).kind).toBe('canvas');
    expect(chooseRenderer('webgl', 'Google SwiftShader').kind).toBe('webgl');
    expect(chooseRenderer('canvas', 'Apple M1').kind).toBe('canvas');
    expect(chooseRenderer('bogus', 'Apple M1').kind).toBe('webgl');
  });
});

/** Feeds `seconds` of frames at `fps`; returns the first frame index at which the watch tripped, or -1. */
function feed(w: FpsWatch, fps: number, seconds: number): number {
  const n = Math.round(seconds * fps);
  for (let i = 0; i < n; i++) if (w.frame(1000 / fps)) return i;
  return -1;
}

describe('fps watch', () => {
  it('trips after 3 s under 30 fps, not before', () => {
    const w = new FpsWatch();
    expect(feed(w, 12, 2.5)).toBe(-1);
    expect(feed(w, 12, 1)).toBeGreaterThanOrEqual(0);
    expect(w.slow).toBe(true);
  });

  it('never trips at 30 fps or more, however long', () => {
    for (const fps of [30, 45, 60, 144]) expect(feed(new FpsWatch(), fps, 60), `${fps} fps`).toBe(-1);
  });

  it('a fast stretch in between starts the count again', () => {
    const w = new FpsWatch();
    expect(feed(w, 10, 2.5)).toBe(-1);
    expect(feed(w, 60, 1)).toBe(-1);
    expect(feed(w, 10, 2.5)).toBe(-1);
    expect(feed(w, 10, 1)).toBeGreaterThanOrEqual(0);
  });

  it('a stall (hidden tab, loading) is not a slow frame and resets the count', () => {
    const w = new FpsWatch();
    expect(feed(w, 10, 2.5)).toBe(-1);
    expect(w.frame(5000)).toBe(false);
    expect(feed(w, 10, 2.5)).toBe(-1);
  });

  it('a single hitch in smooth play is not slow', () => {
    const w = new FpsWatch();
    for (let s = 0; s < SLOW_FOR_MS / 100; s++) {
      expect(w.frame(400)).toBe(false);
      expect(feed(w, 60, 1)).toBe(-1);
    }
  });
});
