// The title screen's picture, 320x180 (shown at 4x): El Tarasco's front at dusk on the border town's
// street. Purple-orange sky (the top third kept calm for the title), adobe walls in shade with a rim of
// sunset on their tops, the red neon beer sign, warm light spilling from the door onto the sand, and
// El Mariachi in black with his guitar case, his long shadow reaching across the street.
// Built from shapes and palette-dithered gradients; deterministic (no randomness).
import type { PixelImage } from './pixel-sprite';
import { mariachiSilhouette } from './mariachi-silhouette';
import { Grid, bayer, hash01, ramp } from './tiles/grid';

const W = 320;
const H = 180;
/** Where the street meets the buildings. */
const GROUND = 128;

/** A tiny 3x5 letter set for the painted and neon signs. */
const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  E: ['###', '#..', '##.', '#..', '###'],
  L: ['#..', '#..', '#..', '#..', '###'],
  T: ['###', '.#.', '.#.', '.#.', '.#.'],
  A: ['.#.', '#.#', '###', '#.#', '#.#'],
  R: ['##.', '#.#', '##.', '#.#', '#.#'],
  S: ['.##', '#..', '.#.', '..#', '##.'],
  C: ['.##', '#..', '#..', '#..', '.##'],
  O: ['.#.', '#.#', '#.#', '#.#', '.#.'],
  V: ['#.#', '#.#', '#.#', '#.#', '.#.'],
  Z: ['###', '..#', '.#.', '#..', '###'],
  ' ': ['...', '...', '...', '...', '...'],
};

function text(g: Grid, s: string, x: number, y: number, ch: string): void {
  for (const c of s) {
    const glyph = GLYPHS[c];
    if (!glyph) throw new Error(`title art: no glyph for "${c}"`);
    glyph.forEach((row, j) => {
      for (let i = 0; i < 3; i++) if (row[i] === '#') g.set(x + i, y + j, ch);
    });
    x += 4;
  }
}

function textWidth(s: string): number {
  return s.length * 4 - 1;
}

/**
 * Solid colour bands by row with dithered seams: stops are [first row, colour]; each seam is `seam`
 * rows wide, centred on the row where the next colour starts.
 */
function banded(stops: readonly (readonly [number, string])[], y: number, x: number, seam: number): string {
  let i = 0;
  while (i + 1 < stops.length && y >= stops[i + 1]![0] - seam / 2) i++;
  const [start, colour] = stops[i]!;
  const prev = stops[i - 1];
  if (prev && y < start + seam / 2) {
    const f = (y - (start - seam / 2) + 0.5) / seam;
    return f > bayer(x, y) ? colour : prev[1];
  }
  return colour;
}

/** Dusk sky: deep blue on top (calm, for the title), through violet to salmon and gold at the horizon. */
const SKY: readonly (readonly [number, string])[] = [
  [0, 'b'], [48, 'B'], [68, 'v'], [86, 'p'], [104, 'F'], [118, 'y'],
];

function sky(g: Grid): void {
  for (let y = 0; y < GROUND; y++) {
    for (let x = 0; x < W; x++) g.set(x, y, banded(SKY, y, x, 8));
  }
  // A few stars, only in the dark band, never bunched.
  for (let y = 2; y < 44; y++) {
    for (let x = 0; x < W; x++) {
      const v = hash01(x, y, 7);
      if (v < 0.0012) g.set(x, y, y < 26 ? 'M' : 'c');
      else if (v < 0.0016 && y < 30) g.set(x, y, 'x');
    }
  }
  // A thin crescent moon, high and to the left.
  const moon = new Grid(9, 9);
  moon.ellipse(4.5, 4.5, 4.5, 4.5, 'x');
  moon.ellipse(6, 3.5, 4, 4.2, '.');
  const mx = 28;
  const my = 14;
  for (let j = 0; j < 9; j++) for (let i = 0; i < 9; i++) if (moon.get(i, j) !== '.') g.set(mx + i, my + j, j > 5 ? 'M' : 'x');
}

