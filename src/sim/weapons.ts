// Weapon definitions: the numbers behind every gun in the guitar case and in enemy hands.

export type WeaponId =
  | 'sleevePistols' | 'pistol' | 'revolver' | 'deagle'
  // The guitar case's arsenal, the other cases, and Navajas's knives (numbers are first guesses).
  | 'sawedOff' | 'wildey' | 'campaCase' | 'quinoCase' | 'knife'
  // Hand grenades: never fired, only thrown (arsenal.ts); the id names them as floor pickups.
  | 'grenade'
  // El's own guitar case once thrown ahead of him (case-throw.ts): a pickup that gives back its contents.
  | 'guitarCase';

/**
 * El's spare ammunition, by type (DOOM's ammotype_t): a gun of his reloads from its type, so two
 * guns on one type share the spares while each keeps its own magazine. Grenades are their own type.
 */
export type AmmoId = 'pistolRound' | 'shell' | 'magnumRound' | 'grenade';
export const AMMO_IDS: readonly AmmoId[] = ['pistolRound', 'shell', 'magnumRound', 'grenade'];

export interface WeaponDef {
  readonly id: WeaponId;
  readonly name: string;
  /** Rounds per magazine (for the dual sleeve pistols: per pistol). */
  readonly magazine: number;
  /** Ticks between shots (for the sleeve pistols: between alternating shots). */
  readonly cooldown: number;
  /** Ticks a full reload takes (0 = cannot be reloaded, as with a gun picked up off the floor). */
  readonly reloadTicks: number;
  readonly damage: number;
  /** Bullet speed in pixels per tick. */
  readonly bulletSpeed: number;
  /** Bullet range in pixels before it drops. */
  readonly range: number;
  /**
   * Half-width of random spread in angle units (1/4096 turn; 1 unit = 0.088 degrees). El's first
   * shot after STEADY_TICKS without firing has none (a fan of pellets always spreads).
   */
  readonly spread: number;
  /** Radius in pixels within which the shot is heard. */
  readonly loudness: number;
  /** Two guns fired alternately from the sleeves. */
  readonly dual: boolean;
  /** Projectiles per trigger pull, each with its own spread (default 1: the sawed-off fires a fan). */
  readonly pellets?: number;
  /** Bodies a round passes through before the next one stops it (default 0). */
  readonly pierce?: number;
  /** Knock-back speed (pixels per tick) given to whoever a round hits (default 0). */
  readonly knockback?: number;
  /** Explodes where it stops with this radius in pixels (default 0: no blast); damage = `damage`. */
  readonly blastRadius?: number;
  /**
   * One of El's own guns: its slot index (input slot - 1; Slot.Carried is the floor gun's, never a
   * row's). Owned ones are switched to by slot; absent: a gun El only ever picks up off the floor.
   */
  readonly slot?: number;
  /** The spare ammo El reloads it from (his own guns), or that a stowed pickup of it adds to. */
  readonly ammo?: AmmoId;
  /** Up El's sleeves, not in the case: slides out when drawn, stays with him when the case is thrown. */
  readonly sleeves?: boolean;
  /** A pickup of it goes into the case as spare `ammo` (grenades), not into his hand. */
  readonly stowed?: boolean;
  /** One barrel per round (the sawed-off): a shot's `hand` says which barrel fired. */
  readonly perBarrel?: boolean;
  /** A round that stops at a wall stays stuck in it (a thrown blade): a `knifeStick` event. */
  readonly sticks?: boolean;
  /** Goes with its owner when he dies instead of falling to the floor (Navajas's knives). */
  readonly keptOnDeath?: boolean;
}

/**
 * Every gun. Spread as a half-width in degrees (the README's weapon table lists them all):
 * sleeve pistols ±1.2°, .45 pistol ±1.8°, revolver ±1.4°, Desert Eagle ±1.1°, sawed-off ±13.2° per
 * pellet, Wildey ±0.2°, Campa's machine guns ±5.3°, Quino's rockets ±0.5°, knives 0°. Enemies add
 * their own aim error (archetypes.ts); El's first shot after a pause has no spread at all.
 */
