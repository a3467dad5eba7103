// The replay viewer: a recorded run played back through a fresh world with the same WorldView and
// camera rig as Play. It only ever feeds the replay's decoded inputs to `step` (ReplayPlayer), so
// what it shows is the run itself: play/pause, speeds 0.25x to 8x, single ticks forward and back,
// a seek bar (snapshots every 300 ticks keep scrubbing fast), a free camera, the input of every
// tick, hitboxes, the in-game time, and whether the run verifies; G races it (its El as the ghost);
// V hides every panel for a clean picture (recording a video), and V again brings them back.
// Start it with
// `scene.start('replay', { replay, returnTo })` (ReplayData in game/play-data.ts); Esc goes back to `returnTo`.
import Phaser from 'phaser';
import { PlaybackPace, type GameClock } from '../game/game-clock';
import { levelEntry, loadLevel } from '../game/level-catalog';
import { services, type Services } from '../game/services';
import { levelText, t, type MessageKey } from '../i18n';
import { shakeIntensity } from '../render/reduced-flashes';
import { CameraRig } from '../render/camera-rig';
import type { Box } from '../ui/hud-layout';
import { Depth } from '../render/effects';
import { WorldView } from '../render/world-view';
import { FocusLook } from '../render/focus-look';
import { verifyReplay, type Verdict } from '../replay/record';
import type { ReplayFile } from '../replay/replay-file';
import { raceReplay } from './replay-io';
import { ReplayPlayer, SNAPSHOT_TICKS } from '../replay/replay-player';
import {
  ANGLE_UNITS, Button, Cell, MOVE_MAX, playerOf, slotOf, TILE, type Actor, type LevelData, type World,
} from '../sim';
import { formatIgt } from '../speedrun/igt';
import { showNotice } from '../ui/page-notice';
import { Colors, headline, label, recolor } from '../ui/text';
import { gameClock } from './clock-link';
import type { ReplayData } from '../game/play-data';
import { SceneKey } from './keys';
import { resetHook, updateHook, worldHookState } from './test-hook';
import { WorldAudio } from './world-audio';

export const REPLAY_SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;
/** Free camera speed in screen pixels per second. */
const PAN_PX_PER_S = 720;
/** Sounds only play at speeds a listener can follow. */
const MAX_SOUND_SPEED = 2;
const RAD_PER_UNIT = (Math.PI * 2) / ANGLE_UNITS;

/** Scenes Esc may go back to: ones that start without data. */
const NO_RETURN: readonly string[] = [SceneKey.Boot, SceneKey.Play, SceneKey.Replay, SceneKey.Hud, SceneKey.Pause, SceneKey.Results, SceneKey.Settings, SceneKey.Error];

const W = 1280;
const H = 720;
/** The top and bottom panels, in screen pixels. */
const PANEL_BOXES: readonly Box[] = [{ x: 0, y: 0, w: W, h: 96 }, { x: 0, y: 592, w: W, h: H - 592 }];
/** The seek bar, in screen pixels. */
const TIMELINE = { x: 24, y: 684, w: W - 48, h: 14 } as const;
const PAD = { x: 62, y: 636, r: 32 } as const;

const BUTTON_LABELS: readonly (readonly [MessageKey, number])[] = [
  ['replay.fire', Button.Fire], ['replay.dive', Button.Dive], ['replay.reload', Button.Reload], ['replay.use', Button.Use], ['replay.switch', Button.Switch],
  ['replay.focus', Button.Focus], ['replay.throw', Button.Throw],
];

const TEAM_COLOR: Record<string, number> = { player: Colors.green, enemy: Colors.red, civilian: Colors.blue };
const CELL_COLOR: Partial<Record<Cell, number>> = { [Cell.Wall]: Colors.cream, [Cell.Cover]: Colors.gold, [Cell.DoorClosed]: Colors.blue, [Cell.Void]: Colors.dim };

type KeyPress = { code: string; key: string };

const is = (p: KeyPress, codes: readonly string[], keys: readonly string[] = []) => codes.includes(p.code) || keys.includes(p.key);

