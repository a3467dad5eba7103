// The duel's HUD: during the standoff, letterbox bands and a tension bar that fills toward the
// target's move; "DRAW!" at the cue; a word on how it ended. It reads the world and the duel
// events; it holds no rules (src/sim/duel.ts has them).
import Phaser from 'phaser';
import { t, type MessageKey } from '../i18n';
import { DuelPhase, type SimEvent, type World } from '../sim';
import { Colors, headline, label, recolor } from '../ui/text';

const BAND_H = 70;
const BAR_W = 420;
const BAR_H = 14;
const VERDICT_MS = 1800;

export class DuelHud {
  private readonly bands: Phaser.GameObjects.Rectangle[];
  private readonly barBack: Phaser.GameObjects.Rectangle;
  private readonly bar: Phaser.GameObjects.Rectangle;
  private readonly prompt: Phaser.GameObjects.BitmapText;
  private readonly hint: Phaser.GameObjects.BitmapText;
  private promptUntil = 0;
  /** The prompt's words, kept by key so a language change can redraw them. */
  private promptKey: MessageKey | null = null;
  private cueAt = -1;

  constructor(private readonly scene: Phaser.Scene) {
    const { width, height } = scene.scale;
    this.bands = [
      scene.add.rectangle(0, 0, width, BAND_H, 0x0d0b0e, 1).setOrigin(0, 0),
      scene.add.rectangle(0, height - BAND_H, width, BAND_H, 0x0d0b0e, 1).setOrigin(0, 0),
    ];
    this.barBack = scene.add.rectangle(width / 2, height - BAND_H / 2, BAR_W + 6, BAR_H + 6, 0x3a2f3d, 1);
    this.bar = scene.add.rectangle(width / 2 - BAR_W / 2, height - BAND_H / 2, 0, BAR_H, 0xe8c07d, 1).setOrigin(0, 0.5);
    this.prompt = headline(scene, width / 2, height / 2 - 140, '', 5, Colors.red).setOrigin(0.5, 0.5).setDepth(5);
    this.hint = label(scene, width / 2, BAND_H / 2, '', 3, Colors.sand).setOrigin(0.5, 0.5).setDepth(5);
    this.reset();
  }

  reset(): void {
    this.promptUntil = 0;
    this.promptKey = null;
    this.cueAt = -1;
    this.prompt.setText('');
    this.setStandoff(false);
  }

  onEvent(e: SimEvent, now: number): void {
    switch (e.type) {
      case 'duelStart':
        this.hint.setText(t('duel.wait'));
        break;
      case 'duelCue':
        this.cueAt = now;
        this.show('duel.draw', Colors.red, now + 700);
        break;
      case 'duelWon':
        this.show(null, Colors.gold, 0);
        break;
      case 'duelEarly':
        this.show('duel.tooSoon', Colors.red, now + VERDICT_MS);
        break;
      case 'duelLate':
        this.show('duel.tooSlow', Colors.red, now + VERDICT_MS);
        break;
      default:
        break;
    }
  }

  private show(key: MessageKey | null, color: number, until: number): void {
    this.promptKey = key;
    recolor(this.prompt.setText(key ? t(key) : ''), color);
    this.promptUntil = until;
  }

  /** A language change: the words again, in the new language. */
  redraw(): void {
    if (this.hint.text !== '') this.hint.setText(t('duel.wait'));
    this.prompt.setText(this.promptKey ? t(this.promptKey) : '');
  }

  update(world: World, now: number): void {
    const d = world.duel;
    const standoff = d.phase === DuelPhase.Standoff && d.objective === world.objective;
    this.setStandoff(standoff);
    if (standoff) {
      const o = world.level.objectives[world.objective];
      const cue = o && o.type === 'duel' ? Math.max(1, o.cue) : 1;
      // Tension: fills toward the cue with a tremor that grows as it nears; full and red after it.
      const t = Math.min(1, d.ticks / cue);
      const tremor = t < 1 ? Math.sin(now / 40) * t * t * 6 : 0;
      this.bar.setSize(Math.max(0, Math.min(BAR_W, t * BAR_W + tremor)), BAR_H).setFillStyle(t < 1 ? 0xe8c07d : 0xe2434b);
    }
    const showing = now < this.promptUntil;
    // "DRAW!" pulses while it is up.
    const pulse = this.cueAt >= 0 && showing ? 1 + 0.12 * Math.abs(Math.sin((now - this.cueAt) / 60)) : 1;
    this.prompt.setVisible(showing).setScale(pulse * 5);
  }

  private setStandoff(on: boolean): void {
    for (const b of this.bands) b.setVisible(on);
    this.barBack.setVisible(on);
    this.bar.setVisible(on);
    this.hint.setVisible(on);
  }
}
