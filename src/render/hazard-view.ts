// Draws the hazards of issue 4 over the level: flames on burning cells with an orange glow,
// char where the fire has been, smoke as drifting translucent puffs, Navajas's knives spinning in
// flight and stuck in walls, and the glint of his wind-up. Reads the sim, never changes it.
import Phaser from 'phaser';
import { actorById, ANGLE_UNITS, BurnState, TILE, type SimEvent, type World } from '../sim';
import { Depth, type Effects } from './effects';
import { addFireLight, flickerFireLight } from './lighting';
import { ATLAS } from './textures';
import { lookOf } from './weapon-looks';
import { HAZE_MAX, newSmokePuffs, SMOKE_COLOUR, SMOKE_MIN, smokePuffs } from './smoke-look';

const RAD_PER_UNIT = (Math.PI * 2) / ANGLE_UNITS;
const BURNING: number = BurnState.Burning;
const BURNT_OUT: number = BurnState.BurntOut;
/** The haze (smoke-look.ts HAZE_MAX at most) follows at this rate per frame. */
const HAZE_EASE = 0.06;
const PUFFS = newSmokePuffs();
/** Milliseconds per flame frame, and how fast a knife spins (radians per ms). */
const FLAME_MS = 90;
const KNIFE_SPIN = 0.035;
const TICK_MS = 1000 / 60;

/** A cell that catches flares up from a small flame to a full one over this long: the fire is seen to spread. */
const CATCH_MS = 700;

interface FlameSprites {
  flame: Phaser.GameObjects.Image;
  light: Phaser.GameObjects.Image;
  /** When the cell caught (ms), for its flame to grow in. */
  since: number;
}

interface Tell {
  glint: Phaser.GameObjects.Image;
  actor: number;
  angle: number;
  until: number;
}

export class HazardView {
  private readonly flames = new Map<number, FlameSprites>();
  private readonly knives = new Map<number, Phaser.GameObjects.Image>();
  private readonly tells: Tell[] = [];
  /** Smoke puffs over the cells in view: a pool of sprites reused every frame (batched, unlike a redrawn Graphics). */
  private readonly puffs: Phaser.GameObjects.Image[] = [];
  /** A veil over the whole view while El breathes smoke. */
  private readonly haze: Phaser.GameObjects.Rectangle;
  private hazeLevel = 0;

  constructor(private readonly scene: Phaser.Scene, private world: World, private readonly effects: Effects) {
    this.haze = scene.add.rectangle(0, 0, 1, 1, SMOKE_COLOUR, 1).setOrigin(0, 0).setDepth(Depth.Lights + 0.5).setAlpha(0).setVisible(false);
    // A view made mid-run (replay seek) shows the char of fires already out.
    for (let i = 0; i < world.burn.length; i++) if (world.burn[i] === BURNT_OUT) this.char(i);
    // Cells already burning then are shown in full flame.
    this.syncFlames(-Infinity);
  }

  /** Reacts to one tick's events (call after every sim tick). */
  onTick(world: World, now: number): void {
    this.world = world;
    for (const e of world.events) this.onEvent(e, now);
    this.syncFlames(now);
  }

  private onEvent(e: SimEvent, now: number): void {
    const fx = this.effects;
    switch (e.type) {
      case 'burnOut':
        this.char(e.ty * this.world.level.width + e.tx);
        fx.puff((e.tx + 0.5) * TILE, (e.ty + 0.5) * TILE, 'smoke');
        break;
      case 'burn':
        for (let k = 0; k < 4; k++) {
          const a = fx.rng.range(-Math.PI, 0);
          fx.spawn({ x: e.x, y: e.y, vx: Math.cos(a) * 0.6, vy: Math.sin(a) * 0.9, z: 0, vz: 0, spin: 0, life: 26, maxLife: 26, frames: ['ember0', 'ember1'], fade: true, stays: false }, Depth.Flames);
        }
        break;
      case 'knifeStick': {
        // The blade sinks in: draw the grip just short of where it hit, pointing along its flight.
        const a = e.angle * RAD_PER_UNIT;
        fx.stamp('knife_stuck', e.x - Math.cos(a) * 2, e.y - Math.sin(a) * 2, a);
        break;
      }
      case 'windup': {
        const glint = this.scene.add.image(e.x, e.y, ATLAS, 'tell0').setDepth(Depth.Marks).setBlendMode(Phaser.BlendModes.ADD);
        this.tells.push({ glint, actor: e.actor, angle: e.angle * RAD_PER_UNIT, until: now + e.ticks * TICK_MS });
        break;
      }
      case 'knifeKill':
        fx.blood(e.x, e.y, fx.rng.range(0, Math.PI * 2), 3);
        break;
      case 'fall':
        fx.puff(e.x, e.y, 'dust');
        break;
      default:
        break;
    }
  }

  private char(i: number): void {
    const w = this.world.level.width;
    const tx = i % w;
    const ty = (i - tx) / w;
    this.effects.stamp('char0', (tx + 0.5) * TILE, (ty + 0.5) * TILE, ((tx * 7 + ty * 3) % 4) * (Math.PI / 2), 0.85);
  }

  /** One flame (and glow) per burning cell: added when a cell catches, removed when it is out. */
  private syncFlames(now: number): void {
    const world = this.world;
    if (world.burningCells === 0 && this.flames.size === 0) return;
    const burn = world.burn;
    const w = world.level.width;
    for (const [i, s] of this.flames) {
      if (burn[i] === BURNING) continue;
      s.flame.destroy();
      s.light.destroy();
      this.flames.delete(i);
    }
    if (this.flames.size === world.burningCells) return;
    for (let i = 0; i < burn.length; i++) {
      if (burn[i] !== BURNING || this.flames.has(i)) continue;
      const x = (i % w + 0.5) * TILE;
      const y = (Math.floor(i / w) + 0.5) * TILE;
      const flame = this.scene.add.image(x, y - 2, ATLAS, 'flame0').setDepth(Depth.Flames);
      this.flames.set(i, { flame, light: addFireLight(this.scene, x, y), since: now });
    }
  }

