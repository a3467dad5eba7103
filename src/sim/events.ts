// What happened in a tick, for the renderer, the audio, the speedrun timer and the headless stats.
// Events are facts, never commands: nothing in the sim reads them back.
import type { Material } from './level-data';
import type { WeaponId } from './weapons';

export type SimEvent =
  | { type: 'shot'; actor: number; weapon: WeaponId; x: number; y: number; angle: number; hand: number }
  | { type: 'dryFire'; actor: number; weapon: WeaponId }
  | { type: 'reload'; actor: number; weapon: WeaponId; done: boolean }
  | { type: 'draw'; actor: number }
  | { type: 'switch'; actor: number; weapon: WeaponId }
  | { type: 'dive'; actor: number; angle: number }
  | { type: 'hit'; target: number; by: number; x: number; y: number; damage: number; hp: number }
  | { type: 'impact'; x: number; y: number; material: Material; angle: number }
  | { type: 'death'; actor: number; by: number; x: number; y: number }
  | { type: 'drop'; pickup: number; weapon: WeaponId; rounds: number; x: number; y: number }
  | { type: 'pickup'; actor: number; pickup: number; weapon: WeaponId; rounds: number }
  | { type: 'throw'; actor: number; grenade: number; x: number; y: number; angle: number }
  | { type: 'bounce'; grenade: number; x: number; y: number }
  /** A grenade or rocket went off (explosion.ts); `by` is who threw or fired it. */
  | { type: 'explosion'; x: number; y: number; radius: number; by: number }
  | { type: 'door'; door: number; open: boolean; by: number }
  | { type: 'alert'; actor: number; x: number; y: number; cause: 'sight' | 'sound' | 'alarm' | 'hurt' }
  | { type: 'alarm' }
  | { type: 'spawn'; actor: number; group: string }
  | { type: 'caption'; speaker: string; text: string }
  | { type: 'objective'; index: number; text: string }
  | { type: 'outcome'; outcome: Outcome };

export type Outcome = 'cleared' | 'dead' | 'timeout';

export type SimEventType = SimEvent['type'];
