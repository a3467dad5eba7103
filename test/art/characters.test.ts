// The actor, UI and font art: every frame the renderer asks for exists, has the right size,
// faces east, and keeps the colour rules (enemies carry red, civilians never do).
import { describe, expect, it } from 'vitest';
import { buildFont, buildTitleFont, FONT_CHARS } from '../../src/art/font';
import { PALETTE_RGBA } from '../../src/art/palette';
import type { PixelImage } from '../../src/art/pixel-sprite';
import { characterSprites } from '../../src/art/sprites/characters';
import { uiSprites } from '../../src/art/sprites/ui';

const chars = characterSprites();
const ui = uiSprites();

const ARCHETYPES = [
  'mariachi', 'patron', 'henchman', 'gunman', 'tavo', 'bartender', 'buscemi', 'civilian',
  'navajas', 'bucho', 'rooftopGunman', 'campa', 'quino', 'carolina', 'boy',
];
const ENEMIES = ['patron', 'patron_b', 'patron_c', 'henchman', 'gunman', 'tavo', 'navajas', 'bucho', 'rooftopGunman'];
const ALLIES = ['campa', 'quino', 'carolina'];
const CIVILIANS = ['bartender', 'buscemi', 'civilian', 'boy'];
const COMMON = ['idle', 'aim', 'recoil', 'dead0', 'dead1'];
const MARIACHI_EXTRA = ['aim1', 'recoil1', 'draw0', 'draw1', 'dive0', 'dive1', 'dive2', 'dive3', 'hurt'];
const LEG_STYLES = ['black', 'jeans', 'grey', 'brown', 'white', 'cream', 'navy', 'green', 'dress', 'boy'];

function rgb(ch: string): string {
  const c = PALETTE_RGBA.get(ch)!;
  return `${c[0]},${c[1]},${c[2]}`;
}

function colours(img: PixelImage): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < img.data.length; i += 4) {
    if (img.data[i + 3] === 255) out.add(`${img.data[i]},${img.data[i + 1]},${img.data[i + 2]}`);
  }
  return out;
}

function opaque(img: PixelImage, x: number, y: number): boolean {
  return img.data[(y * img.w + x) * 4 + 3]! > 0;
}

function get(name: string): PixelImage {
  const img = chars.get(name);
  if (!img) throw new Error(`missing sprite ${name}`);
  return img;
}

function sameImage(a: PixelImage, b: PixelImage): boolean {
  return a.w === b.w && a.h === b.h && a.data.every((v, i) => v === b.data[i]);
}

describe('character bodies', () => {
  const bodies = [...ARCHETYPES, 'patron_b', 'patron_c'];

  it.each(bodies)('%s has every common frame at 24x24', (arch) => {
    for (const frame of COMMON) {
      const img = get(`${arch}_${frame}`);
      expect([img.w, img.h], `${arch}_${frame}`).toEqual([24, 24]);
    }
  });

  it('El has his extra frames at 24x24', () => {
    for (const frame of MARIACHI_EXTRA) {
      const img = get(`mariachi_${frame}`);
      expect([img.w, img.h], `mariachi_${frame}`).toEqual([24, 24]);
    }
  });

  it.each(CIVILIANS)('%s can cower', (arch) => {
    const img = get(`${arch}_cower`);
    expect([img.w, img.h]).toEqual([24, 24]);
  });

  it('every patron variant has the same frames as the patron, in other colours', () => {
    for (const frame of COMMON) {
      const a = get(`patron_${frame}`);
      for (const v of ['patron_b', 'patron_c']) {
        const b = get(`${v}_${frame}`);
        expect(sameImage(a, b), `${v}_${frame} differs from patron_${frame}`).toBe(false);
      }
    }
  });

  it.each(bodies)('%s aims east: more of the body right of centre than left', (arch) => {
    const img = get(`${arch}_aim`);
    let left = 0;
    let right = 0;
    for (let y = 0; y < img.h; y++) {
      for (let x = 0; x < img.w; x++) {
        if (!opaque(img, x, y)) continue;
        if (x < img.w / 2) left++;
        else right++;
      }
    }
    expect(right).toBeGreaterThan(left);
  });

  it('recoil differs from aim for every armed actor', () => {
    for (const arch of [...ENEMIES, ...ALLIES, 'mariachi']) {
      expect(sameImage(get(`${arch}_aim`), get(`${arch}_recoil`)), arch).toBe(false);
    }
    expect(sameImage(get('mariachi_aim1'), get('mariachi_recoil1'))).toBe(false);
  });

  it('Navajas winds up in a frame of his own, the fan of knives raised behind him', () => {
    const windup = get('navajas_windup');
    expect([windup.w, windup.h]).toEqual([24, 24]);
    for (const f of ['idle', 'aim', 'recoil']) expect(sameImage(windup, get(`navajas_${f}`)), f).toBe(false);
    // Bright blade steel in the rear half of the frame (the aim frame holds its knives ahead).
    const steel = new Set(['M', 'x'].map(rgb));
    const rearSteel = (img: PixelImage): number => {
      let n = 0;
      for (let y = 0; y < 24; y++) for (let x = 0; x < 10; x++) {
        const i = (y * 24 + x) * 4;
        if (img.data[i + 3] === 255 && steel.has(`${img.data[i]},${img.data[i + 1]},${img.data[i + 2]}`)) n++;
      }
      return n;
    };
    expect(rearSteel(windup)).toBeGreaterThan(3);
    expect(rearSteel(get('navajas_aim'))).toBe(0);
  });

  it('the boy is smaller than a grown man', () => {
    const area = (img: PixelImage): number => {
      let n = 0;
      for (let i = 3; i < img.data.length; i += 4) if (img.data[i]! > 0) n++;
      return n;
    };
    for (const f of ['idle', 'cower', 'dead1']) {
      expect(area(get(`boy_${f}`)), f).toBeLessThan(area(get(`civilian_${f}`)) * 0.8);
    }
  });

  it('the body stays inside its frame and centred on it', () => {
    for (const arch of bodies) {
      const img = get(`${arch}_idle`);
      // The actor's centre pixel block is covered (the head sits on the rotation centre).
      expect(opaque(img, 11, 11) && opaque(img, 12, 12), arch).toBe(true);
    }
  });
});

