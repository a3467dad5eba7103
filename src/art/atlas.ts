// Packs named images into one atlas image (rows of shelves) and remembers where each frame is.
import { blankImage, blit, type PixelImage } from './pixel-sprite';

export interface AtlasFrame {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Atlas {
  readonly image: PixelImage;
  readonly frames: ReadonlyMap<string, AtlasFrame>;
}

/** One pixel of empty space around each frame keeps neighbours from bleeding when scaled. */
const PAD = 1;

export function packAtlas(images: ReadonlyMap<string, PixelImage>, width = 512): Atlas {
  const entries = [...images].sort((a, b) => b[1].h - a[1].h || a[0].localeCompare(b[0]));
  const placed = new Map<string, AtlasFrame>();
  let x = 0;
  let y = 0;
  let shelf = 0;
  for (const [name, img] of entries) {
    if (img.w + 2 * PAD > width) throw new Error(`atlas: ${name} (${img.w} px) is wider than the atlas`);
    if (x + img.w + 2 * PAD > width) {
      x = 0;
      y += shelf;
      shelf = 0;
    }
    placed.set(name, { x: x + PAD, y: y + PAD, w: img.w, h: img.h });
    x += img.w + 2 * PAD;
    shelf = Math.max(shelf, img.h + 2 * PAD);
  }
  const image = blankImage(width, Math.max(1, y + shelf));
  for (const [name, frame] of placed) blit(image, images.get(name)!, frame.x, frame.y);
  return { image, frames: placed };
}
