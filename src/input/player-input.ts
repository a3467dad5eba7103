// PlayerInput: keyboard, mouse, gamepad and touch combined into the sim's TickInput (once per tick) and
// edge-triggered UI actions (once per frame). Reads devices only; never touches sim state.
import { WORLD_ZOOM } from '../render/camera-rig';
import { quantiseInput, type TickInput } from '../sim';
import { REBINDABLE_ACTIONS, type Action } from './actions';
import { buildCodeMap, type Bindings } from './bindings';
import { browserPads, GamepadPoller, PAD_ACTIONS, type GetPads, type PadSnapshot } from './gamepad';
import type { Vec } from './geometry';
import { ActionHolds } from './holds';
import { ALWAYS_CLAIMED, attachKeyboardMouse, loadKeyboardLayout, type CanvasLike, type DocumentLike, type Listenable } from './keyboard-mouse';
import { keyMoveAxes, tickButtons } from './tick-encoding';
import { isTouchSource, TouchControls, type TouchView } from './touch';
import { attachTouch, pageMetrics } from './touch-dom';
import { touchLayout, type ScreenMetrics } from './touch-layout';
import { TickLatch } from './tick-latch';
import { UiEdges } from './ui-edges';

export type Device = 'keyboard' | 'gamepad' | 'touch';

/** Test seams; the defaults are the browser's. */
export interface PlayerInputOptions {
  readonly window?: Listenable;
  readonly document?: DocumentLike;
  readonly getGamepads?: GetPads;
  /** Clock for menu key repeat, on the performance.now() scale. */
  readonly now?: () => number;
  /** The screen's size for the touch controls' layout (default: read from the page). */
  readonly screen?: () => ScreenMetrics;
  /** A phone or tablet: the touch controls show from the start (default: the page's primary pointer). */
  readonly touchFirst?: boolean;
}

/** Mouse travel (game pixels) that switches hints back from the pad; ignores a nudged desk. */
const MOUSE_TAKEOVER_PX = 8;

const NO_PAD: PadSnapshot = Object.freeze({ controls: new Set<string>(), move: { x: 0, y: 0 }, aim: null, touched: false, connected: false });

const isPadSource = (s: string): boolean => s.startsWith('Pad') || s.startsWith('LStick');
const isKeyboardMouseSource = (s: string): boolean => !isPadSource(s) && !isTouchSource(s);

export class PlayerInput {
  /** The device used last: for control hints, to hide the cursor while a pad is in use, and to
   *  show the touch controls only while fingers are what is playing. */
  lastDevice: Device = 'keyboard';

  private codeMap: ReadonlyMap<string, readonly Action[]>;
  private readonly holds = new ActionHolds();
  private readonly latch = new TickLatch();
  private readonly edges = new UiEdges();
  private readonly pads: GamepadPoller;
  private pad: PadSnapshot = NO_PAD;
  private padEnabled = true;
  private point: Vec = { x: 0, y: 0 };
  /** Pointer position when the pad or a finger took over. */
  private padAnchor: Vec = { x: 0, y: 0 };
  private capture: { resolve: (code: string | null) => void; armed: boolean; timer: ReturnType<typeof setTimeout> } | null = null;
  private lastPollTime: number | undefined;
  /** Chords ("restart+focus": restart pressed while focus was held), counted like UI edges. */
  private chordsIncoming = new Map<string, number>();
  private chords = new Map<string, number>();
  private readonly now: () => number;
  private readonly detach: () => void;
  private readonly touch: TouchControls;
  private readonly screen: () => ScreenMetrics;
  private leftHanded = false;

  constructor(canvas: CanvasLike, bindings: Bindings, options: PlayerInputOptions = {}) {
    this.codeMap = buildCodeMap(bindings);
    this.now = options.now ?? (() => performance.now());
    this.pads = new GamepadPoller(options.getGamepads ?? browserPads);
    const detachKeys = attachKeyboardMouse(
      canvas,
      {
        press: (code) => this.onPress(code),
        release: (code) => this.releaseSource(code),
        claims: (code) => this.capture !== null || this.codeMap.has(code) || ALWAYS_CLAIMED.has(code),
        pointer: (x, y) => this.onPointer(x, y),
        releaseAll: () => {
          this.touch.releaseAll();
          this.releaseWhere((s) => !isPadSource(s));
        },
      },
      options.window ?? window,
      options.document ?? document,
    );
    this.screen = options.screen ?? (() => pageMetrics(canvas));
    if (options.touchFirst ?? this.screen().coarse) this.lastDevice = 'touch';
    this.touch = new TouchControls(
      { press: (source, actions) => this.pressSource(source, actions), release: (source) => this.releaseSource(source) },
      touchLayout(this.screen(), false),
    );
    const detachTouch = attachTouch(canvas, {
      touched: () => this.onTouched(),
      down: (id, p) => this.touch.down(id, p),
      moveTo: (id, p) => this.touch.moveTo(id, p),
      up: (id) => this.touch.up(id),
    });
    this.detach = () => {
      detachKeys();
      detachTouch();
    };
    void loadKeyboardLayout();
  }

