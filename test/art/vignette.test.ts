import { describe, expect, it } from 'vitest';
import { vignetteImage } from '../../src/art/vignette';

const alphaAt = (img: ReturnType<typeof vignetteImage>, x: number, y: number) => img.data[(y * img.w + x) * 4 + 3]!;

describe('bullet time vignette', () => {
  const img = vignetteImage(320, 180);

  it('is clear in the middle and darkest in the corners', () => {
    expect(alphaAt(img, 160, 90)).toBe(0);
    expect(alphaAt(img, 0, 0)).toBe(255);
    expect(alphaAt(img, 319, 179)).toBe(255);
    // The middle of an edge is shaded, less than a corner.
    expect(alphaAt(img, 0, 90)).toBeGreaterThan(0);
    expect(alphaAt(img, 0, 90)).toBeLessThan(255);
  });

  it('rises without steps from the middle to a corner, the same on every side', () => {
    let last = -1;
    for (let i = 0; i <= 100; i++) {
      const a = alphaAt(img, Math.round(160 - 1.6 * i), Math.round(90 - 0.9 * i));
      expect(a).toBeGreaterThanOrEqual(last);
      expect(a - Math.max(0, last)).toBeLessThan(20);
      last = a;
    }
    expect(alphaAt(img, 10, 20)).toBe(alphaAt(img, 309, 159));
  });
});
