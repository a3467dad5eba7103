// Ground marks that tell foe from friend by shape, not only by colour (issue 16, "Readable without
// colour"): a man fighting El stands on a pointed diamond (neon red), a friend or bystander on a
// ring of eight dots (silver). Both have an ink edge, so they read on bright sand and dark wood,
// and in grey-scale the diamond's corners and the dots' gaps still tell them apart (El's own ring
// is four arcs: marker.ts).
import { PALETTE_RGBA } from '../palette';
import { blankImage, type PixelImage } from '../pixel-sprite';

const SIZE = 31;
const C = (SIZE - 1) / 2;
/** Diamond's half-diagonal: its corners stick out past a man's shoulders and gun (radius 6). */
const DIAMOND = 13;
/** The dot ring's radius and each dot's. */
const RING = 9;
const DOT = 1.3;

type Rgba = readonly [number, number, number, number];

function paint(img: PixelImage, x: number, y: number, colour: Rgba): void {
  img.data.set(colour, (y * SIZE + x) * 4);
}

function hostileMarker(): PixelImage {
  const img = blankImage(SIZE, SIZE);
  const red = PALETTE_RGBA.get('e')!;
  const ink = PALETTE_RGBA.get('k')!;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const d = Math.abs(x - C) + Math.abs(y - C);
      // Only the four corners: the sides' middles are left out, so it reads as four arrowheads,
      // two pixels of red inked on both sides (dark-light-dark reads on sand, wood and in grey).
      const corner = Math.min(Math.abs(x - C), Math.abs(y - C)) <= 4;
      if (!corner) continue;
      if (d === DIAMOND || d === DIAMOND - 1) paint(img, x, y, red);
      else if (d === DIAMOND + 1 || d === DIAMOND - 2) paint(img, x, y, ink);
    }
  }
  return img;
}

function friendMarker(): PixelImage {
  const img = blankImage(SIZE, SIZE);
  const silver = PALETTE_RGBA.get('M')!;
  const ink = PALETTE_RGBA.get('k')!;
  // Eight dots at 45° steps; their centres from exact eighths of a turn (no trig needed).
  const h = RING * Math.SQRT1_2;
  const centres = [[RING, 0], [h, h], [0, RING], [-h, h], [-RING, 0], [-h, -h], [0, -RING], [h, -h]] as const;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let near = Infinity;
      for (const [cx, cy] of centres) near = Math.min(near, Math.hypot(x - C - cx, y - C - cy));
      if (near <= DOT) paint(img, x, y, silver);
      else if (near <= DOT + 1) paint(img, x, y, ink);
    }
  }
  return img;
}

export function teamMarkerSprites(): Map<string, PixelImage> {
  return new Map([['hostile_marker', hostileMarker()], ['friend_marker', friendMarker()]]);
}
