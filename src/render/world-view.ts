// Draws a World: the baked level, doors, guns on the floor, actors (shadow, legs toward where they
// walk, body toward where they aim), bullets, and the effects that events call for. It reads the
// sim and never changes it.
import Phaser from 'phaser';
import {
  actorById, ANGLE_UNITS, Cell, cellAtPoint, duelHolds, FOCUS_SLOWDOWN, isVehicle, Material, TILE, worldAdvances, type Actor,
  type SimEvent, type World,
} from '../sim';
import { actorFrame, actorLegsFrame, standInFrame } from './cast-frames';
import { ArsenalView } from './arsenal-view';
import { CaseView, isThrownCase } from './case-view';
import { Depth, Effects } from './effects';
import { addPixelTexture, ATLAS, FONT, TILES } from './textures';
import { bakeLevelImage, wallTileNear } from '../art/level-image';
import { figureLook, type FigureLook } from './figure-look';
import { HazardView } from './hazard-view';
import { tracerFor } from './tracers';
import { glintFrame, pickupFrame } from './pickup-frames';
import { addLighting } from './lighting';
import { PropsView, tableCells } from './props-view';
import { hitFrame } from '../art/sprites/flash';
import { buildTileset } from '../art/tiles';
import { Colors, recolor } from '../ui/text';
import { lookOf } from './weapon-looks';

const RAD_PER_UNIT = (Math.PI * 2) / ANGLE_UNITS;
const DOOR_SWING_MS = 160;

interface ActorSprites {
  shadow: Phaser.GameObjects.Image;
  legs: Phaser.GameObjects.Image;
  body: Phaser.GameObjects.Image;
  pool: Phaser.GameObjects.Image | null;
  /** Rims and El's ground ring (figure-look.ts), made the first time the figure needs them. */
  bodyRim: Phaser.GameObjects.Image | null;
  legsRim: Phaser.GameObjects.Image | null;
  marker: Phaser.GameObjects.Image | null;
  /** Foe or friend by shape under the feet (figure-look.ts teamMarkerOf), made when first needed. */
  teamMarker: Phaser.GameObjects.Image | null;
  walked: number;
  legAngle: number;
  deathAngle: number;
  flashUntil: number;
  /** Where the world last advanced from (under focus it moves on one tick in three; see draw). */
  fromX: number;
  fromY: number;
  /** What the sprites show now, so unchanged frames cost nothing (setFrame is not free). */
  bodyFrame: string;
  legsFrame: string | null;
}

interface DoorSprites {
  plank: Phaser.GameObjects.Image;
  panel: Phaser.GameObjects.Image | null;
  openedAt: number;
}

export class WorldView {
  private readonly actors = new Map<number, ActorSprites>();
  private readonly pickups = new Map<number, { gun: Phaser.GameObjects.Image; glint: Phaser.GameObjects.Image }>();
  private readonly doors: DoorSprites[] = [];
  private readonly bullets: Phaser.GameObjects.Graphics;
  /** The duel's target once he has made his move (drawn with his gun up until the standoff ends). */
  private duelDrawn = -1;
  private readonly marks: { text: Phaser.GameObjects.BitmapText; actor: number; until: number }[] = [];
  readonly effects: Effects;
  /** Fire, smoke, knives and the wind-up tell (hazard-view.ts). */
  private readonly hazards: HazardView;
  private readonly arsenal: ArsenalView;
  /** El's guitar case in the air and where it lands (case-view.ts). */
  private readonly cases: CaseView;
  private readonly levelImage: Phaser.GameObjects.Image;
  private readonly lights: Phaser.GameObjects.GameObject[];
  private readonly props: PropsView;
  /** Fewer flashes (reduced-flashes.ts): no white hit silhouette, dim muzzle flashes and blasts. */
  set reduceFlashes(on: boolean) {
    this.calm = on;
    this.effects.calm = on;
  }

  private calm = false;
  /** Called for screen shake and kick; the scene decides whether shake is on. */
  onShake: (intensity: number, ms: number) => void = () => {};

