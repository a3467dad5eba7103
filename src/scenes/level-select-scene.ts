// Level select: the film's set pieces in order, locked until the one before is cleared, with the
// best time and grade of each.
import Phaser from 'phaser';
import { levelIndex } from '../game/level-catalog';
import { services } from '../game/services';
import { formatIgt } from '../speedrun/igt';
import { parseReplay } from '../replay/replay-file';
import { openReplayPicker, openReplayViewer } from '../replay/replay-io';
import { Menu, type MenuItem } from '../ui/menu';
import { showNotice } from '../ui/page-notice';
import { panel } from '../ui/panel';
import { Colors, headline, label } from '../ui/text';
import { SceneKey, type PlayData } from './keys';

export class LevelSelectScene extends Phaser.Scene {
  private menu!: Menu;

  constructor() {
    super(SceneKey.LevelSelect);
  }

  create(): void {
    const { width, height } = this.scale;
    const svc = services(this);
    this.cameras.main.setBackgroundColor('#1f1a24');
    this.cameras.main.fadeIn(200, 13, 11, 14);
    headline(this, 64, 48, 'CHOOSE A SCENE', 4, Colors.gold);
    panel(this, 48, 140, width - 96, height - 220);
    let levels: ReturnType<typeof levelIndex>['levels'] = [];
    try {
      levels = levelIndex().levels;
    } catch (err) {
      showNotice(err instanceof Error ? err.message : String(err));
    }
    const items: MenuItem[] = levels.map((l, i) => {
      const unlocked = svc.progress.isUnlocked(levels, l.id);
      const record = svc.progress.record(l.id);
      return {
        text: `${i + 1}. ${l.title}`,
        enabled: unlocked,
        value: () => (!unlocked ? 'locked' : record ? `${formatIgt(record.bestTicks)}  ${record.bestGrade}` : `par ${formatIgt(l.parTicks)}`),
        onConfirm: () => this.startLevel({ level: l.id }),
      };
    });
    // Saved runs: each level's personal best can be watched in the replay viewer.
    const bestRuns: MenuItem[] = levels.flatMap((l) => {
      const text = svc.records.pbReplay(l.id);
      return text ? [{ text: `Watch your best: ${l.title}`, onConfirm: () => this.watch(text) }] : [];
    });
    items.push(
      { text: 'Settings', onConfirm: () => this.openSettings() },
      ...bestRuns,
      { text: 'Watch a replay file...', onConfirm: () => openReplayPicker(this) },
      { text: 'Back to the title', onConfirm: () => this.scene.start(SceneKey.Title) },
    );
    this.menu = new Menu(this, items, {
      x: 96, y: 180, width: width - 240, lineHeight: 44,
      onBack: () => this.scene.start(SceneKey.Title),
      onMove: () => svc.audio.play('uiMove'),
    });
    label(this, width / 2, height - 56, 'Enter / click: play     Esc: back', 2, Colors.dim).setOrigin(0.5, 0);
    svc.audio.setMusic('menu');
    this.events.on(Phaser.Scenes.Events.RESUME, () => this.menu.refresh());
  }

  private startLevel(data: PlayData): void {
    services(this).audio.play('uiSelect');
    this.scene.start(SceneKey.Play, data);
  }

  private watch(text: string): void {
    try {
      openReplayViewer(this.game, parseReplay(text, 'your best run'), SceneKey.LevelSelect);
    } catch (err) {
      showNotice(err instanceof Error ? err.message : String(err));
    }
  }

  private openSettings(): void {
    services(this).audio.play('uiSelect');
    this.scene.pause();
    this.scene.launch(SceneKey.Settings, { returnTo: SceneKey.LevelSelect });
  }

  override update(): void {
    const { input } = services(this);
    input.poll(this.time.now);
    this.menu.update(input);
  }
}
