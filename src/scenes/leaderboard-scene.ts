// Leaderboard: the top 20 of one board at a time (left/right pages through the level's boards,
// its random-seed board and the full game), each run with the server's verified mark, the player's
// own rank, and Enter on a run to race it: the run is downloaded and the level starts with it as
// the ghost, as the replay viewer's G does. Opening the screen also sends runs waiting in the saves.
import Phaser from 'phaser';
import { levelEntry, levelIndex } from '../game/level-catalog';
import { services } from '../game/services';
import type { BoardEntry } from '../leaderboard/api-schemas';
import { BOARD_SIZE, boardCategories, boardTitle, canRace, entryLine, yourRank } from '../leaderboard/board-view';
import { leaderboardLink, type LeaderboardLink } from '../leaderboard/link';
import { drawableText } from '../ui/drawable-text';
import { readReplayText } from '../replay/replay-link';
import { Menu, type MenuItem } from '../ui/menu';
import { cycle } from '../ui/menu-nav';
import { panel } from '../ui/panel';
import { Colors, headline, label } from '../ui/text';
import { SceneKey } from './keys';
import { raceReplay } from './replay-io';
import { updateHook } from './test-hook';
import { t } from '../i18n';

export interface LeaderboardData {
  /** The board to open on (default: the first level's). */
  category?: string;
}

const MENU_X = 96;
const MENU_Y = 178;
const LINE = 22;

export class LeaderboardScene extends Phaser.Scene {
  private link: LeaderboardLink | null = null;
  private categories: string[] = [];
  private index = 0;
  private entries: readonly BoardEntry[] = [];
  private menu: Menu | null = null;
  private marks: Phaser.GameObjects.Graphics | null = null;
  private heading!: Phaser.GameObjects.BitmapText;
  private empty!: Phaser.GameObjects.BitmapText;
  private you!: Phaser.GameObjects.BitmapText;
  private status!: Phaser.GameObjects.BitmapText;
  /** Answers to an older request (the player paged on) are ignored. */
  private request = 0;
  private busy = false;
  /** A page turn asked for during the menu's update; done after it (the menu is rebuilt). */
  private turn: -1 | 1 | 0 = 0;

  constructor() {
    super(SceneKey.Leaderboard);
  }

