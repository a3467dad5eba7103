// Width of a string in game px as the pixel fonts draw it: the sum of each glyph's advance (measured
// from the sheets by render/font-data.ts, as Phaser's BitmapText lays them out) times the scale.
import { buildFont, buildTitleFont } from '../../src/art/font';
import { fontData } from '../../src/render/font-data';

const advances = {
  small: fontData('small', buildFont()).chars,
  title: fontData('title', buildTitleFont()).chars,
};

/** The widest line of `text`, in game px at `scale`; throws on a glyph the face lacks. */
export function measure(text: string, face: 'small' | 'title', scale: number): number {
  const chars = advances[face];
  let widest = 0;
  for (const line of text.split('\n')) {
    let w = 0;
    for (const ch of line) {
      const glyph = chars[ch.codePointAt(0)!];
      if (!glyph) throw new Error(`the ${face} face has no glyph for ${JSON.stringify(ch)} in "${line}"`);
      w += glyph.xAdvance;
    }
    widest = Math.max(widest, w * scale);
  }
  return widest;
}
