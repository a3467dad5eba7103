// Which gun for the shot: the sawed-off up close (a fan of seven pellets), the scoped Wildey far
// off or on the tough ones (one round downs a henchman anywhere; three stop the car), else the
// sleeve pistols. A gun with nothing left (loaded or spare) is never chosen; the Wildey keeps a
// few rounds back while the car still runs.
import {
  ARCHETYPES, isVehicle, loadedIn as gunLoaded, Slot, weaponOfSlot as ownGunInSlot, WEAPONS, type Actor, type PlayerState,
  type WeaponId, type World,
} from '../../../sim';
import { anyCar } from './hazards';

/** Closer than this the sawed-off is the gun (its pellets spread about 13 degrees either side). */
export const SHOTGUN_RANGE = 64;
/** Farther than this the Wildey is the gun for an ordinary man. */
export const WILDEY_RANGE = 170;
/** Targets with this many hit points or more get the Wildey at any range. */
const TOUGH_HP = 6;
/** Wildey rounds kept for the car while it is still about (it takes three). */
const CAR_RESERVE = 4;

/** Rounds loaded and spare for one of El's own guns. */
function roundsFor(p: PlayerState, weapon: WeaponId): number {
  const ammo = WEAPONS[weapon].ammo;
  return gunLoaded(p, weapon) + (ammo === undefined ? 0 : p.ammo[ammo]);
}

export function wildeyLeft(p: PlayerState): number {
  return roundsFor(p, 'wildey');
}

export function shellsLeft(p: PlayerState): number {
  return roundsFor(p, 'sawedOff');
}

export function sleevesLeft(p: PlayerState): number {
  return roundsFor(p, 'sleevePistols');
}

/** Whether El owns that slot (0-based). */
function owns(p: PlayerState, slot: number): boolean {
  return slot === Slot.Carried ? p.carried !== null : (p.owned & (1 << slot)) !== 0;
}

/** The weapon held in a slot (0-based). */
export function weaponOfSlot(p: PlayerState, slot: number): WeaponId | null {
  return slot === Slot.Carried ? p.carried : ownGunInSlot(slot);
}

/** Rounds ready to fire in the slot now (loaded, not spare). */
export function loadedIn(p: PlayerState, slot: number): number {
  if (slot === Slot.Carried) return p.carriedRounds;
  const weapon = ownGunInSlot(slot);
  return weapon === null ? 0 : gunLoaded(p, weapon);
}

/** Per level, the indices of its spawns that are cars (a level's spawns never change). */
const carSpawnsOf = new WeakMap<World['level'], number[]>();

function carSpawns(level: World['level']): number[] {
  let list = carSpawnsOf.get(level);
  if (!list) {
    list = [];
    const spawns = level.actors;
    for (let i = 0; i < spawns.length; i++) if (ARCHETYPES[spawns[i]!.archetype].vehicle === true) list.push(i);
    carSpawnsOf.set(level, list);
  }
  return list;
}

/** A car still to spawn (the lieutenant's, on the ranch). */
function carToCome(world: World): boolean {
  const cars = carSpawns(world.level);
  for (let k = 0; k < cars.length; k++) if (!world.spawned[cars[k]!]) return true;
  return false;
}

/** The slot (0-based) to fight `t` with from `dist` pixels away. */
export function chooseSlot(world: World, t: Actor, dist: number): number {
  const p = world.player;
  const car = isVehicle(t);
  const wildey = owns(p, Slot.Wildey) ? wildeyLeft(p) : 0;
  if (car && wildey > 0) return Slot.Wildey;
  if (dist < SHOTGUN_RANGE && owns(p, Slot.SawedOff) && shellsLeft(p) > 0 && !car) return Slot.SawedOff;
  // Whether a car is about is asked only when there are Wildey rounds to keep back from it.
  const spare = wildey > 0 && (anyCar(world) !== null || carToCome(world)) ? wildey - CAR_RESERVE : wildey;
  if (spare > 0 && (dist > WILDEY_RANGE || t.hp >= TOUGH_HP)) return Slot.Wildey;
  if (sleevesLeft(p) > 0) return Slot.Sleeves;
  if (p.carried && p.carriedRounds > 0) return Slot.Carried;
  if (wildey > 0) return Slot.Wildey;
  if (owns(p, Slot.SawedOff) && shellsLeft(p) > 0) return Slot.SawedOff;
  return Slot.Sleeves;
}

/** The round speed of what a slot fires (for leading the aim). */
export function slotWeapon(p: PlayerState, slot: number): WeaponId {
  return weaponOfSlot(p, slot) ?? 'sleevePistols';
}

/** Reach of the gun in a slot, in pixels. */
export function slotRange(p: PlayerState, slot: number): number {
  return WEAPONS[slotWeapon(p, slot)].range;
}
