// Pause: over the frozen level. Resume, restart, settings, or leave the level.
import Phaser from 'phaser';
import { services } from '../game/services';
import { Menu } from '../ui/menu';
import { panel, veil } from '../ui/panel';
import { Colors, headline } from '../ui/text';
import { SceneKey } from './keys';
import type { PlayScene } from './play-scene';

export class PauseScene extends Phaser.Scene {
  private menu!: Menu;

  constructor() {
    super(SceneKey.Pause);
  }

  create(): void {
    const { width, height } = this.scale;
    const svc = services(this);
    veil(this, 0.55);
    const full = (this.scene.get(SceneKey.Play) as PlayScene).session?.full != null;
    const tall = full ? 44 : 0;
    panel(this, width / 2 - 220, height / 2 - 170 - tall / 2, 440, 340 + tall);
    headline(this, width / 2, height / 2 - 140 - tall / 2, 'PAUSED', 4, Colors.gold).setOrigin(0.5, 0);
    this.menu = new Menu(this, [
      { text: 'Resume', onConfirm: () => this.resume() },
      { text: full ? 'Restart the level' : 'Restart', onConfirm: () => this.restart() },
      ...(full ? [{ text: 'Restart the run', onConfirm: () => this.restart(true) }] : []),
      { text: 'Settings', onConfirm: () => this.settings() },
      { text: 'Quit to level select', onConfirm: () => this.quit() },
    ], { x: width / 2 - 180, y: height / 2 - 50 - tall / 2, width: 360, lineHeight: 44, onBack: () => this.resume(), onMove: () => svc.audio.play('uiMove') });
    this.events.on(Phaser.Scenes.Events.RESUME, () => this.menu.refresh());
  }

  private resume(): void {
    services(this).audio.duckMusic(false);
    // The click on "Resume" is also the fire button: let it go before the level sees it.
    services(this).input.resetLatches();
    this.scene.stop();
    this.scene.resume(SceneKey.Play);
  }

  private restart(wholeRun = false): void {
    services(this).audio.duckMusic(false);
    this.scene.stop();
    this.scene.resume(SceneKey.Play);
    const play = this.scene.get(SceneKey.Play) as PlayScene;
    if (wholeRun) play.restartWholeRun();
    else play.startRun();
  }

  private settings(): void {
    this.scene.pause();
    this.scene.launch(SceneKey.Settings, { returnTo: SceneKey.Pause });
  }

  private quit(): void {
    services(this).audio.duckMusic(false);
    this.scene.stop(SceneKey.Play);
    this.scene.start(SceneKey.LevelSelect);
  }

  override update(): void {
    const { input } = services(this);
    input.poll(this.time.now);
    if (input.consumeAction('pause')) {
      this.resume();
      return;
    }
    this.menu.update(input);
  }
}
