// Where the touch controls sit and how big they are, from the screen's physical size: pure, so the
// overlay that draws them, the input that hit-tests them and the tests agree on one set of numbers.
// All positions are game pixels (1280x720); a left-handed layout is the right-handed one mirrored.
import type { Action } from './actions';
import type { Vec } from './geometry';

export const GAME_W = 1280;
export const GAME_H = 720;
/** Thumb targets: ~11 mm across (Apple and Google both ask for at least 7-9 mm; thumbs need more). */
export const BUTTON_MM = 11;
/** The pause button is used rarely and must not be hit by accident: a little smaller. */
export const PAUSE_MM = 8.5;
/** The stick's ring: the thumb travels this far (radius) for a full push. */
export const STICK_RADIUS_MM = 9;
/** Below the HUD's top band (ui/hud-layout TOP_BAND), so no button hides the hearts or the ammo. */
const TOP = 128;
const MARGIN_MM = 2.5;
const GAP_MM = 1.5;

/**
 * How CSS pixels relate to millimetres on this screen. Browsers pick devicePixelRatio so that one
 * CSS pixel is about 1/160 inch on phones and tablets (Android's dp, iOS's point is 1/163) and 1/96
 * inch on desktop monitors, so the screen's physical pixels per inch are about dpr x that.
 */
export interface ScreenMetrics {
  /** The game canvas's box on screen, CSS pixels (Scale.FIT letterboxes it). */
  readonly canvasCssWidth: number;
  readonly canvasCssHeight: number;
  readonly devicePixelRatio: number;
  /** The primary pointer is a finger (`(pointer: coarse)`): a phone or a tablet. */
  readonly coarse: boolean;
}

/** Game pixels per millimetre on this screen. */
export function gamePxPerMm(m: ScreenMetrics): number {
  const dpr = m.devicePixelRatio > 0 && Number.isFinite(m.devicePixelRatio) ? m.devicePixelRatio : 1;
  const physicalPpi = dpr * (m.coarse ? 160 : 96);
  const physicalPxPerMm = physicalPpi / 25.4;
  const cssPxPerMm = physicalPxPerMm / dpr;
  const gamePerCss = m.canvasCssWidth > 0 ? GAME_W / m.canvasCssWidth : 1;
  return cssPxPerMm * gamePerCss;
}

export type TouchButtonId = 'dive' | 'reload' | 'use' | 'switch' | 'focus' | 'grenade' | 'pause';

/** The action each button holds while pressed (the same actions keys and pad buttons hold). */
export const BUTTON_ACTIONS: Readonly<Record<TouchButtonId, Action>> = {
  dive: 'dive',
  reload: 'reload',
  use: 'use',
  switch: 'switchWeapon',
  focus: 'focus',
  grenade: 'throw',
  pause: 'pause',
};

export interface TouchButton {
  readonly id: TouchButtonId;
  readonly x: number;
  readonly y: number;
  /** Radius, game pixels; the hit area is this circle. */
  readonly r: number;
}

export interface TouchLayout {
  readonly buttons: readonly TouchButton[];
  readonly stickRadius: number;
  /** The move stick is born anywhere on this side (x below `split` when right-handed). */
  readonly split: number;
  readonly leftHanded: boolean;
}

/**
 * Right-handed: an L of buttons on the right edge for the right thumb, which also aims. Dive sits
 * in the bottom corner where the thumb rests (the move most often needed in a hurry), reload and
 * use above it, then focus, switch and the grenade in a row turning left, reached with a stretch.
 * Pause is small and top-centre, away from both thumbs' paths. On a small screen everything
 * shrinks together until it fits the half screen.
 */
export function touchLayout(m: ScreenMetrics, leftHanded: boolean): TouchLayout {
  const mm = gamePxPerMm(m);
  // Four buttons and their gaps must fit between the top band and the bottom edge.
  const fit = (GAME_H - TOP) / (4 * BUTTON_MM + 3 * GAP_MM + 2 * MARGIN_MM);
  const scale = Math.min(mm, fit);
  const r = (BUTTON_MM * scale) / 2;
  const step = 2 * r + GAP_MM * scale;
  const margin = MARGIN_MM * scale;
  const col = GAME_W - margin - r;
  const bottom = GAME_H - margin - r;
  // The row turns left from the column's fourth place: on a phone that is just under the HUD band,
  // on a tablet it stays a compact cluster within the thumb's reach.
  const topRow = bottom - 3 * step;
  const place = (id: TouchButtonId, x: number, y: number, radius = r): TouchButton => ({ id, x: leftHanded ? GAME_W - x : x, y, r: radius });
  const pauseR = (PAUSE_MM * scale) / 2;
  const buttons = [
    place('dive', col, bottom),
    place('reload', col, bottom - step),
    place('use', col, bottom - 2 * step),
    place('focus', col, topRow),
    place('switch', col - step, topRow),
    place('grenade', col - 2 * step, topRow),
    place('pause', GAME_W / 2, TOP + margin + pauseR, pauseR),
  ];
  return { buttons, stickRadius: STICK_RADIUS_MM * scale, split: GAME_W / 2, leftHanded };
}

/** The button under a point (game pixels), or null. */
export function buttonAt(layout: TouchLayout, p: Vec): TouchButton | null {
  for (const b of layout.buttons) if (Math.hypot(p.x - b.x, p.y - b.y) <= b.r) return b;
  return null;
}

/** Which stick a thumb landing at `p` (not on a button) starts: the move stick on its side, else aim. */
export function stickSide(layout: TouchLayout, p: Vec): 'move' | 'aim' {
  const left = p.x < layout.split;
  return left !== layout.leftHanded ? 'move' : 'aim';
}
