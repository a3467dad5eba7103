// Actions: what an agent sends each step, checked strictly against the action space and turned
// into the sim's TickInput. The action space is exactly the TickInput space, so every recorded
// input is an action and every action is an input (demonstrations replay without loss).
//   object: { moveX, moveY, aim, buttons, slot?, aimDist? }   buttons: a bitmask 0..127 or seven 0/1 flags
//   array:  [moveX, moveY, aim, buttons, slot, aimDist?]      buttons as the bitmask
// aimDist (the crosshair's distance in 4 px steps, where the sleeve pistols converge) came later:
// left out, it is the sim's default, so actions written before it still mean what they meant.
import { describeValue } from '../../level/error-text';
import {
  AIM_DIST_DEFAULT, AIM_DIST_MAX, ANGLE_UNITS, MOVE_MAX, sanitiseInput, slotOf, type TickInput,
} from '../../sim';
import { EnvError } from './errors';

/** Button bits in order (bit i of the mask = BUTTON_NAMES[i]), as in src/sim/input.ts. */
export const BUTTON_NAMES = ['fire', 'dive', 'reload', 'use', 'switch', 'focus', 'throw'] as const;
export const BUTTON_MASK = (1 << BUTTON_NAMES.length) - 1;
const LEGACY_FLAGS = 5;
/** Weapon slot requests: 0 none, 1 sleeve pistols, 2 sawed-off, 3 Wildey, 4 the gun or case carried, 5..7 reserved (no effect). */
export const SLOT_COUNT = 8;
const SLOT_SHIFT = 8;

export const ACTION_FIELDS = ['moveX', 'moveY', 'aim', 'buttons', 'slot', 'aimDist'] as const;
/** Fields an action must have; slot and aimDist may be left out (an array may stop after slot). */
const REQUIRED_FIELDS = 4;
type Field = (typeof ACTION_FIELDS)[number];

/** Inclusive integer range of each field. */
export const ACTION_RANGES: Readonly<Record<Field, readonly [number, number]>> = {
  moveX: [-MOVE_MAX, MOVE_MAX],
  moveY: [-MOVE_MAX, MOVE_MAX],
  aim: [0, ANGLE_UNITS - 1],
  buttons: [0, BUTTON_MASK],
  slot: [0, SLOT_COUNT - 1],
  aimDist: [0, AIM_DIST_MAX],
};

export interface Action {
  readonly moveX: number;
  readonly moveY: number;
  readonly aim: number;
  /** Bitmask (fire 1, dive 2, reload 4, use 8, switch 16, focus 32, throw 64), or seven 0/1 (or boolean) flags in that order. */
  readonly buttons: number | readonly (number | boolean)[];
  /** Weapon slot request (default 0 = none). */
  readonly slot?: number;
  /** The aim point's distance in 4 px steps (default 40 = 160 px): the sleeve pistols converge there. */
  readonly aimDist?: number;
}

/** The canonical action form: every field an int. */
export interface ActionObject {
  readonly moveX: number;
  readonly moveY: number;
  readonly aim: number;
  readonly buttons: number;
  readonly slot: number;
  readonly aimDist: number;
}

/** `where` names the value in an error; a function for the flat form, whose names are only built when one is wrong (it runs for every env on every step). */
function intIn(value: unknown, field: Field, where: string | (() => string)): number {
  const [lo, hi] = ACTION_RANGES[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) {
    const extra = field === 'buttons' ? ' (fire 1, dive 2, reload 4, use 8, switch 16, focus 32, throw 64; the weapon slot goes in slot)' : '';
    throw new EnvError(`${typeof where === 'string' ? where : where()}: expected an integer from ${lo} to ${hi}${extra}, got ${describeValue(value)}`);
  }
  return value + 0; // -0 -> 0, as the input codec writes it
}

