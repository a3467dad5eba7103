// renderFrame: a World drawn headless into an H x W x 3 RGB frame from the game's own art (no
// Phaser, no DOM), for agents learning from pixels and for run clips. Two views:
// - 'camera' (default): a window of CAMERA_W x CAMERA_H world pixels (480x270, 16:9, a little more
//   than the 427x240 the game's 1280x720 page shows at its 3x zoom) centred on El and clamped to the
//   map as the game's camera is (without its aim look-ahead and easing, which need past frames);
//   a map smaller than the window shows the game's dark background beyond its edge;
// - 'map': the whole map.
// `scale` resizes the result (nearest neighbour): 0.5 gives a 240x135 camera frame, 2 a crisp 960x540.
import { actorById, type LevelData, type World } from '../../sim';
import { viewOrigin } from '../../render/camera-frame';
import { BACKGROUND, levelArt } from './level-art';
import { makeCanvas, type RgbCanvas } from './canvas';
import { drawWorld } from './draw-world';

export const CAMERA_W = 480;
export const CAMERA_H = 270;
/** The largest frame side renderFrame makes, so a typo cannot ask for gigabytes. */
export const MAX_FRAME_SIDE = 4096;

export interface FrameOptions {
  /** 'camera' (a window on El, the default) or 'map' (the whole level). */
  readonly view?: 'camera' | 'map';
  /** The camera window in world pixels (default 480 x 270). */
  readonly width?: number;
  readonly height?: number;
  /** Output pixels per world pixel (default 1). */
  readonly scale?: number;
}

export interface RgbFrame {
  readonly width: number;
  readonly height: number;
  /** height x width x 3 bytes, row-major RGB (a numpy array's `reshape(height, width, 3)`). */
  readonly rgb: Uint8Array;
}

/** Thrown for options that cannot make a frame; the message names the option. */
export class FrameError extends Error {
  override readonly name = 'FrameError';
}

export function renderFrame(world: World, level: LevelData = world.level, opts: FrameOptions = {}): RgbFrame {
  const view = opts.view ?? 'camera';
  if (view !== 'camera' && view !== 'map') throw new FrameError(`view must be "camera" or "map", not ${JSON.stringify(view)}`);
  const scale = opts.scale ?? 1;
  if (!(typeof scale === 'number' && Number.isFinite(scale) && scale > 0)) throw new FrameError(`scale must be a number above 0, not ${String(scale)}`);
  const art = levelArt(level);
  const w = view === 'map' ? art.w : whole('width', opts.width ?? CAMERA_W);
  const h = view === 'map' ? art.h : whole('height', opts.height ?? CAMERA_H);
  const outW = Math.max(1, Math.round(w * scale));
  const outH = Math.max(1, Math.round(h * scale));
  if (outW > MAX_FRAME_SIDE || outH > MAX_FRAME_SIDE) throw new FrameError(`a ${outW}x${outH} frame is larger than ${MAX_FRAME_SIDE} pixels a side`);
  const origin = view === 'map' ? { x: 0, y: 0 } : cameraOrigin(world, art.w, art.h, w, h);
  const canvas = makeCanvas(w, h, origin.x, origin.y);
  fillBackground(canvas);
  drawWorld(canvas, world, level, art);
  return resize(canvas, outW, outH);
}

function whole(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 1 || v > MAX_FRAME_SIDE) throw new FrameError(`${name} must be a whole number of pixels from 1 to ${MAX_FRAME_SIDE}, not ${String(v)}`);
  return v;
}

/** Top-left of the camera window: El centred, clamped to the map (camera-frame.ts), whole pixels. */
function cameraOrigin(world: World, levelW: number, levelH: number, w: number, h: number): { x: number; y: number } {
  const el = actorById(world, world.playerId) ?? { x: levelW / 2, y: levelH / 2 };
  const o = viewOrigin({ levelW, levelH, viewW: w, viewH: h, zoom: 1, hud: [] }, el, el);
  return { x: Math.round(o.x), y: Math.round(o.y) };
}

function fillBackground(c: RgbCanvas): void {
  const r = (BACKGROUND >> 16) & 255;
  const g = (BACKGROUND >> 8) & 255;
  const b = BACKGROUND & 255;
  for (let i = 0; i < c.rgb.length; i += 3) {
    c.rgb[i] = r;
    c.rgb[i + 1] = g;
    c.rgb[i + 2] = b;
  }
}

function resize(c: RgbCanvas, w: number, h: number): RgbFrame {
  if (w === c.w && h === c.h) return { width: w, height: h, rgb: c.rgb };
  const rgb = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    const sy = Math.min(c.h - 1, Math.floor(((y + 0.5) * c.h) / h));
    for (let x = 0; x < w; x++) {
      const sx = Math.min(c.w - 1, Math.floor(((x + 0.5) * c.w) / w));
      const si = (sy * c.w + sx) * 3;
      const di = (y * w + x) * 3;
      rgb[di] = c.rgb[si]!;
      rgb[di + 1] = c.rgb[si + 1]!;
      rgb[di + 2] = c.rgb[si + 2]!;
    }
  }
  return { width: w, height: h, rgb };
}
