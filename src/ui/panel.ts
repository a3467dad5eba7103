// Dark panels with a thin gold edge (ART.md), stretched from a small nine-slice sprite into filled
// rectangles (panel-rects.ts), so they are opaque in the WebGL and the Canvas renderer alike.
import Phaser from 'phaser';
import type { PixelImage } from '../art/pixel-sprite';
import { uiSprites } from '../art/sprites/ui';
import { panelRects } from './panel-rects';

let sources: { gold: PixelImage; dark: PixelImage } | null = null;

function source(gold: boolean): PixelImage {
  if (!sources) {
    const ui = uiSprites();
    sources = { gold: ui.get('panel')!, dark: ui.get('panel_dark')! };
  }
  return gold ? sources.gold : sources.dark;
}

export function panel(scene: Phaser.Scene, x: number, y: number, w: number, h: number, gold = true): Phaser.GameObjects.Graphics {
  // The source is drawn at 1x; scale 3 keeps its pixels the same size as the rest of the UI.
  const g = scene.add.graphics({ x, y });
  for (const r of panelRects(source(gold), w, h, 3)) g.fillStyle(r.color, r.alpha).fillRect(r.x, r.y, r.w, r.h);
  return g;
}

/** A full-screen veil behind overlays (pause, results). */
export function veil(scene: Phaser.Scene, alpha = 0.6): Phaser.GameObjects.Rectangle {
  const { width, height } = scene.scale;
  return scene.add.rectangle(0, 0, width, height, 0x0d0b0e, alpha).setOrigin(0, 0);
}
