// The kill-cam: after El dies, the last two seconds again, from the deterministic world (a copy
// kept during play, stepped through the same inputs), in slow motion, the killer outlined and the
// killing round's path drawn. Any key, click or pad button skips to the results; Restart (and R,
// as on death) restarts at once. It reads a world of its own: the run, its records and its ghost
// are untouched. Timed on the page's game clock, so ?clock=manual tests are exact.
import Phaser from 'phaser';
import { soundsForEvents, createEventSoundMemo } from '../audio/event-sounds';
import { KILLCAM_HOLD_TICKS, KILLCAM_SLOWDOWN } from '../game/end-timing';
import { TICK_MS } from '../game/fixed-step';
import type { KillcamReplay } from '../game/killcam-recorder';
import type { RoundPath } from '../game/killing-round';
import { services, type Services } from '../game/services';
import { t } from '../i18n';
import { MENU_ACTIONS, REBINDABLE_ACTIONS } from '../input';
import { WORLD_ZOOM } from '../render/camera-rig';
import { Depth } from '../render/effects';
import { WorldView } from '../render/world-view';
import { actorById, playerOf, stateHash, TILE } from '../sim';
import { Colors, headline, label } from '../ui/text';
import { gameClock } from './clock-link';
import { SceneKey } from './keys';
import { updateHook } from './test-hook';

/** Presses in the first ticks are the fight's, not a wish to skip (a held trigger, a last dive). */
const SKIP_GRACE_TICKS = 20;
/** Screen pixels of the letterbox bars. */
const BAR = 84;
/** Replayed sound is heard muffled, under the real fight's level. */
const REPLAY_GAIN = 0.4;

export interface KillcamData {
  /** Rewound to the start of what is shown; stepped to the death here. */
  replay: KillcamReplay;
  /** Actor id of the killer (0: no one, the level itself). */
  killer: number;
  /** The results' "Killed by" text. */
  killedBy: string;
  /** The killing round's path, when a round did it. */
  path: RoundPath | null;
  /** To the results (skipped or over). */
  onDone: () => void;
  /** Restart pressed: the level, or (with the Focus chord) the whole full-game run. */
  onRestart: (wholeRun: boolean) => void;
}

export class KillcamScene extends Phaser.Scene {
  private data_!: KillcamData;
  private svc!: Services;
  private view: WorldView | null = null;
  private outline!: Phaser.GameObjects.Graphics;
  private path!: Phaser.GameObjects.Graphics;
  /** Game-clock ticks since the kill-cam began, and toward the next replayed tick. */
  private elapsed = 0;
  private acc = 0;
  /** Game-clock ticks since the replay reached the death (-1: not yet). */
  private held = -1;
  private skipPressed = false;
  private finished = false;
  private hashAtDeath = '';
  private readonly sounds = createEventSoundMemo();

  constructor() {
    super(SceneKey.Killcam);
  }

