// Whether the page may reload without the player losing anything: no level, replay, kill-cam,
// pause or results is open (only the boot, title, level select, settings or error screens).
import type Phaser from 'phaser';
import { SceneKey } from '../scenes/keys';

const RUN_SCENES: readonly string[] = [SceneKey.Play, SceneKey.Replay, SceneKey.Killcam, SceneKey.Pause, SceneKey.Results];

export function inMenus(game: Phaser.Game): boolean {
  const scenes = game.scene;
  return RUN_SCENES.every((key) => !scenes.isActive(key) && !scenes.isPaused(key) && !scenes.isSleeping(key));
}
