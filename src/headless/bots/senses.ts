// What the bots share: seeing enemies, feeling bullets coming, walking the grid toward a goal, and
// choosing where to go when nobody is in sight. Read-only on the world; no randomness.
import {
  diveEndsOverVoid, newTraceRay, rayClear, roundRay, sightRay, TILE, TraceMode, traceRay, type Actor, type Bullet, type TraceHit, type World,
} from '../../sim';
import { FlowField } from './flow-field';

/** The segment the traces here walk (each rewrites all of it first: no doubles boxed as arguments). */
const ray = newTraceRay();

/** How far a bot looks for enemies, in pixels. */
export const SIGHT = 320;

export function cellOf(world: World, x: number, y: number): number {
  return Math.floor(y / TILE) * world.level.width + Math.floor(x / TILE);
}

/** Centre of a cell in world pixels. */
export function cellCentre(world: World, cell: number): [number, number] {
  const w = world.level.width;
  return [((cell % w) + 0.5) * TILE, (Math.floor(cell / w) + 0.5) * TILE];
}

/**
 * A direction (or point) a bot keeps and rewrites, so a tick makes no pair: a [x, y] array per
 * answer is garbage. Fractional starting values give V8 double fields from the start.
 */
export class Vec {
  x = 0.5;
  y = 0.5;
}

export function unit(x: number, y: number): [number, number] {
  const l = Math.sqrt(x * x + y * y);
  return l > 1e-9 ? [x / l, y / l] : [0, 0];
}

export function distSq(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return (a.x - b.x) ** 2 + (a.y - b.y) ** 2;
}

/**
 * The nearest living enemy within `sight` that a bullet from El could reach (TraceMode.Bullet), or
 * that El can see, over low cover too (TraceMode.Sight); null if none.
 */
export function visibleEnemy(world: World, me: Actor, hit: TraceHit, sight = SIGHT, mode = TraceMode.Bullet): Actor | null {
  // Nearest first (ties in list order), so the first one a trace reaches is the answer: the
  // enemies in range are taken in order of (distance, index) by finding each one's successor.
  const actors = world.actors;
  const limit = sight * sight;
  let lastD = -1;
  let lastIndex = -1;
  for (;;) {
    let next = -1;
    let nextD = limit;
    for (let i = 0; i < actors.length; i++) {
      const a = actors[i]!;
      if (!a.alive || a.team !== 'enemy') continue;
      const d = (a.x - me.x) ** 2 + (a.y - me.y) ** 2;
      // Not before the last one tried, and nearer than the best successor so far.
      if (d < lastD || (d === lastD && i <= lastIndex) || d >= nextD) continue;
      next = i;
      nextD = d;
    }
    if (next < 0) return null;
    const a = actors[next]!;
    traceRay(world, sightRay(ray, me, a), mode, hit);
    if (hit.t >= 1) return a;
    lastD = nextD;
    lastIndex = next;
  }
}

/** The nearest living enemy anywhere, seen or not. */
export function nearestEnemy(world: World, me: Actor): Actor | null {
  let nearest: Actor | null = null;
  let bestD = Infinity;
  const actors = world.actors;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (!a.alive || a.team !== 'enemy') continue;
    const d = (a.x - me.x) ** 2 + (a.y - me.y) ** 2;
    if (d < bestD) {
      bestD = d;
      nearest = a;
    }
  }
  return nearest;
}


/**
 * A bullet that will pass within 10 px of El in the next 5 ticks, or null. With `ignoreCovered`,
 * bullets that low cover or a wall will stop before they reach him do not count.
 */
