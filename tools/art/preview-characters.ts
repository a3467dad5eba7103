// Lays out the actor sprites and the UI art for people to look at:
//   test-results/art/characters.png  each actor's frames in a row, facing east, on dark wood, 6x
//   test-results/art/ui.png          UI sprites and both fonts, 6x (fonts 3x)
// Usage: npx tsx tools/art/preview-characters.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { blankImage, blit, type PixelImage } from '../../src/art/pixel-sprite';
import { PALETTE_RGBA } from '../../src/art/palette';
import { characterSprites, LEG_STYLE_OF } from '../../src/art/sprites/characters';
import { uiSprites } from '../../src/art/sprites/ui';
import { buildFont, buildTitleFont, type BitmapFont } from '../../src/art/font';
import { encodePng } from '../../src/headless/png';

const GAP = 4;

function fill(img: PixelImage, ch: string, x0 = 0, y0 = 0, w = img.w, h = img.h): void {
  const c = PALETTE_RGBA.get(ch)!;
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) img.data.set(c, (y * img.w + x) * 4);
}

/** Rows of sprites on a wood-plank background. */
function sheet(rows: PixelImage[][]): PixelImage {
  const w = Math.max(...rows.map((r) => r.reduce((s, i) => s + i.w + GAP, GAP)));
  const h = rows.reduce((s, r) => s + Math.max(...r.map((i) => i.h)) + GAP, GAP);
  const img = blankImage(w, h);
  fill(img, 'w');
  for (let y = 0; y < h; y += 6) fill(img, 'u', 0, y, w, 1); // plank seams
  let y = GAP;
  for (const row of rows) {
    let x = GAP;
    for (const s of row) {
      blit(img, s, x, y);
      x += s.w + GAP;
    }
    y += Math.max(...row.map((i) => i.h)) + GAP;
  }
  return img;
}

const chars = characterSprites();
const groups = new Map<string, PixelImage[]>();
for (const [name, img] of chars) {
  const key = name.startsWith('legs_') ? name.slice(0, name.lastIndexOf('_')) : name.slice(0, name.lastIndexOf('_'));
  const actor = name.startsWith('patron_b') ? 'patron_b' : name.startsWith('patron_c') ? 'patron_c' : name.startsWith('legs_') ? key : name.split('_')[0]!;
  if (!groups.has(actor)) groups.set(actor, []);
  groups.get(actor)!.push(img);
}
// Walking composites: each actor's idle body over its legs, all four steps.
const LEGS_OF: Record<string, string> = { ...LEG_STYLE_OF, patron_b: LEG_STYLE_OF.patron!, patron_c: LEG_STYLE_OF.patron! };
const walking: PixelImage[] = [];
for (const [actor, style] of Object.entries(LEGS_OF)) {
  for (const step of [0, 1, 2, 3]) {
    const img = blankImage(24, 24);
    blit(img, chars.get(`legs_${style}_${step}`)!, 4, 4);
    blit(img, chars.get(`${actor}_${step % 2 === 0 ? 'aim' : 'idle'}`)!, 0, 0);
    walking.push(img);
  }
}
const walkRows: PixelImage[][] = [];
for (let i = 0; i < walking.length; i += 12) walkRows.push(walking.slice(i, i + 12));

mkdirSync('test-results/art', { recursive: true });
writeFileSync('test-results/art/characters.png', encodePng(sheet([...groups.values(), ...walkRows]), 6));
process.stdout.write(`${chars.size} character sprites -> test-results/art/characters.png\n`);

// ---- UI ----

/** Writes text with a bitmap font (as the RetroFont will), optionally tinted. */
function text(font: BitmapFont, str: string, tint?: string, spacing = 0): PixelImage {
  const list = Array.from(str);
  const img = blankImage(Math.max(1, list.length * (font.charWidth + spacing)), font.charHeight);
  const t = tint ? PALETTE_RGBA.get(tint)! : null;
  list.forEach((c, i) => {
    const idx = Array.from(font.chars).indexOf(c);
    if (idx < 0) return;
    const sx = (idx % font.columns) * font.charWidth;
    const sy = Math.floor(idx / font.columns) * font.charHeight;
    for (let y = 0; y < font.charHeight; y++) {
      for (let x = 0; x < font.charWidth; x++) {
        const si = ((sy + y) * font.image.w + sx + x) * 4;
        if (font.image.data[si + 3] === 0) continue;
        const di = (y * img.w + i * (font.charWidth + spacing) + x) * 4;
        for (let k = 0; k < 3; k++) img.data[di + k] = t ? (font.image.data[si + k]! * t[k]!) / 255 : font.image.data[si + k]!;
        img.data[di + 3] = font.image.data[si + 3]!;
      }
    }
  });
  return img;
}

/** A panel nine-sliced to (w, h), as the renderer will stretch it. */
function nineSlice(src: PixelImage, w: number, h: number): PixelImage {
  const img = blankImage(w, h);
  const map = (v: number, size: number): number => (v < 8 ? v : v >= size - 8 ? src.w - (size - v) : 8 + ((v - 8) % 8));
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const si = (map(y, h) * src.w + map(x, w)) * 4;
      img.data.set(src.data.subarray(si, si + 4), (y * w + x) * 4);
    }
  }
  return img;
}

const ui = uiSprites();
const font = buildFont();
const title = buildTitleFont();
const hud = nineSlice(ui.get('panel')!, 150, 40);
blit(hud, text(buildFont({ shadow: true }), '¡Ándale, Mariachi!', 'y'), 8, 7);
blit(hud, text(font, 'Señor Buscemi: ¿qué?', 'x'), 8, 20);
const dark = nineSlice(ui.get('panel_dark')!, 150, 30);
blit(dark, text(font, 'Niño, cañón. ÁÉÍÓÚÑ ü', 'm'), 6, 9);
const uiRows: PixelImage[][] = [
  [...ui.values()].slice(0, 10),
  [...ui.values()].slice(10),
  [hud, dark],
  [font.image, buildFont({ shadow: true }).image],
  [text(title, 'DESPERADO', 'F'), text(title, '0:42.17', 'x')],
  [title.image],
];
writeFileSync('test-results/art/ui.png', encodePng(sheet(uiRows), 6));
process.stdout.write(`${ui.size} UI sprites -> test-results/art/ui.png\n`);

// `npx tsx tools/art/preview-characters.ts name1 name2 ...` also writes those sprites at 14x to zoom.png.
const focus = process.argv.slice(2).map((n) => chars.get(n) ?? ui.get(n)).filter((i): i is PixelImage => i !== undefined);
const zoomRows: PixelImage[][] = [];
for (let i = 0; i < focus.length; i += 4) zoomRows.push(focus.slice(i, i + 4));
if (focus.length > 0) writeFileSync('test-results/art/zoom.png', encodePng(sheet(zoomRows), 12));

