// El's arsenal, off his body (DOOM's player_t beside its mobj_t): what he owns, the ammo he carries
// by type, what each of his guns holds, and the timers of drawing, reloading and alternating hands.
// His Actor is only a body (position, hp, aim, the gun visibly in hand and its trigger cooldown).
// Henchmen carry their one gun on their body (Actor.weapon and Actor.rounds): they are not players.
import { AMMO_IDS, SLEEVE_RESERVE, WEAPON_IDS, WEAPONS, type AmmoId, type WeaponId } from './weapons';

export interface PlayerState {
  /** Slot index up (input slot - 1): 0 sleeve pistols, 1 sawed-off, 2 Wildey, 3 the gun off the floor. */
  slot: number;
  /** El's own guns he has, a bit per slot index (slotBit); a gun stays owned when empty. */
  owned: number;
  /** Spare rounds by ammo type; grenades are counted here too. */
  ammo: Record<AmmoId, number>;
  /**
   * Rounds in the magazine of each of El's own guns (rows with a `slot`), one entry per gun: the
   * sleeve pistols are a pair ([left, right]), any other gun has one. Magazines belong to guns,
   * spares to ammo types: two guns on one type share spares but never a magazine.
   */
  loaded: Partial<Record<WeaponId, number[]>>;
  /** A gun picked up off the floor (null: none), in slot 4, and what it holds (it never reloads). */
  carried: WeaponId | null;
  carriedRounds: number;
  /** Which gun of a pair fires next: 0 left, 1 right. */
  hand: number;
  /** Ticks left of a reload (0: none under way). */
  reloadLeft: number;
  /** Ticks left while the sleeve pistols slide out. */
  drawLeft: number;
  /** Tick of El's last shot (-1: none yet): the first shot after a pause is steady (arsenal.ts). */
  lastShotTick: number;
}

/** Nothing owned but the guns up his sleeves, with full magazines and their spares (SLEEVE_RESERVE). */
export function createPlayerState(): PlayerState {
  const ammo = {} as Record<AmmoId, number>;
  for (const id of AMMO_IDS) ammo[id] = 0;
  const loaded: Partial<Record<WeaponId, number[]>> = {};
  let owned = 0;
  for (const id of WEAPON_IDS) {
    const def = WEAPONS[id];
    if (def.slot === undefined) continue;
    const full = def.sleeves ? def.magazine : 0;
    loaded[id] = def.dual ? [full, full] : [full];
    if (!def.sleeves) continue;
    owned |= 1 << def.slot;
    if (def.ammo !== undefined) ammo[def.ammo] = SLEEVE_RESERVE;
  }
  return { slot: 0, owned, ammo, loaded, carried: null, carriedRounds: 0, hand: 0, reloadLeft: 0, drawLeft: 0, lastShotTick: -1 };
}

/** The magazines of one of El's own guns (an empty list for any other gun). */
export function magazinesOf(p: PlayerState, weapon: WeaponId): readonly number[] {
  return p.loaded[weapon] ?? NONE;
}
const NONE: readonly number[] = Object.freeze([]);

/** Rounds loaded in all the magazines of one of El's own guns. */
export function loadedIn(p: PlayerState, weapon: WeaponId): number {
  const mags = magazinesOf(p, weapon);
  let n = 0;
  for (let i = 0; i < mags.length; i++) n += mags[i]!;
  return n;
}