  constructor(private readonly scene: Phaser.Scene, private world: World) {
    const level = world.level;
    const key = `level-${level.id}`;
    if (!scene.textures.exists(key)) addPixelTexture(scene, key, bakeLevelImage(level, buildTileset(), tableCells(level)));
    this.levelImage = scene.add.image(0, 0, key).setOrigin(0, 0).setDepth(Depth.Level);
    this.props = new PropsView(scene, world);
    this.effects = new Effects(scene, level.width * TILE, level.height * TILE);
    this.bullets = scene.add.graphics().setDepth(Depth.Rounds);
    this.arsenal = new ArsenalView(scene, this.effects, (i, ms) => this.onShake(i, ms));
    this.cases = new CaseView(scene, this.effects);
    this.lights = addLighting(scene, level);
    this.hazards = new HazardView(scene, world, this.effects);
    level.doors.forEach((d) => {
      const cx = d.tx * TILE + (d.vertical ? TILE / 2 : 0);
      const cy = d.ty * TILE + (d.vertical ? 0 : TILE / 2);
      // The plank hinges at one end of the doorway: the top for a vertical door, the left otherwise.
      const plank = scene.add.image(cx, cy, ATLAS, d.hidden ? 'door_plank_hidden' : 'door_plank').setOrigin(0, 0.5).setDepth(Depth.Doors).setRotation(d.vertical ? Math.PI / 2 : 0);
      const wallTile = d.hidden ? wallTileNear(level, d.tx, d.ty) : -1;
      const panel = wallTile >= 0 ? scene.add.image(d.tx * TILE, d.ty * TILE, TILES, wallTile).setOrigin(0, 0).setDepth(Depth.Doors) : null;
      if (panel) plank.setVisible(false);
      this.doors.push({ plank, panel, openedAt: -1 });
    });
  }

  private spritesFor(a: Actor): ActorSprites {
    let s = this.actors.get(a.id);
    if (!s) {
      const scene = this.scene;
      s = {
        shadow: scene.add.image(a.x, a.y, ATLAS, 'shadow').setDepth(Depth.Shadows),
        legs: scene.add.image(a.x, a.y, ATLAS, 'legs_black_0').setDepth(Depth.Legs).setVisible(false), // shown once a legs frame is picked (never for the dead)
        body: scene.add.image(a.x, a.y, ATLAS, actorFrame(a, this.world.tick, false, a.id === this.world.playerId ? this.world.player.drawLeft : 0)).setDepth(Depth.Bodies),
        pool: null,
        bodyRim: null,
        legsRim: null,
        marker: null,
        teamMarker: null,
        walked: 0,
        legAngle: a.aim * RAD_PER_UNIT,
        deathAngle: 0,
        flashUntil: 0,
        fromX: a.px,
        fromY: a.py,
        bodyFrame: '',
        legsFrame: null,
      };
      this.actors.set(a.id, s);
    }
    return s;
  }

  /** Reacts to one tick's events (call after every sim tick). */
  onTick(world: World, now: number): void {
    this.world = world;
    for (const e of world.events) {
      this.onEvent(e, now);
      this.arsenal.onEvent(e);
    }
    this.arsenal.onTick(world);
    if (world.events.some((e) => e.type === 'shatter')) this.props.sync(world);
    const advanced = worldAdvances(world);
    this.hazards.onTick(world, now);
    for (const a of world.actors) {
      const s = this.spritesFor(a);
      if (advanced) {
        s.fromX = a.px;
        s.fromY = a.py;
      }
      const dx = a.x - a.px;
      const dy = a.y - a.py;
      const moved = Math.sqrt(dx * dx + dy * dy);
      // The legs' walk cycle; the footfalls themselves are sim events (src/sim/footsteps.ts).
      if (moved > 0.05) {
        s.walked += moved;
        s.legAngle = Math.atan2(dy, dx);
      }
    }
  }

