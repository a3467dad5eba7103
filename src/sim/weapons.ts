// Weapon definitions: the numbers behind every gun in the guitar case and in enemy hands.

export type WeaponId =
  | 'sleevePistols' | 'pistol' | 'revolver' | 'deagle'
  // The guitar case's arsenal, the other cases, and Navajas's knives (numbers are first guesses).
  | 'sawedOff' | 'wildey' | 'campaCase' | 'quinoCase' | 'knife'
  // Hand grenades: never fired, only thrown (arsenal.ts); the id names them as floor pickups.
  | 'grenade'
  // El's own guitar case once thrown ahead of him (case-throw.ts): a pickup that gives back its contents.
  | 'guitarCase';

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
}

/**
 * Every gun. Spread as a half-width in degrees (the README's weapon table lists them all):
 * sleeve pistols ±1.2°, .45 pistol ±1.8°, revolver ±1.4°, Desert Eagle ±1.1°, sawed-off ±13.2° per
 * pellet, Wildey ±0.2°, Campa's machine guns ±5.3°, Quino's rockets ±0.5°, knives 0°. Enemies add
 * their own aim error (archetypes.ts); El's first shot after a pause has no spread at all.
 */
export const WEAPONS: Readonly<Record<WeaponId, WeaponDef>> = {
  sleevePistols: {
    id: 'sleevePistols', name: 'Sleeve pistols', magazine: 8, cooldown: 7, reloadTicks: 54,
    damage: 2, bulletSpeed: 15, range: 520, spread: 14, loudness: 300, dual: true,
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
    pellets: 7, knockback: 0.9,
  },
  wildey: {
    id: 'wildey', name: 'Scoped Wildey magnum', magazine: 6, cooldown: 32, reloadTicks: 80,
    damage: 8, bulletSpeed: 24, range: 900, spread: 2, loudness: 460, dual: false,
    pierce: 1, knockback: 1.5,
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
  },
  // Thrown, not fired: damage and blastRadius are the explosion's; bulletSpeed the throw's.
  grenade: {
    id: 'grenade', name: 'Grenade', magazine: 1, cooldown: 24, reloadTicks: 0,
    damage: 8, bulletSpeed: 5, range: 0, spread: 0, loudness: 700, dual: false,
    blastRadius: 64,
  },
  // Never in hand: only a pickup (what it holds is in Pickup.contents). Numbers are unused.
  guitarCase: {
    id: 'guitarCase', name: 'Guitar case', magazine: 0, cooldown: 0, reloadTicks: 0,
    damage: 0, bulletSpeed: 0, range: 0, spread: 0, loudness: 0, dual: false,
  },
};

export const WEAPON_IDS = Object.keys(WEAPONS) as readonly WeaponId[];

/**
 * Ticks without firing after which El's next shot is steady (no spread): 18 ticks = 0.3 s, as
 * shooters reward a tapped first shot; rapid fire (the pistols' 7-tick rhythm) spreads.
 */
export const STEADY_TICKS = 18;

/** Ticks the sleeve pistols take to slide out when switched back to. */
export const SLEEVE_DRAW_TICKS = 14;
/** Spare rounds El carries for the sleeve pistols at the start of a level. */
export const SLEEVE_RESERVE = 48;
