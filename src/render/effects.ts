// Juice: muzzle flashes, shells that bounce and stay, splinters and chips, blood that splats and
// pools, bullet holes, dust. Particles are pooled sprites with a little physics of their own;
// anything that should stay (holes, blood, settled shells) is stamped into a decal texture.
import Phaser from 'phaser';
import { Material } from '../sim';
import { CosmeticRng } from './cosmetic-rng';
import { Depth } from './depth';
import { ATLAS } from './textures';
import { CALM_FLASH_ALPHA } from './reduced-flashes';

export { Depth } from './depth';

interface Particle {
  sprite: Phaser.GameObjects.Image;
  x: number;
  y: number;
  vx: number;
  vy: number;
  /** Height above the floor and its speed, for things that bounce (shells, chips). */
  z: number;
  vz: number;
  spin: number;
  life: number;
  maxLife: number;
  /** Frames to cycle through over the particle's life (puffs), or one frame. */
  frames: readonly string[];
  fade: boolean;
  /** Stamped into the decal layer when it lands or dies. */
  stays: boolean;
}

const GRAVITY = 0.35;

export class Effects {
  private readonly particles: Particle[] = [];
  private readonly pool: Phaser.GameObjects.Image[] = [];
  private readonly decals: Phaser.GameObjects.RenderTexture;
  private decalsDirty = false;
  private framesSinceDecals = 0;
  readonly rng = new CosmeticRng(1995);
  /** Fewer flashes (reduced-flashes.ts): muzzle flashes and blasts drawn dim, without glare. */
  calm = false;

  constructor(private readonly scene: Phaser.Scene, width: number, height: number) {
    this.decals = scene.add.renderTexture(0, 0, width, height).setOrigin(0, 0).setDepth(Depth.Decals);
  }

  stamp(frame: string, x: number, y: number, rotation = 0, alpha = 1, scale = 1): void {
    this.decals.stamp(ATLAS, frame, x, y, { rotation, alpha, scale });
    this.decalsDirty = true;
  }

  private take(frame: string, depth: number): Phaser.GameObjects.Image {
    const img = this.pool.pop() ?? this.scene.add.image(0, 0, ATLAS, frame);
    return img.setFrame(frame).setDepth(depth).setVisible(true).setAlpha(1).setScale(1).setBlendMode(Phaser.BlendModes.NORMAL);
  }

  spawn(p: Omit<Particle, 'sprite'>, depth: number = Depth.Particles): Particle {
    const particle = { ...p, sprite: this.take(p.frames[0]!, depth) };
    this.particles.push(particle);
    return particle;
  }

  /** A muzzle flash that lives for two frames, pointing along `angle` (radians). */
  muzzleFlash(x: number, y: number, angle: number): void {
    const p = this.spawn({ x, y, vx: 0, vy: 0, z: 0, vz: 0, spin: 0, life: 3, maxLife: 3, frames: [this.rng.pick(['muzzle0', 'muzzle1'])], fade: false, stays: false }, Depth.Shots);
    p.sprite.setOrigin(0, 0.5).setRotation(angle);
    if (this.calm) p.sprite.setBlendMode(Phaser.BlendModes.NORMAL).setAlpha(CALM_FLASH_ALPHA);
    else p.sprite.setBlendMode(Phaser.BlendModes.ADD);
  }

  /** A brass casing kicked out to the right of the gun; it bounces and stays on the floor. */
  shell(x: number, y: number, angle: number): void {
    const side = angle + Math.PI / 2 + this.rng.range(-0.4, 0.4);
    const speed = this.rng.range(0.8, 1.5);
    this.spawn({ x, y, vx: Math.cos(side) * speed, vy: Math.sin(side) * speed, z: 4, vz: this.rng.range(1, 2), spin: this.rng.range(-0.5, 0.5), life: 60, maxLife: 60, frames: ['shell'], fade: false, stays: true });
  }