  create(data: KillcamData): void {
    this.data_ = data;
    this.svc = services(this);
    this.elapsed = 0;
    this.acc = 0;
    this.held = -1;
    this.skipPressed = false;
    this.finished = false;
    this.hashAtDeath = '';
    const world = data.replay.world;
    const cam = this.cameras.main;
    cam.setZoom(WORLD_ZOOM).setRoundPixels(true).setBackgroundColor('#0d0b0e');
    cam.setBounds(0, 0, world.level.width * TILE, world.level.height * TILE);
    this.view = new WorldView(this, world);
    this.view.reduceFlashes = this.svc.settings.reduceFlashes;
    this.path = this.add.graphics().setDepth(Depth.Marks);
    // The killer ringed in red over his own red rim (drawn lines, not tints: Canvas draws no tints).
    this.outline = this.add.graphics().setDepth(Depth.Marks);
    this.frameCamera(1);
    this.addOverlay();
    this.svc.input.resetLatches();
    this.svc.audio.setSlowMotion(true);
    const skip = (e?: KeyboardEvent) => {
      if (e?.repeat) return;
      this.skipPressed = true;
    };
    this.input.keyboard?.on('keydown', skip);
    this.input.on('pointerdown', () => skip());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.view?.destroy();
      this.view = null;
      this.svc.audio.setSlowMotion(false);
      updateHook({ killcam: null });
    });
    this.publish();
  }

  override update(time: number): void {
    const clock = gameClock(this);
    const input = this.svc.input;
    input.poll(time);
    const ticks = clock.manual ? clock.takeTicks() : clock.deltaMs / TICK_MS;
    this.elapsed += ticks;
    if (input.consumeChord('restart', 'focus')) {
      input.consumeAction('restart');
      this.leave(() => this.data_.onRestart(true));
      return;
    }
    if (input.consumeAction('restart') || input.consumeAction('reload')) {
      this.leave(() => this.data_.onRestart(false));
      return;
    }
    // Any other action (pad buttons arrive as actions) or any key or click: on to the results.
    const acted = [...REBINDABLE_ACTIONS, ...MENU_ACTIONS].some((a) => input.consumeAction(a));
    if ((acted || this.skipPressed) && this.elapsed >= SKIP_GRACE_TICKS) {
      this.leave(() => this.data_.onDone());
      return;
    }
    this.skipPressed = false;
    this.advanceReplay(ticks, time);
    if (this.held >= KILLCAM_HOLD_TICKS) this.leave(() => this.data_.onDone());
  }

  private advanceReplay(ticks: number, time: number): void {
    const replay = this.data_.replay;
    const world = replay.world;
    if (this.held >= 0) {
      this.held += ticks;
    } else {
      this.acc += ticks;
      while (this.acc >= KILLCAM_SLOWDOWN && replay.step()) {
        this.acc -= KILLCAM_SLOWDOWN;
        this.view!.onTick(world, time);
        this.hear();
      }
      if (replay.done) {
        this.held = 0;
        this.acc = 0;
        this.hashAtDeath = stateHash(world);
      }
    }
    const alpha = this.held >= 0 ? 1 : Math.min(1, this.acc / KILLCAM_SLOWDOWN);
    this.view!.draw(alpha, time);
    this.frameCamera(alpha);
    this.drawOutline();
    this.drawPath(alpha);
    this.publish();
  }

  /** Between El and his killer, or on El alone. */
  private frameCamera(alpha: number): void {
    const world = this.data_.replay.world;
    const el = playerOf(world);
    const killer = this.data_.killer > 0 ? actorById(world, this.data_.killer) : undefined;
    const ex = el.px + (el.x - el.px) * alpha;
    const ey = el.py + (el.y - el.py) * alpha;
    const cam = this.cameras.main;
    // Only if both fit on screen between the bars; else El stays in the middle.
    const fits = killer && Math.abs(killer.x - ex) < (cam.width / WORLD_ZOOM) * 0.8 && Math.abs(killer.y - ey) < ((cam.height - 2 * BAR) / WORLD_ZOOM) * 0.8;
    if (killer && fits) cam.centerOn((ex + killer.x) / 2, (ey + killer.y) / 2);
    else cam.centerOn(ex, ey);
  }

  private drawOutline(): void {
    const g = this.outline.clear();
    const body = this.data_.killer > 0 ? this.view!.bodyOf(this.data_.killer) : null;
    const killer = this.data_.killer > 0 ? actorById(this.data_.replay.world, this.data_.killer) : undefined;
    if (!body || !body.visible || !killer) return;
    const r = killer.radius + 5;
    g.lineStyle(3, 0x0d0b0e, 0.8).strokeCircle(body.x, body.y, r);
    g.lineStyle(1, Colors.red, 1).strokeCircle(body.x, body.y, r);
  }

  /** The killing round's line, growing with the round from the muzzle, then whole. */
  private drawPath(alpha: number): void {
    const p = this.data_.path;
    const g = this.path;
    g.clear();
    if (!p) return;
    const now = this.data_.replay.world.tick + (this.held >= 0 ? 0 : alpha) - 1;
    if (now < p.firedTick - 1) return;
    const f = Math.max(0, Math.min(1, (now - (p.firedTick - 1)) / Math.max(1, p.hitTick - p.firedTick)));
    const x = p.x0 + (p.x1 - p.x0) * f;
    const y = p.y0 + (p.y1 - p.y0) * f;
    g.lineStyle(1, Colors.gold, 0.9).lineBetween(p.x0, p.y0, x, y);
    g.fillStyle(Colors.gold, 1).fillCircle(p.x0, p.y0, 1.5);
    if (f >= 1) g.lineStyle(1, Colors.red, 1).strokeCircle(p.x1, p.y1, 4);
  }

  /** The replay's own sounds, softer and pitched down (bullet time's muffle). */
  private hear(): void {
    const world = this.data_.replay.world;
    const el = playerOf(world);
    soundsForEvents(world.events, {
      listenerX: el.x,
      listenerY: el.y,
      actorPos: (id) => {
        const a = actorById(world, id);
        return a ? { x: a.x, y: a.y } : null;
      },
      actorTeam: (id) => actorById(world, id)?.team ?? null,
    }, (name, opts) => this.svc.audio.play(name, { ...opts, volume: (opts.volume ?? 1) * REPLAY_GAIN }), this.sounds);
  }

  /** Letterbox bars, the title, who did it, and what the keys do; fixed on screen despite the zoom. */
  private addOverlay(): void {
    const cam = this.cameras.main;
    const { width, height } = this.scale;
    // With scroll factor 0 a zoomed camera still scales about its centre: undo that.
    const fixed = <T extends Phaser.GameObjects.Components.Transform & Phaser.GameObjects.Components.ScrollFactor & Phaser.GameObjects.Components.Depth>(o: T, sx: number, sy: number, scale = 1): T => {
      o.setScrollFactor(0).setPosition((sx - width / 2) / cam.zoom + width / 2, (sy - height / 2) / cam.zoom + height / 2).setScale(scale / cam.zoom).setDepth(100);
      return o;
    };
    fixed(this.add.rectangle(0, 0, width, BAR, 0x000000, 0.88).setOrigin(0, 0), 0, 0);
    fixed(this.add.rectangle(0, 0, width, BAR, 0x000000, 0.88).setOrigin(0, 0), 0, height - BAR);
    fixed(headline(this, 0, 0, t('killcam.title'), 1, Colors.gold), 40, 20, 4);
    fixed(label(this, 0, 0, `x${(1 / KILLCAM_SLOWDOWN).toFixed(2)}`, 1, Colors.dim).setOrigin(1, 0), width - 40, 30, 3);
    fixed(label(this, 0, 0, t('killcam.killedBy'), 1, Colors.dim), 40, height - BAR + 14, 3);
    fixed(label(this, 0, 0, this.data_.killedBy, 1, Colors.red), 40, height - BAR + 44, 3);
    // On the "KILLED BY" line, so a long killer (and Spanish keys) never run into each other.
    fixed(label(this, 0, 0, t('killcam.keys'), 1, Colors.dim).setOrigin(1, 0), width - 40, height - BAR + 14, 3);
  }

  private leave(then: () => void): void {
    if (this.finished) return;
    this.finished = true;
    this.svc.input.resetLatches();
    this.scene.stop();
    then();
  }

  private publish(): void {
    const world = this.data_.replay.world;
    updateHook({ killcam: { killedBy: this.data_.killedBy, tick: world.tick, deathTick: this.data_.replay.deathTick, hashAtDeath: this.hashAtDeath } });
  }
}
