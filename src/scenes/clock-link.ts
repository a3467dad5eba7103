// Ties the page's GameClock to Phaser's loop: every frame begins by turning real time into game
// time and ends, once drawn, by settling the test hook's advance() promises. Scenes read it with
// gameClock(this) and never time game progress with Phaser's own clock.
import Phaser from 'phaser';
import type { GameClock } from '../game/game-clock';

const KEY = 'gameClock';

export function installClock(game: Phaser.Game, clock: GameClock): void {
  game.registry.set(KEY, clock);
  game.events.on(Phaser.Core.Events.PRE_STEP, (_time: number, delta: number) => clock.beginFrame(delta));
  game.events.on(Phaser.Core.Events.POST_RENDER, () => clock.endFrame());
}

export function gameClock(scene: Phaser.Scene): GameClock {
  const clock = scene.registry.get(KEY) as GameClock | undefined;
  if (!clock) throw new Error('game clock used before it was installed');
  return clock;
}