export class ReplayScene extends Phaser.Scene {
  private startData: ReplayData | undefined;
  private svc!: Services;
  private level!: LevelData;
  private replay!: ReplayFile;
  private player!: ReplayPlayer;
  private verdict!: Verdict;
  private view: WorldView | null = null;
  private focusLook: FocusLook | null = null;
  private rig!: CameraRig;
  private uiCam!: Phaser.Cameras.Scene2D.Camera;
  private returnTo: string = SceneKey.LevelSelect;

  private playing = true;
  private speedIndex = REPLAY_SPEEDS.indexOf(1);
  private readonly pace = new PlaybackPace();
  private clock!: GameClock;
  private freeCamera = false;
  private hitboxes = false;
  /** V: every panel hidden, only the world on screen. */
  private panelsHidden = false;
  private dragging = false;
  private pendingSeek: number | null = null;
  private readonly keyQueue: KeyPress[] = [];
  private readonly held = new Set<string>();
  private hookDirty = true;
  private leaving = false;

  // Drawing.
  private buildingUi = false;
  private cellGfx!: Phaser.GameObjects.Graphics;
  private cellKey = '';
  private boxGfx!: Phaser.GameObjects.Graphics;
  private uiGfx!: Phaser.GameObjects.Graphics;
  private timer!: Phaser.GameObjects.BitmapText;
  private tickText!: Phaser.GameObjects.BitmapText;
  private stateText!: Phaser.GameObjects.BitmapText;
  private moveText!: Phaser.GameObjects.BitmapText;
  private aimText!: Phaser.GameObjects.BitmapText;
  private buttonTexts: Phaser.GameObjects.BitmapText[] = [];
  private slotText!: Phaser.GameObjects.BitmapText;
  private toggleText!: Phaser.GameObjects.BitmapText;

  constructor() {
    super(SceneKey.Replay);
  }

  init(data: ReplayData): void {
    this.startData = data;
  }

  private worldAudio!: WorldAudio;

