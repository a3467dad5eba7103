// The input buffer (as Celeste's): a press of fire, dive, reload, use or throw that cannot act yet
// (the dive's recovery, the pistols sliding out, a reload, a gun just switched to, the cooldown
// between shots, nothing in reach) is kept for a few ticks and acts on the first tick it can. It is
// world state (hashed, cloned), so a replay of the same inputs does the same thing.
import { Button } from './input';

/**
 * Ticks a press is kept, counting the tick it was made: 8 ticks = 133 ms, half a human reaction
 * time, so the action still reads as the press's own. It spans the sleeve pistols' cooldown (7)
 * and a switched-to gun's readying (8), so tapping fire as fast as one likes never loses a shot.
 */
export const BUFFER_TICKS = 8;

/** The buttons whose presses are kept, in bit order (Switch and Focus act at once, always). */
const KEPT = [Button.Fire, Button.Dive, Button.Reload, Button.Use, Button.Throw] as const;

export interface PressBuffer {
  /** Per KEPT button: ticks its last press is still kept (0: none waiting). */
  left: number[];
}

export function createPressBuffer(): PressBuffer {
  // Pushed, not .map(): see createWorld's doors (one array layout whoever compiled this).
  const left: number[] = [];
  for (let i = 0; i < KEPT.length; i++) left.push(0);
  return { left };
}

/**
 * Ages the kept presses by one tick and adds this tick's fresh ones; returns the presses to act on
 * this tick: the fresh ones plus those still kept.
 */
export function bufferPresses(buf: PressBuffer, fresh: number): number {
  let pressed = fresh;
  for (let i = 0; i < KEPT.length; i++) {
    const bit = KEPT[i]!;
    if (fresh & bit) buf.left[i] = BUFFER_TICKS;
    else if (buf.left[i]! > 0) buf.left[i]!--;
    if (buf.left[i]! > 0) pressed |= bit;
  }
  return pressed;
}

/** Forgets a kept press of `button`: it acted, or can never act (nothing to reload). */
export function consumePress(buf: PressBuffer, button: number): void {
  const i = KEPT.indexOf(button as (typeof KEPT)[number]);
  if (i >= 0) buf.left[i] = 0;
}
