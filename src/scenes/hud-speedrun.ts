// The speedrun corner of the HUD: the in-game timer (the whole run's clock in a full game), the
// delta against the PB at each objective split for a few seconds, what kind of run this is
// (practice, a race, a random board), and in a full game one line per level: done levels with
// their delta against the full-game PB (gold for a best-ever segment), the current level's live
// delta, the PB's splits ahead. While the LiveSplit link is on, a small line under them says what
// it is doing (connecting, connected, refused), so a runner sees at a glance that LiveSplit follows.
import type Phaser from 'phaser';
import type { SplitInfo } from '../game/run-tracker';
import type { SpeedrunSession } from '../game/speedrun-session';
import type { World } from '../sim';
import { levelText, t, type MessageKey } from '../i18n';
import { runMarks } from '../ui/run-marks';
import { formatIgt } from '../speedrun/igt';
import type { LinkState } from '../speedrun/livesplit-server';
import { LEVEL_LIST, levelListBox } from '../ui/hud-layout';
import { Colors, headline, label, recolor } from '../ui/text';

const LINE = LEVEL_LIST.line;

const LINK_COLORS: Record<LinkState, number> = { off: Colors.dim, connecting: Colors.sand, connected: Colors.green, refused: Colors.red };
const LINK_WORDS: Record<Exclude<LinkState, 'off'>, MessageKey> = { connecting: 'link.connecting', connected: 'link.connected', refused: 'link.refused' };

function signed(ticks: number): string {
  return `${ticks < 0 ? '-' : '+'}${formatIgt(Math.abs(ticks))}`;
}

const deltaColor = (d: number | null, gold: boolean) => (gold ? Colors.gold : d === null ? Colors.cream : d <= 0 ? Colors.green : Colors.red);

export class HudSpeedrun {
  private readonly timer: Phaser.GameObjects.BitmapText;
  private readonly splitText: Phaser.GameObjects.BitmapText;
  private readonly mark: Phaser.GameObjects.BitmapText;
  private readonly link: Phaser.GameObjects.BitmapText;
  private linkShown: LinkState | null = null;
  private readonly names: Phaser.GameObjects.BitmapText[] = [];
  private readonly values: Phaser.GameObjects.BitmapText[] = [];
  private readonly box: Phaser.GameObjects.Rectangle;
  private splitUntil = 0;

  constructor(private readonly scene: Phaser.Scene, private readonly right: number) {
    this.timer = headline(scene, right, 16, '0:00.000', 2, Colors.cream).setOrigin(1, 0);
    // Beside the enemies-left count (placeSplit), so the top band stays one band.
    this.splitText = label(scene, right - 200, 58, '', 3, Colors.cream).setOrigin(1, 0);
    this.mark = label(scene, right, 100, '', 2, Colors.blue).setOrigin(1, 0);
    this.link = label(scene, right, 120, '', 2, Colors.dim).setOrigin(1, 0);
    // Behind the level lines, so they read over any floor (the camera keeps El out of this box).
    this.box = scene.add.rectangle(0, LEVEL_LIST.y, 0, 0, 0x0d0b0e, 0.55).setOrigin(0, 0).setVisible(false);
  }

  /** A new attempt: the marks and the level lines for this session. */
  reset(session: SpeedrunSession): void {
    this.splitUntil = 0;
    this.mark.setText(runMarks(session));
    // A language change rewrites the link's line too.
    this.linkShown = null;
    for (const t of [...this.names, ...this.values]) t.destroy();
    this.names.length = 0;
    this.values.length = 0;
    const run = session.full?.run;
    this.box.setVisible(!!run);
    if (!run) return;
    const box = levelListBox(run.levels.length);
    this.box.setPosition(box.x, box.y).setSize(box.w, box.h);
    run.levels.forEach((l, i) => {
      const y = LEVEL_LIST.y + 8 + i * LINE;
      this.names.push(label(this.scene, this.right - 150, y, levelText(l.title), 2, Colors.dim).setOrigin(1, 0));
      this.values.push(label(this.scene, this.right, y, '', 2, Colors.dim).setOrigin(1, 0));
    });
  }

  /** Right edge of the split delta: just left of the enemies-left count. */
  placeSplit(right: number): void {
    this.splitText.setX(right);
  }

  showSplit(split: SplitInfo, session: SpeedrunSession): void {
    // A full game splits per level (the lines below), not per objective.
    if (session.full) return;
    const d = split.delta;
    recolor(this.splitText.setText(d === null ? formatIgt(split.ticks) : signed(d)), deltaColor(d, split.gold));
    this.splitUntil = this.scene.time.now + 3000;
  }

  /** The link's line, rewritten only when its state changes; hidden while the link is off. */
  private showLink(state: LinkState): void {
    if (state === this.linkShown) return;
    this.linkShown = state;
    this.link.setVisible(state !== 'off');
    recolor(this.link.setText(state === 'off' ? '' : t(LINK_WORDS[state])), LINK_COLORS[state]);
  }

  update(world: World, session: SpeedrunSession, now: number): void {
    const timer = session.timer(world);
    this.timer.setText(formatIgt(timer));
    this.showLink(session.liveSplitState);
    this.splitText.setVisible(now < this.splitUntil);
    const run = session.full?.run;
    if (!run) return;
    const done = run.splits();
    run.levels.forEach((_, i) => {
      const name = this.names[i]!;
      const value = this.values[i]!;
      const split = done[i];
      if (split) {
        recolor(name, Colors.sand);
        recolor(value.setText(split.delta === null ? formatIgt(split.ticks) : `${signed(split.delta)}  ${formatIgt(split.ticks)}`), deltaColor(split.delta, split.gold));
      } else if (i === run.index) {
        recolor(name, Colors.gold);
        const live = run.liveDelta(timer);
        recolor(value.setText(live === null ? '-' : signed(live)), deltaColor(live, false));
      } else {
        recolor(name, Colors.dim);
        const pb = run.pbSplit(i);
        recolor(value.setText(pb === null ? '-' : formatIgt(pb)), Colors.dim);
      }
    });
  }
}
