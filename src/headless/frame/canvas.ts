// An RGB canvas in world pixels and the few ways the frame renderer draws on it: sprites placed as
// Phaser places an image (origin, rotation about it, scale, alpha, additive or tinted), thick
// lines for rounds in flight, rectangles. Nearest-neighbour sampling, so pixel art stays crisp.
import type { PixelImage } from '../../art/pixel-sprite';

export interface RgbCanvas {
  /** Size in pixels, and the world position of its top-left pixel. */
  readonly w: number;
  readonly h: number;
  readonly ox: number;
  readonly oy: number;
  /** RGB, row-major, w*h*3 bytes. */
  readonly rgb: Uint8Array;
}

export function makeCanvas(w: number, h: number, ox: number, oy: number): RgbCanvas {
  return { w, h, ox, oy, rgb: new Uint8Array(w * h * 3) };
}

export interface SpriteOptions {
  /** Radians, clockwise on screen (y down), about the origin point. */
  readonly rotation?: number;
  /** The image's anchor as a fraction of its size (Phaser's setOrigin); 0.5, 0.5 by default. */
  readonly originX?: number;
  readonly originY?: number;
  readonly scaleX?: number;
  readonly scaleY?: number;
  readonly alpha?: number;
  /** Added onto what is below (Phaser's ADD blend mode) instead of painted over it. */
  readonly add?: boolean;
  /** Multiplies the sprite's colours (Phaser's setTint), 0xrrggbb. */
  readonly tint?: number;
  readonly flipX?: boolean;
}

/** Draws a sprite with its origin at world (x, y). */
export function drawSprite(c: RgbCanvas, img: PixelImage, x: number, y: number, o: SpriteOptions = {}): void {
  const rot = o.rotation ?? 0;
  const sx = o.scaleX ?? 1;
  const sy = o.scaleY ?? 1;
  const alpha = o.alpha ?? 1;
  if (alpha <= 0 || sx === 0 || sy === 0) return;
  const ax = (o.originX ?? 0.5) * img.w;
  const ay = (o.originY ?? 0.5) * img.h;
  const cos = Math.cos(rot);
  const sin = Math.sin(rot);
  // The sprite's bounding box on the canvas, from its four corners.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [u, v] of [[0, 0], [img.w, 0], [0, img.h], [img.w, img.h]] as const) {
    const lx = (u - ax) * sx;
    const ly = (v - ay) * sy;
    const wx = x + lx * cos - ly * sin - c.ox;
    const wy = y + lx * sin + ly * cos - c.oy;
    minX = Math.min(minX, wx);
    maxX = Math.max(maxX, wx);
    minY = Math.min(minY, wy);
    maxY = Math.max(maxY, wy);
  }
  const x0 = Math.max(0, Math.floor(minX));
  const y0 = Math.max(0, Math.floor(minY));
  const x1 = Math.min(c.w - 1, Math.ceil(maxX));
  const y1 = Math.min(c.h - 1, Math.ceil(maxY));
  if (x0 > x1 || y0 > y1) return;
  const tint = o.tint ?? 0xffffff;
  const tr = ((tint >> 16) & 255) / 255;
  const tg = ((tint >> 8) & 255) / 255;
  const tb = (tint & 255) / 255;
  const data = img.data;
  const out = c.rgb;
  const add = o.add ?? false;
  const flip = o.flipX ?? false;
  // Back from a canvas pixel's centre to the sprite pixel under it (inverse rotation, then scale):
  // linear in the canvas position, so stepped along each row.
  const du = cos / sx;
  const dv = -sin / sy;
  const straight = rot === 0 && sx === 1 && sy === 1;
  for (let py = y0; py <= y1; py++) {
    const dy = py + 0.5 + c.oy - y;
    const dx0 = x0 + 0.5 + c.ox - x;
    let uf = (dx0 * cos + dy * sin) / sx + ax;
    let vf = (-dx0 * sin + dy * cos) / sy + ay;
    // Unrotated at 1:1 the sprite row is one integer offset away: no rounding drift along the row.
    const shift = straight ? Math.floor(uf) - x0 : 0;
    const row = straight ? Math.floor(vf) : 0;
    for (let px = x0; px <= x1; px++, uf += du, vf += dv) {
      let u = straight ? px + shift : Math.floor(uf);
      const v = straight ? row : Math.floor(vf);
      if (u < 0 || v < 0 || u >= img.w || v >= img.h) continue;
      if (flip) u = img.w - 1 - u;
      const si = (v * img.w + u) * 4;
      const sa = data[si + 3]!;
      if (sa === 0) continue;
      const a = (sa / 255) * alpha;
      const di = (py * c.w + px) * 3;
      const r = data[si]! * tr;
      const g = data[si + 1]! * tg;
      const b = data[si + 2]! * tb;
      if (add) {
        out[di] = Math.min(255, out[di]! + r * a);
        out[di + 1] = Math.min(255, out[di + 1]! + g * a);
        out[di + 2] = Math.min(255, out[di + 2]! + b * a);
      } else {
        out[di] = out[di]! + (r - out[di]!) * a;
        out[di + 1] = out[di + 1]! + (g - out[di + 1]!) * a;
        out[di + 2] = out[di + 2]! + (b - out[di + 2]!) * a;
      }
    }
  }
}

