// The ghost El: the personal best's El drawn translucent over the live run.
import type Phaser from 'phaser';
import { ANGLE_UNITS, type Actor } from '../sim';
import { bodyFrame, legsFrame } from './actor-frames';
import { Depth } from './effects';
import { ATLAS } from './textures';

// Drawn above the room's shade so it reads in dark interiors too.
const ALPHA = 0.5;

export class GhostView {
  private readonly legs: Phaser.GameObjects.Image;
  private readonly body: Phaser.GameObjects.Image;
  private walked = 0;
  private legAngle = 0;

  constructor(scene: Phaser.Scene) {
    this.legs = scene.add.image(0, 0, ATLAS, 'legs_black_1').setAlpha(ALPHA).setDepth(Depth.Lights + 0.5).setTint(0x9fb8ff);
    this.body = scene.add.image(0, 0, ATLAS, 'mariachi_idle').setAlpha(ALPHA).setDepth(Depth.Lights + 0.6).setTint(0x9fb8ff);
  }

  /** After each tick of the ghost's world: how far its legs have walked. */
  onTick(el: Actor): void {
    const dx = el.x - el.px;
    const dy = el.y - el.py;
    if (dx !== 0 || dy !== 0) {
      this.walked += Math.sqrt(dx * dx + dy * dy);
      this.legAngle = Math.atan2(dy, dx);
    }
  }

  /** `drawLeft`: the ghost El's pistols still sliding out (its world.player.drawLeft). */
  draw(el: Actor, alpha: number, tick: number, visible: boolean, drawLeft: number): void {
    const x = el.px + (el.x - el.px) * alpha;
    const y = el.py + (el.y - el.py) * alpha;
    const legs = legsFrame(el, this.walked);
    this.legs.setVisible(visible && legs !== null);
    if (legs) this.legs.setFrame(legs).setPosition(x, y).setRotation(this.legAngle);
    this.body.setVisible(visible && el.alive).setFrame(bodyFrame(el, tick, drawLeft)).setPosition(x, y).setRotation((el.aim / ANGLE_UNITS) * Math.PI * 2);
  }

  destroy(): void {
    this.legs.destroy();
    this.body.destroy();
  }
}
