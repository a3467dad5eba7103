import { describe, expect, it } from 'vitest';
import { buildFont } from '../../src/art/font';
import { multiply } from '../../src/ui/font-colors';

describe('coloured fonts', () => {
  it('bake a colour the way a tint multiplies it, keeping alpha', () => {
    const font = buildFont({ shadow: true });
    const red = multiply(font.image, 0xe2434b);
    const wrong: number[] = [];
    let ink = 0;
    for (let i = 0; i < red.data.length; i += 4) {
      if (red.data[i + 3] !== font.image.data[i + 3]) wrong.push(i);
      if (font.image.data[i + 3] === 0) continue;
      ink++;
      const want = [0xe2, 0x43, 0x4b].map((c, k) => Math.round((font.image.data[i + k]! * c) / 255));
      if (want.some((v, k) => v !== red.data[i + k])) wrong.push(i);
    }
    expect(wrong).toEqual([]);
    expect(ink).toBeGreaterThan(500);
    // The glyphs' own colour is (near) white, so the baked text is (near) the colour asked for.
    const glyph = Array.from({ length: font.image.data.length / 4 }, (_, p) => p * 4).find((i) => font.image.data[i + 3] === 255 && font.image.data[i]! > 200)!;
    expect(Math.abs(red.data[glyph]! - 0xe2)).toBeLessThan(30);
  });
});
