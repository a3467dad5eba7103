// The per-henchman memory the AI keeps between ticks (plain data, cloned and hashed with the world).
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
  postX: number;
  postY: number;
  postFacing: number;
  patrolIndex: number;
  /** Whether the target was visible at the last sight check. */
  seesTarget: boolean;
  lastSeenX: number;
  lastSeenY: number;
  lastSeenTick: number;
  /** Ticks left before the first shot after acquiring the target. */
  reactLeft: number;
  /** Cells of the current route (row-major cell indices), next one at routeIndex. */
  route: number[];
  routeIndex: number;
  /** Ticks until the route is recomputed. */
  repathIn: number;
  coverX: number;
  coverY: number;
  /** Ticks left to hold the current cover. */
  coverLeft: number;
  /** Ticks until the next reload completes (0 = not reloading). */
  reloadLeft: number;
}

export function createAiState(spawnIndex: number, spawn: ActorSpawn): AiState {
  return {
    mode: spawn.behavior === 'patrol' && spawn.path.length > 0 ? AiMode.Patrol : AiMode.Post,
    modeTicks: 0,
    spawn: spawnIndex,
    calm: spawn.calm,
    alerted: false,
    postX: spawn.x,
    postY: spawn.y,
    postFacing: spawn.facing,
    patrolIndex: 0,
    seesTarget: false,
    lastSeenX: 0,
    lastSeenY: 0,
    lastSeenTick: -1,
    reactLeft: 0,
    route: [],
    routeIndex: 0,
    repathIn: 0,
    coverX: 0,
    coverY: 0,
    coverLeft: 0,
    reloadLeft: 0,
  };
}
