// A vertical menu that keyboard, mouse, gamepad and touch all drive: up/down to move, confirm to
// choose, left/right to change a value, back to leave. Items are pixel text with a gold arrow. A
// finger is wider than a word, so each line answers taps across its whole band (menu-nav.ts).
import Phaser from 'phaser';
import type { PlayerInput } from '../input/player-input';
import { ATLAS } from '../render/textures';
import { updateHook } from '../scenes/test-hook';
import { adjustDirection, firstUsable, rowBand, stepSelection } from './menu-nav';
import { Colors, label, recolor } from './text';

export interface MenuItem {
  text: string;
  /** Shown right-aligned after the text (a volume, a key); a function so it can change. */
  value?: () => string;
  enabled?: boolean;
  onConfirm?: () => void;
  onAdjust?: (direction: -1 | 1) => void;
}

export interface MenuOptions {
  x: number;
  y: number;
  width: number;
  lineHeight?: number;
  scale?: number;
  onBack?: () => void;
  onMove?: () => void;
  /** The line selected at first (default: the first usable one). */
  start?: number;
}

export class Menu {
  private index = 0;
  private readonly texts: Phaser.GameObjects.BitmapText[] = [];
  private readonly values: (Phaser.GameObjects.BitmapText | null)[] = [];
  private readonly arrow: Phaser.GameObjects.Image;
  active = true;
  private destroyed = false;

  constructor(private readonly scene: Phaser.Scene, private readonly items: MenuItem[], private readonly opts: MenuOptions) {
    const line = opts.lineHeight ?? 36;
    const scale = opts.scale ?? 3;
    items.forEach((item, i) => {
      const y = opts.y + i * line;
      const t = label(scene, opts.x + 30, y, item.text, scale, item.enabled === false ? Colors.dim : Colors.cream);
      const band = rowBand(opts.width, line, t.height, 30, scale);
      t.setInteractive({ hitArea: new Phaser.Geom.Rectangle(band.x, band.y, band.w, band.h), hitAreaCallback: Phaser.Geom.Rectangle.Contains, useHandCursor: true });
      // An inactive menu (a question or a key capture over it) ignores the mouse as it does keys.
      t.on('pointerover', () => this.active && this.select(i));
      t.on('pointerdown', () => {
        if (!this.active) return;
        this.select(i);
        this.confirm();
      });
      this.texts.push(t);
      const v = item.value ? label(scene, opts.x + opts.width, y, item.value(), scale, Colors.sand).setOrigin(1, 0) : null;
      if (v) {
        // The value's band reaches up and down to the line's edges, like the text's.
        const vb = rowBand(v.width, line, v.height, 0, scale);
        v.setInteractive({ hitArea: new Phaser.Geom.Rectangle(vb.x, vb.y, vb.w, vb.h), hitAreaCallback: Phaser.Geom.Rectangle.Contains, useHandCursor: true });
        v.on('pointerdown', (p: Phaser.Input.Pointer) => {
          if (!this.active) return;
          this.select(i);
          item.onAdjust?.(adjustDirection(p.wasTouch, p.rightButtonDown(), p.x, v.x - v.width / 2));
          this.refresh();
        });
      }
      this.values.push(v);
    });
    this.arrow = scene.add.image(opts.x + 8, opts.y, ATLAS, 'arrow_right').setScale(scale).setOrigin(0, 0);
    const start = opts.start;
    this.index = start !== undefined && items[start] !== undefined && items[start].enabled !== false ? start : firstUsable(items);
    this.refresh();
  }

  /** The selected line's index. */
  get selected(): number {
    return this.index;
  }

  private select(i: number): void {
    if (i === this.index || this.items[i]?.enabled === false) return;
    this.index = i;
    this.opts.onMove?.();
    this.refresh();
  }

  private confirm(): void {
    const item = this.items[this.index];
    if (item && item.enabled !== false) item.onConfirm?.();
  }

  refresh(): void {
    // An item's action may have rebuilt the page (Settings' Language row does): this menu is gone.
    if (this.destroyed) return;
    this.items.forEach((item, i) => {
      const selected = i === this.index;
      recolor(this.texts[i]!, item.enabled === false ? Colors.dim : selected ? Colors.gold : Colors.cream);
      if (item.value) this.values[i]!.setText(item.value());
    });
    // For tests: which line is selected, so they can walk a menu by its text.
    if (this.active) updateHook({ menuLine: this.items[this.index]?.text ?? null });
    const t = this.texts[this.index];
    if (t) this.arrow.setPosition(this.opts.x + 4, t.y + (t.height - this.arrow.displayHeight) / 2);
  }

  /** Reads menu actions from the input; call every frame. */
  update(input: PlayerInput): void {
    if (!this.active) return;
    if (input.consumeAction('menuUp')) this.select(stepSelection(this.items, this.index, -1));
    if (input.consumeAction('menuDown')) this.select(stepSelection(this.items, this.index, 1));
    const item = this.items[this.index];
    if (item?.onAdjust) {
      if (input.consumeAction('menuLeft')) {
        item.onAdjust(-1);
        this.refresh();
      }
      if (input.consumeAction('menuRight')) {
        item.onAdjust(1);
        this.refresh();
      }
    }
    if (input.consumeAction('confirm')) this.confirm();
    if (input.consumeAction('back')) this.opts.onBack?.();
  }

  destroy(): void {
    this.destroyed = true;
    this.active = false;
    for (const t of this.texts) t.destroy();
    for (const v of this.values) v?.destroy();
    this.arrow.destroy();
  }
}
