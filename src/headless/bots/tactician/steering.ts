// The feet's choice in a fight or near danger: each of 16 directions (and standing still) is
// scored for the way along the path, the gun's range band, stepping across the target's line and
// the other shooters', a clean shot from where it leads, fire, the car's lane, a grenade's blast,
// Navajas's fan and a friend left behind; the best is taken, the earliest on a tie.
import { Cell, cellAt, cosA, sinA, TILE, type Actor, type World } from '../../../sim';
import { Vec } from '../senses';
import { clearShot, Spot, type Friends } from './fire-line';
import { DangerProbe } from './hazards';
import { engaged, type Sighting } from './targets';
import type { Windup } from './threats';

/** How much stepping out of a coming fan of knives counts in the feet's choice. */
const WINDUP_STEP_WEIGHT = 4;
/** A friend El protects lagging farther than this (pixels) makes him wait. */
export const WAIT_FOR = 72;
/** Range bands (pixels) El keeps in a fight, by the gun in hand. */
const BAND: Record<string, [number, number]> = {
  sleevePistols: [70, 150],
  sawedOff: [20, 52],
  wildey: [110, 280],
};
const DEFAULT_BAND: [number, number] = [70, 150];
/** Directions the feet may take: 16 around, unit vectors as x, y pairs. */
const DIRS = Float64Array.from({ length: 32 }, (_, i) => (i % 2 === 0 ? cosA((i >> 1) * 256) : sinA((i >> 1) * 256)));

export class Steering {
  /** Scratch for choose(): a spot El might step to, and directions to the other men fighting him. */
  private readonly spot = new Spot();
  private readonly others = new Float64Array(4);
  /** Scratch for choose(): each direction's score with and without a clean shot (index k + 1), and the directions by score. */
  private readonly withShot = new Float64Array(DIRS.length / 2 + 1);
  private readonly without = new Float64Array(DIRS.length / 2 + 1);
  private readonly order = new Int32Array(DIRS.length / 2 + 1);
  private readonly danger = new DangerProbe();
  /** The spot each direction leads to, as choose() scores it (points go to calls as objects: no boxed doubles). */
  private readonly stepTo = new Spot();
  /**
   * Weight of the path in choose() while fighting, set by the caller before each call (a field,
   * not an argument: a fractional argument is boxed for a call V8 does not inline).
   */
  pathWeight = 0.5;
  /** The act's living friends (fire-line's Friends), set by the caller before each call; null: found per shot. */
  friends: Friends | null = null;
  /** What choose() returns: the direction taken (rewritten by each call). */
  private readonly result = new Vec();

