// Level select: the film's set pieces in order, locked until the one before is cleared, with the
// best time and grade of each; the full game; the random-seed toggle; and two pages: practice
// (each level from its start or any split of the PB) and replays (watch your bests, watch or race
// a replay file).
import Phaser from 'phaser';
import { FullGameSession } from '../game/full-game-session';
import { levelIndex, loadLevel } from '../game/level-catalog';
import { practiceOptions } from '../game/practice';
import { services } from '../game/services';
import { lang, levelText, t, type MessageKey } from '../i18n';
import type { LevelIndexEntry } from '../level/parse-index';
import { leaderboardLink } from '../leaderboard/link';
import { parseReplay } from '../replay/replay-file';
import { openReplayPicker, openReplayViewer } from './replay-io';
import { fullCategory, ilCategory } from '../speedrun/categories';
import { totalTicks } from '../speedrun/records';
import { fullGameValue, levelRowValue, practiceValue, randomSeedValue } from '../ui/level-select-rows';
import { Menu, type MenuItem } from '../ui/menu';
import { cycle } from '../ui/menu-nav';
import { showNotice } from '../ui/page-notice';
import { panel } from '../ui/panel';
import { Colors, headline, label } from '../ui/text';
import type { PlayData } from '../game/play-data';
import { SceneKey } from './keys';

type Page = 'main' | 'practice' | 'replays';

const TITLES: Record<Page, MessageKey> = { main: 'select.title', practice: 'select.practiceTitle', replays: 'select.replaysTitle' };
const HELP: Record<Page, MessageKey> = { main: 'select.help', practice: 'select.practiceHelp', replays: 'select.replaysHelp' };

export class LevelSelectScene extends Phaser.Scene {
  private menu: Menu | null = null;
  private levels: readonly LevelIndexEntry[] = [];
  private title!: Phaser.GameObjects.BitmapText;
  private help!: Phaser.GameObjects.BitmapText;
  /** Practice page: the chosen start of each level, by level id (index into its options). */
  private readonly practiceChoice = new Map<string, number>();
  /** Whether the main page shows the Leaderboard line. */
  private boardLine = false;
  /** The page showing, and the language it was drawn in (Settings may change it over us). */
  private page: Page = 'main';
  private shownIn = lang();

  constructor() {
    super(SceneKey.LevelSelect);
  }

