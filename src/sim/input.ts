// TickInput: the few bytes of command the sim sees each tick (DOOM's ticcmd). Live devices, bots
// and replays all produce it through quantiseInput, so live play and its replay cannot differ.
import { ANGLE_MASK, angleOf } from './math';

export interface TickInput {
  /** Movement, integers -127..127 per axis; a vector longer than 127 is normalised (diagonals). */
  readonly moveX: number;
  readonly moveY: number;
  /** Aim angle, integer 0..4095 (1/4096 turn, 0 = east, clockwise on screen). */
  readonly aim: number;
  /** Button bitmask (Button) plus a weapon slot request in bits 8..10 (0 = none). */
  readonly buttons: number;
  /**
   * How far the aim point (the crosshair) is from El, in AIM_DIST_STEP px steps, 0..AIM_DIST_MAX;
   * the sleeve pistols converge there. Absent (a pad, a bot, an old replay) = AIM_DIST_DEFAULT.
   */
  readonly aimDist?: number;
}

/** Pixels per aimDist step: 4 px moves a converging round at most a fifth of a pixel at 48 px. */
export const AIM_DIST_STEP = 4;
/** Largest aimDist: 127 steps = 508 px, about the sleeve pistols' range. */
export const AIM_DIST_MAX = 127;
/** aimDist when none is given: 160 px, where a fixed convergence errs least across the screen. */
export const AIM_DIST_DEFAULT = 40;

/** The aim point's distance from El in pixels, for an input with or without aimDist. */
export function aimDistPx(i: TickInput): number {
  return (i.aimDist ?? AIM_DIST_DEFAULT) * AIM_DIST_STEP;
}

export const Button = {
  Fire: 1,
  Dive: 2,
  Reload: 4,
  Use: 8,
  /** Next weapon. */
  Switch: 16,
  /** Bullet time: spend the focus meter (see focus.ts). */
  Focus: 32,
  /** Throw a grenade toward the aim. */
  Throw: 64,
} as const;

export const MOVE_MAX = 127;
const SLOT_SHIFT = 8;
const SLOT_MASK = 7;
/** All bits a valid input may set. */
export const BUTTON_BITS = 0x7f | (SLOT_MASK << SLOT_SHIFT);

export const NO_INPUT: TickInput = Object.freeze({ moveX: 0, moveY: 0, aim: 0, buttons: 0 });

/** Weapon slot requested this tick (1-based), or 0. */
export function slotOf(buttons: number): number {
  return (buttons >> SLOT_SHIFT) & SLOT_MASK;
}

export function withSlot(buttons: number, slot: number): number {
  return (buttons & ~(SLOT_MASK << SLOT_SHIFT)) | ((slot & SLOT_MASK) << SLOT_SHIFT);
}

function toInt(v: number, lo: number, hi: number): number {
  if (!Number.isFinite(v)) return 0;
  const r = Math.round(v);
  // + 0 turns -0 into 0: the same move, but another bit pattern for the state hash.
  return (r < lo ? lo : r > hi ? hi : r) + 0;
}

/**
 * An integer in range that is not -0 (which a replay file cannot tell from 0). The ranges here are
 * small, so `| 0` keeps an integer as it is and changes anything else (a fraction, NaN, ±Infinity);
 * 1 / -0 is -Infinity. Cheaper than Number.isInteger and Object.is, and this runs every tick.
 */
function cleanInt(v: number, lo: number, hi: number): boolean {
  return typeof v === 'number' && (v | 0) === v && v >= lo && v <= hi && (v !== 0 || 1 / v > 0);
}

/**
 * Quantises raw device values: move axes in -1..1, aim as a vector (dx, dy) toward the cursor or
 * stick, buttons as a bitmask, and (for a pointer) the aim point's distance from El in world
 * pixels. Returns the exact TickInput a replay stores.
 */
export function quantiseInput(moveX: number, moveY: number, aimDx: number, aimDy: number, buttons: number, lastAim = 0, aimPx?: number): TickInput {
  const aim = aimDx === 0 && aimDy === 0 ? lastAim & ANGLE_MASK : angleOf(aimDx, aimDy);
  const out = {
    moveX: toInt(moveX * MOVE_MAX, -MOVE_MAX, MOVE_MAX),
    moveY: toInt(moveY * MOVE_MAX, -MOVE_MAX, MOVE_MAX),
    aim,
    buttons: buttons & BUTTON_BITS,
  };
  return aimPx === undefined ? out : { ...out, aimDist: toInt(aimPx / AIM_DIST_STEP, 0, AIM_DIST_MAX) };
}

/** Brings any object claiming to be a TickInput into range; the sim calls it on every input. */
export function sanitiseInput(i: TickInput): TickInput {
  if (
    cleanInt(i.moveX, -MOVE_MAX, MOVE_MAX) &&
    cleanInt(i.moveY, -MOVE_MAX, MOVE_MAX) &&
    cleanInt(i.aim, 0, ANGLE_MASK) &&
    Number.isInteger(i.buttons) && (i.buttons & ~BUTTON_BITS) === 0 &&
    (i.aimDist === undefined || cleanInt(i.aimDist, 0, AIM_DIST_MAX))
  ) {
    return i;
  }
  const out = {
    moveX: toInt(i.moveX, -MOVE_MAX, MOVE_MAX),
    moveY: toInt(i.moveY, -MOVE_MAX, MOVE_MAX),
    aim: Number.isFinite(i.aim) ? (Math.round(i.aim) & ANGLE_MASK) : 0,
    buttons: Number.isFinite(i.buttons) ? (i.buttons | 0) & BUTTON_BITS : 0,
  };
  // A missing distance stays missing (the default); a bad one is clamped like the move axes.
  return i.aimDist === undefined ? out : { ...out, aimDist: toInt(i.aimDist, 0, AIM_DIST_MAX) };
}
