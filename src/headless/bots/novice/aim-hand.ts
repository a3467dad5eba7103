// The novice's mouse hand: it puts the crosshair where the eye thinks the man is (a few ticks behind
// him, scattered more with distance and his speed; never leading him) and can only turn the aim
// so fast. Shots are taken only when the crosshair has arrived.
import { angleDiff, angleOf, wrapAngle, type Actor } from '../../../sim';
import type { BotRng } from './bot-rng';
import {
  AIM_HOLD_TICKS, AIM_SCATTER_BASE, AIM_SCATTER_PER_100PX, AIM_SCATTER_PER_SPEED, TRACK_LAG_TICKS, TURN_PER_TICK,
} from './human-limits';

/** Radians to angle units. */
const UNITS_PER_RAD = 4096 / (2 * Math.PI);

export class AimHand {
  /** The aim the hand holds now (what the last input said). */
  aim: number;
  private gx = 0;
  private gy = 0;
  private heldUntil = -1;
  private targetId = -1;

  constructor(private readonly rng: BotRng, startAim: number) {
    this.aim = startAim;
  }

  /** The world point the hand means to put the crosshair on for this man. */
  aimPoint(tick: number, me: Actor, t: Actor): [number, number] {
    const dist = Math.sqrt((t.x - me.x) ** 2 + (t.y - me.y) ** 2);
    const speed = Math.sqrt(t.vx * t.vx + t.vy * t.vy);
    if (t.id !== this.targetId || tick >= this.heldUntil) {
      this.targetId = t.id;
      this.heldUntil = tick + AIM_HOLD_TICKS;
      this.gx = this.rng.gauss();
      this.gy = this.rng.gauss();
    }
    const scatter = AIM_SCATTER_BASE + (AIM_SCATTER_PER_100PX * dist) / 100 + AIM_SCATTER_PER_SPEED * speed;
    return [t.x - t.vx * TRACK_LAG_TICKS + this.gx * scatter, t.y - t.vy * TRACK_LAG_TICKS + this.gy * scatter];
  }

  /** Turns toward `want` by at most TURN_PER_TICK; returns the new aim. */
  turnToward(want: number): number {
    const d = angleDiff(this.aim, want);
    const turn = d > TURN_PER_TICK ? TURN_PER_TICK : d < -TURN_PER_TICK ? -TURN_PER_TICK : d;
    this.aim = wrapAngle(this.aim + turn);
    return this.aim;
  }

  /** Whether the crosshair is on the point the hand wanted (within the man's width at that range). */
  arrived(me: Actor, px: number, py: number, radius: number): boolean {
    const dist = Math.max(1, Math.sqrt((px - me.x) ** 2 + (py - me.y) ** 2));
    const tolerance = Math.max(8, (radius / dist) * UNITS_PER_RAD);
    return Math.abs(angleDiff(this.aim, angleOf(px - me.x, py - me.y))) <= tolerance;
  }
}
