// What did the harm, carried on `hit` and `death` events for the kill-cam and the results' "Killed
// by": a gun's round (with the gun), a blast (the grenade or the rocket case), fire, the car's ram,
// a fall, knives, a knock-down. Output only: nothing in the sim reads it back, and events are not hashed.
import type { WeaponId } from './weapons';

export type HarmCause = 'round' | 'blast' | 'fire' | 'ram' | 'fall' | 'knife' | 'knockdown';

export interface Harm {
  readonly cause: HarmCause;
  /** The weapon behind it, when there is one (a round's gun, a blast's grenade or rocket). */
  readonly weapon: WeaponId | null;
}

/** Shared, frozen, made once per weapon (rows added later by defineWeapon too): a hit allocates nothing after the first. */
const ROUNDS: Partial<Record<WeaponId, Harm>> = {};
const BLASTS: Partial<Record<WeaponId, Harm>> = {};

function memo(table: Partial<Record<WeaponId, Harm>>, cause: HarmCause, weapon: WeaponId): Harm {
  return (table[weapon] ??= Object.freeze({ cause, weapon }));
}

export const roundOf = (weapon: WeaponId): Harm => memo(ROUNDS, 'round', weapon);
export const blastOf = (weapon: WeaponId): Harm => memo(BLASTS, 'blast', weapon);
export const FIRE: Harm = Object.freeze({ cause: 'fire', weapon: null });
export const RAM: Harm = Object.freeze({ cause: 'ram', weapon: null });
export const FALL: Harm = Object.freeze({ cause: 'fall', weapon: null });
export const KNIVES: Harm = Object.freeze({ cause: 'knife', weapon: 'knife' });
export const KNOCKDOWN: Harm = Object.freeze({ cause: 'knockdown', weapon: null });
/** Harm from someone whose weapon is not known (no gun in hand). */
export const UNARMED: Harm = Object.freeze({ cause: 'round', weapon: null });