describe('enemies and civilians are told apart by colour', () => {
  const red = new Set(['R', 'e', 'r'].map(rgb));
  const loudRed = new Set(['R', 'e'].map(rgb));

  it.each(ENEMIES)('%s aims with a red accent', (arch) => {
    const found = [...colours(get(`${arch}_aim`))].some((c) => red.has(c));
    expect(found).toBe(true);
  });

  it.each([...CIVILIANS, ...ALLIES])('%s never wears red', (arch) => {
    for (const [name, img] of chars) {
      if (!name.startsWith(`${arch}_`)) continue;
      const found = [...colours(img)].filter((c) => loudRed.has(c));
      expect(found, name).toEqual([]);
    }
  });

  it.each(CIVILIANS)('%s holds no gun metal in the aim frame (hands are empty)', (arch) => {
    // Gun steel on the bodies is drawn in the light metal colours, which civilians' clothes avoid
    // in their hands' reach: the east third of the frame.
    const img = get(`${arch}_aim`);
    const metal = new Set(['M', 'm'].map(rgb));
    for (let y = 0; y < img.h; y++) {
      for (let x = 18; x < img.w; x++) {
        const i = (y * img.w + x) * 4;
        if (img.data[i + 3] !== 255) continue;
        expect(metal.has(`${img.data[i]},${img.data[i + 1]},${img.data[i + 2]}`), `${arch} ${x},${y}`).toBe(false);
      }
    }
  });
});

describe('legs', () => {
  it.each(LEG_STYLES)('%s walks in four distinct 16x16 frames', (style) => {
    const frames = [0, 1, 2, 3].map((i) => get(`legs_${style}_${i}`));
    for (const f of frames) expect([f.w, f.h]).toEqual([16, 16]);
    for (let i = 0; i < 4; i++) {
      for (let j = i + 1; j < 4; j++) expect(sameImage(frames[i]!, frames[j]!), `${style} ${i} vs ${j}`).toBe(false);
    }
  });

  it('contact frames put a foot beyond the body outline, ahead and behind', () => {
    for (const style of LEG_STYLES) {
      for (const step of [0, 2]) {
        const img = get(`legs_${style}_${step}`);
        let ahead = false;
        let behind = false;
        for (let y = 0; y < 16; y++) {
          if (opaque(img, 14, y)) ahead = true;
          if (opaque(img, 1, y)) behind = true;
        }
        expect(ahead && behind, `legs_${style}_${step}`).toBe(true);
      }
    }
  });
});

