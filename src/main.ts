// Browser entry: start Phaser with WebGL on a real GPU, Canvas where WebGL runs in software or
// cannot start (render/renderer-choice.ts), or whichever ?renderer= asks for. Phaser 4 throws
// instead of silently downgrading, and a thrown error would leave a blank page.
import Phaser from 'phaser';
import { BootScene } from './scenes/boot-scene';
import { HudScene } from './scenes/hud-scene';
import { LevelSelectScene } from './scenes/level-select-scene';
import { PauseScene } from './scenes/pause-scene';
import { PlayScene } from './scenes/play-scene';
import { ReplayScene } from './scenes/replay-scene';
import { ResultsScene } from './scenes/results-scene';
import { SettingsScene } from './scenes/settings-scene';
import { TitleScene } from './scenes/title-scene';
import { showNotice } from './ui/page-notice';
import { installTestHook } from './scenes/test-hook';
import { watchOrientation } from './ui/portrait-overlay';
import { installClock } from './scenes/clock-link';
import { KillcamScene } from './scenes/killcam-scene';
import { LeaderboardScene } from './scenes/leaderboard-scene';
import { installLeaderboard } from './leaderboard/install';
import { clockModeFrom, GameClock } from './game/game-clock';
import { installReplayImport } from './scenes/replay-io';
import { watchLevelSaves } from './game/level-hot-reload';
import { probeWebgl } from './render/gpu-probe';
import { chooseRenderer } from './render/renderer-choice';
import { noticeRendererSwitch, watchWebglSpeed } from './render/webgl-speed-guard';
import { startOfflineSupport } from './pwa/register';

const WIDTH = 1280;
const HEIGHT = 720;

function gameConfig(type: number, onPreBoot: (game: Phaser.Game) => void): Phaser.Types.Core.GameConfig {
  return {
    type,
    parent: 'game',
    width: WIDTH,
    height: HEIGHT,
    backgroundColor: '#000000',
    pixelArt: true,
    // Sound is howler's job; keep Phaser from opening its own AudioContext.
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    // Real frame times for the fixed-step runner: Phaser's smoothing clamps a slow or unfocused
    // window's frames to 1/60 s, which played the game in slow motion below 60 fps.
    fps: { smoothStep: false },
    callbacks: { preBoot: onPreBoot },
    // Registration order is drawing order: overlays come after the scenes they cover.
    scene: [BootScene, TitleScene, LevelSelectScene, PlayScene, ReplayScene, HudScene, KillcamScene, PauseScene, ResultsScene, SettingsScene, LeaderboardScene],
  };
}

function startGame(): void {
  const query = new URLSearchParams(window.location.search);
  // ?clock=manual: game time moves only when a test calls window.__game.advance(n).
  const clockMode = clockModeFrom(query.get('clock'));
  if (clockMode.error) showNotice(clockMode.error);
  const clock = new GameClock(clockMode.mode);
  const asked = query.get('renderer');
  const choice = chooseRenderer(asked, asked === 'canvas' ? null : probeWebgl());
  console.info(`Renderer: ${choice.kind} (${choice.reason})`);
  let game: Phaser.Game | undefined;
  if (choice.kind === 'webgl') {
    let halfBuilt: Phaser.Game | undefined;
    try {
      // The DOM is ready (see below), so Phaser boots synchronously and
      // renderer failures throw right here.
      game = new Phaser.Game(gameConfig(Phaser.WEBGL, (g) => (halfBuilt = g)));
    } catch (err) {
      console.warn('WebGL unavailable, falling back to Canvas:', err);
      // Release the canvas the failed game took from Phaser's pool.
      if (halfBuilt) Phaser.Display.Canvas.CanvasPool.remove(halfBuilt);
    }
  }
  game ??= new Phaser.Game(gameConfig(Phaser.CANVAS, () => {}));
  installClock(game, clock);
  installTestHook(game, game.config.renderType === Phaser.WEBGL, clock);
  // Picked by itself (not forced) and then too slow: over to Canvas.
  if (game.config.renderType === Phaser.WEBGL && asked !== 'webgl') watchWebglSpeed(game);
  noticeRendererSwitch();
  // Replay files open from anywhere: dropped on the page or chosen in the picker.
  installReplayImport(game);
  // The leaderboard server: this page's origin (probed once) or the URL in Settings.
  installLeaderboard(game);
  // `npm start` only: a map saved in Tiled restarts its level in this page.
  watchLevelSaves(game);
  // Production builds: precache everything for offline play; a new build takes over at the next start.
  startOfflineSupport(game);
  // Phones and tablets held upright are asked to turn sideways.
  watchOrientation();
}

// Anything that escapes still reaches the player as one readable line, never a blank page.
window.addEventListener('error', (e) => showNotice(`Something went wrong: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => showNotice(`Something went wrong: ${e.reason instanceof Error ? e.reason.message : String(e.reason)}`));

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', startGame, { once: true });
} else {
  startGame();
}
