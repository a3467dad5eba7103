// Bodies do not overlap: after everyone has moved, each overlapping pair of the living is pushed
// apart in list order (i < j), walls winning (the moves go through moveActor).
import { isVehicle } from './archetypes';
import { moveActor } from './movement';
import { anyOverlap } from './overlap-sweep';
import type { Actor, World } from './world';

// Scratch for separateActors, rewritten by each call: the living actors in list order, and their
// positions and radii packed together so the pair loop reads a few typed arrays, not big objects.
const living: Actor[] = [];
let posX = new Float64Array(64);
let posY = new Float64Array(64);
let radii = new Float64Array(64);

/**
 * Keeps living actors from overlapping: each pair is pushed apart, then walls win.
 * `candidates`: every living actor in world.actors order, maybe with some dead (living.ts).
 */
export function separateActors(world: World, candidates: readonly Actor[]): void {
  if (posX.length < candidates.length) {
    posX = new Float64Array(candidates.length * 2);
    posY = new Float64Array(candidates.length * 2);
    radii = new Float64Array(candidates.length * 2);
  }
  const xs = posX;
  const ys = posY;
  const rs = radii;
  let n = 0;
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    if (!a.alive) continue;
    xs[n] = a.x;
    ys[n] = a.y;
    rs[n++] = a.radius;
  }
  // The loop below moves bodies only by pushing an overlapping pair, so if no pair overlaps now
  // it would visit every pair and change nothing.
  if (!anyOverlap(xs, ys, rs, n)) return;
  n = 0;
  for (let i = 0; i < candidates.length; i++) if (candidates[i]!.alive) living[n++] = candidates[i]!;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = xs[j]! - xs[i]!;
      const dy = ys[j]! - ys[i]!;
      const min = rs[i]! + rs[j]!;
      const d2 = dx * dx + dy * dy;
      if (d2 >= min * min) continue;
      pushApart(world, living[i]!, living[j]!);
      // Pushes (and only pushes) move bodies: refresh the two packed positions.
      xs[i] = living[i]!.x;
      ys[i] = living[i]!.y;
      xs[j] = living[j]!.x;
      ys[j] = living[j]!.y;
    }
  }
}

/**
 * Pushes an overlapping pair apart along the line between them. Takes only the bodies (doubles
 * passed to a call are boxed, an allocation each) and recomputes the same offsets from them.
 */
function pushApart(world: World, a: Actor, b: Actor): void {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const min = a.radius + b.radius;
  const d2 = dx * dx + dy * dy;
  let nx = 1;
  let ny = 0;
  let d = 0;
  if (d2 > 1e-9) {
    d = Math.sqrt(d2);
    nx = dx / d;
    ny = dy / d;
  } else if ((a.id & 1) === 0) {
    nx = -1;
  }
  // A vehicle is never pushed: the other body takes the whole push.
  const heavyA = isVehicle(a);
  const heavyB = isVehicle(b);
  const gap = min - d;
  const pushA = heavyA ? (heavyB ? gap * 0.5 : 0) : heavyB ? gap : gap * 0.5;
  const pushB = gap - pushA;
  if (pushA > 0) moveActor(world, a, -nx * pushA, -ny * pushA);
  if (pushB > 0) moveActor(world, b, nx * pushB, ny * pushB);
}
