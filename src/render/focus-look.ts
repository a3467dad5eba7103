// The look of bullet time: a cold tint settles over the world and the edges darken, easing in and
// out over a quarter second. Both are plain images drawn with normal blending over the view (the
// vignette a baked picture, art/vignette.ts), so WebGL and Canvas show exactly the same thing:
// no camera filter that only one renderer has.
import Phaser from 'phaser';
import { vignetteImage } from '../art/vignette';
import { Depth } from './effects';
import { addPixelTexture } from './textures';

const EASE_MS = 250;
const TINT = 0x2a2f5c;
const TINT_ALPHA = 0.3;
const VIGNETTE_ALPHA = 0.8;
const VIGNETTE_KEY = 'focus-vignette';
/** The vignette's picture, a quarter of 1280x720: smooth enough scaled up, small to bake. */
const VIGNETTE_W = 320;
const VIGNETTE_H = 180;

export class FocusLook {
  /** 0 = normal, 1 = full bullet time. */
  private amount = 0;
  private readonly tint: Phaser.GameObjects.Rectangle;
  private readonly vignette: Phaser.GameObjects.Image;

  constructor(scene: Phaser.Scene, private readonly camera: Phaser.Cameras.Scene2D.Camera) {
    if (!scene.textures.exists(VIGNETTE_KEY)) addPixelTexture(scene, VIGNETTE_KEY, vignetteImage(VIGNETTE_W, VIGNETTE_H));
    this.tint = scene.add.rectangle(0, 0, 1, 1, TINT, 1).setOrigin(0, 0).setAlpha(0).setDepth(Depth.Lights + 0.5).setVisible(false);
    this.vignette = scene.add.image(0, 0, VIGNETTE_KEY).setOrigin(0, 0).setAlpha(0).setDepth(Depth.Lights + 0.55).setVisible(false);
  }

  /** Call every frame with whether focus is on. */
  update(active: boolean, deltaMs: number): void {
    const step = Math.min(1, deltaMs / EASE_MS);
    this.amount = active ? Math.min(1, this.amount + step) : Math.max(0, this.amount - step);
    const t = this.amount;
    const on = t > 0;
    const view = this.camera.worldView;
    this.tint.setVisible(on).setPosition(view.x, view.y).setSize(view.width, view.height).setAlpha(TINT_ALPHA * t);
    this.vignette.setVisible(on).setPosition(view.x, view.y).setDisplaySize(view.width, view.height).setAlpha(VIGNETTE_ALPHA * t);
  }

  destroy(): void {
    this.tint.destroy();
    this.vignette.destroy();
  }
}
