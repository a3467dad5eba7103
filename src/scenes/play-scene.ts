// Play: runs the simulation at a fixed 60 Hz inside Phaser's frame loop and draws it. No game
// rule lives here: devices become TickInputs, the sim steps, the view and audio react to events.
import Phaser from 'phaser';
import { OUTCOME_PAUSE_TICKS } from '../game/end-timing';
import { FixedStepRunner } from '../game/fixed-step';
import { speedFactor } from '../game/run-assists';
import { shakeIntensity } from '../render/reduced-flashes';
import type { GameClock } from '../game/game-clock';
import { KillcamRecorder } from '../game/killcam-recorder';
import { killedByInWorld, playerDeath, type DeathEvent } from '../game/killed-by';
import { traceKillingRound } from '../game/killing-round';
import { loadLevel } from '../game/level-catalog';
import { services, type Services } from '../game/services';
import { SpeedrunSession } from '../game/speedrun-session';
import { CameraRig } from '../render/camera-rig';
import { FocusLook } from '../render/focus-look';
import { GhostView } from '../render/ghost-view';
import { WorldView } from '../render/world-view';
import { NO_INPUT, playerOf, type LevelData, type World } from '../sim';
import { playHudBoxes } from '../ui/hud-layout';
import { showNotice } from '../ui/page-notice';
import { gameClock } from './clock-link';
import type { KillcamData } from './killcam-scene';
import { resetHook, updateHook, worldHookState } from './test-hook';
import type { PlayData } from '../game/play-data';
import { SceneKey } from './keys';
import { WorldAudio } from './world-audio';

const PERF = new URLSearchParams(window.location.search).has('perf');


export class PlayScene extends Phaser.Scene {
  world!: World;
  level!: LevelData;
  /** Speedrun bookkeeping for this level: boards, attempts, splits, ghost, what is saved. */
  session!: SpeedrunSession;
  private runner!: FixedStepRunner;
  private view: WorldView | null = null;
  private rig!: CameraRig;
  private focusLook: FocusLook | null = null;
  private svc!: Services;
  /** Game-clock time (ticks) the level ended at (-1: still running). */
  private outcomeAt = -1;
  private clock!: GameClock;
  /** Test clock: ticks this frame was granted that the sim did not run (it ended first). */
  private unspentTicks = 0;
  /** World copies for the kill-cam, and how El died (null while he lives). */
  private readonly killcam = new KillcamRecorder();
  private death: DeathEvent | null = null;
  private killedBy: string | null = null;
  private resultsShown = false;
  private combatMusic = false;
  private ghostView: GhostView | null = null;
  private recordsWarned = false;
  /** Tick last published to window.__game (it only changes when the sim steps). */
  private hookTick = -1;

  constructor() {
    super(SceneKey.Play);
  }

  private worldAudio!: WorldAudio;

