// The boy in the street: he wanders about near his spot, and when shooting starts he drops where he
// stands and cowers (a civilian who does not run, so he can be caught in the crossfire).
import type { ArchetypeDef } from '../archetypes';
import { cosA, sinA } from '../math';
import { nextInt } from '../rng';
import type { Actor, World } from '../world';
import { AiMode, type AiState } from './ai-state';
import { cowerTicksOf, setMode } from './modes';
import { alertActor } from './alert';
import { WALK_FACTOR, WALK_TURN } from './home';
import { Nav, navigate } from './navigate';

/** Wanders to points up to this far from his spot, pausing WANDER_PAUSE_MIN..MAX ticks between. */
const WANDER_RADIUS = 40;
const WANDER_PAUSE_MIN = 60;
const WANDER_PAUSE_MAX = 180;

/** Post for the boy: pause, then walk to a seeded point near his spot, and again. */
export function updateBoyWander(world: World, a: Actor, ai: AiState, def: ArchetypeDef): void {
  if (ai.timer > 0) {
    ai.timer--;
    if (ai.timer === 0) {
      const ang = nextInt(world, 0, 4095);
      const r = nextInt(world, 0, WANDER_RADIUS);
      ai.searchX = ai.postX + cosA(ang) * r;
      ai.searchY = ai.postY + sinA(ang) * r;
      ai.goalCell = -1;
      ai.fleeLeft = 1;
    }
    return;
  }
  if (ai.fleeLeft === 0) {
    ai.timer = nextInt(world, WANDER_PAUSE_MIN, WANDER_PAUSE_MAX);
    return;
  }
  if (navigate(world, a, ai, ai.searchX, ai.searchY, def.speed * WALK_FACTOR, WALK_TURN) !== Nav.Moving) {
    ai.fleeLeft = 0;
    ai.timer = nextInt(world, WANDER_PAUSE_MIN, WANDER_PAUSE_MAX);
  }
}

/** Gunfire: down on the ground where he is (kept down longer by more shots). */
export function boyTakesCover(world: World, a: Actor, ai: AiState, x: number, y: number): void {
  alertActor(world, a, ai, 'sound', x, y);
  if (ai.mode !== AiMode.Cower) {
    setMode(world, a, ai, AiMode.Cower);
    ai.fleeLeft = 0;
  } else if (ai.timer < cowerTicksOf(a)[0]) {
    // More shots keep him down at least the shortest cower.
    ai.timer = cowerTicksOf(a)[0];
  }
}