  /** Where a bullet met a wall or cover: a hole that stays, and bits flying back toward the shooter. */
  impact(x: number, y: number, material: Material): void {
    const hole = material === Material.Wood ? 'hole_wood' : material === Material.Glass ? 'hole_glass' : material === Material.Metal ? 'hole_metal' : 'hole_stone';
    if (material !== Material.None) this.stamp(hole, x, y, this.rng.range(0, Math.PI * 2));
    const bits = material === Material.Wood ? ['splinter0', 'splinter1', 'splinter2'] : material === Material.Glass ? ['glass0', 'glass1', 'glass2'] : material === Material.Metal ? ['spark0', 'spark1'] : ['chip0', 'chip1', 'chip2'];
    const count = material === Material.Glass ? 6 : 4;
    for (let i = 0; i < count; i++) {
      const a = this.rng.range(0, Math.PI * 2);
      const v = this.rng.range(0.5, 1.6);
      this.spawn({ x, y, vx: Math.cos(a) * v, vy: Math.sin(a) * v, z: 2, vz: this.rng.range(0.5, 1.5), spin: this.rng.range(-0.6, 0.6), life: 40, maxLife: 40, frames: [this.rng.pick(bits)], fade: material === Material.Metal, stays: material !== Material.Metal });
    }
    this.puff(x, y, 'dust');
  }

  /** A bullet in flesh: droplets along the bullet's direction and a splat decal. */
  blood(x: number, y: number, angle: number, amount: number): void {
    for (let i = 0; i < 3 + amount * 2; i++) {
      const a = angle + this.rng.range(-0.6, 0.6);
      const v = this.rng.range(0.6, 2.2);
      this.spawn({ x, y, vx: Math.cos(a) * v, vy: Math.sin(a) * v, z: 3, vz: this.rng.range(0.3, 1.2), spin: 0, life: 30, maxLife: 30, frames: [this.rng.pick(['drip0', 'drip1'])], fade: false, stays: true });
    }
    this.stamp(this.rng.pick(['blood0', 'blood1', 'blood2']), x + Math.cos(angle) * 6, y + Math.sin(angle) * 6, this.rng.range(0, Math.PI * 2), 0.9);
  }

  puff(x: number, y: number, kind: 'dust' | 'smoke'): void {
    this.spawn({ x, y, vx: this.rng.range(-0.2, 0.2), vy: this.rng.range(-0.3, -0.05), z: 0, vz: 0, spin: 0, life: 24, maxLife: 24, frames: [`${kind}0`, `${kind}1`, `${kind}2`], fade: true, stays: false });
  }

  update(): void {
    for (let i = this.particles.length - 1; i >= 0; i--) {
      const p = this.particles[i]!;
      p.life--;
      if (p.z > 0 || p.vz > 0) {
        p.z += p.vz;
        p.vz -= GRAVITY;
        if (p.z <= 0) {
          p.z = 0;
          p.vz = Math.abs(p.vz) > 0.6 ? -p.vz * 0.35 : 0;
          p.vx *= 0.5;
          p.vy *= 0.5;
        }
      } else {
        p.vx *= 0.8;
        p.vy *= 0.8;
      }
      p.x += p.vx;
      p.y += p.vy;
      const t = 1 - p.life / p.maxLife;
      const frame = p.frames[Math.min(p.frames.length - 1, Math.floor(t * p.frames.length))]!;
      p.sprite.setFrame(frame).setPosition(p.x, p.y - p.z).setRotation(p.sprite.rotation + p.spin * (p.z > 0 ? 1 : 0.1));
      if (p.fade) p.sprite.setAlpha(1 - t);
      if (p.life <= 0) {
        if (p.stays) this.stamp(frame, p.x, p.y, p.sprite.rotation);
        p.sprite.setVisible(false);
        this.pool.push(p.sprite);
        this.particles.splice(i, 1);
      }
    }
    // Stamping into the decal texture is a render pass of its own: batch a few frames' worth.
    if (this.decalsDirty && ++this.framesSinceDecals >= 4) {
      this.decals.render();
      this.decalsDirty = false;
      this.framesSinceDecals = 0;
    }
  }

  destroy(): void {
    for (const p of this.particles) p.sprite.destroy();
    for (const s of this.pool) s.destroy();
    this.particles.length = 0;
    this.pool.length = 0;
    this.decals.destroy();
  }
}
