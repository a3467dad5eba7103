// The duel's memory between ticks (plain data in the world; the rules are in duel.ts).

export const enum DuelPhase {
  /** No duel objective has begun (or the level has none). */
  None = 0,
  /** Waiting for the draw: El cannot move or fire, nobody fights. */
  Standoff = 1,
  /** El drew inside the window: the target is dead (his men wake DUEL_SHOCK_TICKS later). */
  Won = 2,
  /** El drew before the cue: he was shot and the ranch turned hostile. */
  Early = 3,
  /** Nobody drew in time: the target shot the one El protects. */
  Late = 4,
  /** The target died or vanished some other way during the standoff. */
  Over = 5,
}

export interface DuelState {
  /** Index of the duel objective this state belongs to (-1: none yet). */
  objective: number;
  phase: DuelPhase;
  /**
   * Ticks of the standoff so far: 1 on the first tick the duel objective is current. Once the draw
   * is won, ticks since it (the target's men stand stunned: duel.ts).
   */
  ticks: number;
  /** Actor id of the target (0: not found). */
  target: number;
  /** Whether Fire was held on the previous tick (a pull is a fresh press). */
  fireHeld: boolean;
}

export function newDuelState(): DuelState {
  return { objective: -1, phase: DuelPhase.None, ticks: 0, target: 0, fireHeld: false };
}
