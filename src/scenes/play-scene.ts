// Play: runs the simulation at a fixed 60 Hz inside Phaser's frame loop and draws it. No game
// rule lives here: devices become TickInputs, the sim steps, the view and audio react to events.
import Phaser from 'phaser';
import { footstepSound, RANGE, spatial } from '../audio/event-sounds';
import { FixedStepRunner } from '../game/fixed-step';
import { Ghost } from '../game/ghost';
import { grade } from '../game/grade';
import { RunTracker } from '../game/run-tracker';
import { levelEntry, loadLevel } from '../game/level-catalog';
import { services, type Services } from '../game/services';
import { CameraRig } from '../render/camera-rig';
import { FocusLook } from '../render/focus-look';
import { GhostView } from '../render/ghost-view';
import { recordReplay } from '../replay/record';
import { replayToText } from '../replay/replay-file';
import { sumOfBest } from '../speedrun/records';
import { WorldView } from '../render/world-view';
import { NO_INPUT, type TickInput } from '../sim/input';
import type { LevelData, Material } from '../sim/level-data';
import { TILE } from '../sim/grid';
import { createWorld, playerOf, type World } from '../sim/world';
import { showNotice } from '../ui/page-notice';
import { resetHook, updateHook, worldHookState } from './test-hook';
import { SceneKey, type PlayData } from './keys';
import type { ResultsData } from './results-scene';
import { WorldAudio } from './world-audio';

const PERF = new URLSearchParams(window.location.search).has('perf');

/** How long the end of a level stays on screen before the results panel. */
const OUTCOME_PAUSE_MS = { cleared: 1100, dead: 900, timeout: 600 } as const;

export class PlayScene extends Phaser.Scene {
  world!: World;
  level!: LevelData;
  seed = 0;
  private runner!: FixedStepRunner;
  private view: WorldView | null = null;
  private rig!: CameraRig;
  private focusLook: FocusLook | null = null;
  private svc!: Services;
  private outcomeAt = -1;
  private resultsShown = false;
  private combatMusic = false;
  /** Recorded inputs being played instead of the devices, if any. */
  private script: readonly TickInput[] | null = null;
  private tracker!: RunTracker;
  private ghost: Ghost | null = null;
  private ghostView: GhostView | null = null;
  private recordsWarned = false;
  /** Replay text of the last cleared run (for export from the results). */
  lastReplay: string | null = null;
  /** Tick last published to window.__game (it only changes when the sim steps). */
  private hookTick = -1;

  constructor() {
    super(SceneKey.Play);
  }

  private worldAudio!: WorldAudio;

