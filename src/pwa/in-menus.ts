// Whether the page may reload without the player losing anything: it was not opened straight into a
// level, a full run or a replay (those start at once, even while the boot screen still shows), and
// no level, replay, kill-cam, pause or results is open now.
import type Phaser from 'phaser';
import { SceneKey } from '../scenes/keys';

const RUN_SCENES: readonly string[] = [SceneKey.Play, SceneKey.Replay, SceneKey.Killcam, SceneKey.Pause, SceneKey.Results];

/** The page address asks for a run or a replay (src/game/launch-params.ts reads the same keys). */
export function urlStartsRun(search: string, hash: string): boolean {
  const q = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  return q.has('level') || q.has('replay') || q.get('mode') === 'full' || fragment.has('replay');
}

export function inMenus(game: Phaser.Game, startedInRun: boolean): boolean {
  if (startedInRun) return false;
  const scenes = game.scene;
  return RUN_SCENES.every((key) => !scenes.isActive(key) && !scenes.isPaused(key) && !scenes.isSleeping(key));
}