  create(): void {
    const { width, height } = this.scale;
    const svc = services(this);
    this.menu = null;
    this.cameras.main.setBackgroundColor('#1f1a24');
    this.cameras.main.fadeIn(200, 13, 11, 14);
    this.title = headline(this, 64, 48, '', 4, Colors.gold);
    panel(this, 48, 140, width - 96, height - 220);
    try {
      this.levels = levelIndex().levels;
    } catch (err) {
      showNotice(err instanceof Error ? err.message : String(err));
    }
    this.help = label(this, width / 2, height - 56, '', 2, Colors.dim).setOrigin(0.5, 0);
    svc.audio.setMusic('menu');
    const onResume = () => {
      if (lang() !== this.shownIn) this.show(this.page);
      this.menu?.refresh();
      this.showBoardLine();
    };
    this.events.on(Phaser.Scenes.Events.RESUME, onResume);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.events.off(Phaser.Scenes.Events.RESUME, onResume));
    this.show('main');
    // The Leaderboard line appears once the start-up probe has found a server (or a URL is set).
    void leaderboardLink(this)?.probed.then(() => this.showBoardLine());
  }

  /** Rebuilds the main page when the Leaderboard line should come or go. */
  private showBoardLine(): void {
    const onMain = this.scene.isActive() && this.title.active && this.page === 'main';
    if (onMain && this.boardLine !== (leaderboardLink(this)?.available ?? false)) this.show('main');
  }

  private show(page: Page): void {
    const svc = services(this);
    this.menu?.destroy();
    this.page = page;
    this.shownIn = lang();
    this.title.setText(t(TITLES[page]));
    this.help.setText(t(HELP[page]));
    const items = page === 'main' ? this.mainItems() : page === 'practice' ? this.practiceItems() : this.replayItems();
    this.menu = new Menu(this, items, {
      x: 96, y: 170, width: this.scale.width - 240, lineHeight: 40,
      onBack: () => (page === 'main' ? this.scene.start(SceneKey.Title) : this.show('main')),
      onMove: () => svc.audio.play('uiMove'),
    });
  }

  private mainItems(): MenuItem[] {
    const svc = services(this);
    this.boardLine = leaderboardLink(this)?.available ?? false;
    const items: MenuItem[] = this.levels.map((l, i) => {
      const unlocked = svc.progress.isUnlocked(this.levels, l.id);
      const record = svc.progress.record(l.id);
      return {
        text: `${i + 1}. ${levelText(l.title)}`,
        enabled: unlocked,
        value: () => levelRowValue(unlocked, record, l.parTicks),
        onConfirm: () => this.startLevel({ level: l.id }),
      };
    });
    const random = () => svc.settings.randomSeed;
    const toggleRandom = () => {
      svc.saveSettings({ ...svc.settings, randomSeed: !random() });
      svc.audio.play('uiMove');
    };
    items.push(
      {
        text: t('select.fullGame'),
        enabled: this.levels.length > 0,
        value: () => {
          const pb = svc.records.records(fullCategory(random())).pb;
          return fullGameValue(pb ? totalTicks(pb) : null, this.levels.length);
        },
        onConfirm: () => this.startFullGame(),
      },
      { text: t('select.randomSeed'), value: () => randomSeedValue(random()), onAdjust: toggleRandom, onConfirm: () => {
        toggleRandom();
        this.menu?.refresh();
      } },
      { text: t('select.practice'), onConfirm: () => this.show('practice') },
      { text: t('select.replays'), onConfirm: () => this.show('replays') },
      ...(this.boardLine ? [{ text: t('select.leaderboard'), onConfirm: () => this.openLeaderboard() }] : []),
      { text: t('select.settings'), onConfirm: () => this.openSettings() },
      { text: t('select.backToTitle'), onConfirm: () => this.scene.start(SceneKey.Title) },
    );
    return items;
  }

  private practiceItems(): MenuItem[] {
    const svc = services(this);
    const items: MenuItem[] = this.levels.map((l) => {
      const unlocked = svc.progress.isUnlocked(this.levels, l.id);
      const options = practiceOptions(svc.records.records(ilCategory(l.id, true)));
      const chosen = () => options[Math.min(this.practiceChoice.get(l.id) ?? 0, options.length - 1)]!;
      return {
        text: levelText(l.title),
        enabled: unlocked,
        value: () => practiceValue(unlocked, chosen().label),
        onAdjust: (d) => this.practiceChoice.set(l.id, cycle(this.practiceChoice.get(l.id) ?? 0, d, options.length)),
        onConfirm: () => this.startLevel({ level: l.id, practice: chosen().split }),
      };
    });
    items.push({ text: t('select.back'), onConfirm: () => this.show('main') });
    return items;
  }

  private replayItems(): MenuItem[] {
    const svc = services(this);
    const bests: MenuItem[] = this.levels.flatMap((l) => {
      const text = svc.records.pbReplay(ilCategory(l.id, true));
      return text ? [{ text: t('select.watchBest', { level: levelText(l.title) }), onConfirm: () => this.watch(text) }] : [];
    });
    return [
      ...bests,
      { text: t('select.watchFile'), onConfirm: () => openReplayPicker(this) },
      { text: t('select.raceFile'), onConfirm: () => openReplayPicker(this, 'race') },
      { text: t('select.back'), onConfirm: () => this.show('main') },
    ];
  }

  private startLevel(data: PlayData): void {
    services(this).audio.play('uiSelect');
    this.scene.start(SceneKey.Play, data);
  }

  private startFullGame(): void {
    const svc = services(this);
    try {
      // Checked before the run starts, so a broken map says so here rather than mid-run.
      for (const l of this.levels) loadLevel(l.id);
    } catch (err) {
      showNotice(err instanceof Error ? err.message : String(err));
      return;
    }
    const full = FullGameSession.start(svc, [], (n) => showNotice(n, 'info'));
    this.startLevel({ level: full.run.level.id, full });
  }

  private watch(text: string): void {
    try {
      openReplayViewer(this.game, parseReplay(text, 'your best run'), SceneKey.LevelSelect);
    } catch (err) {
      showNotice(err instanceof Error ? err.message : String(err));
    }
  }

  private openLeaderboard(): void {
    services(this).audio.play('uiSelect');
    this.scene.start(SceneKey.Leaderboard);
  }

  private openSettings(): void {
    services(this).audio.play('uiSelect');
    this.scene.pause();
    this.scene.launch(SceneKey.Settings, { returnTo: SceneKey.LevelSelect });
  }

  override update(): void {
    const { input } = services(this);
    input.poll(this.time.now);
    this.menu?.update(input);
  }
}