  /** Pointer in game pixels (outside 0..width/height over the letterbox bars). */
  get pointer(): Vec {
    return this.point;
  }

  /** A pad is connected and in use (the first one that showed input). */
  get gamepadConnected(): boolean {
    return this.pad.connected;
  }

  /** New bindings take effect at once; held keys are released so none stays down under an old mapping. */
  setBindings(bindings: Bindings): void {
    this.releaseWhere(isKeyboardMouseSource);
    this.codeMap = buildCodeMap(bindings);
  }

  /**
   * The touch controls take fingers only while a level is being played (elsewhere a tap is a
   * menu's); turning them off lets go of every finger.
   */
  setTouchEnabled(enabled: boolean): void {
    this.touch.setEnabled(enabled);
  }

  /** Settings: the left-handed mirror of the touch controls. */
  setTouchLeftHanded(leftHanded: boolean): void {
    this.leftHanded = leftHanded;
    this.touch.setLayout(touchLayout(this.screen(), leftHanded));
  }

  /** The touch controls as they stand, laid out for the screen as it is now (for the overlay). */
  touchView(): TouchView {
    this.touch.setLayout(touchLayout(this.screen(), this.leftHanded));
    return this.touch.view();
  }

  setGamepadEnabled(enabled: boolean): void {
    this.padEnabled = enabled;
    if (!enabled) {
      this.releaseWhere(isPadSource);
      this.pad = NO_PAD;
      if (this.lastDevice === 'gamepad') this.lastDevice = 'keyboard';
    }
  }

  /**
   * Once per rendered frame, before reading consumeAction(): reads the pad, opens the frame's UI
   * edges (unconsumed ones from the previous frame expire). Pass Phaser's `time` from update() and
   * a second call in the same frame (two scenes updating) is a no-op instead of eating the edges.
   */
  poll(frameTime?: number): void {
    if (frameTime !== undefined && frameTime === this.lastPollTime) return;
    this.lastPollTime = frameTime;
    const snap = this.padEnabled ? this.pads.poll() : NO_PAD;
    for (const code of this.pad.controls) if (!snap.controls.has(code)) this.releaseSource(code);
    for (const code of snap.controls) {
      if (this.pad.controls.has(code)) continue;
      const actions = PAD_ACTIONS[code] ?? [];
      if (this.capture?.armed && actions.includes('back')) {
        this.endCapture(null);
        this.holds.down(code, []); // swallowed: its release must not act either
      } else {
        this.pressSource(code, actions);
      }
    }
    if (snap.touched && this.lastDevice !== 'gamepad') {
      this.lastDevice = 'gamepad';
      this.padAnchor = this.point;
    }
    this.pad = snap;
    this.edges.beginFrame(this.now());
    this.chords = this.chordsIncoming;
    this.chordsIncoming = new Map();
  }

  /**
   * Once per sim tick. `aimOriginX/Y`: the player's position in game-canvas pixels; the mouse aims
   * along the vector from it to the pointer, a pad along its right stick (inside the dead zone the
   * aim stays `lastAim`). The mouse also gives the aim point's distance (canvas pixels / `zoom` =
   * world pixels: the sleeve pistols converge there); a pad leaves it to the sim's default. Goes
   * through quantiseInput, the encoding replays store.
   */
  sampleTick(aimOriginX: number, aimOriginY: number, lastAim: number, zoom = WORLD_ZOOM): TickInput {
    const { down, pressed } = this.latch.sample();
    const keys = keyMoveAxes(down);
    const finger = this.touch.move;
    const moveX = Math.max(-1, Math.min(1, keys.x + this.pad.move.x + finger.x));
    const moveY = Math.max(-1, Math.min(1, keys.y + this.pad.move.y + finger.y));
    let aimX = 0;
    let aimY = 0;
    let aimPx: number | undefined;
    if (this.lastDevice === 'gamepad') {
      if (this.pad.aim) ({ x: aimX, y: aimY } = this.pad.aim);
    } else if (this.lastDevice === 'touch') {
      // Like a pad's right stick: a direction only; the pistols converge at the sim's default range.
      const aim = this.touch.aim;
      if (aim) ({ x: aimX, y: aimY } = aim);
    } else {
      aimX = this.point.x - aimOriginX;
      aimY = this.point.y - aimOriginY;
      aimPx = Math.hypot(aimX, aimY) / zoom;
    }
    return quantiseInput(moveX, moveY, aimX, aimY, tickButtons(down, pressed), lastAim, aimPx);
  }

