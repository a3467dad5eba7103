// Dark panels with a thin gold edge (ART.md), stretched from a small nine-slice sprite.
import Phaser from 'phaser';
import { ATLAS } from '../render/textures';

export function panel(scene: Phaser.Scene, x: number, y: number, w: number, h: number, gold = true): Phaser.GameObjects.NineSlice {
  // The source is drawn at 1x; scale 3 keeps its pixels the same size as the rest of the UI.
  const scale = 3;
  return scene.add
    .nineslice(x, y, ATLAS, gold ? 'panel' : 'panel_dark', w / scale, h / scale, 8, 8, 8, 8)
    .setOrigin(0, 0)
    .setScale(scale);
}

/** A full-screen veil behind overlays (pause, results). */
export function veil(scene: Phaser.Scene, alpha = 0.6): Phaser.GameObjects.Rectangle {
  const { width, height } = scene.scale;
  return scene.add.rectangle(0, 0, width, height, 0x0d0b0e, alpha).setOrigin(0, 0);
}