  create(data: LeaderboardData = {}): void {
    const { width, height } = this.scale;
    this.link = leaderboardLink(this);
    this.categories = boardCategories(levelIndex().levels.map((l) => l.id));
    this.index = Math.max(0, this.categories.indexOf(data.category ?? ''));
    this.menu = null;
    this.marks = null;
    this.entries = [];
    this.busy = false;
    this.cameras.main.setBackgroundColor('#1f1a24');
    this.cameras.main.fadeIn(200, 13, 11, 14);
    headline(this, 64, 48, t('board.heading'), 4, Colors.gold);
    panel(this, 48, 110, width - 96, height - 218);
    const arrow = (x: number, text: string, d: -1 | 1) =>
      label(this, x, 128, text, 3, Colors.gold).setOrigin(0.5, 0).setInteractive({ useHandCursor: true }).on('pointerdown', () => this.page(d));
    this.turn = 0;
    arrow(120, '←', -1);
    arrow(width - 120, '→', 1);
    this.heading = label(this, width / 2, 128, '', 3, Colors.sand).setOrigin(0.5, 0);
    this.empty = label(this, MENU_X + 30, MENU_Y, '', 2, Colors.dim);
    this.you = label(this, 64, height - 100, '', 2, Colors.cream);
    this.status = label(this, 64, height - 76, '', 2, Colors.blue);
    this.verifiedLegend(width - 64, height - 100);
    label(this, width / 2, height - 44, t('board.help'), 2, Colors.dim).setOrigin(0.5, 0);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => updateHook({ leaderboard: null }));
    void this.open();
  }

  /** Sends what waits in the saves, then loads the board. */
  private async open(): Promise<void> {
    this.show([], t('board.loading'));
    const report = await this.link?.flush();
    if (report && report.lines.length > 0) this.say(report.lines.join('  '));
    await this.loadBoard();
    if (report && report.lines.length > 0) this.say(report.lines.join('  '));
  }

  private get category(): string {
    return this.categories[this.index]!;
  }

  private page(d: -1 | 1): void {
    if (this.categories.length === 0) return;
    this.index = cycle(this.index, d, this.categories.length);
    services(this).audio.play('uiMove');
    void this.loadBoard();
  }

  private async loadBoard(): Promise<void> {
    const ticket = ++this.request;
    const client = this.link?.client() ?? null;
    this.show([], client ? t('board.loading') : t('board.noServer'));
    if (!client) return;
    const r = await client.board(this.category, { limit: BOARD_SIZE });
    if (ticket !== this.request || !this.scene.isActive()) return;
    if (r.ok) this.show(r.value.entries.slice(0, BOARD_SIZE), '');
    else this.show([], r.message);
  }

  /** Draws the board's entries as the menu, with their verified marks. */
  private show(entries: readonly BoardEntry[], status: string): void {
    const name = this.link?.submissions.name ?? null;
    this.entries = entries;
    this.menu?.destroy();
    this.marks?.destroy();
    this.heading.setText(boardTitle(this.category, (id) => levelEntry(id)?.title));
    const race = canRace(this.category);
    const items: MenuItem[] = entries.map((e) => {
      const line = entryLine(e, name);
      return { text: line.text, value: () => line.time, onAdjust: (d) => (this.turn = d), onConfirm: () => void this.race(e, race) };
    });
    this.menu = new Menu(this, items, {
      x: MENU_X, y: MENU_Y, width: this.scale.width - 320, lineHeight: LINE, scale: 2,
      onBack: () => this.scene.start(SceneKey.LevelSelect),
      onMove: () => services(this).audio.play('uiMove'),
    });
    this.marks = this.add.graphics();
    entries.forEach((_, i) => this.checkMark(this.marks!, this.scale.width - 206, MENU_Y + i * LINE + 2));
    this.empty.setText(entries.length === 0 && status === '' ? t('board.empty') : '');
    this.you.setText(yourRank(entries, name));
    this.say(status);
  }

  private say(status: string): void {
    this.status.setText(status);
    updateHook({
      leaderboard: {
        category: this.category,
        entries: this.entries.map((e) => ({ rank: e.rank, player: e.player, ticks: e.ticks, id: e.id })),
        you: this.you.text,
        status,
        field: null,
      },
    });
  }

  private async race(e: BoardEntry, raceable: boolean): Promise<void> {
    const client = this.link?.client();
    if (!raceable) return this.say(t('board.fullNotRaceable'));
    if (!client || this.busy) return;
    this.busy = true;
    services(this).audio.play('uiSelect');
    const who = t('board.runOf', { name: drawableText(e.player) });
    this.say(t('board.downloading', { who }));
    const r = await client.run(e.id);
    this.busy = false;
    if (!this.scene.isActive()) return;
    if (!r.ok) return this.say(r.message);
    try {
      const replay = readReplayText(r.value, who, levelIndex().levels.map((l) => l.id));
      raceReplay(this.game, replay, `#${e.rank} ${drawableText(e.player)}`);
    } catch (err) {
      this.say(err instanceof Error ? err.message : String(err));
    }
  }

  /** The verified mark: a small pixel tick in green (every ranked run was replayed by the server). */
  private checkMark(g: Phaser.GameObjects.Graphics, x: number, y: number): void {
    g.fillStyle(Colors.green, 1);
    const px = 2;
    for (const [cx, cy] of [[0, 3], [1, 4], [2, 5], [3, 4], [4, 3], [5, 2], [6, 1], [7, 0]] as const) g.fillRect(x + cx * px, y + cy * px, px * 2, px * 2);
  }

  private verifiedLegend(right: number, y: number): void {
    const text = label(this, right, y, t('board.verified'), 2, Colors.dim).setOrigin(1, 0);
    this.checkMark(this.add.graphics(), text.x - text.displayWidth - 26, y);
  }

  override update(): void {
    const { input } = services(this);
    input.poll(this.time.now);
    if (this.entries.length === 0) {
      // No menu lines: paging and leaving still work.
      if (input.consumeAction('menuLeft')) this.turn = -1;
      if (input.consumeAction('menuRight')) this.turn = 1;
    }
    this.menu?.update(input);
    if (this.turn !== 0) {
      this.page(this.turn);
      this.turn = 0;
    }
  }
}
