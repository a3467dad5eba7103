// How each weapon looks, beside its rules (src/sim/weapons.ts): names and icons for the HUD, the
// sprite on the floor, how El holds it, how its rounds fly and what a shot does to the screen.
// One Record over every WeaponId, so a weapon row without a look is a type error; a mod's weapon
// (defineWeapon) registers its look with defineWeaponLook. Nothing here reaches the simulation.
import type { WeaponId } from '../sim';

/** Streak of a round in flight: ticks of travel behind the head (glow, core), core width in world px. */
export interface TracerShape {
  readonly tail: number;
  readonly head: number;
  readonly width: number;
}

export interface TracerColours {
  readonly glow: number;
  readonly core: number;
  readonly casing: number;
}

export interface WeaponLook {
  /** Short English name that fits the HUD: the HUD shows the catalogue's weapon.<id> (i18n), this only for a gun not catalogued yet. */
  readonly hudName: string;
  /** HUD icon frame (the ammo readout and the slot strip). */
  readonly icon: string;
  /** Icon of one loaded round in the HUD's magazine row. */
  readonly roundIcon: 'icon_round' | 'icon_shell';
  /** Frame of it lying on the floor. */
  readonly pickup: string;
  /** El's pose with it up: the twin sleeve-pistol stance, or one gun in both hands (frames `aim1`). */
  readonly elPose: 'twin' | 'one';
  /** How a round in flight is drawn: a tracer, a spinning blade sprite, or a rocket sprite with smoke (and its flame tracer). */
  readonly round: 'tracer' | 'blade' | 'rocket';
  readonly tracer: TracerShape;
  /** Its own tracer colours whoever fires it (the rocket's flame); absent: the shooter's side colours. */
  readonly tracerColours?: TracerColours;
  /** A spent case flies out of the gun with each shot (revolvers and break-open guns keep theirs). */
  readonly ejectsShell: boolean;
  /** El's shot with it kicks the camera hard. */
  readonly heavyKick: boolean;
  /** Held up, the camera looks further ahead through its scope. */
  readonly scoped: boolean;
}

const TRACER: TracerShape = { tail: 1.6, head: 0.5, width: 1 };

const GUN: Omit<WeaponLook, 'hudName' | 'icon' | 'pickup'> = {
  roundIcon: 'icon_round', elPose: 'twin', round: 'tracer', tracer: TRACER, ejectsShell: true, heavyKick: false, scoped: false,
};

const LOOKS: Record<WeaponId, WeaponLook> = {
  sleevePistols: { ...GUN, hudName: 'Sleeve pistols', icon: 'icon_sleeve', pickup: 'pickup_sleeve' },
  pistol: { ...GUN, hudName: '.45 pistol', icon: 'icon_pistol', pickup: 'pickup_pistol' },
  revolver: { ...GUN, hudName: 'Revolver', icon: 'icon_revolver', pickup: 'pickup_revolver' },
  deagle: { ...GUN, hudName: 'Desert Eagle', icon: 'icon_deagle', pickup: 'pickup_deagle' },
  sawedOff: {
    ...GUN, hudName: 'Sawed-off', icon: 'icon_sawedOff', pickup: 'pickup_sawedOff', roundIcon: 'icon_shell', elPose: 'one',
    // Buckshot: short pellets; the shells stay in the barrels until it is broken open.
    tracer: { tail: 0.7, head: 0.3, width: 1 }, ejectsShell: false, heavyKick: true,
  },
  wildey: {
    ...GUN, hudName: 'Wildey magnum', icon: 'icon_wildey', pickup: 'pickup_wildey',
    // The magnum: a long heavy line.
    tracer: { tail: 2.4, head: 0.9, width: 2 }, heavyKick: true, scoped: true,
  },
  campaCase: { ...GUN, hudName: 'Machine-gun case', icon: 'icon_campaCase', pickup: 'pickup_campaCase' },
  quinoCase: {
    ...GUN, hudName: 'Rocket case', icon: 'icon_quinoCase', pickup: 'pickup_quinoCase', round: 'rocket',
    // The rocket: a fat motor flame (its smoke is a trail of puffs, its body a sprite).
    tracer: { tail: 2.5, head: 0.6, width: 3 }, tracerColours: { glow: 0xf7a531, core: 0xfff3c4, casing: 0x7a1420 },
    ejectsShell: false, heavyKick: true,
  },
  knife: { ...GUN, hudName: 'Knives', icon: 'icon_knife', pickup: 'pickup_knife', round: 'blade', tracer: { tail: 0.8, head: 0.4, width: 1 } },
  // Never fired: thrown (grenade) or a pickup only (El's own case); the look covers the HUD and the floor.
  grenade: { ...GUN, hudName: 'Grenades', icon: 'icon_grenade', pickup: 'pickup_grenade' },
  guitarCase: { ...GUN, hudName: 'Guitar case', icon: 'icon_guitarCase', pickup: 'pickup_guitarCase' },
};

/** The look of a weapon (every built-in has one; a mod's from defineWeaponLook). */
export function lookOf(weapon: WeaponId): WeaponLook {
  return LOOKS[weapon];
}

/** Registers the look of a weapon a mod added with defineWeapon (src/sim/weapons.ts). */
export function defineWeaponLook(weapon: WeaponId, look: WeaponLook): void {
  if (Object.prototype.hasOwnProperty.call(LOOKS, weapon)) throw new Error(`weapon "${weapon}" already has a look`);
  LOOKS[weapon] = look;
}