/** Long low clouds, lumpy on top and flat underneath, their undersides lit by the sun. */
function clouds(g: Grid): void {
  const list: readonly (readonly [number, number, number, number])[] = [
    [70, 62, 50, 3],
    [258, 58, 54, 3.5],
    [176, 49, 30, 2],
    [222, 96, 18, 1.5],
  ];
  list.forEach(([cx, cy, rx, ry], n) => {
    const mask = new Grid(W, H);
    mask.ellipse(cx, cy, rx, ry * 0.7, '#');
    // Lumps along the top.
    for (let i = 0; i < 5; i++) {
      const bx = cx - rx * 0.6 + (rx * 1.2 * (i + hash01(i, n, 33) * 0.6)) / 5;
      const r = ry * (0.8 + hash01(i, n, 34) * 0.7);
      mask.ellipse(bx, cy - r * 0.4, r * 2.2, r, '#');
    }
    // Flat underside.
    for (let x = 0; x < W; x++) for (let y = Math.ceil(cy + ry * 0.5); y < H; y++) mask.set(x, y, '.');
    for (let x = 0; x < W; x++) {
      let bottom = -1;
      for (let y = H - 1; y >= 0; y--) {
        if (mask.get(x, y) === '#') {
          bottom = y;
          break;
        }
      }
      if (bottom < 0) continue;
      for (let y = 0; y <= bottom; y++) {
        if (mask.get(x, y) !== '#') continue;
        const up = bottom - y;
        const top = mask.get(x, y - 1) !== '#';
        g.set(x, y, up === 0 ? (cy > 80 ? 'y' : 'F') : up === 1 ? 'p' : top ? 'p' : 'v');
      }
    }
  });
}

/** The sun sinking behind the mesas, with a dithered halo. */
function sun(g: Grid, cx: number, cy: number): void {
  for (let y = cy - 22; y <= cy + 4; y++) {
    for (let x = cx - 30; x <= cx + 30; x++) {
      const d = Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy) * 1.5625);
      if (d < 9) g.set(x, y, d < 6 ? 'Y' : 'y');
      else if (d < 22 && (22 - d) / 13 > bayer(x, y) + 0.15) g.set(x, y, g.get(x, y) === 'y' ? 'Y' : 'y');
    }
  }
}

/** Smooth value noise in [0, 1): hash values at every `period` pixels, eased between. */
function wave(x: number, period: number, seed: number): number {
  const i = Math.floor(x / period);
  const f = x / period - i;
  const a = hash01(i, 0, seed);
  const b = hash01(i + 1, 0, seed);
  return a + (b - a) * f * f * (3 - 2 * f);
}

/** Two layers of mesas on the horizon. */
function mesas(g: Grid): void {
  const far = (x: number): number => {
    if (x < 70) return 112 + Math.round(wave(x, 14, 1) * 3);
    if (x < 80) return 112 - (x - 70);
    if (x < 120) return 102;
    if (x < 128) return 102 + (x - 120);
    if (x < 260) return 116 - Math.round(wave(x, 18, 2) * 2);
    if (x < 268) return 116 - (x - 260);
    if (x < 300) return 108;
    return 108 + Math.min(12, (x - 300));
  };
  const near = (x: number): number => 121 - Math.round(wave(x, 24, 3) * 3 + wave(x, 6, 4));
  for (let x = 0; x < W; x++) {
    for (let y = far(x); y < GROUND; y++) g.set(x, y, y === far(x) ? 'p' : 'v');
    for (let y = near(x); y < GROUND; y++) g.set(x, y, 'N');
    g.set(x, near(x), 'f');
  }
}

/** The street: sand in shade, darker towards the viewer, a few stones and ruts. */
const STREET: readonly (readonly [number, string])[] = [[GROUND, 's'], [GROUND + 18, 'S'], [GROUND + 44, 'w']];

