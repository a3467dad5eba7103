// The time of day of each place (ART.md "Places"): how dark the open air and the interiors are, the
// colour of the dark, and where the sun (or the moon) throws the walls' shadows. Pure data plus the
// shadow maths, so the baked light can be tested without a browser.
import { Cell, type LevelData } from '../sim';

export interface Sun {
  /** Direction the shadows fall, in pixels per pixel of length (need not be normalised). */
  readonly dx: number;
  readonly dy: number;
  /** How far a wall's shadow reaches, in pixels; low cover throws a third of that. */
  readonly length: number;
  /** Darkness added inside a shadow (0..1). */
  readonly alpha: number;
}

export interface Mood {
  /** Darkness over open-air floors and over interiors (0..1). */
  readonly outdoor: number;
  readonly indoor: number;
  /** Colour of the dark (r, g, b). */
  readonly ink: readonly [number, number, number];
  readonly sun: Sun | null;
}

const INK: Mood['ink'] = [13, 11, 24];

/** The bar's look, and any level not listed: dusk outside, lamp-lit shade inside. */
export const DEFAULT_MOOD: Mood = { outdoor: 0.16, indoor: 0.42, ink: INK, sun: null };

export const MOODS: Readonly<Record<string, Mood>> = {
  bar: DEFAULT_MOOD,
  // Hot noon: white glare outside, hard shadows thrown south-east; a cool dim nave.
  church: { outdoor: 0, indoor: 0.3, ink: [31, 26, 36], sun: { dx: 0.45, dy: 1, length: 11, alpha: 0.34 } },
  // Night: moonlit roofs in deep blue, the shop darker still; the fire is the light (HazardView).
  rooftops: { outdoor: 0.66, indoor: 0.72, ink: [8, 12, 50], sun: { dx: -0.5, dy: 1, length: 7, alpha: 0.25 } },
  // Harsh afternoon sun on sand: no haze, sharp shadows to the east.
  street: { outdoor: 0, indoor: 0.36, ink: [31, 26, 36], sun: { dx: 1, dy: 0.55, length: 15, alpha: 0.32 } },
  // Dusk: a purple dark and long low shadows toward the east.
  ranch: { outdoor: 0.24, indoor: 0.46, ink: [42, 26, 58], sun: { dx: 1, dy: 0.3, length: 24, alpha: 0.28 } },
};

export function moodOf(levelId: string): Mood {
  return MOODS[levelId] ?? DEFAULT_MOOD;
}

/** What throws a shadow: a full shadow for walls and closed doors, a short one for low cover. */
function caster(c: number): number {
  return c === Cell.Wall || c === Cell.DoorClosed ? 1 : c === Cell.Cover ? 1 / 3 : 0;
}

/**
 * Shadow darkness (0..1) at pixel (px, py): whether, walking back toward the sun from here, a
 * caster is met within its reach. Casters do not shade themselves (their own art has a top edge).
 */
export function shadowAt(level: LevelData, sun: Sun, px: number, py: number): number {
  const T = level.tileSize;
  const cx = Math.floor(px / T);
  const cy = Math.floor(py / T);
  if (caster(level.cells[cy * level.width + cx] ?? 0) > 0) return 0;
  const norm = Math.sqrt(sun.dx * sun.dx + sun.dy * sun.dy);
  const ux = sun.dx / norm;
  const uy = sun.dy / norm;
  for (let d = 1; d <= sun.length; d += 1) {
    const x = Math.floor((px - ux * d) / T);
    const y = Math.floor((py - uy * d) / T);
    if (x < 0 || y < 0 || x >= level.width || y >= level.height) return 0;
    const reach = caster(level.cells[y * level.width + x]!) * sun.length;
    if (reach > 0) return d <= reach ? sun.alpha : 0;
  }
  return 0;
}
