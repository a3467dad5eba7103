// Home behaviour from the spawn, for anyone not alert: idle (stand at the post, facing), guard
// (stand and scan left and right at seeded intervals), patrol (walk the path in a loop), and
// walking back there after an alert.
import type { ArchetypeDef } from '../archetypes';
import { wrapAngle } from '../math';
import { nextInt } from '../rng';
import type { Actor, World } from '../world';
import { AiMode, type AiState } from './ai-state';
import { setMode } from './modes';
import { Nav, navigate, turnToward } from './navigate';

/** Walking pace (patrols, going home) as a fraction of the archetype's speed. */
export const WALK_FACTOR = 0.55;
/** Turn rates in angle units per tick: while walking, settling at the post, guard scanning. */
export const WALK_TURN = 48;
const POST_TURN = 24;
const SCAN_TURN = 10;
/** Guards look up to this far either side of their post facing, every 90..200 ticks. */
const SCAN_HALF = 360;
const SCAN_MIN = 90;
const SCAN_MAX = 200;
/** Off the post by more than this (pushed), walk back. */
const POST_SLACK = 4;
/** Pause after a patrol point could not be reached. */
const PATROL_RETRY = 30;

function isPatroller(world: World, ai: AiState): boolean {
  const spawn = world.level.actors[ai.spawn];
  return spawn !== undefined && spawn.behavior === 'patrol' && spawn.path.length > 0;
}

/** Calms down: back to the patrol or the post (no longer aware). */
export function goHome(world: World, a: Actor, ai: AiState): void {
  ai.aware = false;
  ai.seesTarget = false;
  ai.timer = 0;
  setMode(world, a, ai, isPatroller(world, ai) ? AiMode.Patrol : AiMode.Return);
}

export function updatePost(world: World, a: Actor, ai: AiState, def: ArchetypeDef): void {
  const dx = ai.postX - a.x;
  const dy = ai.postY - a.y;
  if (dx * dx + dy * dy > POST_SLACK * POST_SLACK) {
    // Unreachable (Failed) is retried only when the route is re-planned, so this stays cheap.
    navigate(world, a, ai, ai.postX, ai.postY, def.speed * WALK_FACTOR, WALK_TURN);
    return;
  }
  const spawn = world.level.actors[ai.spawn];
  if (spawn && spawn.behavior === 'guard') {
    if (--ai.timer <= 0) {
      ai.faceAngle = wrapAngle(ai.postFacing + nextInt(world, -SCAN_HALF, SCAN_HALF));
      ai.timer = nextInt(world, SCAN_MIN, SCAN_MAX);
    }
    turnToward(a, ai.faceAngle, SCAN_TURN);
  } else {
    turnToward(a, ai.postFacing, POST_TURN);
  }
}

export function updatePatrol(world: World, a: Actor, ai: AiState, def: ArchetypeDef): void {
  const spawn = world.level.actors[ai.spawn];
  if (!spawn || spawn.path.length === 0) {
    setMode(world, a, ai, AiMode.Return);
    return;
  }
  if (ai.timer > 0) {
    ai.timer--;
    return;
  }
  const n = spawn.path.length;
  if (ai.patrolIndex >= n) ai.patrolIndex = 0;
  const pt = spawn.path[ai.patrolIndex]!;
  const nav = navigate(world, a, ai, pt.x, pt.y, def.speed * WALK_FACTOR, WALK_TURN);
  if (nav === Nav.Moving) return;
  ai.patrolIndex = (ai.patrolIndex + 1) % n;
  if (nav === Nav.Failed) ai.timer = PATROL_RETRY;
}

export function updateReturn(world: World, a: Actor, ai: AiState, def: ArchetypeDef): void {
  const nav = navigate(world, a, ai, ai.postX, ai.postY, def.speed * WALK_FACTOR, WALK_TURN);
  if (nav !== Nav.Moving) setMode(world, a, ai, AiMode.Post);
}
