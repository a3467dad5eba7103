// DOM listeners for keyboard and mouse. Translates events into codes (KeyboardEvent.code,
// Mouse<button>, WheelUp/WheelDown) for a sink and does nothing else, so the logic behind it can be
// tested in Node with plain EventTargets.
import { setKeyboardLayout } from './code-labels';
import { clientToGame, WheelSteps, type RectLike } from './geometry';

export interface Listenable {
  addEventListener(type: string, listener: (e: Event) => void, options?: AddEventListenerOptions): void;
}
export interface CanvasLike extends Listenable {
  readonly width: number;
  readonly height: number;
  getBoundingClientRect(): RectLike;
}
export interface DocumentLike extends Listenable {
  readonly visibilityState: string;
}

export interface KeyboardMouseSink {
  /** A key, mouse button or wheel step went down (key repeats are filtered out). */
  press(code: string): void;
  release(code: string): void;
  /** True when the game uses `code`, so the browser must not (scroll, go back, move focus). */
  claims(code: string): boolean;
  /** Pointer position in game pixels. */
  pointer(x: number, y: number): void;
  /** Focus lost: every held key and button must be released (their keyups go elsewhere). */
  releaseAll(): void;
}

/** Listens until the returned function is called. */
export function attachKeyboardMouse(canvas: CanvasLike, sink: KeyboardMouseSink, win: Listenable, doc: DocumentLike): () => void {
  const abort = new AbortController();
  const opts = { signal: abort.signal };
  const wheel = new WheelSteps();
  const on = (target: Listenable, type: string, fn: (e: Event) => void, passive = true): void =>
    target.addEventListener(type, fn, { ...opts, passive });

  on(win, 'keydown', (e) => {
    const k = e as KeyboardEvent;
    if (!k.code || k.isComposing) return;
    // Ctrl/Cmd combinations stay the browser's (copy, reload, close tab...).
    if (sink.claims(k.code) && !k.ctrlKey && !k.metaKey) k.preventDefault();
    if (!k.repeat) sink.press(k.code);
  }, false);
  on(win, 'keyup', (e) => {
    const k = e as KeyboardEvent;
    if (!k.code) return;
    if (sink.claims(k.code)) k.preventDefault();
    sink.release(k.code);
  }, false);

  on(canvas, 'mousedown', (e) => {
    const m = e as MouseEvent;
    const code = `Mouse${m.button}`;
    // No text selection drag, no middle-button autoscroll.
    if (sink.claims(code)) m.preventDefault();
    sink.press(code);
  }, false);
  // On the window: a button released outside the canvas must still be released.
  on(win, 'mouseup', (e) => {
    const m = e as MouseEvent;
    // Side buttons navigate back/forward on mouseup; not while over the game.
    if ((m.target as unknown) === canvas) m.preventDefault();
    sink.release(`Mouse${m.button}`);
  }, false);
  on(win, 'mousemove', (e) => {
    const m = e as MouseEvent;
    const p = clientToGame(m.clientX, m.clientY, canvas.getBoundingClientRect(), canvas.width, canvas.height);
    sink.pointer(p.x, p.y);
  });
  on(canvas, 'wheel', (e) => {
    const w = e as WheelEvent;
    if (w.ctrlKey) return; // pinch / page zoom
    w.preventDefault();
    const code = wheel.add(w.deltaY, w.deltaMode, w.timeStamp);
    if (code) {
      sink.press(code);
      sink.release(code);
    }
  }, false);
  on(canvas, 'contextmenu', (e) => e.preventDefault(), false);

  on(win, 'blur', () => sink.releaseAll());
  on(doc, 'visibilitychange', () => {
    if (doc.visibilityState === 'hidden') sink.releaseAll();
  });

  return () => abort.abort();
}

/** Codes the browser must never act on while the game has focus, bound or not. */
export const ALWAYS_CLAIMED: ReadonlySet<string> = new Set([
  'Space', 'Tab', 'Backspace', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Mouse1',
]);

interface KeyboardApi {
  getLayoutMap(): Promise<ReadonlyMap<string, string>>;
}

/** Asks the browser (Chromium only) which character each key prints, for describeCode's labels. */
export async function loadKeyboardLayout(): Promise<void> {
  const kb = typeof navigator === 'undefined' ? undefined : (navigator as { keyboard?: KeyboardApi }).keyboard;
  if (!kb) return;
  try {
    setKeyboardLayout(await kb.getLayoutMap());
  } catch {
    // Not allowed (e.g. in an iframe): keep the US-layout labels.
  }
}
