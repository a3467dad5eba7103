// Gamepad polling (standard mapping). Pads have no events worth trusting, so this reads
// navigator.getGamepads() once per frame and reports which controls are down; PlayerInput turns
// the differences into presses and releases, exactly like keys.
import type { Action } from './actions';
import { radialDeadZone, stickDirection, ZERO, type Vec } from './geometry';

export const MOVE_DEAD_ZONE = 0.2;
export const AIM_DEAD_ZONE = 0.3;
/** Analog trigger thresholds, with hysteresis so a half-pulled trigger does not chatter. */
const TRIGGER_ON = 0.5;
const TRIGGER_OFF = 0.3;
/** Left stick as menu d-pad, same idea. */
const STICK_MENU_ON = 0.5;
const STICK_MENU_OFF = 0.3;

/** Fixed pad layout (Xbox names): controls are `Pad<button index>` and `LStick<direction>`. */
export const PAD_ACTIONS: Readonly<Record<string, readonly Action[]>> = {
  Pad0: ['dive', 'confirm'], // A
  Pad1: ['back'], // B
  Pad2: ['reload'], // X
  Pad3: ['use'], // Y
  Pad4: ['focus'], // LB
  Pad5: ['switchWeapon'], // RB
  Pad6: ['throw'], // LT
  Pad7: ['fire'], // RT
  Pad8: ['restart'], // Back / Select
  Pad9: ['pause'], // Start
  // In play the d-pad picks a slot straight away: up pistols, right sawed-off, down Wildey, left the gun carried.
  Pad12: ['menuUp', 'slot1'],
  Pad13: ['menuDown', 'slot3'],
  Pad14: ['menuLeft', 'slot4'],
  Pad15: ['menuRight', 'slot2'],
  LStickUp: ['menuUp'],
  LStickDown: ['menuDown'],
  LStickLeft: ['menuLeft'],
  LStickRight: ['menuRight'],
};

/** The parts of the DOM Gamepad this reads (fakes in tests). */
export interface PadButtonLike {
  readonly pressed: boolean;
  readonly value: number;
}
export interface PadLike {
  readonly connected: boolean;
  readonly buttons: readonly PadButtonLike[];
  readonly axes: readonly number[];
}
export type GetPads = () => ArrayLike<PadLike | null>;

export interface PadSnapshot {
  /** Controls down on the active pad. */
  readonly controls: ReadonlySet<string>;
  /** Left stick after the dead zone, magnitude 0..1. */
  readonly move: Vec;
  /** Right stick direction, or null inside its dead zone. */
  readonly aim: Vec | null;
  /** The active pad had any input this poll (for "last device used"). */
  readonly touched: boolean;
  readonly connected: boolean;
}

const EMPTY: PadSnapshot = Object.freeze({ controls: new Set<string>(), move: ZERO, aim: null, touched: false, connected: false });

function axis(pad: PadLike, i: number): number {
  const a = pad.axes[i];
  return a !== undefined && Number.isFinite(a) ? a : 0;
}

function hasInput(pad: PadLike): boolean {
  for (const b of pad.buttons) if (b.pressed || b.value > TRIGGER_ON) return true;
  const move = radialDeadZone(axis(pad, 0), axis(pad, 1), MOVE_DEAD_ZONE);
  return move.x !== 0 || move.y !== 0 || stickDirection(axis(pad, 2), axis(pad, 3), AIM_DEAD_ZONE) !== null;
}

/** Hysteresis: on above `on`, off below `off`, else as before. */
function latch(was: boolean, value: number, on: number, off: number): boolean {
  return was ? value >= off : value >= on;
}

export class GamepadPoller {
  /** Index of the pad in use: the first one that showed any input. */
  activeIndex: number | null = null;
  private prev: ReadonlySet<string> = new Set();

  constructor(private readonly getPads: GetPads) {}

  poll(): PadSnapshot {
    const pads = this.safeGetPads();
    if (this.activeIndex !== null && !pads[this.activeIndex]?.connected) this.activeIndex = null;
    if (this.activeIndex === null) {
      for (let i = 0; i < pads.length; i++) {
        const p = pads[i];
        if (p?.connected && hasInput(p)) {
          this.activeIndex = i;
          break;
        }
      }
    }
    const pad = this.activeIndex === null ? null : pads[this.activeIndex];
    if (!pad) {
      this.prev = new Set();
      return EMPTY;
    }
    const controls = new Set<string>();
    pad.buttons.forEach((b, i) => {
      const code = `Pad${i}`;
      const down = i === 6 || i === 7 ? latch(this.prev.has(code), b.value, TRIGGER_ON, TRIGGER_OFF) : b.pressed;
      if (down) controls.add(code);
    });
    const lx = axis(pad, 0);
    const ly = axis(pad, 1);
    const stick: [string, number][] = [['LStickLeft', -lx], ['LStickRight', lx], ['LStickUp', -ly], ['LStickDown', ly]];
    for (const [code, value] of stick) if (latch(this.prev.has(code), value, STICK_MENU_ON, STICK_MENU_OFF)) controls.add(code);
    this.prev = controls;
    return {
      controls,
      move: radialDeadZone(lx, ly, MOVE_DEAD_ZONE),
      aim: stickDirection(axis(pad, 2), axis(pad, 3), AIM_DEAD_ZONE),
      touched: hasInput(pad),
      connected: true,
    };
  }

  private safeGetPads(): ArrayLike<PadLike | null> {
    try {
      return this.getPads();
    } catch {
      // getGamepads throws where a permissions policy forbids it: behave as if none is connected.
      return [];
    }
  }
}

/** navigator.getGamepads where it exists. */
export function browserPads(): ArrayLike<PadLike | null> {
  return typeof navigator !== 'undefined' && typeof navigator.getGamepads === 'function' ? navigator.getGamepads() : [];
}
