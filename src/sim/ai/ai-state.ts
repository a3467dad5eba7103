// The per-henchman memory the AI keeps between ticks (plain data, cloned and hashed with the world).
// Only numbers, booleans, strings and arrays of numbers: the world is deep-copied and hashed generically.
import { AS_DOUBLE } from '../layout';
import type { ActorSpawn } from '../level-data';

export const enum AiMode {
  /** Standing at the post (idle or guard). */
  Post = 0,
  Patrol = 1,
  /** Target in sight: turning, reacting, firing. */
  Engage = 2,
  /** Moving to or holding low cover while engaged. */
  Cover = 3,
  /** Going to the last known position of the target. */
  Chase = 4,
  /** Looking around the last known position, then giving up. */
  Search = 5,
  /** Civilians: running from danger. */
  Flee = 6,
  /** Civilians: crouched, hands over head. */
  Cower = 7,
  /** Going back to the post after a search. */
  Return = 8,
}

/** What an engaged henchman does with his feet until the next re-evaluation. */
export const enum Tactic {
  Hold = 0,
  Strafe = 1,
  Advance = 2,
  /** The line of fire is blocked by cover: walk around it toward the target. */
  Flank = 3,
  /** Allies: too far from El, fall back toward him while fighting. */
  Regroup = 4,
}

export interface AiState {
  mode: AiMode;
  /** Ticks spent in the current mode. */
  modeTicks: number;
  /** Index of the spawn in level.actors (for the patrol path and post). */
  spawn: number;
  /** Ignores the player on sight until alarm, gunfire or damage. */
  calm: boolean;
  /** Has been alerted at least once (never calm again). */
  alerted: boolean;
  /** Currently alert (engaged, chasing or searching; fleeing for civilians); an `alert` event is emitted on each rise. */
  aware: boolean;
  postX: number;
  postY: number;
  postFacing: number;
  patrolIndex: number;
  /** Whether the target was visible at the last sight check. */
  seesTarget: boolean;
  /** Last known position of the target (seen, heard, or given by the alarm). */
  lastSeenX: number;
  lastSeenY: number;
  /** Tick the target was last actually seen (-1: never). */
  lastSeenTick: number;
  /** Ticks left before the first shot after acquiring the target. */
  reactLeft: number;
  /** Cells of the current route (row-major cell indices), next one at routeIndex. */
  route: number[];
  routeIndex: number;
  /** Ticks until the route is recomputed. */
  repathIn: number;
  /** Tick the route was last planned (re-plans for a moving goal are spaced out). */
  planTick: number;
  /** Cell the current route was planned toward (-1: none, plan on the next move). */
  goalCell: number;
  /** Whether the route reaches the goal cell (false: it ends at the closest reachable cell). */
  routeFull: boolean;
  /** Exact end point of the current route. */
  navX: number;
  navY: number;
  /** Ticks in a row the actor tried to move and barely did. */
  stuckTicks: number;
  coverX: number;
  coverY: number;
  /** Ticks left to hold the current cover (-1 while still moving to it). */
  coverLeft: number;
  /** Ticks until the next reload completes (0 = not reloading). */
  reloadLeft: number;
  /** Engaged: current footwork, ticks until it is reconsidered, strafe side (+1/-1). */
  tactic: Tactic;
  tacticLeft: number;
  strafeDir: number;
  /** Ticks in a row without sight of the target while engaged. */
  lostTicks: number;
  /** Tick of the last gunfire from the player heard or damage taken (-1: never). */
  underFireTick: number;
  /** Bodies that died at or before this tick no longer alarm this actor. */
  bodyTick: number;
  /** Generic countdown: guard scan interval, search look-around, cower time. */
  timer: number;
  /** Facing the actor turns toward while standing (guard scan, search look-around). */
  faceAngle: number;
  /** Search: points left to visit, and the current one (civilians: where they run to). */
  searchLeft: number;
  searchX: number;
  searchY: number;
  /** Civilians: where the danger came from, and ticks of running left. */
  dangerX: number;
  dangerY: number;
  fleeLeft: number;
  /** Id of the actor fought (El or an ally for Bucho's men, an enemy for allies); 0: none yet (El). */
  target: number;
  /** Burst weapons (Campa's case): shots left in the current burst. */
  burstLeft: number;
  /** The car: current speed (pixels per tick), and the tick it last rammed someone. */
  driveSpeed: number;
  ramTick: number;
  /** Navajas: ticks left of the wind-up before the fan of knives (0: none), and its locked aim. */
  windupLeft: number;
  windupAngle: number;
}

export function createAiState(spawnIndex: number, spawn: ActorSpawn): AiState {
  const ai: AiState = {
    mode: spawn.behavior === 'patrol' && spawn.path.length > 0 ? AiMode.Patrol : AiMode.Post,
    modeTicks: 0,
    spawn: spawnIndex,
    // A spared actor is calm for good (alertActor never wakes him: src/sim/spare.ts).
    calm: spawn.calm || spawn.spare !== undefined,
    alerted: false,
    aware: false,
    postX: spawn.x,
    postY: spawn.y,
    postFacing: spawn.facing,
    patrolIndex: 0,
    seesTarget: false,
    lastSeenX: AS_DOUBLE,
    lastSeenY: AS_DOUBLE,
    lastSeenTick: -1,
    reactLeft: 0,
    route: [],
    routeIndex: 0,
    repathIn: 0,
    planTick: -1,
    goalCell: -1,
    routeFull: false,
    navX: AS_DOUBLE,
    navY: AS_DOUBLE,
    stuckTicks: 0,
    coverX: AS_DOUBLE,
    coverY: AS_DOUBLE,
    coverLeft: 0,
    reloadLeft: 0,
    tactic: Tactic.Hold,
    tacticLeft: 0,
    strafeDir: 1,
    lostTicks: 0,
    underFireTick: -1,
    bodyTick: -1,
    timer: 0,
    faceAngle: spawn.facing,
    searchLeft: 0,
    searchX: AS_DOUBLE,
    searchY: AS_DOUBLE,
    dangerX: AS_DOUBLE,
    dangerY: AS_DOUBLE,
    fleeLeft: 0,
    target: 0,
    burstLeft: 0,
    driveSpeed: AS_DOUBLE,
    ramTick: -1,
    windupLeft: 0,
    windupAngle: 0,
  };
  // The real values of the fields laid out as doubles above (../layout.ts).
  ai.lastSeenX = 0;
  ai.lastSeenY = 0;
  ai.navX = 0;
  ai.navY = 0;
  ai.coverX = 0;
  ai.coverY = 0;
  ai.searchX = 0;
  ai.searchY = 0;
  ai.dangerX = 0;
  ai.dangerY = 0;
  ai.driveSpeed = 0;
  return ai;
}
