// Which sprite shows a gun lying on the floor, and its glint: pure, so a test can check that every
// weapon that can be dropped has a sprite (test/render/render-frames.test.ts).
import type { WeaponId } from '../sim';
import { lookOf } from './weapon-looks';

export function pickupFrame(weapon: WeaponId): string {
  return lookOf(weapon).pickup;
}

/** The glint's four frames over the first 0.4 s of its one-second cycle; null when it rests. */
export function glintFrame(phase: number): string | null {
  return phase < 0.4 ? `glint${Math.min(3, Math.floor(phase * 10))}` : null;
}