/** A rectangle in world pixels, painted with `alpha`. */
export function fillRect(c: RgbCanvas, x: number, y: number, w: number, h: number, rgb: number, alpha = 1): void {
  const x0 = Math.max(0, Math.round(x - c.ox));
  const y0 = Math.max(0, Math.round(y - c.oy));
  const x1 = Math.min(c.w, Math.round(x + w - c.ox));
  const y1 = Math.min(c.h, Math.round(y + h - c.oy));
  for (let py = y0; py < y1; py++) {
    for (let px = x0; px < x1; px++) paint(c, (py * c.w + px) * 3, rgb, alpha);
  }
}

/** A line `width` pixels thick from (x0, y0) to (x1, y1), every pixel painted once (no darker joints). */
export function drawLine(c: RgbCanvas, x0: number, y0: number, x1: number, y1: number, width: number, rgb: number, alpha = 1): void {
  const half = width / 2;
  const ax = x0 - c.ox;
  const ay = y0 - c.oy;
  const bx = x1 - c.ox;
  const by = y1 - c.oy;
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  const left = Math.max(0, Math.floor(Math.min(ax, bx) - half));
  const right = Math.min(c.w - 1, Math.ceil(Math.max(ax, bx) + half));
  const top = Math.max(0, Math.floor(Math.min(ay, by) - half));
  const bottom = Math.min(c.h - 1, Math.ceil(Math.max(ay, by) + half));
  for (let py = top; py <= bottom; py++) {
    for (let px = left; px <= right; px++) {
      const qx = px + 0.5 - ax;
      const qy = py + 0.5 - ay;
      const t = len2 > 0 ? Math.min(1, Math.max(0, (qx * vx + qy * vy) / len2)) : 0;
      const ex = qx - vx * t;
      const ey = qy - vy * t;
      // A one-pixel line still covers the pixels its centre line passes through.
      if (ex * ex + ey * ey <= Math.max(half, 0.5) ** 2) paint(c, (py * c.w + px) * 3, rgb, alpha);
    }
  }
}

function paint(c: RgbCanvas, di: number, rgb: number, alpha: number): void {
  const out = c.rgb;
  out[di] = out[di]! + (((rgb >> 16) & 255) - out[di]!) * alpha;
  out[di + 1] = out[di + 1]! + (((rgb >> 8) & 255) - out[di + 1]!) * alpha;
  out[di + 2] = out[di + 2]! + ((rgb & 255) - out[di + 2]!) * alpha;
}