  /** Positions everything for this frame; alpha (0..1) interpolates between the last two ticks. */
  draw(alpha: number, now: number): void {
    for (const [i, s] of this.flames) {
      // Each cell has its own phase so a blaze does not flicker in step.
      const phase = Math.floor(now / FLAME_MS + i * 1.7);
      const grown = Math.min(1, 0.3 + (0.7 * (now - s.since)) / CATCH_MS);
      s.flame.setFrame(`flame${phase & 3}`).setFlipX(((i * 5 + (phase >> 2)) & 1) === 1).setScale(grown);
      flickerFireLight(s.light, now, i);
    }
    this.drawKnives(alpha, now);
    this.drawTells(now);
    this.drawSmoke(now);
    this.drawHaze();
  }

  private drawHaze(): void {
    const world = this.world;
    const el = world.actors[0];
    let want = 0;
    if (el && el.alive && world.smokyCells > 0) {
      const tx = Math.floor(el.x / TILE);
      const ty = Math.floor(el.y / TILE);
      if (tx >= 0 && ty >= 0 && tx < world.level.width && ty < world.level.height) want = (world.smoke[ty * world.level.width + tx]! / 255) * HAZE_MAX;
    }
    this.hazeLevel += (want - this.hazeLevel) * HAZE_EASE;
    if (this.hazeLevel < 0.005) {
      this.haze.setVisible(false);
      return;
    }
    const view = this.scene.cameras.main.worldView;
    this.haze.setVisible(true).setAlpha(this.hazeLevel).setPosition(view.x, view.y).setSize(view.width, view.height);
  }

  private drawKnives(alpha: number, now: number): void {
    const seen = new Set<number>();
    for (const b of this.world.bullets) {
      if (!b.alive || lookOf(b.weapon).round !== 'blade') continue;
      seen.add(b.id);
      let img = this.knives.get(b.id);
      if (!img) {
        img = this.scene.add.image(b.x, b.y, ATLAS, 'knife').setDepth(Depth.Shots);
        this.knives.set(b.id, img);
      }
      img.setPosition(b.x + b.vx * alpha, b.y + b.vy * alpha).setRotation(now * KNIFE_SPIN + b.id);
    }
    for (const [id, img] of this.knives) {
      if (seen.has(id)) continue;
      img.destroy();
      this.knives.delete(id);
    }
  }

  private drawTells(now: number): void {
    for (let i = this.tells.length - 1; i >= 0; i--) {
      const t = this.tells[i]!;
      const a = actorById(this.world, t.actor);
      if (now > t.until || !a || !a.alive) {
        t.glint.destroy();
        this.tells.splice(i, 1);
        continue;
      }
      // The raised blade: above the throwing hand, behind and to the right of the aim.
      const side = t.angle + Math.PI / 2;
      const x = a.x + Math.cos(side) * 6 - Math.cos(t.angle) * 3;
      const y = a.y + Math.sin(side) * 6 - Math.sin(t.angle) * 3 - 4;
      const pulse = Math.floor(now / 70) & 1;
      t.glint.setPosition(x, y).setFrame(pulse ? 'tell0' : 'tell1').setRotation(now * 0.004);
    }
  }

  private drawSmoke(now: number): void {
    const world = this.world;
    let used = 0;
    if (world.smokyCells > 0) {
      const { width, height } = world.level;
      const view = this.scene.cameras.main.worldView;
      const x0 = Math.max(0, Math.floor(view.x / TILE) - 1);
      const y0 = Math.max(0, Math.floor(view.y / TILE) - 1);
      const x1 = Math.min(width - 1, Math.ceil((view.x + view.width) / TILE) + 1);
      const y1 = Math.min(height - 1, Math.ceil((view.y + view.height) / TILE) + 1);
      const smoke = world.smoke;
      for (let ty = y0; ty <= y1; ty++) {
        for (let tx = x0; tx <= x1; tx++) {
          const v = smoke[ty * width + tx]!;
          if (v < SMOKE_MIN) continue;
          smokePuffs(tx, ty, v, now, TILE, PUFFS);
          for (const p of PUFFS) this.puff(used++, p.x, p.y, p.scale, p.alpha);
        }
      }
    }
    for (let i = used; i < this.puffs.length; i++) this.puffs[i]!.setVisible(false);
  }

  /** Shows pool sprite `i` as a puff, making it on first use. */
  private puff(i: number, x: number, y: number, scale: number, alpha: number): void {
    let img = this.puffs[i];
    if (!img) {
      img = this.scene.add.image(0, 0, ATLAS, 'smoke_dark').setDepth(Depth.Particles + 0.5);
      this.puffs.push(img);
    }
    img.setVisible(true).setPosition(x, y).setScale(scale).setAlpha(alpha);
  }

  destroy(): void {
    for (const s of this.flames.values()) {
      s.flame.destroy();
      s.light.destroy();
    }
    this.flames.clear();
    for (const k of this.knives.values()) k.destroy();
    this.knives.clear();
    for (const t of this.tells) t.glint.destroy();
    this.tells.length = 0;
    for (const p of this.puffs) p.destroy();
    this.haze.destroy();
  }
}
