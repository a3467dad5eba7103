// Held actions -> the raw values quantiseInput takes. Pure, so tests can check the encoding alone.
import { Button, withSlot } from '../sim';
import type { Action } from './actions';
import type { Vec } from './geometry';

const BUTTON_OF: readonly (readonly [Action, number])[] = [
  ['fire', Button.Fire],
  ['dive', Button.Dive],
  ['reload', Button.Reload],
  ['use', Button.Use],
  ['switchWeapon', Button.Switch],
  ['focus', Button.Focus],
  ['throw', Button.Throw],
];

const SLOT_OF: Partial<Record<Action, number>> = { slot1: 1, slot2: 2, slot3: 3, slot4: 4 };

/** Direction keys as axes in -1..1; opposite keys cancel. Diagonals stay (±1, ±1): quantiseInput
 *  makes them (±127, ±127) and the sim normalises the length. */
export function keyMoveAxes(down: ReadonlySet<Action>): Vec {
  const on = (a: Action): number => (down.has(a) ? 1 : 0);
  return { x: on('moveRight') - on('moveLeft'), y: on('moveDown') - on('moveUp') };
}

/** Button bits for held actions, plus the slot of the latest slot press this tick (one tick only). */
export function tickButtons(down: ReadonlySet<Action>, pressed: readonly Action[]): number {
  let bits = 0;
  for (const [a, bit] of BUTTON_OF) if (down.has(a)) bits |= bit;
  let slot = 0;
  for (const a of pressed) slot = SLOT_OF[a] ?? slot;
  return withSlot(bits, slot);
}
