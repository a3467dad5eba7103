// The white flash of a figure that is hit (ART.md "Juice"): each body frame as a white silhouette,
// baked, because the Canvas renderer draws no tint fill. Frame name: `<frame>#hit`.
import { blankImage, type PixelImage } from '../pixel-sprite';

export function hitFrame(frame: string): string {
  return `${frame}#hit`;
}

/** `img` in white, keeping its alpha. */
export function flashImage(img: PixelImage): PixelImage {
  const out = blankImage(img.w, img.h);
  for (let i = 0; i < img.w * img.h; i++) {
    const a = img.data[i * 4 + 3]!;
    if (a === 0) continue;
    out.data.set([255, 255, 255, a], i * 4);
  }
  return out;
}

/** Whether a sprite is a figure's body (or the car) that can be hit: not legs, rims or effects. */
export function isHittableBody(name: string, prefixes: readonly string[]): boolean {
  if (name.startsWith('legs_') || name.includes('@') || name.includes('#')) return false;
  return name === 'car' || name === 'car_wreck' || prefixes.some((p) => name.startsWith(`${p}_`));
}
