// Which gun for the shot: the sawed-off up close (a fan of seven pellets), the scoped Wildey far
// off or on the tough ones (one round downs a henchman anywhere; three stop the car), else the
// sleeve pistols. A gun with nothing left (loaded or spare) is never chosen; the Wildey keeps a
// few rounds back while the car still runs.
import { isCar } from '../../../sim/ai/car';
import { Slot } from '../../../sim/slots';
import { WEAPONS, type WeaponId } from '../../../sim/weapons';
import type { Actor, World } from '../../../sim/world';
import { anyCar } from './hazards';

/** Closer than this the sawed-off is the gun (its pellets spread about 13 degrees either side). */
export const SHOTGUN_RANGE = 64;
/** Farther than this the Wildey is the gun for an ordinary man. */
export const WILDEY_RANGE = 170;
/** Targets with this many hit points or more get the Wildey at any range. */
const TOUGH_HP = 6;
/** Wildey rounds kept for the car while it is still about (it takes three). */
const CAR_RESERVE = 4;

export function wildeyLeft(me: Actor): number {
  return me.wildeyRounds + me.wildeyReserve;
}

export function shellsLeft(me: Actor): number {
  return me.shells + me.shellReserve;
}

export function sleevesLeft(me: Actor): number {
  return me.magL + me.magR + me.reserve;
}

/** Whether El owns that slot (0-based). */
function owns(me: Actor, slot: number): boolean {
  return slot === Slot.Carried ? me.carried !== null : (me.owned & (1 << slot)) !== 0;
}

/** The weapon held in a slot (0-based). */
export function weaponOfSlot(me: Actor, slot: number): WeaponId | null {
  switch (slot) {
    case Slot.Sleeves: return 'sleevePistols';
    case Slot.SawedOff: return 'sawedOff';
    case Slot.Wildey: return 'wildey';
    default: return me.carried;
  }
}

/** Rounds ready to fire in the slot now (loaded, not spare). */
export function loadedIn(me: Actor, slot: number): number {
  switch (slot) {
    case Slot.Sleeves: return me.magL + me.magR;
    case Slot.SawedOff: return me.shells;
    case Slot.Wildey: return me.wildeyRounds;
    default: return me.carriedRounds;
  }
}

/** Whether the lieutenant (who drives the car) has yet to come into the world. */
function lieutenantToCome(world: World): boolean {
  const spawns = world.level.actors;
  for (let i = 0; i < spawns.length; i++) if (!world.spawned[i] && spawns[i]!.archetype === 'lieutenant') return true;
  return false;
}

/** The slot (0-based) to fight `t` with from `dist` pixels away. */
export function chooseSlot(world: World, me: Actor, t: Actor, dist: number): number {
  const car = isCar(t);
  const carAbout = anyCar(world) !== null || lieutenantToCome(world);
  const wildey = owns(me, Slot.Wildey) ? wildeyLeft(me) : 0;
  if (car && wildey > 0) return Slot.Wildey;
  if (dist < SHOTGUN_RANGE && owns(me, Slot.SawedOff) && shellsLeft(me) > 0 && !car) return Slot.SawedOff;
  const spare = carAbout ? wildey - CAR_RESERVE : wildey;
  if (spare > 0 && (dist > WILDEY_RANGE || t.hp >= TOUGH_HP)) return Slot.Wildey;
  if (sleevesLeft(me) > 0) return Slot.Sleeves;
  if (me.carried && me.carriedRounds > 0) return Slot.Carried;
  if (wildey > 0) return Slot.Wildey;
  if (owns(me, Slot.SawedOff) && shellsLeft(me) > 0) return Slot.SawedOff;
  return Slot.Sleeves;
}

/** The round speed of what a slot fires (for leading the aim). */
export function slotWeapon(me: Actor, slot: number): WeaponId {
  return weaponOfSlot(me, slot) ?? 'sleevePistols';
}

/** Reach of the gun in a slot, in pixels. */
export function slotRange(me: Actor, slot: number): number {
  return WEAPONS[slotWeapon(me, slot)].range;
}