  /** True once per press of `action` (menu moves also repeat while held). */
  consumeAction(action: Action): boolean {
    return this.edges.consume(action);
  }

  /**
   * True once per press of `action` made while `modifier` was held (Shift+Backspace: restart with
   * focus held). Judged when the key went down, so a chord pressed and let go within one slow
   * frame still counts. The press is also an ordinary `action` edge: consume that as well.
   */
  consumeChord(action: Action, modifier: Action): boolean {
    const key = `${action}+${modifier}`;
    const n = this.chords.get(key) ?? 0;
    if (n === 0) return false;
    this.chords.set(key, n - 1);
    return true;
  }

  /** Whether `action` is held right now (for "hold to skip" style UI). */
  isDown(action: Action): boolean {
    return this.holds.isDown(action);
  }

  /**
   * Forget presses not yet seen by the sim, and ignore what is held until it is released. Call
   * when the sim starts or resumes, so the click on "Resume" or the Space that closed a menu does
   * not fire or dive on the first tick.
   */
  resetLatches(): void {
    this.latch.reset();
  }

  /**
   * For the rebinding screen: resolves with the code of the next key, mouse button or wheel step,
   * or null for Escape, the pad's B, or a newer capture/destroy. The press that started the
   * capture (still being dispatched) is not taken; the captured press does not act in the game.
   */
  captureNextCode(): Promise<string | null> {
    this.endCapture(null);
    return new Promise((resolve) => {
      const c = { resolve, armed: false, timer: setTimeout(() => (c.armed = true), 0) };
      this.capture = c;
    });
  }

  /** Removes every listener; a pending capture resolves null. */
  destroy(): void {
    this.detach();
    this.endCapture(null);
    this.releaseWhere(() => true);
  }

  private onPress(code: string): void {
    if (this.capture?.armed) {
      this.endCapture(code === 'Escape' ? null : code);
      return;
    }
    this.lastDevice = 'keyboard';
    this.pressSource(code, this.codeMap.get(code) ?? []);
  }

  private onTouched(): void {
    // A finger cannot be bound to an action: a touch while waiting for a key cancels, as Esc does.
    if (this.capture?.armed) this.endCapture(null);
    // The screen may have turned since the last layout.
    this.touch.setLayout(touchLayout(this.screen(), this.leftHanded));
    if (this.lastDevice === 'touch') return;
    this.lastDevice = 'touch';
    this.padAnchor = this.point;
  }

  private onPointer(x: number, y: number): void {
    this.point = { x, y };
    if (this.lastDevice !== 'keyboard' && Math.hypot(x - this.padAnchor.x, y - this.padAnchor.y) > MOUSE_TAKEOVER_PX) {
      this.lastDevice = 'keyboard';
    }
  }

  private pressSource(source: string, actions: readonly Action[]): void {
    const now = this.now();
    for (const a of this.holds.down(source, actions)) {
      this.latch.press(a);
      this.edges.press(a, now);
      for (const m of REBINDABLE_ACTIONS) {
        if (m !== a && this.holds.isDown(m)) this.chordsIncoming.set(`${a}+${m}`, (this.chordsIncoming.get(`${a}+${m}`) ?? 0) + 1);
      }
    }
  }

  private releaseSource(source: string): void {
    for (const a of this.holds.up(source)) this.released(a);
  }

  private releaseWhere(which: (source: string) => boolean): void {
    for (const a of this.holds.upAll(which)) this.released(a);
  }

  private released(a: Action): void {
    this.latch.release(a);
    this.edges.release(a);
  }

  private endCapture(code: string | null): void {
    const c = this.capture;
    if (!c) return;
    this.capture = null;
    clearTimeout(c.timer);
    c.resolve(code);
  }
}