function buttonsOf(value: unknown, where: string): number {
  if (!Array.isArray(value)) return intIn(value, 'buttons', where);
  // Five flags (before focus and throw existed) still mean what they meant.
  if (value.length !== BUTTON_NAMES.length && value.length !== LEGACY_FLAGS) {
    throw new EnvError(`${where}: expected ${BUTTON_NAMES.length} flags (${BUTTON_NAMES.join(', ')}) or a bitmask, got an array of ${value.length}`);
  }
  let mask = 0;
  value.forEach((flag: unknown, i) => {
    if (flag === 1 || flag === true) mask |= 1 << i;
    else if (flag !== 0 && flag !== false) throw new EnvError(`${where}[${i}] (${BUTTON_NAMES[i]}): expected 0 or 1, got ${describeValue(flag)}`);
  });
  return mask;
}

const input = (moveX: number, moveY: number, aim: number, buttons: number, slot: number, aimDist: number | undefined): TickInput => {
  const base = { moveX, moveY, aim, buttons: buttons | (slot << SLOT_SHIFT) };
  return aimDist === undefined ? base : { ...base, aimDist };
};

/** Checks an action (object or flat array) and returns the TickInput; EnvError naming the field otherwise. */
export function toTickInput(action: unknown, where = 'action'): TickInput {
  if (Array.isArray(action)) {
    if (action.length !== ACTION_FIELDS.length && action.length !== ACTION_FIELDS.length - 1) {
      throw new EnvError(`${where}: expected an array of ${ACTION_FIELDS.length} integers [${ACTION_FIELDS.join(', ')}] (or ${ACTION_FIELDS.length - 1}, without aimDist), got an array of ${action.length}`);
    }
    const at = (i: number) => () => `${where}[${i}] (${ACTION_FIELDS[i]})`;
    return input(
      intIn(action[0], 'moveX', at(0)),
      intIn(action[1], 'moveY', at(1)),
      intIn(action[2], 'aim', at(2)),
      intIn(action[3], 'buttons', at(3)),
      intIn(action[4], 'slot', at(4)),
      action.length > 5 ? intIn(action[5], 'aimDist', at(5)) : undefined,
    );
  }
  if (typeof action !== 'object' || action === null) {
    throw new EnvError(`${where}: expected an object {moveX, moveY, aim, buttons, slot?} or an array [${ACTION_FIELDS.join(', ')}], got ${describeValue(action)}`);
  }
  const obj = action as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!(ACTION_FIELDS as readonly string[]).includes(key)) throw new EnvError(`${where}: unknown field "${key}" (fields: ${ACTION_FIELDS.join(', ')})`);
  }
  for (const key of ACTION_FIELDS.slice(0, REQUIRED_FIELDS)) {
    if (!(key in obj)) throw new EnvError(`${where}.${key}: expected an integer from ${ACTION_RANGES[key][0]} to ${ACTION_RANGES[key][1]}, got nothing (the field is missing)`);
  }
  return input(
    intIn(obj.moveX, 'moveX', `${where}.moveX`),
    intIn(obj.moveY, 'moveY', `${where}.moveY`),
    intIn(obj.aim, 'aim', `${where}.aim`),
    buttonsOf(obj.buttons, `${where}.buttons`),
    obj.slot === undefined ? 0 : intIn(obj.slot, 'slot', `${where}.slot`),
    obj.aimDist === undefined ? undefined : intIn(obj.aimDist, 'aimDist', `${where}.aimDist`),
  );
}

/**
 * The action the sim would see for this TickInput (the inverse of toTickInput). Any input is
 * brought into range first, as step() does, so a bot's output is always a valid action.
 */
export function toAction(input: TickInput): ActionObject {
  const i = sanitiseInput(input);
  return { moveX: i.moveX + 0, moveY: i.moveY + 0, aim: i.aim, buttons: i.buttons & BUTTON_MASK, slot: slotOf(i.buttons), aimDist: i.aimDist ?? AIM_DIST_DEFAULT };
}

/** The flat form of an action: [moveX, moveY, aim, buttons, slot, aimDist]. */
export function flattenAction(a: ActionObject): number[] {
  return [a.moveX, a.moveY, a.aim, a.buttons, a.slot, a.aimDist];
}