function street(g: Grid): void {
  for (let y = GROUND; y < H; y++) {
    for (let x = 0; x < W; x++) g.set(x, y, banded(STREET, y, x, 10));
  }
  // Stones catching the last light, each with its shadow.
  for (let y = GROUND + 2; y < H - 2; y++) {
    for (let x = 0; x < W; x++) {
      if (hash01(x, y, 41) < 0.003) g.set(x, y, 'A').set(x + 1, y, 'w');
    }
  }
  // Wheel ruts, converging into the distance.
  for (let y = GROUND + 4; y < H; y++) {
    const t = (y - GROUND) / (H - GROUND);
    for (const [x0, spread] of [[70, -60], [250, 70]] as const) {
      const x = Math.round(x0 + spread * t);
      g.set(x, y, g.get(x, y) === 'w' ? 'u' : 'w');
    }
  }
}

/** Light on the ground: `strength` 0..1 at each point lifts the sand up a ramp (dithered). */
function light(g: Grid, x0: number, y0: number, x1: number, y1: number, strength: (x: number, y: number) => number): void {
  const LIFT: Readonly<Record<string, string>> = { w: 'S', S: 's', s: 'A', A: 'a', a: 'a', u: 'w', d: 's' };
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      let s = strength(x, y) * 3;
      let ch = g.get(x, y);
      while (s > 0) {
        if (s >= 1 || s > bayer(x, y)) ch = LIFT[ch] ?? ch;
        s -= 1;
      }
      g.set(x, y, ch);
    }
  }
}

/** An adobe wall in shade: plaster patches, darker at its foot, a sunset rim on its top edge. */
function adobe(g: Grid, x0: number, y0: number, x1: number, y1: number, base: string, dark: string, seed: number, patches = 0.22): void {
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const foot = (y - (y1 - 14)) / 14;
      let ch = foot > 0 ? ramp(base + dark, foot, x, y) : base;
      const patch = hash01(x >> 3, y >> 2, seed) < patches;
      if (patch && hash01(x, y, seed + 1) < 0.5) ch = dark;
      if (hash01(x, y, seed + 2) < 0.02) ch = dark;
      g.set(x, y, ch);
    }
  }
}

/** El Tarasco: stepped parapet, beam ends, the painted name, the door, windows, the neon sign. */
function bar(g: Grid): void {
  const x0 = 34;
  const x1 = 206;
  const top = 74;
  adobe(g, x0, top, x1, GROUND, 'S', 'd', 51);
  // Stepped parapet over the door.
  adobe(g, 92, 66, 148, top, 'S', 'd', 52);
  adobe(g, 104, 61, 136, 66, 'S', 'd', 53);
  // Sunset rim on every top edge, and a dark line under the cap.
  const rim = (xa: number, xb: number, y: number): void => {
    g.hline(xa, xb - 1, y, 'p');
    for (let x = xa; x < xb; x++) if (bayer(x, y + 1) < 0.5) g.set(x, y + 1, 'f');
  };
  rim(x0, x1, top);
  rim(92, 148, 66);
  rim(104, 136, 61);
  g.vline(x1 - 1, top, GROUND - 1, 'w');
  // Vigas: beam ends poking out under the roof, each with its shadow.
  for (let x = x0 + 6; x < x1 - 4; x += 13) {
    if (x > 88 && x < 150) continue;
    g.rect(x, 80, 3, 2, 'w').hline(x, x + 2, 80, 'W').hline(x, x + 2, 82, 'u').set(x + 3, 81, 'u');
  }
  // The painted name over the door, weathered.
  const name = 'EL TARASCO';
  const nx = 120 - (textWidth(name) >> 1);
  g.rect(nx - 3, 67, textWidth(name) + 6, 9, 'w');
  g.hline(nx - 3, nx + textWidth(name) + 2, 67, 'W');
  text(g, name, nx, 69, 'A');
  for (let x = nx; x < nx + textWidth(name); x++) for (let y = 69; y < 74; y++) if (g.get(x, y) === 'A' && hash01(x, y, 55) < 0.2) g.set(x, y, 's');

  door(g);
  neonWindow(g, 50, 94);
  amberWindow(g, 158, 94);
  // A lamp by the door.
  g.vline(140, 88, 91, 'k');
  g.rect(139, 92, 3, 3, 'y').set(140, 93, 'Y').hline(139, 141, 95, 'k');
  glow(g, 140, 93, 9, 'F');
}

