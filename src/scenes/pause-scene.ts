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
    panel(this, width / 2 - 220, height / 2 - 170, 440, 340);
    headline(this, width / 2, height / 2 - 140, 'PAUSED', 4, Colors.gold).setOrigin(0.5, 0);
    this.menu = new Menu(this, [
      { text: 'Resume', onConfirm: () => this.resume() },
      { text: 'Restart', onConfirm: () => this.restart() },
      { text: 'Settings', onConfirm: () => this.settings() },
      { text: 'Quit to level select', onConfirm: () => this.quit() },
    ], { x: width / 2 - 180, y: height / 2 - 50, width: 360, lineHeight: 44, onBack: () => this.resume(), onMove: () => svc.audio.play('uiMove') });
    this.events.on(Phaser.Scenes.Events.RESUME, () => this.menu.refresh());
  }

  private resume(): void {
    services(this).audio.duckMusic(false);
    // The click on "Resume" is also the fire button: let it go before the level sees it.
    services(this).input.resetLatches();
    this.scene.stop();
    this.scene.resume(SceneKey.Play);
  }

  private restart(): void {
    services(this).audio.duckMusic(false);
    this.scene.stop();
    this.scene.resume(SceneKey.Play);
    (this.scene.get(SceneKey.Play) as PlayScene).startRun();
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
