// Title: the Tarasco at dusk, the name, "press any key" ("tap to start" on a touch screen). Calm guitar.
import Phaser from 'phaser';
import { coarsePointer } from '../input/coarse-pointer';
import { services } from '../game/services';
import { t } from '../i18n';
import { TITLE_ART } from '../render/textures';
import { Colors, headline, label } from '../ui/text';
import { SceneKey } from './keys';

export class TitleScene extends Phaser.Scene {
  private prompt!: Phaser.GameObjects.BitmapText;
  private leaving = false;

  constructor() {
    super(SceneKey.Title);
  }

  create(): void {
    const { width, height } = this.scale;
    this.leaving = false;
    this.add.image(0, 0, TITLE_ART).setOrigin(0, 0).setScale(4);
    headline(this, width / 2 + 4, 84 + 4, 'DESPERADO', 7, 0x0d0b0e).setOrigin(0.5, 0).setAlpha(0.7);
    headline(this, width / 2, 84, 'DESPERADO', 7, Colors.gold).setOrigin(0.5, 0);
    label(this, width / 2 + 2, 214, t('title.tagline'), 2, 0x0d0b0e).setOrigin(0.5, 0);
    label(this, width / 2, 212, t('title.tagline'), 2, Colors.cream).setOrigin(0.5, 0);
    // The prompt sits on a dark band low on the street, clear of El's silhouette.
    this.add.rectangle(0, height - 74, width, 40, 0x0d0b0e, 0.55).setOrigin(0, 0);
    // On a phone or tablet the first thing to do is a tap.
    const touchFirst = coarsePointer();
    this.prompt = label(this, width / 2, height - 66, t(touchFirst ? 'title.tapToStart' : 'title.pressAnyKey'), 3, Colors.cream).setOrigin(0.5, 0);
    label(this, width - 16, height - 24, t('title.credit'), 2, Colors.dim).setOrigin(1, 0);
    this.tweens.add({ targets: this.prompt, alpha: 0.25, duration: 700, yoyo: true, repeat: -1 });
    const { audio } = services(this);
    audio.setMusic('menu');
    audio.duckMusic(false);
    const go = () => this.leave();
    this.input.keyboard?.once('keydown', go);
    this.input.once('pointerdown', go);
  }

  private leave(): void {
    if (this.leaving) return;
    this.leaving = true;
    services(this).audio.play('uiSelect');
    this.cameras.main.fadeOut(250, 13, 11, 14);
    this.cameras.main.once(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => this.scene.start(SceneKey.LevelSelect));
  }

  override update(): void {
    const { input } = services(this);
    input.poll(this.time.now);
    // A gamepad button or a bound key counts as "any key" too.
    if (input.consumeAction('confirm') || input.consumeAction('back') || input.consumeAction('pause')) this.leave();
  }
}
