// Which sound each arsenal event plays, and how: one place to retune the grenades and blasts.
import type { SoundName } from './sound-bank';

export interface Cue {
  readonly name: SoundName;
  /** Playback rate (before the per-event variation). */
  readonly rate: number;
  readonly gain: number;
}

export const ARSENAL_SOUND: Readonly<Record<'throw' | 'bounce' | 'explosion' | 'explosionFar' | 'explosionDebris', Cue>> = {
  throw: { name: 'grenadeThrow', rate: 1, gain: 1 },
  bounce: { name: 'grenadeBounce', rate: 1, gain: 1 },
  explosion: { name: 'explosion', rate: 1, gain: 1 },
  explosionFar: { name: 'explosionFar', rate: 1, gain: 1 },
  explosionDebris: { name: 'debris', rate: 1, gain: 1 },
};

/**
 * Distances (px) over which a blast turns from the near sound into the dull far one: the mixer
 * has no filters, so the two renders are crossfaded by distance instead.
 */
export const BLAST_NEAR = 220;
export const BLAST_FAR = 760;

/** Share (0..1) of the near blast heard at distance d; the far one gets the rest. */
export function nearShare(d: number): number {
  const u = Math.min(1, Math.max(0, (d - BLAST_NEAR) / (BLAST_FAR - BLAST_NEAR)));
  return 1 - u * u * (3 - 2 * u);
}
