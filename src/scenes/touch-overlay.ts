// The touch controls drawn over a running level (part of the HUD): the two floating sticks where
// the thumbs are (a faint ring where each is waiting), the round buttons, the pause button. Shown
// only while fingers are what is playing; a key or a pad hides it, a touch brings it back. It also
// decides when the controls take fingers at all (only while the level runs: elsewhere a tap is
// for the menus) and pauses the level when the phone is turned upright.
import Phaser from 'phaser';
import { disc, pauseMark, type DiscStyle } from '../art/touch-art';
import { services } from '../game/services';
import { knob, type Stick } from '../input/touch-stick';
import type { TouchButtonId, TouchLayout } from '../input/touch-layout';
import { addPixelTexture } from '../render/textures';
import { lang, t, type MessageKey } from '../i18n';
import { isPortraitTouch } from '../ui/portrait-overlay';
import { Colors, label } from '../ui/text';
import type { PlayScene } from './play-scene';
import { updateHook } from './test-hook';

/** The UI's pixel size: art drawn at 1x shows at 3x, like the panels and the font. */
const PX = 3;
const DEPTH = 50;

/** The HUD's first hint when fingers play: the one thing the buttons do not say themselves. */
export function touchHint(leftHanded: boolean): string {
  return t(leftHanded ? 'hint.touchLeft' : 'hint.touchRight');
}

const LABELS: Readonly<Record<Exclude<TouchButtonId, 'pause'>, MessageKey>> = {
  dive: 'touch.dive', reload: 'touch.reload', use: 'touch.use', switch: 'touch.switch', focus: 'touch.focus', grenade: 'touch.grenade',
};

/** A button's word in the player's language ('' for the pause button: it is drawn). */
export function touchLabel(id: TouchButtonId): string {
  return id === 'pause' ? '' : t(LABELS[id]);
}

interface ButtonView {
  readonly disc: Phaser.GameObjects.Image;
  readonly text: Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Visible;
}

export class TouchOverlay {
  private readonly root: Phaser.GameObjects.Container;
  private buttons = new Map<TouchButtonId, ButtonView>();
  private readonly sticks: { ring: Phaser.GameObjects.Image; knob: Phaser.GameObjects.Image }[];
  /** Radii the textures were made for; a new screen size remakes them. */
  private madeFor = '';

  constructor(private readonly scene: Phaser.Scene, private readonly play: PlayScene) {
    this.root = scene.add.container(0, 0).setDepth(DEPTH).setVisible(false);
    this.sticks = [0, 1].map(() => {
      const ring = scene.add.image(0, 0, '__DEFAULT');
      const k = scene.add.image(0, 0, '__DEFAULT');
      this.root.add([ring, k]);
      return { ring, knob: k };
    });
    const off = () => services(scene).input.setTouchEnabled(false);
    scene.events.on(Phaser.Scenes.Events.SLEEP, off);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      off();
      scene.events.off(Phaser.Scenes.Events.SLEEP, off);
      updateHook({ touch: null });
    });
  }

  update(): void {
    const { input } = services(this.scene);
    const world = this.play.world;
    const playing = this.play.sys.isActive() && world.outcome === null;
    if (playing && isPortraitTouch()) {
      input.setTouchEnabled(false);
      this.play.pauseGame();
      return;
    }
    input.setTouchEnabled(playing);
    const show = playing && input.lastDevice === 'touch';
    this.root.setVisible(show);
    const view = input.touchView();
    updateHook({ touch: { shown: show, leftHanded: view.layout.leftHanded, buttons: view.layout.buttons.map((b) => ({ ...b })) } });
    if (!show) return;
    this.build(view.layout);
    for (const b of view.layout.buttons) {
      const v = this.buttons.get(b.id)!;
      v.disc.setPosition(b.x, b.y).setTexture(this.discKey(b.r, view.held.has(b.id) ? 'pressed' : 'button'));
    }
    const { move, aim } = view;
    this.drawStick(0, move, this.restingPlace(view.layout, 'move'), view.layout.stickRadius);
    this.drawStick(1, aim, this.restingPlace(view.layout, 'aim'), view.layout.stickRadius);
  }

  /** Where a stick's faint ring waits for its thumb: low on its side, clear of the buttons. */
  private restingPlace(layout: TouchLayout, which: 'move' | 'aim'): { x: number; y: number } {
    const r = layout.stickRadius;
    const dive = layout.buttons.find((b) => b.id === 'dive')!;
    const fromEdge = which === 'move' ? r * 1.8 : 2 * dive.r + r * 2.2;
    const onLeft = (which === 'move') !== layout.leftHanded;
    return { x: onLeft ? fromEdge : this.scene.scale.width - fromEdge, y: this.scene.scale.height - r * 1.6 };
  }

  private drawStick(i: number, stick: Stick | null, rest: { x: number; y: number }, radius: number): void {
    const s = this.sticks[i]!;
    const origin = stick?.origin ?? rest;
    const k = stick ? knob(stick, radius) : rest;
    s.ring.setPosition(origin.x, origin.y).setAlpha(stick ? 1 : 0.45);
    s.knob.setPosition(k.x, k.y).setAlpha(stick ? 1 : 0.45);
  }

  /** (Re)makes the discs and labels when the sizes change (first show, a turned or resized screen). */
  private build(layout: TouchLayout): void {
    const key = `${layout.stickRadius.toFixed(1)}:${layout.buttons.map((b) => `${b.id}${b.r.toFixed(1)}`).join()}:${layout.leftHanded}:${lang()}`;
    if (key === this.madeFor) return;
    this.madeFor = key;
    for (const v of this.buttons.values()) {
      v.disc.destroy();
      v.text.destroy();
    }
    this.buttons = new Map();
    // One text size for every button: the UI's where the longest word fits inside a rim (phones), else the small one.
    const r = layout.buttons.find((b) => b.id === 'dive')!.r;
    const probe = label(this.scene, 0, 0, '', 2);
    const widest = Math.max(...layout.buttons.map((b) => probe.setText(touchLabel(b.id)).width));
    const scale = widest > 1.7 * r ? 1 : 2;
    probe.destroy();
    for (const b of layout.buttons) {
      const d = this.scene.add.image(b.x, b.y, this.discKey(b.r, 'button')).setScale(PX);
      const text = b.id === 'pause'
        ? this.scene.add.image(b.x, b.y, this.pauseKey(b.r)).setScale(PX)
        : label(this.scene, b.x, b.y, touchLabel(b.id), scale, Colors.cream).setOrigin(0.5, 0.5);
      this.root.add([d, text]);
      this.buttons.set(b.id, { disc: d, text });
    }
    const [move, aim] = this.sticks;
    for (const s of [move!, aim!]) {
      s.ring.setTexture(this.discKey(layout.stickRadius, 'ring')).setScale(PX);
      s.knob.setTexture(this.discKey(layout.stickRadius * 0.45, 'knob')).setScale(PX);
    }
  }

  private discKey(radius: number, style: DiscStyle): string {
    const r = Math.max(2, Math.round(radius / PX));
    const key = `touch-${style}-${r}`;
    if (!this.scene.textures.exists(key)) addPixelTexture(this.scene, key, disc(r, style));
    return key;
  }

  private pauseKey(radius: number): string {
    const size = Math.max(3, Math.round((radius * 0.8) / PX));
    const key = `touch-pause-${size}`;
    if (!this.scene.textures.exists(key)) addPixelTexture(this.scene, key, pauseMark(size));
    return key;
  }
}
