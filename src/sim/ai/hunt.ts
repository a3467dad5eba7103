// The hunt: a man of Bucho's who has been alerted (he saw El or a body, heard shots, was hurt, or
// was called by the alarm or a shout) and can walk to El does not go back to his post when a search
// comes up empty. The men pass the word, so he gets a fresh lead near where El is now (a few cells
// off, drawn from the seeded stream) and goes to search there; when another hunter is already on
// that lead, he comes at it from the other side instead, which takes another route where the map has
// one. Doors are no obstacle (alerted men open all).
// So a player who backs into a corner is found, and no level stalls with men waiting at their posts.
import { TILE } from '../grid';
import { Cell } from '../level-data';
import { nextInt } from '../rng';
import { newTraceHit, traceSegment, TraceMode } from '../trace';
import { playerOf, type Actor, type World } from '../world';
import { AiMode, type AiState } from './ai-state';
import { DoorPass, findPath, PathResult } from './pathfind';

/** How far (pixels, each axis) the lead may be off El: they know the area, not the spot. */
const LEAD_BLUR = 40;
/** A hunter whose lead lies this close to another's counts as on the same lead. */
const SAME_LEAD = 64;
/** A flanker aims this far past the lead, on the far side from the hunter already on it. */
const FLANK_MIN = 56;
const FLANK_MAX = 96;

const hit = newTraceHit();

/** Scratch route for the reachability check (fully rewritten by each findPath call). */
const route: number[] = [];

/** Whether the man can walk to El's cell, once alert (alerted men open every door, hidden ones too). */
export function canReachEl(world: World, a: Actor): boolean {
  const el = playerOf(world);
  const sx = Math.floor(a.x / TILE);
  const sy = Math.floor(a.y / TILE);
  return findPath(world, sx, sy, Math.floor(el.x / TILE), Math.floor(el.y / TILE), DoorPass.All, route) === PathResult.Full;
}

/**
 * Whether this man keeps hunting after an empty search rather than going home: he is alert and can
 * walk to El (the men in the street below the roofs cannot; they go back to their posts and shoot
 * up from there).
 */
export function keepsHunting(world: World, a: Actor, ai: AiState): boolean {
  return a.team === 'enemy' && ai.alerted && playerOf(world).alive && canReachEl(world, a);
}

function floorAt(world: World, x: number, y: number): boolean {
  const tx = Math.floor(x / TILE);
  const ty = Math.floor(y / TILE);
  const { width, height } = world.level;
  return tx >= 0 && ty >= 0 && tx < width && ty < height && world.cells[ty * width + tx] === Cell.Floor;
}

function inClearView(world: World, ax: number, ay: number, bx: number, by: number): boolean {
  return traceSegment(world, ax, ay, bx, by, TraceMode.Sight, ax, ay, hit).t >= 1;
}

/** Another hunter already heading for (or searching around) a point near (x, y), or null. */
function hunterOnLead(world: World, a: Actor, x: number, y: number): Actor | null {
  for (const o of world.actors) {
    const oi = o.ai;
    if (o === a || !o.alive || o.team !== 'enemy' || !oi || !oi.aware) continue;
    if (oi.mode !== AiMode.Chase && oi.mode !== AiMode.Search) continue;
    const dx = oi.lastSeenX - x;
    const dy = oi.lastSeenY - y;
    if (dx * dx + dy * dy <= SAME_LEAD * SAME_LEAD) return o;
  }
  return null;
}

/**
 * Sets the hunter's last known position to a fresh lead near El: a floor cell in plain view of
 * him, or, with another hunter already on it, a point past it on the far side from that hunter.
 */
export function takeHuntLead(world: World, a: Actor, ai: AiState): void {
  const el = playerOf(world);
  let lx = el.x;
  let ly = el.y;
  const bx = el.x + nextInt(world, -LEAD_BLUR, LEAD_BLUR);
  const by = el.y + nextInt(world, -LEAD_BLUR, LEAD_BLUR);
  if (floorAt(world, bx, by) && inClearView(world, el.x, el.y, bx, by)) {
    lx = bx;
    ly = by;
  }
  const other = hunterOnLead(world, a, lx, ly);
  if (other) {
    const dx = lx - other.x;
    const dy = ly - other.y;
    const d = Math.sqrt(dx * dx + dy * dy);
    if (d > 1) {
      const r = nextInt(world, FLANK_MIN, FLANK_MAX);
      const fx = lx + (dx / d) * r;
      const fy = ly + (dy / d) * r;
      if (floorAt(world, fx, fy) && inClearView(world, fx, fy, lx, ly)) {
        lx = fx;
        ly = fy;
      }
    }
  }
  ai.lastSeenX = lx;
  ai.lastSeenY = ly;
}
