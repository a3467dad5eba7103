// El's weapon slots. The input asks for slots 1..4; the actor stores the 0-based index.
import type { WeaponId } from './weapons';

export const Slot = {
  Sleeves: 0,
  SawedOff: 1,
  Wildey: 2,
  /** Whatever he picked up off the floor: a henchman's gun, Campa's or Quino's case. */
  Carried: 3,
} as const;

export const SLOT_COUNT = 4;

/** Bit of `Actor.owned` for a slot index. */
export function slotBit(slot: number): number {
  return 1 << slot;
}

/** The weapon a slot holds for this actor, or null when it holds none. */
export function weaponInSlot(a: { readonly carried: WeaponId | null }, slot: number): WeaponId | null {
  switch (slot) {
    case Slot.Sleeves:
      return 'sleevePistols';
    case Slot.SawedOff:
      return 'sawedOff';
    case Slot.Wildey:
      return 'wildey';
    default:
      return a.carried;
  }
}