  create(): void {
    this.svc = services(this);
    this.clock = gameClock(this);
    this.worldAudio = new WorldAudio(this.svc.audio);
    this.resetState();
    const data = this.startData as Partial<ReplayData> | undefined;
    this.returnTo = typeof data?.returnTo === 'string' && !NO_RETURN.includes(data.returnTo) && this.scene.get(data.returnTo) ? data.returnTo : SceneKey.LevelSelect;
    if (!data?.replay?.replay || !Array.isArray(data.replay.inputs)) {
      this.fail('The replay viewer was opened without a replay.');
      return;
    }
    this.replay = data.replay.replay;
    try {
      this.level = loadLevel(this.replay.level);
      this.player = new ReplayPlayer(this.level, data.replay);
      this.verdict = verifyReplay(data.replay, this.level);
    } catch (err) {
      this.fail(err instanceof Error ? err.message : String(err));
      return;
    }

    // Two cameras: the world at 3x (the rig's), and the overlay at 1x on top. Everything added to
    // the scene is shown by exactly one of them, including what WorldView adds later.
    // The camera keeps El out from under the top and bottom panels while they show.
    this.rig = new CameraRig(this.cameras.main, this.level, PANEL_BOXES);
    this.uiCam = this.cameras.add(0, 0, W, H).setRoundPixels(true);
    const onAdded = (obj: Phaser.GameObjects.GameObject) => {
      if (this.buildingUi) this.cameras.main.ignore(obj);
      else this.uiCam.ignore(obj);
    };
    this.events.on(Phaser.Scenes.Events.ADDED_TO_SCENE, onAdded);

    this.cellGfx = this.add.graphics().setDepth(Depth.Marks + 1).setVisible(false);
    this.boxGfx = this.add.graphics().setDepth(Depth.Marks + 2).setVisible(false);
    this.buildOverlay();
    this.rebuildView();
    this.focusLook = new FocusLook(this, this.cameras.main);
    this.svc.audio.setMusic(null);
    this.svc.input.resetLatches();

    // Keys by physical position (and by printed symbol for - + [ ] . , on other layouts).
    const abort = new AbortController();
    window.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      this.held.add(e.code);
      const repeatable = ['Period', 'Comma', 'ArrowRight', 'ArrowLeft', 'NumpadDecimal'].includes(e.code);
      if (!e.repeat || repeatable) this.keyQueue.push({ code: e.code, key: e.key });
    }, { signal: abort.signal });
    window.addEventListener('keyup', (e) => this.held.delete(e.code), { signal: abort.signal });
    window.addEventListener('blur', () => this.held.clear(), { signal: abort.signal });

    this.input.on(Phaser.Input.Events.POINTER_DOWN, (p: Phaser.Input.Pointer) => {
      if (!this.onTimeline(p.x, p.y)) return;
      this.dragging = true;
      this.pendingSeek = this.tickAtX(p.x);
    });
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (p: Phaser.Input.Pointer) => {
      if (this.dragging && p.isDown) this.pendingSeek = this.tickAtX(p.x);
    });
    const endDrag = () => (this.dragging = false);
    this.input.on(Phaser.Input.Events.POINTER_UP, endDrag);
    this.input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, endDrag);

    const onHidden = () => this.setPlaying(false);
    this.game.events.on(Phaser.Core.Events.HIDDEN, onHidden);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.svc.audio.stopCrackle();
      abort.abort();
      this.game.events.off(Phaser.Core.Events.HIDDEN, onHidden);
      this.events.off(Phaser.Scenes.Events.ADDED_TO_SCENE, onAdded);
      this.view?.destroy();
      this.view = null;
      this.focusLook?.destroy();
      this.focusLook = null;
      resetHook();
    });
    this.publishHook();
  }

  private resetState(): void {
    this.view = null;
    this.playing = true;
    this.speedIndex = REPLAY_SPEEDS.indexOf(1);
    this.pace.reset();
    this.freeCamera = false;
    this.hitboxes = false;
    this.panelsHidden = false;
    this.dragging = false;
    this.pendingSeek = null;
    this.keyQueue.length = 0;
    this.held.clear();
    this.buttonTexts = [];
    this.cellKey = '';
    this.hookDirty = true;
    this.leaving = false;
  }

  /** Cannot show this replay: one message, and the title. */
  private fail(message: string): void {
    showNotice(message);
    this.leaving = true;
    this.scene.start(SceneKey.Title);
  }

  private leave(): void {
    if (this.leaving) return;
    this.leaving = true;
    this.svc.audio.play('uiSelect');
    this.scene.start(this.returnTo);
  }

  private get world(): World {
    return this.player.world;
  }

  private get speed(): number {
    return REPLAY_SPEEDS[this.speedIndex]!;
  }

  // ---- playback ----

  override update(time: number, delta: number): void {
    if (this.leaving || !this.player) return;
    const input = this.svc.input;
    // Polling every frame also lets go of presses meant for this scene (see UiEdges).
    input.poll(time);
    if (input.consumeAction('back')) {
      this.leave();
      return;
    }
    for (const press of this.keyQueue.splice(0)) {
      this.onKey(press);
      // G started a race: this scene is already shut down.
      if (this.leaving) return;
    }
    if (this.pendingSeek !== null) {
      this.seek(this.pendingSeek);
      this.pendingSeek = null;
    }
    // Playback runs on the page's game clock (a test clock grants exact ticks), never on frames.
    if (this.playing && !this.dragging) {
      this.pace.addFrame(this.clock, this.speed);
      while (this.pace.due && this.stepForward()) this.pace.spend();
      if (this.player.atEnd) this.setPlaying(false);
    }
    const alpha = this.playing ? this.pace.alpha : 1;
    const el = playerOf(this.world);
    if (this.freeCamera) this.pan(delta);
    else this.rig.follow(el, alpha, { x: W / 2, y: H / 2 }, true, delta);
    this.view!.draw(alpha, time);
    this.focusLook?.update(this.world.focus.active, delta);
    this.drawHitboxes(alpha);
    this.drawOverlay();
    if (this.hookDirty) this.publishHook();
  }

  /** One recorded tick forward, with its events drawn and heard. */
  private stepForward(): boolean {
    if (!this.player.stepOne()) return false;
    const world = this.world;
    this.view!.onTick(world, this.time.now);
    if (this.speed <= MAX_SOUND_SPEED) {
      const el = playerOf(world);
      this.worldAudio.tick(world, el.x, el.y);
    }
    this.hookDirty = true;
    return true;
  }

  private setPlaying(on: boolean): void {
    if (this.playing === on) return;
    this.playing = on;
    this.pace.reset();
    this.hookDirty = true;
  }

  /** Jumps to a tick: the world is re-simulated (from a snapshot) and drawn afresh. */
  private seek(tick: number): void {
    const before = this.world.tick;
    this.player.seek(tick);
    this.pace.reset();
    if (this.world.tick === before) return;
    this.rebuildView();
    this.hookDirty = true;
  }

  /**
   * WorldView follows a world tick by tick through onTick; after a jump there are no events to
   * follow, so it is thrown away and made again for the world as it now is (decals start clean).
   */
  private rebuildView(): void {
    this.view?.destroy();
    const view = new WorldView(this, this.world);
    view.reduceFlashes = this.svc.settings.reduceFlashes;
    view.onShake = (intensity, ms) => {
      const shake = shakeIntensity(intensity, this.svc.settings.screenShake, this.svc.settings.reduceFlashes);
      if (shake > 0 && this.playing && this.speed <= 1) this.rig.shake(shake, ms);
    };
    this.view = view;
    this.cellKey = '';
    if (!this.freeCamera) this.rig.snapTo(playerOf(this.world));
  }

  private onKey(p: KeyPress): void {
    const arrowsStep = !this.freeCamera;
    if (is(p, ['Space'])) {
      if (!this.playing && this.player.atEnd) this.seek(0);
      this.setPlaying(!this.playing);
    } else if (is(p, ['Minus', 'NumpadSubtract', 'BracketLeft'], ['-', '_', '['])) {
      this.setSpeed(this.speedIndex - 1);
    } else if (is(p, ['Equal', 'NumpadAdd', 'BracketRight'], ['+', '=', ']'])) {
      this.setSpeed(this.speedIndex + 1);
    } else if (is(p, ['Period', 'NumpadDecimal'], ['.', '>']) || (arrowsStep && p.code === 'ArrowRight')) {
      this.setPlaying(false);
      this.stepForward();
    } else if (is(p, ['Comma'], [',', '<']) || (arrowsStep && p.code === 'ArrowLeft')) {
      this.setPlaying(false);
      this.seek(this.world.tick - 1);
    } else if (p.code === 'Home') {
      this.seek(0);
    } else if (p.code === 'End') {
      this.seek(this.player.total);
    } else if (p.code === 'KeyF') {
      this.freeCamera = !this.freeCamera;
      if (!this.freeCamera) this.rig.snapTo(playerOf(this.world));
      this.hookDirty = true;
    } else if (p.code === 'KeyG') {
      // Same check as the verdict shown: only a run that verifies on this level is raced.
      if (this.startData && raceReplay(this.game, this.startData.replay, this.startData.name ?? 'the replay')) this.leaving = true;
    } else if (p.code === 'KeyV') {
      this.panelsHidden = !this.panelsHidden;
      // Every panel lives on the UI camera: hiding it leaves only the world.
      this.uiCam.setVisible(!this.panelsHidden);
      this.rig.setHud(this.panelsHidden ? [] : PANEL_BOXES);
      this.hookDirty = true;
    } else if (p.code === 'KeyH') {
      this.hitboxes = !this.hitboxes;
      this.cellGfx.setVisible(this.hitboxes);
      this.boxGfx.setVisible(this.hitboxes);
      this.hookDirty = true;
    }
  }

  private setSpeed(index: number): void {
    const i = Math.max(0, Math.min(REPLAY_SPEEDS.length - 1, index));
    if (i === this.speedIndex) return;
    this.speedIndex = i;
    this.hookDirty = true;
  }

  private pan(deltaMs: number): void {
    const cam = this.cameras.main;
    const d = (PAN_PX_PER_S * Math.min(deltaMs, 100)) / 1000 / cam.zoom;
    const h = this.held;
    const dx = (h.has('KeyD') || h.has('ArrowRight') ? 1 : 0) - (h.has('KeyA') || h.has('ArrowLeft') ? 1 : 0);
    const dy = (h.has('KeyS') || h.has('ArrowDown') ? 1 : 0) - (h.has('KeyW') || h.has('ArrowUp') ? 1 : 0);
    if (dx === 0 && dy === 0) return;
    // The view's centre stays over the level (the camera has no Phaser bounds: camera-frame.ts clamps the follow view).
    const cx = Math.min(Math.max(cam.scrollX + W / 2 + dx * d, 0), this.level.width * TILE);
    const cy = Math.min(Math.max(cam.scrollY + H / 2 + dy * d, 0), this.level.height * TILE);
    cam.setScroll(cx - W / 2, cy - H / 2);
    this.hookDirty = true;
  }

  // ---- the seek bar ----

  private onTimeline(x: number, y: number): boolean {
    return x >= TIMELINE.x - 12 && x <= TIMELINE.x + TIMELINE.w + 12 && y >= TIMELINE.y - 10 && y <= TIMELINE.y + TIMELINE.h + 10;
  }

  private tickAtX(x: number): number {
    const f = Math.max(0, Math.min(1, (x - TIMELINE.x) / TIMELINE.w));
    return Math.round(f * this.player.total);
  }

  private xAtTick(tick: number): number {
    return TIMELINE.x + (this.player.total === 0 ? 0 : (tick / this.player.total) * TIMELINE.w);
  }

  // ---- drawing ----

  private buildOverlay(): void {
    this.buildingUi = true;
    const entry = levelEntry(this.level.id);
    const r = this.replay;
    for (const b of PANEL_BOXES) this.add.rectangle(b.x, b.y, b.w, b.h, 0x0d0b0e, 0.62).setOrigin(0, 0);
    label(this, 20, 12, t('replay.title', { title: levelText(entry?.title ?? this.level.title) }), 3, Colors.gold);
    const marks = [t(r.randomSeed ? 'replay.seedRandom' : 'replay.seed', { seed: r.seed }), t('replay.game', { game: r.game }), t(r.mode === 'full' ? 'replay.fullGame' : 'replay.singleLevel')];
    if (r.assists.length) marks.push(t('replay.assists', { list: r.assists.join(', ') }));
    label(this, 20, 46, marks.join('   '), 2, Colors.dim);
    // Why a replay does not verify stays English: it names a field or a tick for a bug report.
    const status = this.verdict.verified
      ? label(this, 20, 68, t('replay.verified', { outcome: this.verdict.outcome ? t(`outcome.${this.verdict.outcome}`) : t('replay.unfinished'), time: formatIgt(this.verdict.ticks) }), 2, Colors.green)
      : label(this, 20, 68, t('replay.notVerified', { reason: this.verdict.reason }), 2, Colors.red);
    status.setMaxWidth(420);
    this.timer = headline(this, W - 20, 10, '0:00.000', 2, Colors.cream).setOrigin(1, 0);
    this.tickText = label(this, W - 20, 48, '', 2, Colors.sand).setOrigin(1, 0);
    this.stateText = label(this, W - 20, 70, '', 2, Colors.cream).setOrigin(1, 0);

    this.uiGfx = this.add.graphics();
    this.moveText = label(this, 112, 604, '', 2, Colors.cream);
    this.aimText = label(this, 112, 628, '', 2, Colors.cream);
    let x = 112;
    for (const [key] of BUTTON_LABELS) {
      const text = label(this, x, 652, t(key), 2, Colors.dim);
      this.buttonTexts.push(text);
      x += text.width + 12;
    }
    this.slotText = label(this, x, 652, '', 2, Colors.gold);
    label(this, W - 20, 604, t('replay.keys'), 2, Colors.dim).setOrigin(1, 0);
    this.toggleText = label(this, W - 20, 628, '', 2, Colors.dim).setOrigin(1, 0);
    this.buildingUi = false;
  }

  private drawOverlay(): void {
    const world = this.world;
    const total = this.player.total;
    this.timer.setText(formatIgt(world.tick));
    this.tickText.setText(t('replay.tick', { tick: world.tick, total }));
    const state = this.player.atEnd && !this.playing ? (world.outcome ? t(`outcome.${world.outcome}`).toUpperCase() : t('replay.end')) : t(this.playing ? 'replay.playing' : 'replay.paused');
    recolor(this.stateText.setText(`${state}  ${this.speed}x`), this.playing ? Colors.cream : Colors.gold);
    this.toggleText.setText(t('replay.toggles', { camera: t(this.freeCamera ? 'replay.cameraFree' : 'replay.cameraFollow'), hitboxes: t(this.hitboxes ? 'replay.on' : 'replay.off') }));

    const g = this.uiGfx;
    g.clear();
    // The seek bar: played part, snapshots, where a doctored run diverged, the playhead.
    const tl = TIMELINE;
    g.fillStyle(0x3a2f3d, 1).fillRect(tl.x, tl.y, tl.w, tl.h);
    g.fillStyle(Colors.gold, 1).fillRect(tl.x, tl.y, this.xAtTick(world.tick) - tl.x, tl.h);
    g.fillStyle(0x0d0b0e, 0.5);
    for (let t = SNAPSHOT_TICKS; t < total; t += SNAPSHOT_TICKS) g.fillRect(Math.round(this.xAtTick(t)), tl.y + tl.h - 4, 1, 4);
    if (!this.verdict.verified && this.verdict.divergedAt) {
      const a = this.xAtTick(Math.min(total, this.verdict.divergedAt.fromTick));
      const b = this.xAtTick(Math.min(total, this.verdict.divergedAt.toTick));
      g.fillStyle(Colors.red, 1).fillRect(a, tl.y - 4, Math.max(2, b - a), 3);
    }
    const head = Math.round(this.xAtTick(world.tick));
    g.fillStyle(Colors.cream, 1).fillRect(head - 2, tl.y - 5, 4, tl.h + 10);

    // The input that made this tick: move and aim as arrows, buttons lit.
    const input = this.player.inputFor(world.tick);
    g.lineStyle(2, Colors.dim, 1).strokeCircle(PAD.x, PAD.y, PAD.r);
    g.fillStyle(Colors.dim, 1).fillRect(PAD.x - 1, PAD.y - 1, 2, 2);
    if (input) {
      const aim = input.aim * RAD_PER_UNIT;
      arrow(g, PAD.x, PAD.y, PAD.x + Math.cos(aim) * (PAD.r - 2), PAD.y + Math.sin(aim) * (PAD.r - 2), Colors.gold, 2);
      if (input.moveX !== 0 || input.moveY !== 0) {
        const len = Math.min(1, Math.sqrt(input.moveX ** 2 + input.moveY ** 2) / MOVE_MAX);
        const ang = Math.atan2(input.moveY, input.moveX);
        arrow(g, PAD.x, PAD.y, PAD.x + Math.cos(ang) * len * (PAD.r - 6), PAD.y + Math.sin(ang) * len * (PAD.r - 6), Colors.green, 4);
      }
    }
    recolor(this.moveText.setText(input ? t('replay.move', { x: input.moveX, y: input.moveY }) : t('replay.moveNone')), input && (input.moveX || input.moveY) ? Colors.green : Colors.dim);
    recolor(this.aimText.setText(input ? t('replay.aim', { aim: input.aim }) : t('replay.aimNone')), input ? Colors.gold : Colors.dim);
    BUTTON_LABELS.forEach(([, bit], i) => recolor(this.buttonTexts[i]!, input && input.buttons & bit ? Colors.gold : Colors.dim));
    const slot = input ? slotOf(input.buttons) : 0;
    this.slotText.setText(slot ? t('replay.slot', { slot }) : '');
  }

  private drawHitboxes(alpha: number): void {
    if (!this.hitboxes) return;
    const world = this.world;
    // Cells change only when doors open: redraw their outlines then.
    const key = world.doors.map((d) => (d.open ? 1 : 0)).join('');
    if (key !== this.cellKey) {
      this.cellKey = key;
      drawCellOutlines(this.cellGfx, world);
    }
    const g = this.boxGfx;
    g.clear();
    const lerp = (a: Actor) => ({ x: a.px + (a.x - a.px) * alpha, y: a.py + (a.y - a.py) * alpha });
    for (const zone of world.level.exits) g.lineStyle(0.5, Colors.green, 0.8).strokeRect(zone.area.x, zone.area.y, zone.area.w, zone.area.h);
    world.level.triggers.forEach((t, i) => {
      if (world.triggers[i] !== -2) g.lineStyle(0.5, Colors.blue, 0.6).strokeRect(t.area.x, t.area.y, t.area.w, t.area.h);
    });
    for (const a of world.actors) {
      const p = lerp(a);
      g.lineStyle(0.75, a.alive ? (TEAM_COLOR[a.team] ?? Colors.cream) : Colors.dim, a.alive ? 1 : 0.5).strokeCircle(p.x, p.y, a.radius);
    }
    for (const b of world.bullets) {
      if (!b.alive) continue;
      const owner = world.actors.find((a) => a.id === b.owner);
      const color = owner?.team === 'player' ? Colors.gold : Colors.red;
      const x = b.x + b.vx * alpha;
      const y = b.y + b.vy * alpha;
      g.lineStyle(0.75, color, 1).lineBetween(x - b.vx, y - b.vy, x, y);
      g.fillStyle(color, 1).fillCircle(x, y, 1);
    }
    for (const k of world.pickups) if (k.alive) g.lineStyle(0.5, Colors.sand, 0.9).strokeRect(k.x - 3, k.y - 3, 6, 6);
    // El's recorded input, in the world: aim ray and move vector.
    const el = playerOf(world);
    const input = this.player.inputFor(world.tick);
    if (input && el.alive) {
      const p = lerp(el);
      const aim = input.aim * RAD_PER_UNIT;
      g.lineStyle(0.5, Colors.gold, 0.9).lineBetween(p.x, p.y, p.x + Math.cos(aim) * 40, p.y + Math.sin(aim) * 40);
      if (input.moveX || input.moveY) arrow(g, p.x, p.y, p.x + (input.moveX / MOVE_MAX) * 14, p.y + (input.moveY / MOVE_MAX) * 14, Colors.green, 0.75);
    }
  }

  private publishHook(): void {
    this.hookDirty = false;
    updateHook({
      ...worldHookState(this.world, this.cameras.main),
      replay: {
        playing: this.playing,
        speed: this.speed,
        ticks: this.player.total,
        verified: this.verdict.verified,
        status: this.verdict.verified ? 'verified' : this.verdict.reason,
        freeCamera: this.freeCamera,
        hitboxes: this.hitboxes,
        panelsHidden: this.panelsHidden,
        timeline: { ...TIMELINE },
      },
    });
  }
}