describe('fonts', () => {
  it.each([
    ['text', buildFont()],
    ['text with shadow', buildFont({ shadow: true })],
    ['title', buildTitleFont()],
  ] as const)('%s font has one cell per char and a sheet of whole cells', (_, font) => {
    const n = Array.from(font.chars).length;
    const rows = Math.ceil(n / font.columns);
    expect(font.image.w).toBe(font.columns * font.charWidth);
    expect(font.image.h).toBe(rows * font.charHeight);
    expect(new Set(Array.from(font.chars)).size).toBe(n);
    // Every glyph but the space has ink in its own cell.
    Array.from(font.chars).forEach((c, i) => {
      const x0 = (i % font.columns) * font.charWidth;
      const y0 = Math.floor(i / font.columns) * font.charHeight;
      let ink = 0;
      for (let y = y0; y < y0 + font.charHeight; y++) for (let x = x0; x < x0 + font.charWidth; x++) if (opaque(font.image, x, y)) ink++;
      if (c === ' ') expect(ink, 'space').toBe(0);
      else expect(ink, JSON.stringify(c)).toBeGreaterThan(0);
    });
  });

  it('the text font covers printable ASCII and Spanish', () => {
    const font = buildFont();
    for (let c = 32; c <= 126; c++) expect(font.chars).toContain(String.fromCharCode(c));
    for (const c of 'áéíóúñÁÉÍÓÚÑ¡¿üÜ') expect(font.chars).toContain(c);
    expect(font.chars).toBe(FONT_CHARS);
  });

  it('the title font has capitals, digits and timer punctuation', () => {
    const font = buildTitleFont();
    for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:.!?¡¿ ÁÉÍÓÚÑÜ') expect(font.chars).toContain(c);
  });

  it('text glyphs are distinct', () => {
    const font = buildFont();
    const seen = new Map<string, string>();
    Array.from(font.chars).forEach((c, i) => {
      const x0 = (i % font.columns) * font.charWidth;
      const y0 = Math.floor(i / font.columns) * font.charHeight;
      let key = '';
      for (let y = y0; y < y0 + font.charHeight; y++) for (let x = x0; x < x0 + font.charWidth; x++) key += opaque(font.image, x, y) ? '#' : '.';
      expect(seen.get(key), `${c} looks like ${seen.get(key)}`).toBeUndefined();
      seen.set(key, c);
    });
  });
});

describe('UI sprites', () => {
  const NAMES = [
    'panel', 'panel_dark', 'icon_sleeve', 'icon_pistol', 'icon_revolver', 'icon_deagle', 'icon_round',
    'icon_round_empty', 'icon_heart', 'icon_heart_empty', 'icon_skull', 'icon_clock', 'cursor',
    'cursor_reload', 'key_cap', 'medal_gold', 'medal_silver', 'medal_bronze', 'guitar_case', 'arrow_right',
  ];

  it('has every listed sprite', () => {
    for (const n of NAMES) expect(ui.has(n), n).toBe(true);
  });

  it('has the sizes the HUD lays out by', () => {
    const size = (n: string): [number, number] => [ui.get(n)!.w, ui.get(n)!.h];
    expect(size('panel')).toEqual([24, 24]);
    expect(size('panel_dark')).toEqual([24, 24]);
    expect(size('icon_round')).toEqual([3, 6]);
    expect(size('icon_round_empty')).toEqual([3, 6]);
    expect(size('icon_heart')).toEqual([8, 8]);
    expect(size('icon_heart_empty')).toEqual([8, 8]);
    expect(size('cursor')).toEqual([11, 11]);
    expect(size('cursor_reload')).toEqual([11, 11]);
    expect(size('key_cap')).toEqual([12, 12]);
    expect(size('guitar_case')).toEqual([32, 12]);
    expect(size('arrow_right')).toEqual([6, 7]);
  });

  it('panels stretch cleanly: the middle 8 px rows and columns repeat', () => {
    for (const n of ['panel', 'panel_dark']) {
      const img = ui.get(n)!;
      const px = (x: number, y: number): string => img.data.slice((y * img.w + x) * 4, (y * img.w + x) * 4 + 4).join();
      for (let y = 0; y < 24; y++) for (let x = 9; x < 16; x++) expect(px(x, y), `${n} ${x},${y}`).toBe(px(8, y));
      for (let x = 0; x < 24; x++) for (let y = 9; y < 16; y++) expect(px(x, y), `${n} ${x},${y}`).toBe(px(x, 8));
    }
  });

  it('no sprite name is shared between the character and UI maps', () => {
    const clash = [...chars.keys()].filter((n) => ui.has(n));
    expect(clash).toEqual([]);
  });
});