export function bulletIncoming(world: World, me: Actor, ignoreCovered = false): Bullet | null {
  const bullets = world.bullets;
  for (let i = 0; i < bullets.length; i++) {
    const b = bullets[i]!;
    if (b.owner === me.id) continue;
    // Closest approach within the next 5 ticks.
    const rx = me.x - b.x;
    const ry = me.y - b.y;
    const vv = b.vx * b.vx + b.vy * b.vy;
    const t = Math.max(0, Math.min(5, (rx * b.vx + ry * b.vy) / vv));
    const dx = rx - b.vx * t;
    const dy = ry - b.vy * t;
    if (!(dx * dx + dy * dy < 10 * 10 && (rx * b.vx + ry * b.vy) > 0)) continue;
    if (ignoreCovered) {
      if (!rayClear(world, roundRay(ray, b, me), TraceMode.Bullet)) continue;
    }
    return b;
  }
  return null;
}

/**
 * A direction for a dive along (mx, my) that does not end over a rooftop gap: as asked, else the
 * opposite way, else null (no dive).
 */
export function safeDive(world: World, me: Actor, mx: number, my: number): [number, number] | null {
  const [ux, uy] = unit(mx, my);
  if (!diveEndsOverVoid(world, me.x, me.y, ux, uy)) return [mx, my];
  if (!diveEndsOverVoid(world, me.x, me.y, -ux, -uy)) return [0 - mx || 0, 0 - my || 0];
  return null;
}

/**
 * Where to go when no enemy is in sight: the nearest enemy if the grid reaches it, else what the
 * objective asks for (its exit, or the first unfired trigger that spawns the group it needs).
 * `field` is the walker's flow field as last computed (its goal tells whether it has been yet).
 */
export function advanceGoal(world: World, me: Actor, field: FlowField): number {
  const nearest = nearestEnemy(world, me);
  if (nearest && field.reachable(cellOf(world, nearest.x, nearest.y))) return cellOf(world, nearest.x, nearest.y);
  if (nearest && field.goal < 0) return cellOf(world, nearest.x, nearest.y);
  const objective = world.level.objectives[world.objective];
  if (!objective) return -1;
  const level = world.level;
  if (objective.type === 'reach') {
    for (let i = 0; i < level.exits.length; i++) {
      const exit = level.exits[i]!;
      if (exit.name === objective.exit) return cellOf(world, exit.area.x + exit.area.w / 2, exit.area.y + exit.area.h / 2);
    }
  }
  // A group not in the world yet: walk into the first unfired trigger that brings it.
  const group = objective.type === 'eliminate' ? objective.group : objective.type === 'defeat' ? groupOf(world, objective.target) : undefined;
  for (let i = 0; i < level.triggers.length; i++) {
    const trig = level.triggers[i]!;
    if (world.triggers[i] === -1 && spawns(trig.actions, group)) return cellOf(world, trig.area.x + trig.area.w / 2, trig.area.y + trig.area.h / 2);
  }
  return nearest ? cellOf(world, nearest.x, nearest.y) : -1;
}

/** The group of the first spawn of that name (undefined if none). */
function groupOf(world: World, name: string): string | undefined {
  const spawnsList = world.level.actors;
  for (let i = 0; i < spawnsList.length; i++) if (spawnsList[i]!.name === name) return spawnsList[i]!.group;
  return undefined;
}

/** Whether a trigger's actions spawn `group` (any group when undefined). */
function spawns(actions: World['level']['triggers'][number]['actions'], group: string | undefined): boolean {
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    if (a.type === 'spawn' && (group === undefined || a.group === group)) return true;
  }
  return false;
}

/** Walks the grid toward a goal cell along a flow field, recomputed when the goal changes or every `repathTicks`. */
export class GridWalker {
  private fieldOrNull: FlowField | null = null;
  private repathAt = 0;

  constructor(private readonly repathTicks: number) {}

  field(world: World): FlowField {
    this.fieldOrNull ??= new FlowField(world.level.width, world.level.height);
    return this.fieldOrNull;
  }

  /** The next cell on the way to `goal` from where El stands, or -1 (there, or no way). */
  next(world: World, me: Actor, goal: number): number {
    const field = this.field(world);
    if (goal !== field.goal || world.tick >= this.repathAt) {
      field.compute(world, goal);
      this.repathAt = world.tick + this.repathTicks;
    }
    return field.downhill(cellOf(world, me.x, me.y));
  }
}

