// Deterministic angles and trig. Engines may disagree on Math.sin/atan2 in the last bit, so the
// sim only uses + - * / and sqrt (exact in IEEE 754) and these tables, built the same way everywhere.

/** One full turn in angle units. Angles are integers 0..ANGLE_UNITS-1, 0 = east, clockwise on screen. */
export const ANGLE_UNITS = 4096;
export const ANGLE_MASK = ANGLE_UNITS - 1;
export const QUARTER_TURN = ANGLE_UNITS / 4;
export const HALF_TURN = ANGLE_UNITS / 2;
const TAU = 2 * Math.PI;

/** sin(x) for |x| <= pi/2 by its Taylor series, to full double precision. */
function seriesSin(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let k = 1; k <= 12; k++) {
    term = (-term * x2) / ((2 * k) * (2 * k + 1));
    sum += term;
  }
  return sum;
}

const SIN = new Float64Array(ANGLE_UNITS);
{
  const quadrant = new Float64Array(QUARTER_TURN + 1);
  for (let i = 0; i <= QUARTER_TURN; i++) quadrant[i] = seriesSin((i * Math.PI) / 2 / QUARTER_TURN);
  quadrant[QUARTER_TURN] = 1;
  for (let i = 0; i < ANGLE_UNITS; i++) {
    if (i <= QUARTER_TURN) SIN[i] = quadrant[i]!;
    else if (i <= HALF_TURN) SIN[i] = quadrant[HALF_TURN - i]!;
    else if (i <= 3 * QUARTER_TURN) SIN[i] = -quadrant[i - HALF_TURN]!;
    else SIN[i] = -quadrant[ANGLE_UNITS - i]!;
  }
}

/** Wraps any integer to 0..ANGLE_UNITS-1. */
export function wrapAngle(a: number): number {
  return a & ANGLE_MASK;
}

export function sinA(a: number): number {
  return SIN[a & ANGLE_MASK]!;
}

export function cosA(a: number): number {
  return SIN[(a + QUARTER_TURN) & ANGLE_MASK]!;
}

/** Signed smallest difference b - a, in -HALF_TURN..HALF_TURN-1. */
export function angleDiff(a: number, b: number): number {
  return ((b - a + HALF_TURN) & ANGLE_MASK) - HALF_TURN;
}

/** atan(t) for 0 <= t <= 1: one half-angle reduction, then the series (converges fast below 0.42). */
function atanUnit(t: number): number {
  const u = t / (1 + Math.sqrt(1 + t * t));
  const u2 = u * u;
  let power = u;
  let sum = u;
  for (let k = 1; k <= 16; k++) {
    power *= -u2;
    sum += power / (2 * k + 1);
  }
  return 2 * sum;
}

/** The integer angle of the vector (dx, dy); 0 for the zero vector. */
export function angleOf(dx: number, dy: number): number {
  const ax = dx < 0 ? -dx : dx;
  const ay = dy < 0 ? -dy : dy;
  if (ax === 0 && ay === 0) return 0;
  let r = ax >= ay ? atanUnit(ay / ax) : Math.PI / 2 - atanUnit(ax / ay);
  if (dx < 0) r = Math.PI - r;
  if (dy < 0) r = TAU - r;
  return Math.round((r * ANGLE_UNITS) / TAU) & ANGLE_MASK;
}

export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

export function distSq(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  return dx * dx + dy * dy;
}
