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
  // `| 0` also turns -0 (Math.round(-0.3)) into 0: the state hash tells them apart, a replay cannot.
  return (r < lo ? lo : r > hi ? hi : r) | 0;
}

/**
 * Quantises raw device values: move axes in -1..1, aim as a vector (dx, dy) toward the cursor or
 * stick, buttons as a bitmask. Returns the exact TickInput a replay stores.
 */
export function quantiseInput(moveX: number, moveY: number, aimDx: number, aimDy: number, buttons: number, lastAim = 0): TickInput {
  const aim = aimDx === 0 && aimDy === 0 ? lastAim & ANGLE_MASK : angleOf(aimDx, aimDy);
  return {
    moveX: toInt(moveX * MOVE_MAX, -MOVE_MAX, MOVE_MAX),
    moveY: toInt(moveY * MOVE_MAX, -MOVE_MAX, MOVE_MAX),
    aim,
    buttons: buttons & BUTTON_BITS,
  };
}

/** Brings any object claiming to be a TickInput into range; the sim calls it on every input. */
export function sanitiseInput(i: TickInput): TickInput {
  // -0 is an integer but not what a replay file brings back (the codec writes 0): it takes the slow
  // path, which makes it 0, or a live run and its replay would hash differently.
  if (
    Number.isInteger(i.moveX) && i.moveX >= -MOVE_MAX && i.moveX <= MOVE_MAX && !Object.is(i.moveX, -0) &&
    Number.isInteger(i.moveY) && i.moveY >= -MOVE_MAX && i.moveY <= MOVE_MAX && !Object.is(i.moveY, -0) &&
    Number.isInteger(i.aim) && i.aim >= 0 && i.aim <= ANGLE_MASK && !Object.is(i.aim, -0) &&
    Number.isInteger(i.buttons) && (i.buttons & ~BUTTON_BITS) === 0
  ) {
    return i;
  }
  return {
    moveX: toInt(i.moveX, -MOVE_MAX, MOVE_MAX),
    moveY: toInt(i.moveY, -MOVE_MAX, MOVE_MAX),
    aim: Number.isFinite(i.aim) ? Math.round(i.aim) & ANGLE_MASK : 0,
    buttons: Number.isFinite(i.buttons) ? (i.buttons | 0) & BUTTON_BITS : 0,
  };
}