const TABLE: Record<WeaponId, WeaponDef> = {
  sleevePistols: {
    id: 'sleevePistols', name: 'Sleeve pistols', magazine: 8, cooldown: 7, reloadTicks: 54,
    damage: 2, bulletSpeed: 15, range: 520, spread: 14, loudness: 300, dual: true,
    slot: 0, ammo: 'pistolRound', sleeves: true,
  },
  pistol: {
    id: 'pistol', name: '.45 pistol', magazine: 7, cooldown: 16, reloadTicks: 0,
    damage: 2, bulletSpeed: 13, range: 460, spread: 20, loudness: 280, dual: false,
  },
  revolver: {
    id: 'revolver', name: 'Revolver', magazine: 6, cooldown: 22, reloadTicks: 0,
    damage: 3, bulletSpeed: 14, range: 480, spread: 16, loudness: 300, dual: false,
  },
  deagle: {
    id: 'deagle', name: 'Desert Eagle', magazine: 7, cooldown: 24, reloadTicks: 0,
    damage: 4, bulletSpeed: 16, range: 560, spread: 12, loudness: 340, dual: false,
  },
  sawedOff: {
    id: 'sawedOff', name: 'Sawed-off shotgun', magazine: 2, cooldown: 14, reloadTicks: 70,
    damage: 1, bulletSpeed: 12, range: 200, spread: 150, loudness: 520, dual: false,
    pellets: 7, knockback: 0.9, slot: 1, ammo: 'shell', perBarrel: true,
  },
  wildey: {
    id: 'wildey', name: 'Scoped Wildey magnum', magazine: 6, cooldown: 32, reloadTicks: 80,
    damage: 8, bulletSpeed: 24, range: 900, spread: 2, loudness: 460, dual: false,
    pierce: 1, knockback: 1.5, slot: 2, ammo: 'magnumRound',
  },
  campaCase: {
    id: 'campaCase', name: "Campa's guitar-case machine guns", magazine: 60, cooldown: 4, reloadTicks: 0,
    damage: 2, bulletSpeed: 15, range: 460, spread: 60, loudness: 420, dual: true,
  },
  quinoCase: {
    id: 'quinoCase', name: "Quino's rocket-launcher case", magazine: 4, cooldown: 60, reloadTicks: 0,
    damage: 10, bulletSpeed: 7, range: 600, spread: 6, loudness: 500, dual: false,
    blastRadius: 56,
  },
  knife: {
    id: 'knife', name: 'Throwing knives', magazine: 99, cooldown: 50, reloadTicks: 0,
    damage: 3, bulletSpeed: 5.5, range: 340, spread: 0, loudness: 60, dual: false,
    sticks: true, keptOnDeath: true,
  },
  // Thrown, not fired: damage and blastRadius are the explosion's; bulletSpeed the throw's.
  grenade: {
    id: 'grenade', name: 'Grenade', magazine: 1, cooldown: 24, reloadTicks: 0,
    damage: 8, bulletSpeed: 5, range: 0, spread: 0, loudness: 700, dual: false,
    blastRadius: 64, ammo: 'grenade', stowed: true,
  },
  // Never in hand: only a pickup (what it holds is in Pickup.contents). Numbers are unused.
  guitarCase: {
    id: 'guitarCase', name: 'Guitar case', magazine: 0, cooldown: 0, reloadTicks: 0,
    damage: 0, bulletSpeed: 0, range: 0, spread: 0, loudness: 0, dual: false,
  },
};

/** Every weapon row by id; rows are only ever added (defineWeapon), never changed. */
export const WEAPONS: Readonly<Record<WeaponId, WeaponDef>> = TABLE;

const IDS = Object.keys(TABLE) as WeaponId[];
/** Every weapon id, in the order the rows were defined. */
export const WEAPON_IDS: readonly WeaponId[] = IDS;

/**
 * Adds a weapon row, as a mod would (the test fixture's extra gun): everything the sim does with a
 * gun follows from its row, so nothing else changes. Register before creating a world (a world's
 * arsenal lists El's own guns when it is made); the render and audio sides register the row's
 * look and sound the same way. The id must be new: rows never change under a running world.
 */
export function defineWeapon(def: WeaponDef): void {
  if (Object.prototype.hasOwnProperty.call(TABLE, def.id)) throw new Error(`weapon "${def.id}" is already defined`);
  if (def.slot !== undefined && IDS.some((id) => TABLE[id].slot === def.slot)) {
    throw new Error(`weapon "${def.id}": slot ${def.slot} already holds another gun`);
  }
  TABLE[def.id] = def;
  IDS.push(def.id);
}

/** El's own gun in slot index `slot` (sleeves or case), or null if no row names that slot. */
export function weaponOfSlot(slot: number): WeaponId | null {
  for (let i = 0; i < IDS.length; i++) if (TABLE[IDS[i]!].slot === slot) return IDS[i]!;
  return null;
}

/**
 * Ticks without firing after which El's next shot is steady (no spread): 18 ticks = 0.3 s, as
 * shooters reward a tapped first shot; rapid fire (the pistols' 7-tick rhythm) spreads.
 */
export const STEADY_TICKS = 18;

/** Ticks the sleeve pistols take to slide out when switched back to. */
export const SLEEVE_DRAW_TICKS = 14;
/** Spare rounds El carries for the sleeve pistols at the start of a level (world.player.ammo). */
export const SLEEVE_RESERVE = 48;
