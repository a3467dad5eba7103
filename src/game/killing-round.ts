// The path of the round that killed El, for the kill-cam to draw: where it was fired from, where
// it struck, and the ticks of both. Found by stepping a kill-cam replay to the death while
// watching the killer's rounds in flight; the one whose last step passes nearest the hit is it.
import type { KillcamReplay } from './killcam-recorder';

export interface RoundPath {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  /** The tick the round first exists on (or the shot was fired), and the tick it struck. */
  readonly firedTick: number;
  readonly hitTick: number;
}

interface InFlight {
  readonly ox: number;
  readonly oy: number;
  readonly x: number;
  readonly y: number;
  readonly vx: number;
  readonly vy: number;
  readonly firedTick: number;
}

/** Squared distance from (px, py) to the segment (x, y) -> (x + dx, y + dy). */
function segmentDistSq(px: number, py: number, x: number, y: number, dx: number, dy: number): number {
  const len = dx * dx + dy * dy;
  const t = len > 0 ? Math.max(0, Math.min(1, ((px - x) * dx + (py - y) * dy) / len)) : 0;
  const ex = x + dx * t - px;
  const ey = y + dy * t - py;
  return ex * ex + ey * ey;
}

/**
 * Steps `replay` to its end (it is used up) and returns the killing round's path when El died of
 * a round fired by `killer`; null for any other death (fire, a fall, the car, a blast).
 */
export function traceKillingRound(replay: KillcamReplay, killer: number): RoundPath | null {
  const world = replay.world;
  const firstSeen = new Map<number, number>();
  let lastShot: { x: number; y: number; tick: number } | null = null;

  do {
    // The killer's rounds as they stand before the next tick moves them.
    const flying: InFlight[] = [];
    for (const b of world.bullets) {
      if (!b.alive || b.owner !== killer) continue;
      if (!firstSeen.has(b.id)) firstSeen.set(b.id, world.tick);
      flying.push({ ox: b.ox, oy: b.oy, x: b.x, y: b.y, vx: b.vx, vy: b.vy, firedTick: firstSeen.get(b.id)! });
    }
    if (!replay.step()) break;
    for (const e of world.events) {
      if (e.type === 'shot' && e.actor === killer) lastShot = { x: e.x, y: e.y, tick: world.tick };
      if (e.type !== 'hit' || e.target !== world.playerId || e.by !== killer || e.hp > 0 || e.cause !== 'round') continue;
      let best: InFlight | null = null;
      let bestD = Infinity;
      for (const b of flying) {
        const d = segmentDistSq(e.x, e.y, b.x, b.y, b.vx, b.vy);
        if (d < bestD) {
          bestD = d;
          best = b;
        }
      }
      if (best) return { x0: best.ox, y0: best.oy, x1: e.x, y1: e.y, firedTick: best.firedTick, hitTick: world.tick };
      // A shot with no round in flight (the duel's, which cannot miss): from the muzzle.
      if (lastShot) return { x0: lastShot.x, y0: lastShot.y, x1: e.x, y1: e.y, firedTick: lastShot.tick, hitTick: world.tick };
      return null;
    }
  } while (!replay.done);
  return null;
}