  private onEvent(e: SimEvent, now: number): void {
    const fx = this.effects;
    switch (e.type) {
      case 'shot': {
        const angle = e.angle * RAD_PER_UNIT;
        // The sim's muzzle point sits a few pixels behind the drawn gun tip.
        fx.muzzleFlash(e.x + Math.cos(angle) * 3, e.y + Math.sin(angle) * 3, angle);
        const look = lookOf(e.weapon);
        if (look.ejectsShell) fx.shell(e.x, e.y, angle);
        // The big guns kick the camera harder.
        const heavy = look.heavyKick;
        if (e.actor === this.world.playerId) this.onShake(heavy ? 0.006 : 0.002, heavy ? 120 : 60);
        break;
      }
      case 'impact':
        fx.impact(e.x, e.y, e.material);
        break;
      case 'hit': {
        const target = actorById(this.world, e.target);
        const by = actorById(this.world, e.by);
        const angle = target && by ? Math.atan2(target.y - by.y, target.x - by.x) : 0;
        // Bullets into the car strike sparks, not blood.
        if (target && isVehicle(target)) fx.impact(e.x, e.y, Material.Metal);
        else fx.blood(e.x, e.y, angle, e.damage);
        const s = target && this.actors.get(target.id);
        if (s && !this.calm) s.flashUntil = now + 70;
        if (e.target === this.world.playerId) this.onShake(0.006, 140);
        break;
      }
      case 'death': {
        const a = actorById(this.world, e.actor);
        const by = actorById(this.world, e.by);
        const s = a && this.spritesFor(a);
        if (a && isVehicle(a)) {
          // The car dies with its driver: smoke, a jolt, no pool.
          for (let i = 0; i < 4; i++) fx.puff(a.x + fx.rng.range(-8, 8), a.y + fx.rng.range(-5, 5), 'smoke');
          this.onShake(0.008, 220);
        } else if (a && s && cellAtPoint(this.world, a.x, a.y) === Cell.Void) {
          // Fell into a gap: no pool, the body drops away out of sight.
          this.scene.tweens.add({ targets: s.body, scale: 0.3, alpha: 0, duration: 700, ease: 'Quad.easeIn' });
        } else if (a && s) {
          s.deathAngle = by ? Math.atan2(a.y - by.y, a.x - by.x) : a.aim * RAD_PER_UNIT + Math.PI;
          s.pool = this.scene.add.image(a.x, a.y, ATLAS, fx.rng.pick(['pool0', 'pool1'])).setDepth(Depth.Floor).setScale(0.2).setRotation(fx.rng.range(0, 6.28));
          this.scene.tweens.add({ targets: s.pool, scale: 1, duration: 1400, ease: 'Quad.easeOut' });
        }
        break;
      }
      case 'door':
        if (this.doors[e.door]) this.doors[e.door]!.openedAt = now;
        fx.puff((this.world.level.doors[e.door]!.tx + 0.5) * TILE, (this.world.level.doors[e.door]!.ty + 0.5) * TILE, 'dust');
        break;
      case 'dive': {
        const p = actorById(this.world, e.actor);
        if (p) fx.puff(p.x, p.y + 3, 'dust');
        break;
      }
      case 'duelCue':
        this.duelDrawn = e.target;
        break;
      case 'ram': {
        this.onShake(0.01, 200);
        fx.puff(e.x, e.y, 'dust');
        break;
      }
      case 'tableKick':
        // The crash: splinters, a cloud of dust along the way it falls, a jolt.
        fx.impact(e.x, e.y, Material.Wood);
        for (let i = 0; i < 3; i++) fx.puff(e.x + fx.rng.range(-6, 6), e.y + fx.rng.range(-6, 6), 'dust');
        this.onShake(0.004, 120);
        break;
      case 'tableStop':
        fx.puff(e.x, e.y, 'dust');
        break;
      case 'shatter':
        // A glass burst: a shower of shards and a second ring for big panes.
        fx.impact(e.x, e.y, Material.Glass);
        fx.impact(e.x + fx.rng.range(-4, 4), e.y + fx.rng.range(-4, 4), Material.Glass);
        break;
      case 'doorKick':
        for (let i = 0; i < 4; i++) fx.puff(e.x + fx.rng.range(-8, 8), e.y + fx.rng.range(-8, 8), 'dust');
        fx.impact(e.x, e.y, Material.Wood);
        this.onShake(0.007, 160);
        break;
      case 'knockdown':
        fx.puff(e.x, e.y + 3, 'dust');
        break;
      case 'alert': {
        // The red "!" marks Bucho's men noticing El; his friends going on guard need none.
        if (actorById(this.world, e.actor)?.team === 'ally') break;
        // A font baked in red, not a tint: Canvas draws no tints.
        const text = recolor(this.scene.add.bitmapText(e.x, e.y - 12, FONT, '!'), Colors.red).setOrigin(0.5, 1).setDepth(Depth.Marks);
        this.marks.push({ text, actor: e.actor, until: now + 700 });
        break;
      }
      default:
        break;
    }
  }

