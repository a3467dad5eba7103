// Node stand-ins for the browser objects src/input listens to: plain EventTargets with the few
// fields it reads, and gamepads as plain objects.
import type { PadLike } from '../../src/input/gamepad';

export class FakeCanvas extends EventTarget {
  width = 1280;
  height = 720;
  /** On-screen box: scaled by Scale.FIT to half size, centred with a 100 px bar on the left. */
  rect = { left: 100, top: 0, width: 640, height: 360 };
  getBoundingClientRect(): { left: number; top: number; width: number; height: number } {
    return this.rect;
  }
}

export class FakeDocument extends EventTarget {
  visibilityState = 'visible';
}

export function fire<T extends Record<string, unknown>>(target: EventTarget, type: string, fields: T = {} as T): Event {
  const e = new Event(type, { cancelable: true });
  Object.assign(e, fields);
  target.dispatchEvent(e);
  return e;
}

export interface Dom {
  readonly win: EventTarget;
  readonly doc: FakeDocument;
  readonly canvas: FakeCanvas;
  keyDown(code: string, extra?: Record<string, unknown>): Event;
  keyUp(code: string): Event;
  mouseDown(button: number): Event;
  mouseUp(button: number): Event;
  /** Client (CSS) coordinates. */
  mouseMove(clientX: number, clientY: number): Event;
  wheel(deltaY: number): Event;
}

export function fakeDom(): Dom {
  const win = new EventTarget();
  const doc = new FakeDocument();
  const canvas = new FakeCanvas();
  return {
    win,
    doc,
    canvas,
    keyDown: (code, extra = {}) => fire(win, 'keydown', { code, repeat: false, ...extra }),
    keyUp: (code) => fire(win, 'keyup', { code }),
    mouseDown: (button) => fire(canvas, 'mousedown', { button }),
    mouseUp: (button) => fire(win, 'mouseup', { button }),
    mouseMove: (clientX, clientY) => fire(win, 'mousemove', { clientX, clientY }),
    wheel: (deltaY) => fire(canvas, 'wheel', { deltaY, deltaMode: 0 }),
  };
}

/** A standard-mapping pad at rest; tweak buttons/axes in place between polls. */
export function fakePad(): PadLike & { buttons: { pressed: boolean; value: number }[]; axes: number[]; connected: boolean } {
  return {
    connected: true,
    buttons: Array.from({ length: 17 }, () => ({ pressed: false, value: 0 })),
    axes: [0, 0, 0, 0],
  };
}

export function press(pad: ReturnType<typeof fakePad>, i: number, down = true): void {
  pad.buttons[i] = { pressed: down, value: down ? 1 : 0 };
}
