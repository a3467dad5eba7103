// Floating thumb sticks, as pure maths: a stick appears where the thumb lands, its knob follows the
// thumb up to the ring, and beyond the ring the whole stick is dragged along (so reversing
// direction never needs the thumb to travel back across a stale centre). Game pixels throughout.
import { radialDeadZone, ZERO, type Vec } from './geometry';

/** Fraction of the ring the move stick ignores: a resting thumb's wobble must not walk El. */
export const MOVE_DEAD_ZONE = 0.15;
/** Fraction of the ring the aim stick must be pushed before it aims and fires (the "small dead zone"). */
export const AIM_FIRE_ZONE = 0.25;

export interface Stick {
  /** Where the stick's centre is now (where the thumb landed, or dragged along since). */
  readonly origin: Vec;
  /** Where the thumb is. */
  readonly thumb: Vec;
}

/** A stick born under a thumb. */
export function landStick(x: number, y: number): Stick {
  return { origin: { x, y }, thumb: { x, y } };
}

/** The thumb moved: a thumb past `radius` drags the centre behind it, exactly `radius` away. */
export function dragStick(stick: Stick, x: number, y: number, radius: number): Stick {
  const dx = x - stick.origin.x;
  const dy = y - stick.origin.y;
  const d = Math.hypot(dx, dy);
  if (d <= radius || d === 0) return { origin: stick.origin, thumb: { x, y } };
  const k = (d - radius) / d;
  return { origin: { x: stick.origin.x + dx * k, y: stick.origin.y + dy * k }, thumb: { x, y } };
}

/** Deflection in -1..1 per axis, magnitude at most 1 (the knob never leaves the ring). */
export function deflection(stick: Stick, radius: number): Vec {
  if (!(radius > 0)) return ZERO;
  const dx = (stick.thumb.x - stick.origin.x) / radius;
  const dy = (stick.thumb.y - stick.origin.y) / radius;
  const m = Math.hypot(dx, dy);
  if (!Number.isFinite(m)) return ZERO;
  return m > 1 ? { x: dx / m, y: dy / m } : { x: dx, y: dy };
}

/** Where to draw the knob: the thumb, held inside the ring. */
export function knob(stick: Stick, radius: number): Vec {
  const d = deflection(stick, radius);
  return { x: stick.origin.x + d.x * radius, y: stick.origin.y + d.y * radius };
}

/** Movement (magnitude 0..1, analogue like a pad's stick) from the move stick. */
export function moveFrom(stick: Stick | null, radius: number): Vec {
  if (!stick) return ZERO;
  const d = deflection(stick, radius);
  return radialDeadZone(d.x, d.y, MOVE_DEAD_ZONE);
}

/** The aim stick pushed past its small dead zone: the direction to aim, and the trigger held. */
export function aimFrom(stick: Stick | null, radius: number): { aim: Vec | null; fire: boolean } {
  if (!stick) return { aim: null, fire: false };
  const d = deflection(stick, radius);
  return Math.hypot(d.x, d.y) > AIM_FIRE_ZONE ? { aim: d, fire: true } : { aim: null, fire: false };
}