  /** Positions everything for this frame; alpha (0..1) interpolates between the last two ticks. */
  draw(alpha: number, now: number): void {
    const world = this.world;
    // Under focus everyone but El moves on one tick in FOCUS_SLOWDOWN: spread that over the ticks.
    const slow = world.focus.active ? ((world.focus.ticks % FOCUS_SLOWDOWN) + alpha) / FOCUS_SLOWDOWN : -1;
    for (const a of world.actors) {
      const s = this.spritesFor(a);
      const smooth = slow >= 0 && a.team !== 'player';
      const x = smooth ? s.fromX + (a.x - s.fromX) * slow : a.px + (a.x - a.px) * alpha;
      const y = smooth ? s.fromY + (a.y - s.fromY) * slow : a.py + (a.y - a.py) * alpha;
      const vehicle = isVehicle(a);
      s.shadow.setPosition(x + 1, y + 2).setVisible(a.alive && !vehicle);
      const legs = actorLegsFrame(a, s.walked);
      if (legs !== s.legsFrame) {
        s.legs.setVisible(legs !== null);
        if (legs) s.legs.setFrame(legs);
        s.legsFrame = legs;
      }
      const body = actorFrame(a, world.tick, a.id === this.duelDrawn && duelHolds(world), a.id === world.playerId ? world.player.drawLeft : 0);
      // Hit: the white silhouette of the same frame for a moment (baked: Canvas draws no tint fill).
      const drawn = this.hasFrame(body) ? body : standInFrame(a, body);
      const shown = now < s.flashUntil && this.hasFrame(hitFrame(drawn)) ? hitFrame(drawn) : drawn;
      if (shown !== s.bodyFrame) {
        s.body.setFrame(shown);
        s.bodyFrame = shown;
      }
      const look = figureLook(a, body, legs);
      // setDepth re-sorts the display list: only when a figure changes layer (lit, muted, dead).
      if (s.legs.depth !== look.legsDepth) s.legs.setDepth(look.legsDepth);
      if (s.body.depth !== look.bodyDepth) s.body.setDepth(look.bodyDepth);
      if (legs) s.legs.setPosition(x, y).setRotation(s.legAngle);
      // A wreck keeps the heading it died with.
      const rotation = a.alive || vehicle ? a.aim * RAD_PER_UNIT : s.deathAngle;
      s.body.setPosition(x, y).setRotation(rotation);
      s.bodyRim = this.rimSprite(s.bodyRim, look.bodyRim, look.rimDepth, x, y, rotation);
      s.legsRim = this.rimSprite(s.legsRim, look.legsRim, look.rimDepth, x, y, s.legAngle);
      if (look.marker && !s.marker) s.marker = this.scene.add.image(x, y, ATLAS, 'el_marker').setDepth(Depth.LitFigures);
      s.marker?.setVisible(look.marker).setPosition(x, y);
      s.teamMarker = this.teamMarkerSprite(s.teamMarker, look, x, y);
    }
    this.drawPickups(now);
    this.cases.draw(world, alpha);
    this.drawDoors(now);
    this.props.draw(world);
    this.drawBullets(alpha, slow);
    this.arsenal.draw(world, alpha);
    this.hazards.draw(alpha, now);
    for (let i = this.marks.length - 1; i >= 0; i--) {
      const m = this.marks[i]!;
      const a = actorById(world, m.actor);
      if (now > m.until || !a || !a.alive) {
        m.text.destroy();
        this.marks.splice(i, 1);
      } else {
        m.text.setPosition(a.x, a.y - 10 - Math.min(4, (700 - (m.until - now)) / 40));
      }
    }
    this.effects.update();
  }

  /** The body sprite drawn for an actor (null before it is first drawn), for overlays such as the kill-cam's outline. */
  bodyOf(actorId: number): Phaser.GameObjects.Image | null {
    return this.actors.get(actorId)?.body ?? null;
  }

  /** Shows (making it the first time) or hides a rim sprite; frames missing from the atlas are skipped. */
  private rimSprite(img: Phaser.GameObjects.Image | null, frame: string | null, depth: number, x: number, y: number, rotation: number): Phaser.GameObjects.Image | null {
    if (!frame || !this.hasFrame(frame)) return img?.setVisible(false) ?? null;
    const rim = img ?? this.scene.add.image(x, y, ATLAS, frame);
    if (rim.frame.name !== frame) rim.setFrame(frame);
    if (rim.depth !== depth) rim.setDepth(depth);
    return rim.setVisible(true).setPosition(x, y).setRotation(rotation);
  }

  /** Shows (making it the first time) or hides a figure's foe-or-friend ground mark. */
  private teamMarkerSprite(img: Phaser.GameObjects.Image | null, look: FigureLook, x: number, y: number): Phaser.GameObjects.Image | null {
    if (!look.teamMarker) return img?.setVisible(false) ?? null;
    const mark = img ?? this.scene.add.image(x, y, ATLAS, look.teamMarker);
    if (mark.frame.name !== look.teamMarker) mark.setFrame(look.teamMarker);
    if (mark.depth !== look.teamMarkerDepth) mark.setDepth(look.teamMarkerDepth);
    return mark.setVisible(true).setPosition(x, y);
  }

