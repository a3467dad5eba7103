// Thrown grenades: they slide toward where El aimed with friction, bounce off walls and closed
// doors, fly over low cover and gaps, and go off when the fuse burns down.
import { explode } from './explosion';
import { Cell } from './level-data';
import { cellAtPoint } from './grid';
import { cosA, sinA } from './math';
import { WEAPONS } from './weapons';
import { emit, type Actor, type Grenade, type World } from './world';

/** Ticks from the throw to the bang (1.5 s). */
export const GRENADE_FUSE = 90;
/** Speed kept each tick: with the throw speed this sets the reach (speed / (1 - friction) ≈ 100 px). */
export const GRENADE_FRICTION = 0.95;
/** Speed kept by the component that hits a wall. */
export const GRENADE_BOUNCE = 0.45;
/** Longest sub-step in pixels, so a fast grenade never skips a thin wall. */
const SUB_STEP = 4;
/** Slower than this, a bounce makes no sound. */
const QUIET_BOUNCE = 0.6;

/**
 * `thrower` throws a grenade toward its aim. TickInput carries only an angle, so "toward the aim
 * point" is a fixed-strength throw that friction brings to rest about six tiles away.
 */
export function throwGrenade(world: World, thrower: Actor): void {
  const speed = WEAPONS.grenade.bulletSpeed;
  const g: Grenade = {
    id: world.nextId++, owner: thrower.id, x: thrower.x, y: thrower.y,
    vx: cosA(thrower.aim) * speed + thrower.vx * 0.5, vy: sinA(thrower.aim) * speed + thrower.vy * 0.5,
    fuse: GRENADE_FUSE, alive: true,
  };
  world.pendingGrenades.push(g);
  emit(world, { type: 'throw', actor: thrower.id, grenade: g.id, x: g.x, y: g.y, angle: thrower.aim });
}

/** Walls and closed doors stop a grenade; it sails over tables and gaps. */
function blocks(world: World, x: number, y: number): boolean {
  const c = cellAtPoint(world, x, y);
  return c === Cell.Wall || c === Cell.DoorClosed;
}

/** One tick for every grenade in flight, in the order thrown. */
export function updateGrenades(world: World): void {
  for (const g of world.grenades) {
    if (!g.alive) continue;
    move(world, g);
    g.vx *= GRENADE_FRICTION;
    g.vy *= GRENADE_FRICTION;
    if (--g.fuse <= 0) {
      g.alive = false;
      const def = WEAPONS.grenade;
      explode(world, g.x, g.y, def.blastRadius ?? 0, def.damage, g.owner, 'grenade');
    }
  }
}

function move(world: World, g: Grenade): void {
  const len = Math.max(Math.abs(g.vx), Math.abs(g.vy));
  if (len === 0) return;
  const steps = Math.ceil(len / SUB_STEP);
  let bounced = false;
  for (let i = 0; i < steps; i++) {
    const nx = g.x + g.vx / steps;
    if (blocks(world, nx, g.y)) {
      g.vx = -g.vx * GRENADE_BOUNCE;
      bounced = true;
    } else {
      g.x = nx;
    }
    const ny = g.y + g.vy / steps;
    if (blocks(world, g.x, ny)) {
      g.vy = -g.vy * GRENADE_BOUNCE;
      bounced = true;
    } else {
      g.y = ny;
    }
  }
  if (bounced && Math.abs(g.vx) + Math.abs(g.vy) > QUIET_BOUNCE * GRENADE_BOUNCE) {
    emit(world, { type: 'bounce', grenade: g.id, x: g.x, y: g.y });
  }
}
