// Who fights whom: Bucho's men shoot at El and his allies, the allies shoot at Bucho's men.
// Each fighter keeps one target (an actor id in its AI state) and re-picks the nearest hostile it
// can see at every sight check, so a henchman turns on Campa when El is out of sight.
import type { Team } from '../archetypes';
import { duelHolds } from '../duel';
import { actorById, playerOf, type Actor, type World } from '../world';
import type { AiState } from './ai-state';
import { cosA, sinA } from '../math';
import { eyeLineClear, NEAR_SENSE } from './perception';
import { dropFallen, rosterFor } from './rosters';

/** Whether an actor of team `a` fights one of team `b`. */
export function hostileTeams(a: Team, b: Team): boolean {
  if (a === 'enemy') return b === 'player' || b === 'ally';
  if (a === 'ally' || a === 'player') return b === 'enemy';
  return false;
}

/** Whether `b` is on `a`'s side (the same team, or El and his allies): never shoot through them. */
export function friendlyTo(a: Actor, b: Actor): boolean {
  if (a.team === b.team) return true;
  const aGood = a.team === 'player' || a.team === 'ally';
  const bGood = b.team === 'player' || b.team === 'ally';
  // Allies also hold fire rather than hit a bystander (the boy in the street) or a calm man.
  return (aGood && bGood) || (a.team === 'ally' && (b.team === 'civilian' || (b.ai !== null && b.ai.calm)));
}

/** The actor this fighter is after (El when it has none, or when its target is gone). */
export function targetOf(world: World, ai: AiState): Actor {
  if (ai.target > 0) {
    const t = actorById(world, ai.target);
    if (t) return t;
  }
  return playerOf(world);
}

/** How much farther a protected ally counts when a henchman picks whom to shoot. */
const PROTECTED_FARTHER = 2.5;

/**
 * The nearest living hostile that `a` can see (ties: the lower id), or null. The current target is
 * tracked all around and a little farther (`trackRange`) when `tracking`; others need the cone.
 * Nobody is seen while a duel's standoff holds (everyone waits for the draw).
 */
export function pickTarget(world: World, a: Actor, ai: AiState, range: number, halfAngle: number, tracking: boolean, trackRange: number): Actor | null {
  if (duelHolds(world)) return null;
  // Only the other side, in id order (rosters.ts): the same candidates as a walk over every actor.
  const roster = rosterFor(world, a.team);
  const list = roster.actors;
  const allyEyes = a.team === 'ally';
  const ax = a.x;
  const ay = a.y;
  const range2 = range * range;
  const track2 = trackRange * trackRange;
  let best: Actor | null = null;
  // `1 / 0` rather than the global Infinity keeps bestD an unboxed double in V8 (no allocation per store).
  let bestD = 1 / 0;
  let fallen = false;
  // The cone's cosine and the facing, read at the first candidate that needs them (2: not yet).
  let coneCos = 2;
  let aimCos = 0;
  let aimSin = 0;
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    if (!b.alive) {
      fallen = true;
      continue;
    }
    const dx = b.x - ax;
    const dy = b.y - ay;
    const raw = dx * dx + dy * dy;
    // Out of eyeshot first (canSee's range test, before anything else is read): most fail it.
    const tracked = tracking && b.id === ai.target;
    if (raw > (tracked ? track2 : range2)) continue;
    // El's friends never start a fight: a calm man (the ranch before the duel, Bucho below the
    // rooftops) is left alone until he wakes.
    if (b === a || (allyEyes && b.ai !== null && b.ai.calm)) continue;
    // Bucho's men are after El: someone El must keep alive (Carolina) draws their fire only when
    // she is clearly nearer than he is, so she is not the first to fall in every fight.
    const d2 = roster.guarded[i] ? raw * (PROTECTED_FARTHER * PROTECTED_FARTHER) : raw;
    // Strictly nearer only: list order is id order, so the lower id wins a tie.
    if (d2 >= bestD) continue;
    // canSee's cone test (the tracked target is seen all around), with the facing read once a call.
    if (!tracked && halfAngle >= 0 && raw > NEAR_SENSE * NEAR_SENSE) {
      if (coneCos === 2) {
        coneCos = cosA(halfAngle);
        aimCos = cosA(a.aim);
        aimSin = sinA(a.aim);
      }
      if (dx * aimCos + dy * aimSin < coneCos * Math.sqrt(raw)) continue;
    }
    if (!eyeLineClear(world, a, b)) continue;
    best = b;
    bestD = d2;
  }
  if (fallen) dropFallen(roster);
  return best;
}
