// Walking in through calm men (the ranch): El's friends follow him facing where he aims, and they
// open fire on any enemy their eyes find, calm or not; the first shot wakes the whole yard. So with
// nobody to shoot, El points his aim where his friends' sight cones hold the fewest calm men.
import { cosA, sinA } from '../../../sim/math';
import type { Actor, World } from '../../../sim/world';

/** A friend's sight cone: half-angle (angle units, with a margin for turning) and reach (pixels). */
const CONE_HALF = 800;
const CONE_REACH = 280;
const CANDIDATES = 16;

function calmEnemy(a: Actor): boolean {
  return a.alive && a.team === 'enemy' && (a.ai?.calm ?? false);
}

/** Calm men inside the cone a friend at (x, y) looking along `aim` would see. */
function calmInCone(world: World, x: number, y: number, aim: number): number {
  const cx = cosA(aim);
  const cy = sinA(aim);
  const limit = cosA(CONE_HALF);
  let n = 0;
  for (const a of world.actors) {
    if (!calmEnemy(a)) continue;
    const dx = a.x - x;
    const dy = a.y - y;
    const d = Math.sqrt(dx * dx + dy * dy);
    if (d > CONE_REACH) continue;
    if (d < 1e-6 || dx * cx + dy * cy >= limit * d) n++;
  }
  return n;
}

/**
 * The aim that shows El's armed friends the fewest calm men (ties: the one nearest `current`), or
 * null when no friend has a calm man within reach.
 */
export function calmAim(world: World, current: number): number | null {
  const friends = world.actors.filter((a) => a.alive && a.team === 'ally' && a.weapon !== null);
  if (friends.length === 0) return null;
  const near = world.actors.some((c) => calmEnemy(c) && friends.some((f) => (c.x - f.x) ** 2 + (c.y - f.y) ** 2 < CONE_REACH * CONE_REACH));
  if (!near) return null;
  let best = current;
  let bestScore = Infinity;
  for (let k = 0; k < CANDIDATES; k++) {
    const aim = (k * 4096) / CANDIDATES;
    let seen = 0;
    for (const f of friends) seen += calmInCone(world, f.x, f.y, aim);
    const turn = Math.abs((((aim - current) % 4096) + 6144) % 4096 - 2048);
    const score = seen * 10000 + turn;
    if (score < bestScore) {
      bestScore = score;
      best = aim;
    }
  }
  return best;
}