  create(data: PlayData): void {
    this.svc = services(this);
    try {
      this.level = loadLevel(data.level);
    } catch (err) {
      showNotice(err instanceof Error ? err.message : String(err));
      this.scene.start(SceneKey.LevelSelect);
      return;
    }
    this.seed = data.seed ?? levelEntry(data.level)?.seed ?? 1;
    this.script = data.inputs ?? null;
    this.rig = new CameraRig(this.cameras.main, this.level);
    this.focusLook = new FocusLook(this, this.cameras.main);
    this.runner = new FixedStepRunner(createWorld(this.level, this.seed));
    this.startRun();
    this.scene.launch(SceneKey.Hud);
    // A hidden tab pauses the game rather than letting it run (or die) unseen.
    const onHidden = () => this.pauseGame();
    this.game.events.on(Phaser.Core.Events.HIDDEN, onHidden);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.svc.audio.stopCrackle();
      this.game.events.off(Phaser.Core.Events.HIDDEN, onHidden);
      this.view?.destroy();
      this.view = null;
      this.ghostView?.destroy();
      this.ghostView = null;
      this.focusLook?.destroy();
      this.focusLook = null;
      this.svc.audio.setSlowMotion(false);
      this.scene.stop(SceneKey.Hud);
      resetHook();
    });
  }

  /** A fresh run of the same level and seed, within this frame: no loading. */
  startRun(): void {
    const world = createWorld(this.level, this.seed);
    this.world = world;
    this.runner.reset(world);
    this.view?.destroy();
    this.svc.audio.stopCrackle();
    // A fresh run hears a fresh world (parked cars, no alert just shouted).
    this.worldAudio = new WorldAudio(this.svc.audio);
    this.view = new WorldView(this, world);
    this.view.onShake = (intensity, ms) => {
      if (this.svc.settings.screenShake) this.rig.shake(intensity, ms);
    };
    this.view.onFootstep = (a, step) => {
      const p = playerOf(this.world);
      const where = spatial(p.x, p.y, a.x, a.y, RANGE.small);
      if (where.volume <= 0) return;
      const cell = Math.floor(a.y / TILE) * this.level.width + Math.floor(a.x / TILE);
      this.svc.audio.play(footstepSound(this.level.materials[cell] as Material, step), { volume: where.volume * (a.team === 'player' ? 0.8 : 0.6), pan: where.pan });
    };
    this.view.onLand = () => this.svc.audio.play('land');
    this.rig.snapTo(playerOf(world));
    // Speedrun side: every start and restart is an attempt; the PB races along as a ghost.
    const notice = this.svc.records.startAttempt(this.level.id);
    if (notice && !this.recordsWarned) {
      this.recordsWarned = true;
      showNotice(notice, 'info');
    }
    this.tracker = new RunTracker(this.level, this.svc.records.records(this.level.id), this.time.now);
    this.svc.liveSplit.start();
    this.ghostView?.destroy();
    this.ghost = this.svc.settings.ghost && !this.script ? Ghost.fromReplayText(this.svc.records.pbReplay(this.level.id), this.level, this.seed) : null;
    this.ghostView = this.ghost ? new GhostView(this) : null;
    this.outcomeAt = -1;
    this.resultsShown = false;
    this.combatMusic = false;
    this.svc.audio.setMusic('menu');
    // A click or key that started (or restarted) the run must not also fire or dive on tick 1.
    this.svc.input.resetLatches();
    this.scene.stop(SceneKey.Results);
    this.events.emit('run-start', world);
    this.publishHook();
  }

  pauseGame(): void {
    if (!this.scene.isActive() || this.world.outcome !== null) return;
    this.scene.pause();
    this.svc.audio.duckMusic(true);
    this.scene.launch(SceneKey.Pause);
  }

  override update(time: number, delta: number): void {
    // Game-code time per frame (sim + scene update), for `npm run bench` (?perf in the URL).
    if (PERF) performance.mark('update-start');
    const ticks = this.frame(time, delta);
    if (PERF) {
      performance.measure('game-update', { start: 'update-start', detail: ticks });
      performance.clearMarks('update-start');
      if (this.world.tick > 0 && performance.getEntriesByName('first-playable').length === 0) performance.mark('first-playable');
    }
  }

  /** One rendered frame; returns how many sim ticks it ran. */
  private frame(time: number, delta: number): number {
    const { input, audio } = this.svc;
    input.poll(this.time.now);
    if (input.consumeAction('restart') || (this.world.outcome === 'dead' && input.consumeAction('reload'))) {
      this.startRun();
      return 0;
    }
    if (input.consumeAction('pause')) {
      this.pauseGame();
      return 0;
    }
    const player = playerOf(this.world);
    const ticks = this.runner.advance(
      delta,
      () => {
        const p = this.cameras.main.worldView;
        const zoom = this.cameras.main.zoom;
        const next = this.script ? (this.script[this.world.tick] ?? NO_INPUT) : input.sampleTick((player.x - p.x) * zoom, (player.y - p.y) * zoom, player.aim);
        this.tracker.recordInput(next);
        return next;
      },
      (world) => {
        this.view!.onTick(world, time);
        for (const split of this.tracker.afterTick(world, time)) {
          this.events.emit('split', split);
          this.svc.liveSplit.split(split.ticks);
        }
        if (this.ghost && this.ghostView) {
          this.ghost.stepTo(world.tick);
          this.ghostView.onTick(this.ghost.el);
        }
        this.events.emit('sim-events', world.events, world);
        this.worldAudio.tick(world, player.x, player.y);
        if (!this.combatMusic && (world.alarm || world.events.some((e) => e.type === 'shot'))) {
          this.combatMusic = true;
          audio.setMusic('combat');
        }
      },
    );
    this.view!.draw(this.runner.alpha, time);
    // Bullet time: the world's look and sound follow the sim's focus state.
    this.focusLook?.update(this.world.focus.active, delta);
    audio.setSlowMotion(this.world.focus.active && this.world.outcome === null);
    if (this.ghost && this.ghostView) this.ghostView.draw(this.ghost.el, this.runner.alpha, this.ghost.world.tick, this.ghost.world.tick >= this.world.tick - 1);
    this.rig.follow(player, this.runner.alpha, input.pointer, input.lastDevice === 'gamepad', delta);
    if (this.world.tick !== this.hookTick) this.publishHook();
    this.checkOutcome(time);
    return ticks;
  }

  private checkOutcome(time: number): void {
    const outcome = this.world.outcome;
    if (outcome === null || this.resultsShown) return;
    if (this.outcomeAt < 0) {
      this.outcomeAt = time;
      this.svc.audio.setMusic(null);
      this.svc.audio.stopCrackle();
      return;
    }
    if (time - this.outcomeAt < OUTCOME_PAUSE_MS[outcome]) return;
    this.resultsShown = true;
    const s = this.world.stats;
    const entry = levelEntry(this.level.id);
    const g = grade({
      ticks: this.world.tick, parTicks: entry?.parTicks ?? 3600, shots: s.shotsFired, hits: s.shotsHit,
      damageTaken: s.damageTaken, maxHp: playerOf(this.world).maxHp, civiliansHit: s.civiliansHit,
    });
    let newBest = false;
    const before = this.svc.records.records(this.level.id);
    if (outcome === 'cleared') {
      const saved = this.svc.progress.recordClear(this.level.id, this.world.tick, g.letter);
      newBest = saved.newBest;
      if (saved.notice) showNotice(saved.notice, 'info');
      // Every clear is kept as a replay (the last few, and every PB).
      const replay = replayToText(recordReplay(this.level, this.seed, this.tracker.inputs));
      const finish = this.svc.records.finish(this.tracker.run(), replay, Date.now());
      if (finish.notice) showNotice(finish.notice, 'info');
      this.lastReplay = replay;
    }
    const after = this.svc.records.records(this.level.id);
    const data: ResultsData = {
      level: this.level.id, outcome, ticks: this.world.tick, stats: { ...s }, grade: g.letter, newBest,
      splits: this.tracker.splits, hadPb: before.pb !== null, sumOfBest: sumOfBest(after, this.level.objectives.length),
      failure: this.world.failure,
    };
    this.scene.launch(SceneKey.Results, data);
  }

  private publishHook(): void {
    this.hookTick = this.world.tick;
    updateHook({
      ...worldHookState(this.world, this.cameras.main),
      ghost: this.ghost ? { x: this.ghost.el.x, y: this.ghost.el.y } : null,
    });
  }
}
