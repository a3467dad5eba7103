// Pause: over the frozen level. Resume, restart, settings, or leave the level.
import Phaser from 'phaser';
import { services } from '../game/services';
import { lang, t } from '../i18n';
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
    const shownIn = lang();
    const svc = services(this);
    veil(this, 0.55);
    const full = (this.scene.get(SceneKey.Play) as PlayScene).session?.full != null;
    const tall = full ? 44 : 0;
    panel(this, width / 2 - 220, height / 2 - 170 - tall / 2, 440, 340 + tall);
    headline(this, width / 2, height / 2 - 140 - tall / 2, t('pause.title'), 4, Colors.gold).setOrigin(0.5, 0);
    this.menu = new Menu(this, [
      { text: t('pause.resume'), onConfirm: () => this.resume() },
      { text: t(full ? 'pause.restartLevel' : 'pause.restart'), onConfirm: () => this.restart() },
      ...(full ? [{ text: t('pause.restartRun'), onConfirm: () => this.restart(true) }] : []),
      { text: t('pause.settings'), onConfirm: () => this.settings() },
      { text: t('pause.quit'), onConfirm: () => this.quit() },
    ], { x: width / 2 - 180, y: height / 2 - 50 - tall / 2, width: 360, lineHeight: 44, onBack: () => this.resume(), onMove: () => svc.audio.play('uiMove') });
    // Back from Settings in another language: draw the pause menu again in it.
    const onResume = () => (lang() === shownIn ? this.menu.refresh() : this.scene.restart());
    this.events.on(Phaser.Scenes.Events.RESUME, onResume);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.events.off(Phaser.Scenes.Events.RESUME, onResume));
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
