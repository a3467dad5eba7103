// The catalogue of sound effects: per name, how to render it, how loud it
// sits in the mix, and how many copies may overlap. The relative volumes
// here ARE the mix: guns on top, world and foley under them, UI soft.
import { SR } from './sounds/common';
import { casing, door, dive, footSand, footWood, land, pickup, reloadDone, reloadStart, sleeveDraw } from './sounds/foley';
import { clearSting, deathSting, uiBack, uiMove, uiSelect } from './sounds/guitar-cues';
import { deagle, dryFire, pistol, revolver, sleevePistol } from './sounds/guns';
import { fireIgnite, knifeTell, knifeThunkStone, knifeThunkWood, knifeWhoosh, sizzle } from './sounds/hazards';
import { glassBreak, impactFlesh, impactGlass, impactMetal, impactStone, impactWood } from './sounds/impacts';
import { alertShout, death, hurt } from './sounds/voices';

export type SoundName =
  | 'sleevePistol' | 'pistol' | 'revolver' | 'deagle' | 'dryFire' | 'reloadStart' | 'reloadDone' | 'sleeveDraw'
  | 'dive' | 'land'
  | 'impactWood' | 'impactStone' | 'impactGlass' | 'impactMetal' | 'impactFlesh' | 'glassBreak'
  | 'footWood0' | 'footWood1' | 'footSand0' | 'footSand1'
  | 'door' | 'alertShout' | 'death' | 'hurt' | 'pickup'
  | 'uiMove' | 'uiSelect' | 'uiBack'
  | 'clearSting' | 'deathSting' | 'casing'
  | 'fireIgnite' | 'sizzle' | 'knifeTell' | 'knifeWhoosh' | 'knifeThunkWood' | 'knifeThunkStone';

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
}

export const SFX_SAMPLE_RATE = SR;

const one = (render: () => Float32Array, volume: number, voices: number, bus: 'sfx' | 'music' = 'sfx'): SoundRecipe =>
  ({ render: () => render(), variants: 1, volume, voices, bus });

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
};

export const SOUND_NAMES = Object.keys(SOUND_BANK) as readonly SoundName[];

/** Renders one take of a sound. */
export function renderSound(name: SoundName, variant = 0): Float32Array {
  return SOUND_BANK[name].render(variant);
}
