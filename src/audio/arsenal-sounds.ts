// Which existing sound stands in for each arsenal event. The `art` branch is writing the real
// sounds: re-point a name here (and in GUN_SOUND for the guns) and nothing else changes.
import type { SoundName } from './sound-bank';

export interface StandIn {
  readonly name: SoundName;
  /** Playback rate: below 1 makes a small sound big (a pistol crack slowed into a blast). */
  readonly rate: number;
  readonly gain: number;
}

export const ARSENAL_SOUND: Readonly<Record<'throw' | 'bounce' | 'explosion' | 'explosionDebris', StandIn>> = {
  throw: { name: 'dive', rate: 1.6, gain: 0.5 },
  bounce: { name: 'impactMetal', rate: 0.8, gain: 0.6 },
  explosion: { name: 'deagle', rate: 0.45, gain: 1 },
  explosionDebris: { name: 'impactStone', rate: 0.6, gain: 0.8 },
};

/** Guns that throw no brass: the shotgun's shells stay in the barrels, a rocket has none. */
export const NO_CASING: ReadonlySet<string> = new Set(['revolver', 'sawedOff', 'quinoCase', 'knife']);
