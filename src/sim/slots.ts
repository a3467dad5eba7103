// El's weapon slots. The input asks for slots 1..4; world.player stores the 0-based index. Which
// of his own guns sits in a slot is the weapon rows' `slot` (weapons.ts); slot 4 is the floor gun's.
import { WEAPON_IDS, WEAPONS, weaponOfSlot, type WeaponId } from './weapons';

export const Slot = {
  Sleeves: 0,
  SawedOff: 1,
  Wildey: 2,
  /** Whatever he picked up off the floor: a henchman's gun, Campa's or Quino's case. */
  Carried: 3,
} as const;

/**
 * Slot indices in use: the built-in four, or more when a weapon row (a mod's) names a higher slot.
 * The input carries slots 1..7 (input.ts), so a row may use indices up to 6.
 */
export function slotCount(): number {
  let n = Slot.Carried + 1;
  for (const id of WEAPON_IDS) {
    const slot = WEAPONS[id].slot;
    if (slot !== undefined && slot >= n) n = slot + 1;
  }
  return n;
}

/** Bit of `PlayerState.owned` for a slot index. */
export function slotBit(slot: number): number {
  return 1 << slot;
}

/** The weapon a slot holds for El, or null when it holds none. */
export function weaponInSlot(p: { readonly carried: WeaponId | null }, slot: number): WeaponId | null {
  return slot === Slot.Carried ? p.carried : weaponOfSlot(slot);
}