/** The swinging doors, the room behind them blazing amber. */
function door(g: Grid): void {
  const x0 = 110;
  const x1 = 131;
  const y0 = 96;
  g.rect(x0 - 2, y0 - 2, x1 - x0 + 4, GROUND - y0 + 2, 'u');
  for (let y = y0; y < GROUND; y++) {
    for (let x = x0; x < x1; x++) g.set(x, y, ramp('FyY', 0.35 + (y - y0) / (GROUND - y0) * 0.6, x, y));
  }
  // Somebody at the bar inside, a dark shape against the light.
  g.rect(124, 104, 3, 2, 'w').rect(123, 106, 5, 8, 'w').rect(124, 103, 3, 1, 'w');
  g.hline(x0, x1 - 1, 114, 'S').hline(x0, x1 - 1, 115, 'w');
  // Batwing doors, pushed half open.
  for (const [dx0, dx1] of [[x0, x0 + 7], [x1 - 7, x1]] as const) {
    g.rect(dx0, 106, dx1 - dx0, 13, 'u');
    for (let y = 107; y < 118; y += 2) g.hline(dx0 + 1, dx1 - 2, y, 'w');
    g.hline(dx0, dx1 - 1, 106, 'W');
  }
  // The light spilling out across the street, widening as it comes.
  light(g, 60, GROUND, 200, H, (x, y) => {
    const t = (y - GROUND) / (H - GROUND);
    const half = 11 + t * 46;
    const cx = 120.5 + t * 8;
    const edge = 1 - Math.abs(x - cx) / half;
    if (edge <= 0) return 0;
    return Math.min(1, edge * 1.6) * (1 - t * 0.75);
  });
  // Light on the door's own frame.
  g.vline(x0 - 1, y0, GROUND - 1, 'W').hline(x0 - 2, x1 + 1, y0 - 2, 'w');
}

/** A soft dithered halo of `ch` around a point, on everything dark enough to show it. */
function glow(g: Grid, cx: number, cy: number, r: number, ch: string): void {
  for (let y = cy - r; y <= cy + r; y++) {
    for (let x = cx - r; x <= cx + r; x++) {
      const d = Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)) / r;
      if (d >= 1) continue;
      const under = g.get(x, y);
      if (!'kunNwdSbB'.includes(under)) continue;
      if ((1 - d) * 0.7 > bayer(x, y)) g.set(x, y, ch);
    }
  }
}

