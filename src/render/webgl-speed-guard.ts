// When WebGL was picked by itself and then draws under 30 fps for 3 s (fps-watch.ts), the page
// reloads itself with ?renderer=canvas: Phaser cannot change renderer in a running game, and a
// reload keeps everything the URL holds (level, seed, inputs, practice, replay). After the reload
// one notice says what happened and how to keep WebGL (?renderer=webgl).
import Phaser from 'phaser';
import { SceneKey } from '../scenes/keys';
import { showNotice } from '../ui/page-notice';
import { FpsWatch } from './fps-watch';

const NOTICE_KEY = 'desperado.rendererSwitched';

export function watchWebglSpeed(game: Phaser.Game): void {
  const watch = new FpsWatch();
  const onStep = (_time: number, delta: number) => {
    // Booting (baking art, rendering sounds) is not the game's frame rate.
    if (game.scene.isActive(SceneKey.Boot)) return;
    if (!watch.frame(delta)) return;
    game.events.off(Phaser.Core.Events.POST_STEP, onStep);
    const url = new URL(window.location.href);
    url.searchParams.set('renderer', 'canvas');
    try {
      sessionStorage.setItem(NOTICE_KEY, '1');
    } catch {
      // No session storage: the switch still happens, only the notice is lost.
    }
    window.location.replace(url.toString());
  };
  game.events.on(Phaser.Core.Events.POST_STEP, onStep);
}

/** After a switch: say why the game is on Canvas now (once). */
export function noticeRendererSwitch(): void {
  let switched: boolean;
  try {
    switched = sessionStorage.getItem(NOTICE_KEY) !== null;
    sessionStorage.removeItem(NOTICE_KEY);
  } catch {
    return;
  }
  if (switched) showNotice('WebGL drew under 30 fps here, so the game switched to Canvas (add ?renderer=webgl to the address to keep WebGL)', 'info');
}