/** A line with a small filled head at (x2, y2). */
function arrow(g: Phaser.GameObjects.Graphics, x1: number, y1: number, x2: number, y2: number, color: number, width: number): void {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.sqrt(dx * dx + dy * dy);
  if (len < 0.5) return;
  const ux = dx / len;
  const uy = dy / len;
  const head = Math.min(len, width * 3 + 2);
  const bx = x2 - ux * head;
  const by = y2 - uy * head;
  g.lineStyle(width, color, 1).lineBetween(x1, y1, bx, by);
  g.fillStyle(color, 1).fillTriangle(x2, y2, bx - uy * head * 0.5, by + ux * head * 0.5, bx + uy * head * 0.5, by - ux * head * 0.5);
}

/** Outlines every blocking region (walls, cover, closed doors, gaps), each inset in its own colour. */
function drawCellOutlines(g: Phaser.GameObjects.Graphics, world: World): void {
  g.clear();
  const { width, height } = world.level;
  const at = (tx: number, ty: number) => (tx < 0 || ty < 0 || tx >= width || ty >= height ? -1 : world.cells[ty * width + tx]!);
  const inset = 0.5;
  for (let ty = 0; ty < height; ty++) {
    for (let tx = 0; tx < width; tx++) {
      const c = at(tx, ty) as Cell;
      const color = CELL_COLOR[c];
      if (color === undefined) continue;
      g.lineStyle(0.5, color, 0.85);
      const x0 = tx * TILE + inset;
      const y0 = ty * TILE + inset;
      const x1 = (tx + 1) * TILE - inset;
      const y1 = (ty + 1) * TILE - inset;
      // Only edges facing something else (the map's edge counts as the same).
      const n = at(tx, ty - 1);
      const s = at(tx, ty + 1);
      const w = at(tx - 1, ty);
      const e = at(tx + 1, ty);
      if (n !== c && n !== -1) g.lineBetween(x0, y0, x1, y0);
      if (s !== c && s !== -1) g.lineBetween(x0, y1, x1, y1);
      if (w !== c && w !== -1) g.lineBetween(x0, y0, x0, y1);
      if (e !== c && e !== -1) g.lineBetween(x1, y0, x1, y1);
    }
  }
}
