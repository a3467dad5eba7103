// The look of bullet time: the world drains of colour, the edges darken, a cold tint settles over
// it. Eases in and out over a quarter second. Uses camera filters under WebGL; under the Canvas
// renderer (no filters) the tint alone carries it.
import Phaser from 'phaser';
import { Depth } from './effects';

const EASE_MS = 250;
const DESATURATE = 0.7;
const DARKEN = 0.12;
const VIGNETTE_RADIUS = 0.42;
const VIGNETTE_STRENGTH = 0.75;
const TINT = 0x34456e;
const TINT_ALPHA = 0.16;

export class FocusLook {
  /** 0 = normal, 1 = full bullet time. */
  private amount = 0;
  private readonly colour: Phaser.Filters.ColorMatrix | null = null;
  private readonly vignette: Phaser.Filters.Vignette | null = null;
  private readonly tint: Phaser.GameObjects.Rectangle;

  constructor(scene: Phaser.Scene, private readonly camera: Phaser.Cameras.Scene2D.Camera) {
    if (scene.renderer.type === Phaser.WEBGL) {
      try {
        this.colour = camera.filters.internal.addColorMatrix().setActive(false) as Phaser.Filters.ColorMatrix;
        this.vignette = camera.filters.internal.addVignette(0.5, 0.5, VIGNETTE_RADIUS, 0, 0x0d0b0e).setActive(false) as Phaser.Filters.Vignette;
      } catch (err) {
        console.warn('focus look: no camera filters', err);
      }
    }
    this.tint = scene.add.rectangle(0, 0, 1, 1, TINT, 1).setOrigin(0, 0).setAlpha(0).setDepth(Depth.Lights + 0.5).setVisible(false);
  }

  /** Call every frame with whether focus is on. */
  update(active: boolean, deltaMs: number): void {
    const step = Math.min(1, deltaMs / EASE_MS);
    const before = this.amount;
    this.amount = active ? Math.min(1, this.amount + step) : Math.max(0, this.amount - step);
    const t = this.amount;
    const on = t > 0;
    const view = this.camera.worldView;
    this.tint.setVisible(on).setPosition(view.x, view.y).setSize(view.width, view.height).setAlpha(TINT_ALPHA * t);
    if (t === before && !on) return;
    if (this.colour) {
      this.colour.setActive(on);
      this.colour.colorMatrix.saturate(-DESATURATE * t);
      this.colour.colorMatrix.brightness(1 - DARKEN * t, true);
    }
    if (this.vignette) {
      this.vignette.setActive(on);
      this.vignette.strength = VIGNETTE_STRENGTH * t;
    }
  }

  destroy(): void {
    this.tint.destroy();
    if (this.colour) this.camera.filters.internal.remove(this.colour);
    if (this.vignette) this.camera.filters.internal.remove(this.vignette);
  }
}
