// DOM touch listeners: Touch events on the game canvas, converted to game pixels for a handler.
// Does nothing else, so the logic behind it is tested in Node with plain EventTargets.
import { clientToGame, type Vec } from './geometry';
import { coarsePointer } from './coarse-pointer';
import type { CanvasLike } from './keyboard-mouse';

export interface TouchHandler {
  /** Any finger touched the screen (the player is on touch now); called before `down`. */
  touched(): void;
  /** True when the finger is taken (the page must not also scroll or zoom with it). */
  down(id: number, p: Vec): boolean;
  moveTo(id: number, p: Vec): boolean;
  up(id: number): boolean;
}

interface TouchPointLike {
  readonly identifier: number;
  readonly clientX: number;
  readonly clientY: number;
}

function points(e: Event): TouchPointLike[] {
  const list = (e as unknown as { changedTouches?: ArrayLike<TouchPointLike> }).changedTouches;
  return list ? Array.from(list) : [];
}

/** Listens until the returned function is called. */
export function attachTouch(canvas: CanvasLike, handler: TouchHandler): () => void {
  const abort = new AbortController();
  const toGame = (t: TouchPointLike): Vec => clientToGame(t.clientX, t.clientY, canvas.getBoundingClientRect(), canvas.width, canvas.height);
  const on = (type: string, each: (t: TouchPointLike) => boolean, first?: () => void): void =>
    canvas.addEventListener(type, (e) => {
      first?.();
      let taken = false;
      for (const t of points(e)) taken = each(t) || taken;
      if (taken && e.cancelable) e.preventDefault();
    }, { signal: abort.signal, passive: false });
  on('touchstart', (t) => handler.down(t.identifier, toGame(t)), () => handler.touched());
  on('touchmove', (t) => handler.moveTo(t.identifier, toGame(t)));
  on('touchend', (t) => handler.up(t.identifier));
  on('touchcancel', (t) => handler.up(t.identifier));
  return () => abort.abort();
}

/** What the layout needs of the screen, read from the page. */
export function pageMetrics(canvas: CanvasLike): { canvasCssWidth: number; canvasCssHeight: number; devicePixelRatio: number; coarse: boolean } {
  const rect = canvas.getBoundingClientRect();
  const hasWindow = typeof window !== 'undefined';
  const coarse = coarsePointer();
  return { canvasCssWidth: rect.width, canvasCssHeight: rect.height, devicePixelRatio: hasWindow ? window.devicePixelRatio || 1 : 1, coarse };
}
