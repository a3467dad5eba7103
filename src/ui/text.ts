// Text in our own pixel fonts: the small face for everything, the title face for big words. Each
// colour is its own baked copy of the font (white glyphs multiplied by the colour, as a WebGL tint
// would): Phaser's Canvas renderer cannot tint bitmap text, and with plain tints every label there
// was white. Recolour with `recolor`, never setTint, so both renderers show the same colours.
import Phaser from 'phaser';
import { buildFont, buildTitleFont } from '../art/font';
import { fontData, type FontSheet } from '../render/font-data';
import { multiply } from './font-colors';
import { addPixelTexture, FONT, TITLE_FONT } from '../render/textures';

export const Colors = {
  gold: 0xf7a531,
  cream: 0xf4efe6,
  sand: 0xe8c07d,
  dim: 0x8f8aa0,
  red: 0xe2434b,
  green: 0x59a36b,
  blue: 0x6d8fd0,
} as const;

type Face = typeof FONT | typeof TITLE_FONT;

const sheets = new Map<Face, FontSheet>();

/** Key of `face` baked in `color`, made the first time it is asked for. */
function fontIn(scene: Phaser.Scene, face: Face, color: number): string {
  const key = `${face}@${color.toString(16).padStart(6, '0')}`;
  if (scene.cache.bitmapFont.exists(key)) return key;
  let sheet = sheets.get(face);
  if (!sheet) {
    sheet = face === FONT ? buildFont() : buildTitleFont();
    sheets.set(face, sheet);
  }
  const colored = { ...sheet, image: multiply(sheet.image, color) };
  addPixelTexture(scene, key, colored.image);
  // Advances come from the white sheet: every colour measures the same.
  scene.cache.bitmapFont.add(key, { data: { ...fontData(key, sheet), font: key }, texture: key, frame: null });
  return key;
}

/** Changes a text's colour (in place; returns it for chaining). */
export function recolor(t: Phaser.GameObjects.BitmapText, color: number): Phaser.GameObjects.BitmapText {
  const face = (t.font.startsWith(TITLE_FONT) ? TITLE_FONT : FONT) as Face;
  const key = fontIn(t.scene, face, color);
  if (t.font !== key) t.setFont(key);
  return t;
}

/** Small pixel text at an integer scale (3 = readable body text at 1280x720). */
export function label(scene: Phaser.Scene, x: number, y: number, text: string, scale = 3, color: number = Colors.cream): Phaser.GameObjects.BitmapText {
  return scene.add.bitmapText(x, y, fontIn(scene, FONT, color), text).setScale(scale);
}

/** Big display text (titles, the timer). */
export function headline(scene: Phaser.Scene, x: number, y: number, text: string, scale = 4, color: number = Colors.gold): Phaser.GameObjects.BitmapText {
  return scene.add.bitmapText(x, y, fontIn(scene, TITLE_FONT, color), text).setScale(scale);
}