  create(data: PlayData): void {
    this.svc = services(this);
    this.clock = gameClock(this);
    try {
      this.level = loadLevel(data.level);
    } catch (err) {
      showNotice(err instanceof Error ? err.message : String(err));
      this.scene.start(SceneKey.LevelSelect);
      return;
    }
    this.recordsWarned = false;
    this.session = new SpeedrunSession(this.svc, this.level, data, (n) => showNotice(n, 'info'));
    this.rig = new CameraRig(this.cameras.main, this.level, playHudBoxes(this.session.full?.run.levels.length ?? 0));
    this.focusLook = new FocusLook(this, this.cameras.main);
    this.world = this.session.newAttempt(null, (n) => this.storageNotice(n));
    this.runner = new FixedStepRunner(this.world);
    this.beginAttempt(this.world);
    this.scene.launch(SceneKey.Hud);
    // A hidden tab pauses the game rather than letting it run (or die) unseen.
    const onHidden = () => this.pauseGame();
    this.game.events.on(Phaser.Core.Events.HIDDEN, onHidden);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      // Left mid-attempt (quit from pause, a map reloaded): the attempt ends here.
      this.session.abandon(this.world, (n) => this.storageNotice(n));
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

  /** A fresh attempt at the level, within this frame: no loading. */
  startRun(): void {
    if (!this.session.canRestartLevel) return;
    const previous = { inputs: this.session.tracker.inputs, outcome: this.world.outcome };
    this.beginAttempt(this.session.newAttempt(previous, (n) => this.storageNotice(n)));
  }

  /**
   * The restart chord (Focus held + Restart: Left Shift + Backspace, LB + Back): a full-game run
   * starts over from its first level; anywhere else it is a plain restart.
   */
  restartWholeRun(): void {
    const full = this.session.full;
    if (!full) {
      this.startRun();
      return;
    }
    full.restart(this.svc, (n) => this.storageNotice(n));
    const data = { level: full.run.level.id, full };
    if (this.level.id !== data.level) {
      this.scene.start(SceneKey.Play, data);
      return;
    }
    // Already on the first level: start over in this frame, as a level restart does.
    this.session = new SpeedrunSession(this.svc, this.level, data, (n) => showNotice(n, 'info'));
    this.beginAttempt(this.session.newAttempt(null, (n) => this.storageNotice(n)));
  }

  private storageNotice(notice: string): void {
    if (this.recordsWarned) return;
    this.recordsWarned = true;
    showNotice(notice, 'info');
  }

  private beginAttempt(world: World): void {
    this.world = world;
    this.runner.reset(world);
    // Game speed (an assist): fewer ticks per second of page time; the manual test clock is exact.
    this.runner.speed = speedFactor(this.session.assists);
    this.view?.destroy();
    this.svc.audio.stopCrackle();
    // A fresh run hears a fresh world (parked cars, no alert just shouted).
    this.worldAudio = new WorldAudio(this.svc.audio);
    this.view = new WorldView(this, world);
    this.view.reduceFlashes = this.svc.settings.reduceFlashes;
    this.view.onShake = (intensity, ms) => {
      const shake = shakeIntensity(intensity, this.svc.settings.screenShake, this.svc.settings.reduceFlashes);
      if (shake > 0) this.rig.shake(shake, ms);
    };
    this.rig.snapTo(playerOf(world));
    this.killcam.begin(world, this.session.tracker.inputs.length);
    this.death = null;
    this.killedBy = null;
    this.ghostView?.destroy();
    this.ghostView = this.session.ghost ? new GhostView(this) : null;
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

  override update(time: number): void {
    // Game-code time per frame (sim + scene update), for `npm run bench` (?perf in the URL).
    if (PERF) performance.mark('update-start');
    const ticks = this.frame(time);
    if (PERF) {
      performance.measure('game-update', { start: 'update-start', detail: ticks });
      performance.clearMarks('update-start');
      if (this.world.tick > 0 && performance.getEntriesByName('first-playable').length === 0) performance.mark('first-playable');
    }
  }

  /** One rendered frame; returns how many sim ticks it ran. */
  private frame(time: number): number {
    const { input, audio } = this.svc;
    input.poll(this.time.now);
    // Focus + Restart (Left Shift + Backspace, LB + Back): the whole run, in a full game.
    if (input.consumeChord('restart', 'focus')) {
      input.consumeAction('restart');
      this.restartWholeRun();
      return 0;
    }
    if (input.consumeAction('restart')) {
      this.startRun();
      return 0;
    }
    if (this.world.outcome === 'dead' && input.consumeAction('reload')) {
      this.startRun();
      return 0;
    }
    if (input.consumeAction('pause')) {
      this.pauseGame();
      return 0;
    }
    const player = playerOf(this.world);
    // The page's game clock decides how many ticks this frame runs (a test clock grants exact ones).
    const nextInput = () => {
      const p = this.cameras.main.worldView;
      const zoom = this.cameras.main.zoom;
      const script = this.session.script;
      const next = script ? (script[this.world.tick] ?? NO_INPUT) : input.sampleTick((player.x - p.x) * zoom, (player.y - p.y) * zoom, player.aim);
      this.session.tracker.recordInput(next);
      return next;
    };
    const afterTick = (world: World) => {
      this.view!.onTick(world, time);
      this.killcam.afterTick(world, this.session.tracker.inputs.length);
      const death = playerDeath(world, world.events);
      if (death) {
        this.death = death;
        this.killedBy = killedByInWorld(world, death);
      }
      for (const split of this.session.onTick(world)) this.events.emit('split', split);
      const ghost = this.session.ghost;
      if (ghost && this.ghostView) {
        ghost.stepTo(world.tick);
        this.ghostView.onTick(ghost.el);
      }
      this.events.emit('sim-events', world.events, world);
      this.worldAudio.tick(world, player.x, player.y);
      if (!this.combatMusic && (world.alarm || world.events.some((e) => e.type === 'shot'))) {
        this.combatMusic = true;
        audio.setMusic('combat');
      }
    };
    let ticks: number;
    if (this.clock.manual) {
      const granted = this.clock.takeTicks();
      ticks = this.runner.runTicks(granted, nextInput, afterTick);
      // Ticks granted after the level ended count toward the pause on its end.
      this.unspentTicks = granted - ticks;
    } else {
      ticks = this.runner.advance(this.clock.deltaMs, nextInput, afterTick);
      this.unspentTicks = 0;
    }
    this.view!.draw(this.runner.alpha, time);
    // Bullet time: the world's look and sound follow the sim's focus state. Its fade and the camera's
    // easing run on the game clock, so a test clock sees them settle in the ticks it grants.
    this.focusLook?.update(this.world.focus.active, this.clock.deltaMs);
    audio.setSlowMotion(this.world.focus.active && this.world.outcome === null);
    const ghost = this.session.ghost;
    if (ghost && this.ghostView) this.ghostView.draw(ghost.el, this.runner.alpha, ghost.world.tick, ghost.world.tick >= this.world.tick - 1, ghost.world.player.drawLeft);
    this.rig.follow(player, this.runner.alpha, input.pointer, input.lastDevice !== 'keyboard', this.clock.deltaMs);
    if (this.world.tick !== this.hookTick) this.publishHook();
    this.checkOutcome();
    return ticks;
  }

  private checkOutcome(): void {
    const outcome = this.world.outcome;
    if (outcome === null || this.resultsShown) return;
    if (this.outcomeAt < 0) {
      this.outcomeAt = this.clock.now - this.unspentTicks;
      this.session.onOutcome(this.world);
      this.svc.audio.setMusic(null);
      this.svc.audio.stopCrackle();
      this.publishHook();
      return;
    }
    if (this.clock.now - this.outcomeAt < OUTCOME_PAUSE_TICKS[outcome]) return;
    this.resultsShown = true;
    if (!this.showKillcam()) this.finishLevel();
  }

  /** The results (or, in a full game, whatever comes next). */
  private finishLevel(): void {
    const next = this.session.finish(this.world, (n) => showNotice(n, 'info'));
    // A full-game run goes straight on to its next level; starting Play again shuts this one down.
    if (next.kind === 'level') this.scene.start(SceneKey.Play, next.data);
    else this.scene.launch(SceneKey.Results, { ...next.data, killedBy: this.killedBy });
  }

  /**
   * When El died: the kill-cam over a sleeping level, then the results (or a restart). A run lost
   * with El standing (Carolina shot) goes straight to the results, which say who fell.
   */
  private showKillcam(): boolean {
    const death = this.death;
    if (!death || this.world.outcome !== 'dead' || playerOf(this.world).alive) return false;
    const inputs = this.session.tracker.inputs;
    const replay = this.killcam.rewind(inputs, this.world.tick);
    if (!replay) return false;
    const killer = death.by > 0 && death.by !== this.world.playerId ? death.by : 0;
    const path = killer > 0 && death.cause === 'round' ? traceKillingRound(this.killcam.rewind(inputs, this.world.tick)!, killer) : null;
    const back = () => {
      this.scene.wake();
      this.scene.wake(SceneKey.Hud);
    };
    const data: KillcamData = {
      replay, killer, killedBy: this.killedBy ?? 'unknown', path,
      onDone: () => {
        back();
        this.finishLevel();
      },
      onRestart: (wholeRun) => {
        back();
        if (wholeRun) this.restartWholeRun();
        else this.startRun();
      },
    };
    this.scene.sleep(SceneKey.Hud);
    this.scene.sleep();
    this.scene.launch(SceneKey.Killcam, data);
    return true;
  }

  private publishHook(): void {
    this.hookTick = this.world.tick;
    updateHook({
      ...worldHookState(this.world, this.cameras.main),
      ghost: this.session.ghost ? { x: this.session.ghost.el.x, y: this.session.ghost.el.y } : null,
      speedrun: this.session.view(this.world),
    });
  }
}
