// Twin-stick touch controls: which finger is the move stick, which the aim stick, which holds a
// button. Fingers are tracked by their touch identifier; buttons hold actions through the same
// press/release sources as keys and pad buttons, so the tick latch, the input buffer and replays
// treat a tap exactly like a key press. The aim stick holds fire while pushed past its dead zone.
import type { Action } from './actions';
import { ZERO, type Vec } from './geometry';
import { aimFrom, dragStick, landStick, moveFrom, type Stick } from './touch-stick';
import { BUTTON_ACTIONS, buttonAt, stickSide, type TouchButtonId, type TouchLayout } from './touch-layout';

/** Source names (ActionHolds): one per button, one for the aim stick's trigger. */
export const TOUCH_FIRE_SOURCE = 'Touch:aim';
export const touchSource = (id: TouchButtonId): string => `Touch:${id}`;
export const isTouchSource = (s: string): boolean => s.startsWith('Touch:');

export interface TouchSink {
  press(source: string, actions: readonly Action[]): void;
  release(source: string): void;
}

/** What the overlay draws. */
export interface TouchView {
  readonly layout: TouchLayout;
  readonly move: Stick | null;
  readonly aim: Stick | null;
  readonly held: ReadonlySet<TouchButtonId>;
}

interface Finger {
  readonly kind: 'move' | 'aim' | 'button';
  stick: Stick;
  readonly button?: TouchButtonId;
}

export class TouchControls {
  private readonly fingers = new Map<number, Finger>();
  private enabled = false;
  private firing = false;

  constructor(private readonly sink: TouchSink, private layout: TouchLayout) {}

  /** The layout changed (screen turned or resized, left-handed setting). Fingers down keep their roles. */
  setLayout(layout: TouchLayout): void {
    this.layout = layout;
  }

  /** Only while a level is being played: elsewhere taps are menu taps, left to the menus. */
  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    if (!enabled) this.releaseAll();
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** A finger landed at `p` (game pixels); true when the controls took it. */
  down(id: number, p: Vec): boolean {
    if (!this.enabled || this.fingers.has(id)) return false;
    const button = buttonAt(this.layout, p);
    if (button) {
      this.fingers.set(id, { kind: 'button', stick: landStick(p.x, p.y), button: button.id });
      this.sink.press(touchSource(button.id), [BUTTON_ACTIONS[button.id]]);
      return true;
    }
    const kind = stickSide(this.layout, p);
    // One thumb per stick: a second finger on the same side is ignored rather than stealing it.
    for (const f of this.fingers.values()) if (f.kind === kind) return true;
    this.fingers.set(id, { kind, stick: landStick(p.x, p.y) });
    this.afterAim();
    return true;
  }

  moveTo(id: number, p: Vec): boolean {
    const f = this.fingers.get(id);
    if (!f) return false;
    // A finger that slides off a button keeps holding it until lifted, as a pad button would.
    if (f.kind !== 'button') f.stick = dragStick(f.stick, p.x, p.y, this.layout.stickRadius);
    this.afterAim();
    return true;
  }

  up(id: number): boolean {
    const f = this.fingers.get(id);
    if (!f) return false;
    this.fingers.delete(id);
    if (f.button) this.sink.release(touchSource(f.button));
    this.afterAim();
    return true;
  }

  /** Every finger let go (the controls turned off, the window lost focus). */
  releaseAll(): void {
    for (const id of [...this.fingers.keys()]) this.up(id);
  }

  /** Movement, magnitude 0..1. */
  get move(): Vec {
    const f = this.finger('move');
    return f ? moveFrom(f.stick, this.layout.stickRadius) : ZERO;
  }

  /** Aim direction, or null (the aim stays where it was). */
  get aim(): Vec | null {
    const f = this.finger('aim');
    return f ? aimFrom(f.stick, this.layout.stickRadius).aim : null;
  }

  view(): TouchView {
    const held = new Set<TouchButtonId>();
    for (const f of this.fingers.values()) if (f.button) held.add(f.button);
    return { layout: this.layout, move: this.finger('move')?.stick ?? null, aim: this.finger('aim')?.stick ?? null, held };
  }

  private finger(kind: 'move' | 'aim'): Finger | undefined {
    for (const f of this.fingers.values()) if (f.kind === kind) return f;
    return undefined;
  }

  /** The aim stick's trigger: pressed when it crosses the dead zone, released when back inside. */
  private afterAim(): void {
    const f = this.finger('aim');
    const fire = f ? aimFrom(f.stick, this.layout.stickRadius).fire : false;
    if (fire === this.firing) return;
    this.firing = fire;
    if (fire) this.sink.press(TOUCH_FIRE_SOURCE, ['fire']);
    else this.sink.release(TOUCH_FIRE_SOURCE);
  }
}
