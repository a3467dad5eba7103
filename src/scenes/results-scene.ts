// Results: the outcome, the time against par, kills, accuracy, damage taken and a grade,
// then retry, next scene, or back to level select.
import Phaser from 'phaser';
import { levelEntry, levelIndex, loadLevel } from '../game/level-catalog';
import { downloadReplay } from '../replay/replay-io';
import { parseReplay } from '../replay/replay-file';
import { toLiveSplit } from '../speedrun/livesplit';
import { downloadText } from '../ui/download';
import { services } from '../game/services';
import { ATLAS } from '../render/textures';
import type { Outcome } from '../sim/events';
import type { RunStats } from '../sim/world';
import { formatIgt } from '../speedrun/igt';
import { Menu, type MenuItem } from '../ui/menu';
import { panel } from '../ui/panel';
import { Colors, headline, label } from '../ui/text';
import { SceneKey } from './keys';
import type { PlayScene } from './play-scene';
import type { SplitInfo } from '../game/run-tracker';
import { splitChart } from '../ui/split-chart';

export interface ResultsData {
  level: string;
  outcome: Outcome;
  ticks: number;
  stats: RunStats;
  grade: string;
  newBest: boolean;
  /** This run's splits with their deltas against the PB it raced. */
  splits: readonly SplitInfo[];
  /** Whether there was a PB to compare with. */
  hadPb: boolean;
  sumOfBest: number | null;
  /** Why the run was lost ("Carolina was killed"), from world.failure; null or absent when not. */
  failure?: string | null;
}

const TITLES: Record<Outcome, string> = { cleared: 'CLEARED', dead: 'YOU DIED', timeout: 'OUT OF TIME' };
const MEDALS: Record<string, string> = { S: 'medal_gold', A: 'medal_gold', B: 'medal_silver', C: 'medal_bronze' };

export class ResultsScene extends Phaser.Scene {
  private menu!: Menu;

  constructor() {
    super(SceneKey.Results);
  }

  create(data: ResultsData): void {
    const { width, height } = this.scale;
    const svc = services(this);
    const entry = levelEntry(data.level);
    const x = width / 2 - 360;
    const y = height / 2 - 250;
    this.add.rectangle(0, 0, width, height, 0x0d0b0e, 0.5).setOrigin(0, 0);
    panel(this, x, y, 720, 500);
    const cleared = data.outcome === 'cleared';
    headline(this, width / 2, y + 28, TITLES[data.outcome], 4, cleared ? Colors.gold : Colors.red).setOrigin(0.5, 0);
    label(this, width / 2, y + (data.failure ? 88 : 100), entry?.title ?? data.level, 3, Colors.sand).setOrigin(0.5, 0);
    if (data.failure) label(this, width / 2, y + 120, data.failure, 2, Colors.red).setOrigin(0.5, 0);
    const s = data.stats;
    const rows: [string, string][] = [
      ['Time', formatIgt(data.ticks)],
      ['Par', entry ? formatIgt(entry.parTicks) : '-'],
      ['Kills', String(s.kills)],
      ['Accuracy', s.shotsFired ? `${Math.round((s.shotsHit / s.shotsFired) * 100)}%  (${s.shotsHit}/${s.shotsFired})` : '-'],
      ['Damage taken', String(s.damageTaken)],
    ];
    if (s.civiliansHit) rows.push(['Bystanders hit', String(s.civiliansHit)]);
    rows.forEach(([k, v], i) => {
      label(this, x + 48, y + 150 + i * 34, k, 3, Colors.dim);
      label(this, x + 300, y + 150 + i * 34, v, 3, k === 'Time' && data.newBest ? Colors.gold : Colors.cream);
    });
    if (data.newBest) label(this, x + 470, y + 156, 'NEW BEST', 2, Colors.gold);
    if (cleared) {
      const medal = MEDALS[data.grade];
      if (medal) this.add.image(x + 620, y + 190, ATLAS, medal).setScale(4);
      headline(this, x + 620, y + 240, data.grade, 4, Colors.gold).setOrigin(0.5, 0);
    }
    if (cleared && data.splits.length) splitChart(this, x + 390, y + 382, 290, 40, data.splits, data.hadPb, data.sumOfBest);
    const levels = levelIndex().levels;
    const next = levels[levels.findIndex((l) => l.id === data.level) + 1];
    const items: MenuItem[] = [{ text: cleared ? 'Play again' : 'Try again  (R)', onConfirm: () => this.retry() }];
    if (cleared && next) items.push({ text: `Next: ${next.title}`, onConfirm: () => this.goTo(next.id) });
    const play = this.scene.get(SceneKey.Play) as PlayScene;
    if (cleared && play.lastReplay) {
      const text = play.lastReplay;
      items.push({ text: 'Save replay (.json)', onConfirm: () => downloadReplay(parseReplay(text, 'this run').replay) });
    }
    items.push({ text: 'Export splits (.lss)', onConfirm: () => this.exportSplits(data.level) });
    items.push({ text: 'Level select', onConfirm: () => this.quit() });
    this.menu = new Menu(this, items, { x: x + 40, y: y + 352, width: 320, lineHeight: 32, scale: 2, onBack: () => this.quit(), onMove: () => svc.audio.play('uiMove') });
  }

  private exportSplits(level: string): void {
    const entry = levelEntry(level);
    const records = services(this).records.records(level);
    const names = loadLevel(level).objectives.map((o) => o.text);
    downloadText(`desperado-${level}.lss`, toLiveSplit('Desperado', `${entry?.title ?? level} (individual level)`, names, records), 'application/xml');
  }

  private retry(): void {
    this.scene.stop();
    (this.scene.get(SceneKey.Play) as PlayScene).startRun();
  }

  private goTo(level: string): void {
    // Starting the running Play scene again shuts it down first: a fresh level.
    this.scene.start(SceneKey.Play, { level });
  }

  private quit(): void {
    this.scene.stop(SceneKey.Play);
    this.scene.start(SceneKey.LevelSelect);
  }

  override update(): void {
    const { input } = services(this);
    this.menu.update(input);
  }
}
