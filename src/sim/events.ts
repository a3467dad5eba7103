// What happened in a tick, for the renderer, the audio, the speedrun timer and the headless stats.
// Events are facts, never commands: nothing in the sim reads them back.
import type { HarmCause } from './harm';
import type { Cell, Material } from './level-data';
import type { WeaponId } from './weapons';

export type SimEvent =
  | { type: 'shot'; actor: number; weapon: WeaponId; x: number; y: number; angle: number; hand: number }
  | { type: 'dryFire'; actor: number; weapon: WeaponId }
  | { type: 'reload'; actor: number; weapon: WeaponId; done: boolean }
  | { type: 'draw'; actor: number }
  | { type: 'switch'; actor: number; weapon: WeaponId }
  | { type: 'dive'; actor: number; angle: number }
  /** `by` hurt `target` (0: the level itself); `cause` and `weapon` say with what (harm.ts). */
  | { type: 'hit'; target: number; by: number; x: number; y: number; damage: number; hp: number; cause: HarmCause; weapon: WeaponId | null }
  | { type: 'impact'; x: number; y: number; material: Material; angle: number }
  | { type: 'death'; actor: number; by: number; x: number; y: number; cause: HarmCause; weapon: WeaponId | null }
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
  | { type: 'outcome'; outcome: Outcome }
  /** The car hit someone (damage follows as a 'hit'). */
  | { type: 'ram'; car: number; target: number; x: number; y: number }
  /** A protected actor died or El fell: the run is lost, `reason` is world.failure. */
  | { type: 'failure'; reason: string }
  /** The duel (src/sim/duel.ts): the standoff begins; the target makes his move; how it ended. */
  | { type: 'duelStart'; target: number }
  | { type: 'duelCue'; target: number }
  | { type: 'duelWon'; target: number }
  | { type: 'duelEarly'; target: number }
  | { type: 'duelLate'; target: number; victim: number }
  /** Bullet time began or ended (focus.ts); `meter` is what was left. */
  | { type: 'focusStart'; meter: number }
  | { type: 'focusEnd'; meter: number }
  /** A table was kicked over toward `dir` (0 east, 1 south, 2 west, 3 north), from (x, y). */
  | { type: 'tableKick'; table: number; dir: number; by: number; x: number; y: number }
  /** A sliding table ran into a body and stopped. */
  | { type: 'tableStop'; table: number; x: number; y: number }
  /** A breakable cell broke; `cell` is what it is now (Void for a window pane). */
  | { type: 'shatter'; tx: number; ty: number; x: number; y: number; cell: Cell; by: number }
  /** A door was kicked open; it swings toward +1 (east/south) or -1. */
  | { type: 'doorKick'; door: number; by: number; x: number; y: number; swing: number }
  /** A body was knocked to the floor (door, table). */
  | { type: 'knockdown'; actor: number; by: number; x: number; y: number }
  // Fire (src/sim/fire.ts): a cell caught, a cell burnt out (low cover collapsed to floor), someone scorched.
  | { type: 'ignite'; tx: number; ty: number }
  | { type: 'burnOut'; tx: number; ty: number; collapsed: boolean }
  | { type: 'burn'; actor: number; x: number; y: number }
  /** A dive ended over a gap: El fell to his death (src/sim/void.ts). */
  | { type: 'fall'; actor: number; x: number; y: number }
  /** Navajas raises his arm: a fan of knives follows in `ticks` ticks toward `angle`. */
  | { type: 'windup'; actor: number; x: number; y: number; angle: number; ticks: number }
  /** A thrown blade hit a wall and stays there, drawn at (x, y) pointing along `angle`. */
  | { type: 'knifeStick'; weapon: WeaponId; x: number; y: number; angle: number; material: Material }
  /** A scripted knifing (trigger action `kill`): `actor` dies by `by`'s blades (0: unseen thrower). */
  | { type: 'knifeKill'; actor: number; by: number; x: number; y: number }
  /**
   * El threw his guitar case (trigger action `throwCase`): pickup `pickup` flies from (x, y) to
   * (tx, ty) over `ticks` ticks of world time, then lands (`caseLand`) and can be taken with Use.
   */
  | { type: 'caseThrow'; actor: number; pickup: number; x: number; y: number; tx: number; ty: number; ticks: number }
  | { type: 'caseLand'; pickup: number; x: number; y: number }
  /** A walker put a foot down (0 left, 1 right) on a floor of `material` (footsteps.ts). */
  | { type: 'footstep'; actor: number; foot: number; x: number; y: number; material: Material }
  /** A body came down from a dive onto a floor of `material` (footsteps.ts). */
  | { type: 'land'; actor: number; x: number; y: number; material: Material };

export type Outcome = 'cleared' | 'dead' | 'timeout';

export type SimEventType = SimEvent['type'];
