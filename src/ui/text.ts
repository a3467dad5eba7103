// Text in our own pixel fonts: the small face for everything, the title face for big words.
import Phaser from 'phaser';
import { FONT, TITLE_FONT } from '../render/textures';

export const Colors = {
  gold: 0xf7a531,
  cream: 0xf4efe6,
  sand: 0xe8c07d,
  dim: 0x8f8aa0,
  red: 0xe2434b,
  green: 0x59a36b,
  blue: 0x6d8fd0,
} as const;

/** Small pixel text at an integer scale (3 = readable body text at 1280x720). */
export function label(scene: Phaser.Scene, x: number, y: number, text: string, scale = 3, color: number = Colors.cream): Phaser.GameObjects.BitmapText {
  return scene.add.bitmapText(x, y, FONT, text).setScale(scale).setTint(color);
}

/** Big display text (titles, the timer). */
export function headline(scene: Phaser.Scene, x: number, y: number, text: string, scale = 4, color: number = Colors.gold): Phaser.GameObjects.BitmapText {
  return scene.add.bitmapText(x, y, TITLE_FONT, text).setScale(scale).setTint(color);
}
