// El's guitar case thrown across a rooftop gap (src/sim/case-throw.ts): drawn flying in an arc over
// the shade with El's rim, its shadow below and the throw's caption above, then lying where it
// landed until he takes it back. Reads the sim only.
import type Phaser from 'phaser';
import { levelText } from '../i18n';
import type { Pickup, World } from '../sim';
import { caseCaption } from './case-caption';
import { Depth, type Effects } from './effects';
import { ATLAS, FONT } from './textures';

/** The title screen's case sprite (32x12) drawn at half size: about the length of El's body. */
const SCALE = 0.5;
/** Height of the arc at its top, in pixels, and the turns the case makes in the air. */
const ARC = 18;
const SPIN = Math.PI * 2;

/** The caption over the case in flight: two screen pixels per font pixel at the world's 3x. */
const CAPTION_SCALE = 2 / 3;

interface CaseSprites {
  readonly body: Phaser.GameObjects.Image;
  /** El's rim round the case while it flies (it must read over a night roof). */
  readonly rim: Phaser.GameObjects.Image;
  readonly shadow: Phaser.GameObjects.Image;
  readonly caption: Phaser.GameObjects.BitmapText | null;
  landed: boolean;
}

/** Whether the pickup is El's thrown case (drawn here, not by the world view's pickups). */
export function isThrownCase(p: Pickup): boolean {
  return p.weapon === 'guitarCase';
}

export class CaseView {
  private readonly cases = new Map<number, CaseSprites>();

  constructor(private readonly scene: Phaser.Scene, private readonly fx: Effects) {}

  /** `alpha` (0..1) is how far the frame is past the last tick. */
  draw(world: World, alpha: number): void {
    const seen = new Set<number>();
    for (const p of world.pickups) {
      if (!p.alive || !isThrownCase(p)) continue;
      seen.add(p.id);
      let s = this.cases.get(p.id);
      if (!s) {
        const said = caseCaption(world.level);
        const text = said === null ? null : levelText(said);
        // In flight the case is drawn over the shade, with its shadow, like El himself.
        s = {
          body: this.scene.add.image(p.x, p.y, ATLAS, 'guitar_case').setScale(SCALE).setDepth(Depth.Rounds - 0.01),
          rim: this.scene.add.image(p.x, p.y, ATLAS, 'guitar_case@el').setScale(SCALE).setDepth(Depth.Rounds - 0.02),
          shadow: this.scene.add.image(p.x, p.y, ATLAS, 'shadow').setDepth(Depth.LitFigures - 0.005),
          caption: text ? this.scene.add.bitmapText(p.x, p.y, FONT, text).setOrigin(0.5, 1).setScale(CAPTION_SCALE).setDepth(Depth.Marks) : null,
          landed: false,
        };
        this.cases.set(p.id, s);
      }
      const f = p.flight;
      const t = f && f.left > 0 ? Math.min(1, (f.total - f.left + alpha) / f.total) : 1;
      if (f && t < 1) {
        const gx = f.fromX + (p.x - f.fromX) * t;
        const gy = f.fromY + (p.y - f.fromY) * t;
        const lift = 4 * ARC * t * (1 - t);
        s.shadow.setPosition(gx, gy).setScale(1 - lift / (ARC * 2)).setVisible(true);
        const scale = SCALE * (1 + lift / (ARC * 3));
        s.body.setPosition(gx, gy - lift).setRotation(t * SPIN).setScale(scale);
        s.rim.setVisible(true).setPosition(gx, gy - lift).setRotation(t * SPIN).setScale(scale);
        s.caption?.setVisible(true).setPosition(gx, gy - lift - 8);
      } else {
        if (!s.landed) {
          s.landed = true;
          if (f) this.fx.puff(p.x, p.y, 'dust');
        }
        s.shadow.setVisible(false);
        s.rim.setVisible(false);
        s.caption?.setVisible(false);
        s.body.setPosition(p.x, p.y).setRotation(0.3).setScale(SCALE).setDepth(Depth.Floor);
      }
    }
    for (const [id, s] of this.cases) {
      if (seen.has(id)) continue;
      destroyCase(s);
      this.cases.delete(id);
    }
  }

  destroy(): void {
    for (const s of this.cases.values()) destroyCase(s);
    this.cases.clear();
  }
}

function destroyCase(s: CaseSprites): void {
  s.body.destroy();
  s.rim.destroy();
  s.shadow.destroy();
  s.caption?.destroy();
}