/** The left window: dark glass and the red neon beer sign, glowing onto the wall around it. */
function neonWindow(g: Grid, x: number, y: number): void {
  const w = 40;
  const h = 22;
  // Red glow spills out over the wall first, so the frame draws over it.
  const R = 11;
  for (let j = -R; j < h + R; j++) {
    for (let i = -R; i < w + R; i++) {
      const dx = Math.max(0, -i, i - (w - 1));
      const dy = Math.max(0, -j, j - (h - 1));
      const d = Math.sqrt(dx * dx + dy * dy) / R;
      if (d >= 1 || (dx === 0 && dy === 0)) continue;
      const v = (1 - d) * 0.95;
      if (v > bayer(x + i, y + j)) g.set(x + i, y + j, v > 0.7 ? 'R' : 'f');
    }
  }
  g.rect(x - 2, y - 2, w + 4, h + 4, 'u');
  g.hline(x - 3, x + w + 2, y + h + 2, 'W');
  g.rect(x, y, w, h, 'n');
  // The tubes: the word in a rounded frame, a glass of beer over it.
  const word = 'CERVEZA';
  const tx = x + ((w - textWidth(word)) >> 1);
  const ty = y + 9;
  text(g, word, tx, ty, 'e');
  const fx0 = tx - 3;
  const fx1 = tx + textWidth(word) + 2;
  g.hline(fx0 + 1, fx1 - 1, ty - 3, 'e').hline(fx0 + 1, fx1 - 1, ty + 7, 'e');
  g.vline(fx0, ty - 2, ty + 6, 'e').vline(fx1, ty - 2, ty + 6, 'e');
  // A little glass of beer on top of the frame, its foam white-hot.
  g.rect(x + (w >> 1) - 2, ty - 7, 5, 4, 'e').rect(x + (w >> 1) - 1, ty - 6, 3, 2, 'n');
  g.hline(x + (w >> 1) - 2, x + (w >> 1) + 2, ty - 8, 'x');
  // Hot cores where the tubes bend.
  g.set(tx, ty + 1, 'x').set(tx + 9, ty, 'x').set(tx + 21, ty + 4, 'x').set(fx0, ty + 2, 'x').set(fx1, ty, 'x');
  // Tube halo inside the glass: a close ring of dark red, then a sparse haze.
  for (let j = 1; j < h - 1; j++) {
    for (let i = 1; i < w - 1; i++) {
      const at = (a: number, b: number): boolean => g.get(x + a, y + b) === 'e' || g.get(x + a, y + b) === 'x';
      if (at(i, j)) continue;
      // Keep the dark glass between the letters so the word stays readable.
      if (x + i >= tx - 1 && x + i <= tx + textWidth(word) && y + j >= ty && y + j < ty + 5) continue;
      if (at(i - 1, j) || at(i + 1, j) || at(i, j - 1) || at(i, j + 1)) g.set(x + i, y + j, 'r');
      else if (bayer(x + i, y + j) < 0.12) g.set(x + i, y + j, 'r');
    }
  }
  // Mullion.
  g.hline(x, x + w - 1, y + h - 4, 'u');
  // The neon colours the street below the window.
  light(g, x - 10, GROUND, x + w + 10, GROUND + 14, (px, py) => {
    const t = (py - GROUND) / 14;
    const edge = 1 - Math.abs(px - (x + w / 2)) / (w / 2 + 10);
    return Math.max(0, edge) * (1 - t) * 0.5;
  });
  for (let py = GROUND; py < GROUND + 6; py++) {
    for (let px = x; px < x + w; px++) if (bayer(px, py) < 0.18 * (1 - (py - GROUND) / 6)) g.set(px, py, 'f');
  }
}

/** The right window: shutters open, amber light and a row of bottles against it. */
function amberWindow(g: Grid, x: number, y: number): void {
  const w = 30;
  const h = 22;
  g.rect(x - 2, y - 2, w + 4, h + 4, 'u');
  g.hline(x - 3, x + w + 2, y + h + 2, 'W');
  for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) g.set(x + i, y + j, ramp('fFy', 0.25 + j / h * 0.6, x + i, y + j));
  // Bottles on a shelf, in silhouette.
  g.hline(x, x + w - 1, y + 14, 'w');
  for (let i = 2; i < w - 2; i += 3) {
    const tall = hash01(i, 0, 61) < 0.5 ? 1 : 0;
    g.rect(x + i, y + 10 - tall, 2, 4 + tall, 'w').set(x + i, y + 8 - tall, 'w').set(x + i, y + 9 - tall, 'w');
  }
  g.hline(x, x + w - 1, y + 15, 'u');
  g.vline(x + (w >> 1), y, y + h - 1, 'u');
  // Shutters folded back against the wall.
  g.rect(x - 9, y - 2, 6, h + 4, 'w');
  g.rect(x + w + 3, y - 2, 6, h + 4, 'w');
  for (let j = 0; j < h + 4; j += 2) {
    g.hline(x - 8, x - 5, y - 2 + j, 'u');
    g.hline(x + w + 4, x + w + 7, y - 2 + j, 'u');
  }
  light(g, x - 6, GROUND, x + w + 10, GROUND + 18, (px, py) => {
    const t = (py - GROUND) / 18;
    const edge = 1 - Math.abs(px - (x + w / 2 + t * 6)) / (w / 2 + t * 8);
    return Math.max(0, edge) * (1 - t) * 0.8;
  });
}

