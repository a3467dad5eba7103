// What each weapon sounds like, beside its rules (src/sim/weapons.ts) and its look
// (src/render/weapon-looks.ts): one Record over every WeaponId, so a weapon row without its sounds
// is a type error; a mod's weapon (defineWeapon) registers them with defineWeaponSound.
import type { WeaponId } from '../sim';
import type { SoundName } from './sound-bank';

export interface WeaponSound {
  /** The shot (for the never-fired grenade and case: their throw, unused here). */
  readonly shot: SoundName;
  /** Pitch spread of the shot: fast guns need more, or fifteen rounds a second sound like one loop. */
  readonly pitchSpread: number;
  /** A spent case rings on the floor after each shot (revolvers keep theirs, the shotgun its shells). */
  readonly casing: boolean;
  /** A reload starting and done: magazines swapped, or the sawed-off broken open and snapped shut. */
  readonly reloadStart: SoundName;
  readonly reloadDone: SoundName;
  /**
   * Taken in hand: the Wildey's scope clicks; the sleeve pistols have their own draw (null); any
   * other gun rattles ('pickup', not again when it was just picked up, which rattled already).
   */
  readonly raise: SoundName | null;
}

const GUN: Omit<WeaponSound, 'shot'> = { pitchSpread: 0.03, casing: true, reloadStart: 'reloadStart', reloadDone: 'reloadDone', raise: 'pickup' };

const SOUNDS: Record<WeaponId, WeaponSound> = {
  sleevePistols: { ...GUN, shot: 'sleevePistol', raise: null },
  pistol: { ...GUN, shot: 'pistol' },
  revolver: { ...GUN, shot: 'revolver', casing: false },
  deagle: { ...GUN, shot: 'deagle' },
  sawedOff: { ...GUN, shot: 'sawedOff', casing: false, reloadStart: 'shotgunOpen', reloadDone: 'shotgunClose' },
  wildey: { ...GUN, shot: 'wildey', raise: 'scopeIn' },
  campaCase: { ...GUN, shot: 'campaShot', pitchSpread: 0.05 },
  quinoCase: { ...GUN, shot: 'rocketLaunch', casing: false },
  knife: { ...GUN, shot: 'knifeWhoosh', casing: false },
  // Never fired: thrown (ARSENAL_SOUND, CASE_SOUND play their throws).
  grenade: { ...GUN, shot: 'grenadeThrow' },
  guitarCase: { ...GUN, shot: 'grenadeThrow' },
};

export function soundOf(weapon: WeaponId): WeaponSound {
  return SOUNDS[weapon];
}

/** Registers the sounds of a weapon a mod added with defineWeapon (src/sim/weapons.ts). */
export function defineWeaponSound(weapon: WeaponId, sound: WeaponSound): void {
  if (Object.prototype.hasOwnProperty.call(SOUNDS, weapon)) throw new Error(`weapon "${weapon}" already has sounds`);
  SOUNDS[weapon] = sound;
}
