// Ties the page's GameClock to Phaser's loop: every frame begins by turning real time into game
// time and ends, once drawn, by settling the test hook's advance() promises. Scenes read it with
// gameClock(this) and never time game progress with Phaser's own clock. With the manual (test)
// clock, frames with nothing new are updated but not drawn (src/game/idle-frames.ts).
import Phaser from 'phaser';
import type { GameClock } from '../game/game-clock';
import { IdleFrames } from '../game/idle-frames';

const KEY = 'gameClock';

export function installClock(game: Phaser.Game, clock: GameClock): void {
  game.registry.set(KEY, clock);
  game.events.on(Phaser.Core.Events.PRE_STEP, (_time: number, delta: number) => clock.beginFrame(delta));
  game.events.on(Phaser.Core.Events.POST_RENDER, () => clock.endFrame());
  if (clock.manual) drawOnlyChangedFrames(game, clock);
}

/** Device events that may change what a frame shows. */
const INPUT_EVENTS = ['keydown', 'keyup', 'pointerdown', 'pointerup', 'pointermove', 'wheel', 'touchstart', 'touchmove', 'touchend', 'gamepadconnected', 'gamepaddisconnected'];

/**
 * Replaces Phaser's game step (before the loop starts) with the same step that draws only the
 * frames IdleFrames picks: update as always, then render or not. advance() still resolves on a
 * drawn frame: every frame that spends ticks is drawn.
 */
function drawOnlyChangedFrames(game: Phaser.Game, clock: GameClock): void {
  const idle = new IdleFrames();
  for (const type of INPUT_EVENTS) window.addEventListener(type, () => idle.noteInput(), { capture: true, passive: true });
  const phaserStep = game.step.bind(game);
  const scenes = game.scene as Phaser.Scenes.SceneManager & { isProcessing: boolean };
  game.step = (time: number, delta: number): void => {
    // Destroying, or paused (a hidden page): Phaser's own step knows what to do.
    if ((game as unknown as { pendingDestroy: boolean }).pendingDestroy || game.isPaused) return phaserStep(time, delta);
    const events = game.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    scenes.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    const shown = scenes.scenes.map((s) => `${s.sys.settings.status}${s.sys.settings.visible ? 'v' : ''}`).join();
    if (!idle.shouldDraw(clock.ticksThisFrame, shown)) {
      scenes.isProcessing = false; // what render() would have reset: scene changes queued this frame run next update
      return;
    }
    const renderer = game.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    scenes.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  };
}

export function gameClock(scene: Phaser.Scene): GameClock {
  const clock = scene.registry.get(KEY) as GameClock | undefined;
  if (!clock) throw new Error('game clock used before it was installed');
  return clock;
}