/** The next building down the street, further back: darker, one lit window, a water tank. */
function farBuilding(g: Grid): void {
  const x0 = 236;
  const top = 86;
  adobe(g, x0, top, W, GROUND, 'd', 'w', 71, 0.08);
  g.hline(x0, W - 1, top, 'p');
  for (let x = x0; x < W; x++) if (bayer(x, top + 1) < 0.5) g.set(x, top + 1, 'f');
  // Water tank on the roof.
  g.rect(284, 70, 16, 14, 'N').rect(286, 84, 2, 2, 'N').rect(296, 84, 2, 2, 'N');
  g.hline(284, 299, 70, 'q').vline(299, 70, 83, 'n').hline(284, 299, 76, 'n');
  g.vline(300, 72, 83, 'p');
  // A small lit window and a dark door.
  g.rect(256, 100, 10, 9, 'u').rect(257, 101, 8, 7, 'F').vline(261, 101, 107, 'u').rect(257, 105, 8, 1, 'f');
  g.rect(290, 104, 12, 24, 'u').rect(291, 105, 10, 23, 'n');
  glow(g, 261, 104, 8, 'S');
}

/** Street clutter: a barrel by the bar's corner, an agave in the foreground. */
function props(g: Grid): void {
  // The barrel: staves in shade, hoops, a rim of sunset on its lid.
  g.rect(190, 113, 11, 15, 'w').vline(190, 114, 126, 'u').vline(200, 114, 126, 'u');
  g.hline(190, 200, 112, 'p').hline(191, 199, 113, 'W');
  g.hline(190, 200, 117, 'k').hline(190, 200, 123, 'k');
  for (const x of [193, 196, 199]) g.vline(x, 114, 127, 'u');
  g.hline(189, 202, 128, 'u');
  // The agave: long pointed leaves fanning out, nearly black, their tips catching the light.
  const leaves: readonly (readonly [number, number])[] = [[-16, -6], [-11, -13], [-4, -17], [3, -16], [10, -12], [15, -5], [-8, -9], [7, -9]];
  const bx = 296;
  const by = 176;
  for (const [dx, dy] of leaves) {
    const n = Math.max(Math.abs(dx), Math.abs(dy));
    for (let i = 0; i <= n; i++) {
      const x = Math.round(bx + (dx * i) / n);
      const y = Math.round(by + (dy * i) / n);
      const wide = i < n * 0.6 ? 1 : 0;
      g.set(x, y, 'n').set(x + wide, y, 'n').set(x, y + wide, 'n');
    }
    g.set(bx + dx, by + dy, 'f');
  }
  g.rect(bx - 6, by, 13, 4, 'n');
}

/** The corner of a building in the foreground on the left, nearly black. */
function nearBuilding(g: Grid): void {
  adobe(g, 0, 68, 26, H, 'w', 'u', 81);
  g.hline(0, 25, 68, 'p').hline(0, 25, 69, 'f');
  g.vline(25, 70, H - 1, 'S');
  g.rect(6, 92, 12, 16, 'k').rect(7, 93, 10, 14, 'n').vline(12, 93, 106, 'k');
  // A lamp post's bracket and its little light.
  g.hline(26, 31, 84, 'k').vline(31, 84, 86, 'k');
  g.rect(30, 87, 3, 3, 'y').set(31, 88, 'Y');
  glow(g, 31, 88, 7, 'F');
}

