// What the arsenal adds to the picture: grenades in flight, explosions (flash, debris, smoke, a
// scorch that stays, screen shake), rocket smoke trails. Reads the sim only (tracers: tracers.ts).
import Phaser from 'phaser';
import type { SimEvent, World } from '../sim';
import { Depth, type Effects } from './effects';
import { ATLAS } from './textures';
import { lookOf } from './weapon-looks';
import { CALM_FLASH_ALPHA } from './reduced-flashes';

export class ArsenalView {
  private readonly grenades = new Map<number, Phaser.GameObjects.Image>();
  private readonly rockets = new Map<number, Phaser.GameObjects.Image>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly fx: Effects,
    private readonly shake: (intensity: number, ms: number) => void,
  ) {}

  onEvent(e: SimEvent): void {
    if (e.type === 'explosion') this.explosion(e.x, e.y, e.radius);
    else if (e.type === 'bounce') this.fx.puff(e.x, e.y, 'dust');
  }

  /** Once per sim tick: rockets leave smoke behind them. */
  onTick(world: World): void {
    for (const b of world.bullets) {
      if (b.alive && lookOf(b.weapon).round === 'rocket') this.fx.puff(b.x - b.vx, b.y - b.vy, 'smoke');
    }
  }

  private explosion(x: number, y: number, radius: number): void {
    const fx = this.fx;
    const flash = fx.spawn({ x, y, vx: 0, vy: 0, z: 0, vz: 0, spin: 0, life: 8, maxLife: 8, frames: ['blast'], fade: true, stays: false }, Depth.Lights);
    flash.sprite.setScale((radius * 1.6) / 10);
    if (fx.calm) flash.sprite.setBlendMode(Phaser.BlendModes.NORMAL).setAlpha(CALM_FLASH_ALPHA);
    else flash.sprite.setBlendMode(Phaser.BlendModes.ADD);
    for (let i = 0; i < 14; i++) {
      const a = fx.rng.range(0, Math.PI * 2);
      const v = fx.rng.range(1, 3.2);
      fx.spawn({ x, y, vx: Math.cos(a) * v, vy: Math.sin(a) * v, z: 3, vz: fx.rng.range(1, 2.5), spin: fx.rng.range(-0.6, 0.6), life: 45, maxLife: 45, frames: [fx.rng.pick(['chip0', 'chip1', 'chip2', 'splinter0'])], fade: false, stays: true });
    }
    for (let i = 0; i < 6; i++) fx.puff(x + fx.rng.range(-radius / 3, radius / 3), y + fx.rng.range(-radius / 3, radius / 3), 'smoke');
    fx.stamp('scorch', x, y, fx.rng.range(0, Math.PI * 2), 0.8, radius / 24);
    this.shake(0.012, 320);
  }

  /** Grenades between ticks, tumbling as they slide, and rockets nose first. */
  draw(world: World, alpha: number): void {
    const grenades = new Set<number>();
    for (const g of world.grenades) {
      if (!g.alive) continue;
      grenades.add(g.id);
      const img = this.imageFor(this.grenades, g.id, 'grenade');
      img.setPosition(g.x + g.vx * alpha, g.y + g.vy * alpha).setRotation(img.rotation + (Math.abs(g.vx) + Math.abs(g.vy)) * 0.15);
    }
    prune(this.grenades, grenades);
    const rockets = new Set<number>();
    for (const b of world.bullets) {
      if (!b.alive || lookOf(b.weapon).round !== 'rocket') continue;
      rockets.add(b.id);
      this.imageFor(this.rockets, b.id, 'rocket').setPosition(b.x + b.vx * alpha, b.y + b.vy * alpha).setRotation(Math.atan2(b.vy, b.vx));
    }
    prune(this.rockets, rockets);
  }

  private imageFor(map: Map<number, Phaser.GameObjects.Image>, id: number, frame: string): Phaser.GameObjects.Image {
    let img = map.get(id);
    if (!img) {
      img = this.scene.add.image(0, 0, ATLAS, frame).setDepth(Depth.Bodies + 0.5);
      map.set(id, img);
    }
    return img;
  }

  destroy(): void {
    prune(this.grenades, new Set());
    prune(this.rockets, new Set());
  }
}

/** Destroys the images of things no longer in the world. */
function prune(map: Map<number, Phaser.GameObjects.Image>, alive: ReadonlySet<number>): void {
  for (const [id, img] of map) {
    if (alive.has(id)) continue;
    img.destroy();
    map.delete(id);
  }
}