  /**
   * Scores the 16 directions and standing still; returns the best as a unit vector (or zero), in
   * a Vec of this Steering's that the next call rewrites.
   * `pathDir` is the way along the path, weighted by this.pathWeight while fighting `target`;
   * `strafe` (+1/-1) the side to step across his line; `lagging` a friend El waits for; `windup`
   * Navajas's windup at El now (knifeWindup's answer).
   */
  choose(
    world: World, me: Actor, pathDir: Readonly<Vec>, target: Sighting | null, seen: readonly Sighting[],
    lagging: Actor | null, strafe: number, windup: Windup | null,
  ): Readonly<Vec> {
    const t = target?.actor;
    const pathWeight = this.pathWeight;
    // Unit vectors worked out in place (as senses' unit() does, without its pair).
    let tx = 0;
    let ty = 0;
    if (t) {
      const dx = t.x - me.x;
      const dy = t.y - me.y;
      const l = Math.sqrt(dx * dx + dy * dy);
      if (l > 1e-9) {
        tx = dx / l;
        ty = dy / l;
      }
    }
    // Navajas winding up at El: out of the fan's way, on the side El is on.
    const ax = windup ? -windup.dy * windup.side : 0;
    const ay = windup ? windup.dx * windup.side : 0;
    const band = BAND[me.weapon ?? 'sleevePistols'] ?? DEFAULT_BAND;
    // The other men shooting at El (up to two after the target): directions to them, worked out once.
    const others = this.others;
    let otherCount = 0;
    for (let i = 1; i < Math.min(3, seen.length); i++) {
      const o = seen[i]!;
      if (!engaged(o.actor)) continue;
      const dx = o.actor.x - me.x;
      const dy = o.actor.y - me.y;
      const l = Math.sqrt(dx * dx + dy * dy);
      others[otherCount * 2] = l > 1e-9 ? dx / l : 0;
      others[otherCount * 2 + 1] = l > 1e-9 ? dy / l : 0;
      otherCount++;
    }
    const probe = this.danger;
    const stepTo = this.stepTo;
    probe.look(world, me);
    const { withShot, without, order } = this;
    let count = 0;
    for (let k = -1; k < DIRS.length / 2; k++) {
      const ux = k < 0 ? 0 : DIRS[k * 2]!;
      const uy = k < 0 ? 0 : DIRS[k * 2 + 1]!;
      const px = me.x + ux * 14;
      const py = me.y + uy * 14;
      stepTo.x = px;
      stepTo.y = py;
      // Whole cells (int32) go to walkableCell: integers cost no allocation as arguments.
      if (k >= 0 && !walkableCell(world, Math.floor((me.x + ux * (me.radius + 3)) / TILE) | 0, Math.floor((me.y + uy * (me.radius + 3)) / TILE) | 0)) continue;
      let s = 1.5 * (ux * pathDir.x + uy * pathDir.y) * (t ? pathWeight : 1);
      if (t && target) {
        const along = ux * tx + uy * ty;
        if (target.dist < band[0]) s -= 1.2 * along;
        else if (target.dist > band[1]) s += 1.2 * along;
        if (k >= 0) {
          s += 0.6 * (1 - Math.abs(along));
          s += 0.3 * (ux * -ty + uy * tx) * strafe;
        }
      }
      // Somewhere El has a clean shot from (the round gets there, no friend in the way) scores 0.5
      // more: the score is summed both ways, `s` with the shot and `u` without (see pick()).
      let u = t !== undefined && k >= 0 ? s - 0.5 : s;
      // Across the lines of the other men shooting at El too.
      if (k >= 0) {
        for (let i = 0; i < otherCount; i++) {
          const across = 0.25 * (1 - Math.abs(ux * others[i * 2]! + uy * others[i * 2 + 1]!));
          s += across;
          u += across;
        }
      }
      const danger = probe.at(stepTo) / 100;
      s -= danger;
      u -= danger;
      if (windup) {
        const away = WINDUP_STEP_WEIGHT * (ux * ax + uy * ay);
        s += away;
        u += away;
      }
      if (lagging) {
        const d = Math.sqrt((lagging.x - px) ** 2 + (lagging.y - py) ** 2);
        const wait = Math.max(0, d - WAIT_FOR) / 40;
        s -= wait;
        u -= wait;
      }
      const blast = world.grenades.length > 0 && ownGrenadeNear(world, me, stepTo) ? 3 : 0;
      s -= blast;
      u -= blast;
      withShot[k + 1] = s;
      without[k + 1] = u;
      // Kept in order of `s`, highest first (the earlier direction first on a tie).
      let i = count++;
      while (i > 0 && withShot[order[i - 1]! + 1]! < s) {
        order[i] = order[i - 1]!;
        i--;
      }
      order[i] = k;
    }
    const k = this.pick(world, me, t, count);
    const result = this.result;
    result.x = k < 0 ? 0 : DIRS[k * 2]!;
    result.y = k < 0 ? 0 : DIRS[k * 2 + 1]!;
    return result;
  }

  /**
   * The direction (-1: stand) with the best score, the earliest on a tie, as if every direction's
   * shot were traced. A direction's score is `withShot` if El would have a clean shot from there,
   * else `without`, which is never more (term by term, and rounding keeps the order). Taken from
   * the highest `withShot` down, the shot is traced only while a direction can still win: most
   * ticks one trace instead of one per direction.
   */
  private pick(world: World, me: Actor, t: Actor | undefined, count: number): number {
    const { withShot, without, order, spot } = this;
    let best = -2;
    let bestScore = -Infinity;
    for (let n = 0; n < count; n++) {
      const k = order[n]!;
      const upper = withShot[k + 1]!;
      if (upper < bestScore || (upper === bestScore && k > best)) break;
      let score = upper;
      if (t !== undefined && k >= 0) {
        spot.x = me.x + DIRS[k * 2]! * 14;
        spot.y = me.y + DIRS[k * 2 + 1]! * 14;
        if (!clearShot(world, spot, t, me.weapon ?? 'sleevePistols', this.friends)) score = without[k + 1]!;
      }
      if (score > bestScore || (score === bestScore && k < best)) {
        bestScore = score;
        best = k;
      }
    }
    return best;
  }
}

/** Whether El could stand in the cell (floor, or a door he may open). */
function walkableCell(world: World, tx: number, ty: number): boolean {
  const c = cellAt(world, tx, ty);
  if (c === Cell.Floor) return true;
  if (c !== Cell.DoorClosed) return false;
  const doors = world.level.doors;
  for (let i = 0; i < doors.length; i++) {
    const d = doors[i]!;
    if (!d.hidden && d.tx === tx && d.ty === ty) return true;
  }
  return false;
}

/** One of El's own grenades will go off near the point. */
function ownGrenadeNear(world: World, me: Actor, p: Spot): boolean {
  const x = p.x;
  const y = p.y;
  const grenades = world.grenades;
  for (let i = 0; i < grenades.length; i++) {
    const g = grenades[i]!;
    if (g.alive && g.owner === me.id && (g.x - x) ** 2 + (g.y - y) ** 2 < 80 * 80) return true;
  }
  return false;
}
