// Which sprite shows a gun lying on the floor, and its glint: pure, so a test can check that every
// weapon that can be dropped has a sprite (test/render/render-frames.test.ts).
import type { WeaponId } from '../sim';

export function pickupFrame(weapon: WeaponId): string {
  return `pickup_${weapon === 'sleevePistols' ? 'sleeve' : weapon}`;
}

/** The glint's four frames over the first 0.4 s of its one-second cycle; null when it rests. */
export function glintFrame(phase: number): string | null {
  return phase < 0.4 ? `glint${Math.min(3, Math.floor(phase * 10))}` : null;
}
