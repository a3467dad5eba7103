// The catalogue of sound effects: per name, how to render it, how loud it
// sits in the mix, and how many copies may overlap. The relative volumes
// here ARE the mix: guns on top, world and foley under them, UI soft.
import { SR } from './sounds/common';
import { casing, door, dive, footMetal, footSand, footStone, footWood, land, pickup, reloadDone, reloadStart, sleeveDraw } from './sounds/foley';
import { clearSting, deathSting, uiBack, uiMove, uiSelect } from './sounds/guitar-cues';
import { deagle, dryFire, pistol, revolver, sleevePistol } from './sounds/guns';
import { fireIgnite, knifeTell, knifeThunkStone, knifeThunkWood, knifeWhoosh, sizzle } from './sounds/hazards';
import { glassBreak, impactFlesh, impactGlass, impactMetal, impactStone, impactWood } from './sounds/impacts';
import { alertShout, death, hurt } from './sounds/voices';
import { campaShot, rocketLaunch, sawedOff, wildey } from './sounds/arsenal-guns';
import { carRam } from './sounds/car';
import { duelCue, duelFoul, duelStandoff, duelWin } from './sounds/duel-cues';
import { debris, explosion, explosionFar, grenadeBounce, grenadeThrow } from './sounds/explosives';
import { focusIn, focusOut } from './sounds/focus';
import { scopeIn, shotgunClose, shotgunOpen } from './sounds/gun-handling';
import { bodyThump, doorKick, glassShatter, tableCrash, tableThud } from './sounds/props';

export type SoundName =
  | 'sleevePistol' | 'pistol' | 'revolver' | 'deagle' | 'dryFire' | 'reloadStart' | 'reloadDone' | 'sleeveDraw'
  | 'dive' | 'land'
  | 'impactWood' | 'impactStone' | 'impactGlass' | 'impactMetal' | 'impactFlesh' | 'glassBreak'
  | 'footWood0' | 'footWood1' | 'footSand0' | 'footSand1' | 'footStone0' | 'footStone1' | 'footMetal0' | 'footMetal1'
  | 'door' | 'alertShout' | 'death' | 'hurt' | 'pickup'
  | 'uiMove' | 'uiSelect' | 'uiBack'
  | 'clearSting' | 'deathSting' | 'casing'
  | 'fireIgnite' | 'sizzle' | 'knifeTell' | 'knifeWhoosh' | 'knifeThunkWood' | 'knifeThunkStone'
  | 'sawedOff' | 'wildey' | 'campaShot' | 'rocketLaunch' | 'shotgunOpen' | 'shotgunClose' | 'scopeIn'
  | 'grenadeThrow' | 'grenadeBounce' | 'explosion' | 'explosionFar' | 'debris'
  | 'glassShatter' | 'tableCrash' | 'tableThud' | 'doorKick' | 'bodyThump' | 'focusIn' | 'focusOut'
  | 'carRam' | 'duelStandoff' | 'duelCue' | 'duelWin' | 'duelFoul';

export interface SoundRecipe {
  /** Renders variant `v` (0 ≤ v < variants) as mono PCM at SFX_SAMPLE_RATE. Pure and deterministic. */
  readonly render: (v: number) => Float32Array;
  /** Rendered takes, played round-robin so repeats don't sound mechanical. */
  readonly variants: number;
  /** Default volume 0..1 before the player's settings. */
  readonly volume: number;
  /** Most copies playing at once; the oldest is cut for a new one. */
  readonly voices: number;
  /** Which volume slider it follows: the stings are music. */
  readonly bus: 'sfx' | 'music';
  /** Plays at its own speed in bullet time (the focus cues are the slowing, not inside it). */
  readonly unslowed?: boolean;
  /** Rendered just after boot rather than behind the boot bar: nothing on the title plays it. */
  readonly late?: boolean;
}

export const SFX_SAMPLE_RATE = SR;

const one = (render: () => Float32Array, volume: number, voices: number, bus: 'sfx' | 'music' = 'sfx'): SoundRecipe =>
  ({ render: () => render(), variants: 1, volume, voices, bus });
/** Rendered after the boot bar (SoundRecipe.late). */
const late = (r: SoundRecipe): SoundRecipe => ({ ...r, late: true });
const takes = (render: (v: number) => Float32Array, variants: number, volume: number, voices: number): SoundRecipe =>
  ({ render, variants, volume, voices, bus: 'sfx' });

