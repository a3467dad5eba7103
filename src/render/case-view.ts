// El's guitar case thrown across a rooftop gap (src/sim/case-throw.ts): drawn flying in an arc with
// its shadow on the ground, then lying where it landed until he takes it back. Reads the sim only.
import type Phaser from 'phaser';
import type { Pickup, World } from '../sim/world';
import { Depth, type Effects } from './effects';
import { ATLAS } from './textures';

/** The title screen's case sprite (32x12) drawn at half size: about the length of El's body. */
const SCALE = 0.5;
/** Height of the arc at its top, in pixels, and the turns the case makes in the air. */
const ARC = 18;
const SPIN = Math.PI * 2;

interface CaseSprites {
  readonly body: Phaser.GameObjects.Image;
  readonly shadow: Phaser.GameObjects.Image;
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
        s = {
          body: this.scene.add.image(p.x, p.y, ATLAS, 'guitar_case').setScale(SCALE).setDepth(Depth.Particles),
          shadow: this.scene.add.image(p.x, p.y, ATLAS, 'shadow').setDepth(Depth.Shadows),
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
        s.body.setPosition(gx, gy - lift).setRotation(t * SPIN).setScale(SCALE * (1 + lift / (ARC * 3)));
      } else {
        if (!s.landed) {
          s.landed = true;
          if (f) this.fx.puff(p.x, p.y, 'dust');
        }
        s.shadow.setVisible(false);
        s.body.setPosition(p.x, p.y).setRotation(0.3).setScale(SCALE).setDepth(Depth.Floor);
      }
    }
    for (const [id, s] of this.cases) {
      if (seen.has(id)) continue;
      s.body.destroy();
      s.shadow.destroy();
      this.cases.delete(id);
    }
  }

  destroy(): void {
    for (const s of this.cases.values()) {
      s.body.destroy();
      s.shadow.destroy();
    }
    this.cases.clear();
  }
}