  /** Whether the atlas has this frame (new cast members may be drawn later than their mechanics). */
  private hasFrame(name: string): boolean {
    return this.scene.textures.get(ATLAS).has(name);
  }

  private drawPickups(now: number): void {
    const seen = new Set<number>();
    for (const p of this.world.pickups) {
      if (!p.alive || isThrownCase(p)) continue;
      seen.add(p.id);
      let s = this.pickups.get(p.id);
      if (!s) {
        const gun = this.scene.add.image(p.x, p.y, ATLAS, pickupFrame(p.weapon)).setDepth(Depth.Floor).setRotation((p.id * 2.4) % 6.28);
        const glint = this.scene.add.image(p.x, p.y, ATLAS, 'glint0').setDepth(Depth.Floor + 0.1).setBlendMode(Phaser.BlendModes.ADD);
        s = { gun, glint };
        this.pickups.set(p.id, s);
      }
      // A one-second glint cycle, so guns on the floor catch the eye.
      const phase = ((now + p.id * 137) % 1000) / 1000;
      const glint = glintFrame(phase);
      s.glint.setVisible(glint !== null);
      if (glint) s.glint.setFrame(glint).setPosition(p.x + 3, p.y - 2);
    }
    for (const [id, s] of this.pickups) {
      if (seen.has(id)) continue;
      s.gun.destroy();
      s.glint.destroy();
      this.pickups.delete(id);
    }
  }

  private drawDoors(now: number): void {
    this.world.level.doors.forEach((d, i) => {
      const view = this.doors[i]!;
      const state = this.world.doors[i]!;
      if (!state.open) return;
      view.panel?.setVisible(false);
      view.plank.setVisible(true);
      const t = view.openedAt < 0 ? 1 : Math.min(1, (now - view.openedAt) / DOOR_SWING_MS);
      const closed = d.vertical ? Math.PI / 2 : 0;
      // Swing 90 degrees away from whoever opened it, with a little overshoot.
      const ease = t < 1 ? Math.sin(t * Math.PI * 0.6) / Math.sin(Math.PI * 0.6) : 1;
      view.plank.setRotation(closed + state.swing * (Math.PI / 2) * ease * (d.vertical ? -1 : 1));
    });
  }

  /** `slow` (0..1, or -1 without focus) is how far along the world's slowed tick the frame is. */
  private drawBullets(alpha: number, slow: number): void {
    const g = this.bullets;
    g.clear();
    for (const b of this.world.bullets) {
      // Knives are sprites of their own (hazard-view.ts), not tracers.
      if (!b.alive || lookOf(b.weapon).round === 'blade') continue;
      const f = slow >= 0 && b.owner !== this.world.playerId ? slow : alpha;
      const x = b.x + b.vx * f;
      const y = b.y + b.vy * f;
      // A bright core in a dark casing, a glow trailing behind; whose round it is in its colour.
      const side = actorById(this.world, b.owner)?.team === 'enemy' ? 'foe' : 'el';
      const t = tracerFor(b.weapon, side);
      g.lineStyle(t.width, t.glow, 0.45);
      g.lineBetween(x - b.vx * t.tail, y - b.vy * t.tail, x, y);
      g.lineStyle(t.casingWidth, t.casing, 1);
      g.lineBetween(x - b.vx * t.head, y - b.vy * t.head, x, y);
      g.lineStyle(t.width, t.core, 1);
      g.lineBetween(x - b.vx * t.head, y - b.vy * t.head, x, y);
    }
  }

  destroy(): void {
    this.levelImage.destroy();
    this.props.destroy();
    for (const l of this.lights) l.destroy();
    for (const s of this.actors.values()) {
      s.shadow.destroy();
      s.legs.destroy();
      s.body.destroy();
      s.pool?.destroy();
      s.bodyRim?.destroy();
      s.legsRim?.destroy();
      s.marker?.destroy();
      s.teamMarker?.destroy();
    }
    this.actors.clear();
    for (const s of this.pickups.values()) {
      s.gun.destroy();
      s.glint.destroy();
    }
    this.pickups.clear();
    for (const d of this.doors) {
      d.plank.destroy();
      d.panel?.destroy();
    }
    for (const m of this.marks) m.text.destroy();
    this.bullets.destroy();
    this.hazards.destroy();
    this.arsenal.destroy();
    this.cases.destroy();
    this.effects.destroy();
  }
}
