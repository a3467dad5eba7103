// A one-line text field in the game's style (pixel font on a panel, a blinking caret) for the
// player's name and the server URL. Keys are read from the page's keydown events (and pastes), queued,
// and applied in update() on the scene's frame, so the scene can drop the menu presses the same
// keys made (dropMenuPresses) in that frame. Enter takes the text if `check` accepts it, else the
// field says why and stays; Esc cancels.
import type Phaser from 'phaser';
import type { PlayerInput } from '../input/player-input';
import { panel } from './panel';
import { Colors, label } from './text';
import { drawableText } from './drawable-text';
import { applyEdit, editKeyOf, type EditKey } from './text-edit';

export interface TextFieldOptions {
  readonly prompt: string;
  readonly initial: string;
  readonly maxLength: number;
  readonly check: (text: string) => { readonly ok: true } | { readonly ok: false; readonly message: string };
  readonly hint?: string;
}

export type TextFieldState = { readonly kind: 'editing' } | { readonly kind: 'done'; readonly text: string } | { readonly kind: 'cancelled' };

/** What tests read while a field is open. */
export interface TextFieldView {
  readonly prompt: string;
  readonly text: string;
  readonly error: string;
}

const WIDTH = 760;
const HEIGHT = 170;
/** Presses that keys typed into a field also made; dropped so they do not act after it closes. */
const DROPPED = ['confirm', 'back', 'menuUp', 'menuDown', 'menuLeft', 'menuRight', 'restart', 'pause', 'reload'] as const;

export function dropMenuPresses(input: PlayerInput): void {
  for (const a of DROPPED) while (input.consumeAction(a));
}

export class TextField {
  private text: string;
  private error = '';
  private readonly queue: EditKey[] = [];
  private readonly abort = new AbortController();
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private readonly line: Phaser.GameObjects.BitmapText;
  private readonly errorLine: Phaser.GameObjects.BitmapText;

  constructor(private readonly scene: Phaser.Scene, private readonly opts: TextFieldOptions) {
    this.text = opts.initial;
    const { width, height } = scene.scale;
    const x = (width - WIDTH) / 2;
    const y = (height - HEIGHT) / 2;
    const veil = scene.add.rectangle(0, 0, width, height, 0x0d0b0e, 0.7).setOrigin(0, 0).setInteractive();
    const box = panel(scene, x, y, WIDTH, HEIGHT);
    const prompt = label(scene, x + 30, y + 24, opts.prompt, 2, Colors.gold);
    const well = scene.add.rectangle(x + 26, y + 56, WIDTH - 52, 40, 0x0d0b0e, 1).setOrigin(0, 0).setStrokeStyle(2, Colors.sand);
    this.line = label(scene, x + 36, y + 62, '', 3, Colors.cream);
    this.errorLine = label(scene, x + 30, y + 106, '', 2, Colors.red);
    const hint = label(scene, x + 30, y + 134, opts.hint ?? 'Enter: OK     Esc: cancel', 2, Colors.dim);
    this.objects.push(veil, box, prompt, well, this.line, this.errorLine, hint);
    for (const o of this.objects) (o as unknown as Phaser.GameObjects.Components.Depth).setDepth(1000);
    const signal = this.abort.signal;
    window.addEventListener('keydown', (e) => {
      const edit = editKeyOf(e.key, e.ctrlKey || e.metaKey);
      // Ctrl+V is the paste event's; other Ctrl keys stay the browser's.
      if (edit) this.queue.push(edit);
    }, { signal });
    window.addEventListener('paste', (e) => {
      const pasted = e.clipboardData?.getData('text') ?? '';
      if (pasted) this.queue.push({ kind: 'text', text: pasted });
      e.preventDefault();
    }, { signal });
    this.draw(0);
  }

  get view(): TextFieldView {
    return { prompt: this.opts.prompt, text: this.text, error: this.error };
  }

  /** Applies the keys typed since the last frame. */
  update(now: number): TextFieldState {
    let state: TextFieldState = { kind: 'editing' };
    while (this.queue.length > 0 && state.kind === 'editing') {
      const edit = this.queue.shift()!;
      if (edit.kind === 'escape') state = { kind: 'cancelled' };
      else if (edit.kind === 'enter') {
        const c = this.opts.check(this.text);
        if (c.ok) state = { kind: 'done', text: this.text };
        else this.error = c.message;
      } else {
        this.text = applyEdit(this.text, edit, this.opts.maxLength);
        this.error = '';
      }
    }
    this.draw(now);
    return state;
  }

  private draw(now: number): void {
    // The caret blinks twice a second; the shown tail keeps the end of a long URL in view.
    const caret = Math.floor(now / 500) % 2 === 0 ? '_' : ' ';
    const shown = Array.from(drawableText(this.text));
    const room = Math.floor((WIDTH - 72) / 18) - 1;
    this.line.setText((shown.length > room ? '..' + shown.slice(-room + 2).join('') : shown.join('')) + caret);
    this.errorLine.setText(this.error);
  }

  destroy(): void {
    this.abort.abort();
    for (const o of this.objects) o.destroy();
  }
}