export const SOUND_BANK: Readonly<Record<SoundName, SoundRecipe>> = {
  sleevePistol: { render: sleevePistol, variants: 3, volume: 0.85, voices: 6, bus: 'sfx' },
  pistol: one(pistol, 0.9, 4),
  revolver: one(revolver, 0.95, 3),
  deagle: one(deagle, 1, 3),
  dryFire: one(dryFire, 0.5, 2),
  reloadStart: one(reloadStart, 0.55, 2),
  reloadDone: one(reloadDone, 0.6, 2),
  sleeveDraw: one(sleeveDraw, 0.55, 2),
  dive: one(dive, 0.5, 2),
  land: one(land, 0.6, 2),
  impactWood: one(impactWood, 0.5, 4),
  impactStone: one(impactStone, 0.5, 4),
  impactGlass: one(impactGlass, 0.45, 3),
  impactMetal: one(impactMetal, 0.45, 3),
  impactFlesh: one(impactFlesh, 0.6, 4),
  glassBreak: one(glassBreak, 0.6, 3),
  footWood0: one(() => footWood(0), 0.25, 3),
  footWood1: one(() => footWood(1), 0.25, 3),
  footSand0: one(() => footSand(0), 0.25, 3),
  footSand1: one(() => footSand(1), 0.25, 3),
  footStone0: one(() => footStone(0), 0.25, 3),
  footStone1: one(() => footStone(1), 0.25, 3),
  footMetal0: one(() => footMetal(0), 0.25, 3),
  footMetal1: one(() => footMetal(1), 0.25, 3),
  door: one(door, 0.55, 2),
  alertShout: one(alertShout, 0.55, 2),
  death: one(death, 0.7, 3),
  hurt: one(hurt, 0.8, 2),
  pickup: one(pickup, 0.55, 2),
  uiMove: one(uiMove, 0.3, 2),
  uiSelect: one(uiSelect, 0.35, 2),
  uiBack: one(uiBack, 0.3, 2),
  clearSting: one(clearSting, 0.85, 1, 'music'),
  deathSting: one(deathSting, 0.85, 1, 'music'),
  casing: one(casing, 0.3, 4),
  fireIgnite: one(fireIgnite, 0.5, 2),
  sizzle: one(sizzle, 0.55, 2),
  knifeTell: one(knifeTell, 0.6, 2),
  knifeWhoosh: one(knifeWhoosh, 0.5, 5),
  knifeThunkWood: one(knifeThunkWood, 0.6, 4),
  knifeThunkStone: one(knifeThunkStone, 0.55, 4),
  // The arsenal, props, car and duel: rendered after boot (`late`), none of them plays on the title.
  // The guns as loud as the magnum, the blast the one thing louder and longer.
  sawedOff: late(takes(sawedOff, 2, 1, 3)),
  wildey: late(one(() => wildey(0), 1, 2)),
  campaShot: late(takes(campaShot, 4, 0.8, 6)),
  rocketLaunch: late(one(rocketLaunch, 0.85, 2)),
  shotgunOpen: late(one(shotgunOpen, 0.55, 1)),
  shotgunClose: late(one(shotgunClose, 0.6, 1)),
  scopeIn: late(one(scopeIn, 0.45, 1)),
  grenadeThrow: late(one(grenadeThrow, 0.5, 2)),
  grenadeBounce: late(takes(grenadeBounce, 3, 0.5, 3)),
  explosion: late(one(explosion, 1, 3)),
  explosionFar: late(one(explosionFar, 1, 2)),
  debris: late(one(debris, 0.5, 2)),
  // Props.
  glassShatter: late(one(glassShatter, 0.65, 2)),
  tableCrash: late(one(tableCrash, 0.65, 2)),
  tableThud: late(one(tableThud, 0.6, 2)),
  doorKick: late(one(doorKick, 0.7, 2)),
  bodyThump: late(one(bodyThump, 0.6, 3)),
  focusIn: late({ ...one(focusIn, 0.7, 1), unslowed: true }),
  focusOut: late({ ...one(focusOut, 0.6, 1), unslowed: true }),
  // The car (its engine is a loop, see game-audio.ts) and the duel.
  carRam: late(one(carRam, 0.75, 2)),
  duelStandoff: late(one(duelStandoff, 0.8, 1, 'music')),
  // The cue is a signal to act, not music: it stays audible with the music slider down.
  duelCue: late(one(duelCue, 0.8, 1)),
  duelWin: late(one(duelWin, 0.85, 1, 'music')),
  duelFoul: late(one(duelFoul, 0.85, 1, 'music')),
};

export const SOUND_NAMES = Object.keys(SOUND_BANK) as readonly SoundName[];

/** Renders one take of a sound. */
export function renderSound(name: SoundName, variant = 0): Float32Array {
  return SOUND_BANK[name].render(variant);
}