/** A telegraph pole in the gap, its wire sagging across to the bar's roof. */
function pole(g: Grid): void {
  g.vline(220, 66, GROUND + 2, 'k').vline(221, 66, GROUND + 2, 'n');
  g.hline(215, 226, 70, 'k');
  g.set(215, 69, 'k').set(226, 69, 'k');
  for (let x = 150; x <= 215; x++) {
    const t = (x - 150) / 65;
    g.set(x, Math.round(70 - 8 * (1 - t) + 24 * t * (1 - t)), 'k');
  }
  for (let x = 226; x < W; x++) {
    const t = (x - 226) / (W - 226);
    g.set(x, Math.round(70 + 28 * t * (1 - t) + t * 2), 'k');
  }
}

/** What a shadow makes of the ground it falls on. */
const SHADE: Readonly<Record<string, string>> = { a: 's', A: 'S', s: 'S', S: 'w', w: 'u', u: 'n', f: 'r', d: 'w' };

/** El Mariachi: a black silhouette with his guitar case; feet at (fx, fy). Returns his mask. */
function mariachi(g: Grid, fx: number, fy: number): Grid {
  const m = new Grid(W, H);
  const { ox, oy } = mariachiSilhouette(m, fx, fy);

  // His long shadow, thrown by the doorway's light behind him down and to the right across the sand.
  const shadow = new Grid(W, H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      if (m.get(x, y) === '.') continue;
      const up = fy - y;
      const sx = x + up * 0.8;
      const sy = fy + up * 0.36;
      shadow.set(Math.round(sx), Math.round(sy), 'n').set(Math.round(sx) + 1, Math.round(sy), 'n');
    }
  }
  for (let y = fy - 1; y < H; y++) {
    for (let x = 0; x < W; x++) {
      if (shadow.get(x, y) === '.') continue;
      const fade = (y - fy) / (H - fy);
      if (fade > 0.6 && bayer(x, y) < (fade - 0.6) * 1.5) continue;
      const ground = g.get(x, y);
      g.set(x, y, SHADE[SHADE[ground] ?? ground] ?? 'u');
    }
  }
  g.draw(m, 0, 0);
  // Rim light: the doorway's amber down his left-hand edges, the sunset's red on his right.
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      if (m.get(x, y) === '.') continue;
      const band = y < oy + 6 || (y > oy + 10 && y < oy + 16);
      if (m.get(x - 1, y) === '.' && (band || hash01(x, y, 93) < 0.25)) g.set(x, y, 'F');
      else if (m.get(x + 1, y) === '.' && band) g.set(x, y, 'f');
    }
  }
  // Silver conchos down the trouser seams and the jacket front.
  for (let j = 0; j < 4; j++) g.set(ox + 9, oy + 30 + j * 3, 'm').set(ox + 18, oy + 30 + j * 3, 'm');
  g.set(ox + 10, oy + 16, 'M').set(ox + 17, oy + 16, 'M');
  return m;
}

/** A soft dark frame at the bottom corners so the eye stays on the street. */
function vignette(g: Grid): void {
  const DARKEN: Readonly<Record<string, string>> = {
    a: 'A', A: 's', s: 'S', S: 'w', w: 'u', u: 'n', d: 'w', W: 'w', o: 'W', f: 'r', F: 'f', y: 'F', N: 'n', n: 'k',
  };
  for (let y = 120; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const dx = Math.abs(x - W / 2) / (W / 2);
      const dy = (y - 120) / (H - 120);
      const v = dx * dx * 0.6 + dy * dy * 0.9 - 0.35;
      if (v > bayer(x, y)) g.set(x, y, DARKEN[g.get(x, y)] ?? g.get(x, y));
    }
  }
}

export function buildTitleArt(): PixelImage {
  const g = new Grid(W, H, 'b');
  sky(g);
  clouds(g);
  sun(g, 226, 118);
  mesas(g);
  street(g);
  farBuilding(g);
  pole(g);
  bar(g);
  nearBuilding(g);
  props(g);
  mariachi(g, 160, 166);
  vignette(g);
  return g.toImage('title');
}
