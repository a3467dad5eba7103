// Edit and see (dev server only): when a map is saved in Tiled, the level it belongs to is parsed
// again; the running level restarts on the new map, or the page shows the file's one-line error
// and the old map plays on. The production build leaves this out (import.meta.hot is undefined).
import type Phaser from 'phaser';
import { showNotice } from '../ui/page-notice';
import { SceneKey } from '../scenes/keys';
import { levelIndex, loadLevel, replaceLevelFile } from './level-catalog';
import { LEVEL_SAVED_EVENT, levelsTouchedBy, type LevelSavedPayload } from './level-saved';
import type { PlayData } from './play-data';

const NOTICE_TAG = 'level-save';

export function watchLevelSaves(game: Phaser.Game): void {
  import.meta.hot?.on(LEVEL_SAVED_EVENT, (payload: LevelSavedPayload) => onLevelSaved(game, payload));
}

function onLevelSaved(game: Phaser.Game, { file, text }: LevelSavedPayload): void {
  replaceLevelFile(file, text);
  let touched: string[];
  try {
    touched = levelsTouchedBy(file, levelIndex().levels);
    // Parse now, so a bad save is reported at once, whichever screen is showing.
    for (const id of touched) loadLevel(id);
  } catch (err) {
    showNotice(err instanceof Error ? err.message : String(err), 'error', NOTICE_TAG);
    return;
  }
  const play = game.scene.getScene(SceneKey.Play);
  const playing = play?.sys.isActive() ? (play.sys.settings.data as PlayData | undefined)?.level : undefined;
  const reloaded = playing !== undefined && touched.includes(playing);
  showNotice(`levels/${file} saved${reloaded ? `: ${playing} restarted on the new map` : ''}`, 'info', NOTICE_TAG);
  // The level's own data (run, ghost) is kept: restart() starts the scene again with it.
  if (reloaded) play.scene.restart();
}
