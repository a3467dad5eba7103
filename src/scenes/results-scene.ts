// Results: the outcome, the time against par, kills, accuracy, damage taken and a grade, the
// board it was played on and the splits chart; then retry, next scene, save the replay, export
// the splits, or back to level select. A full-game run shows its one clock and a split per level.
import Phaser from 'phaser';
import { levelEntry, levelIndex } from '../game/level-catalog';
import type { ResultsData } from '../game/results-data';
import { services } from '../game/services';
import { ATLAS } from '../render/textures';
import { categoryLabel } from '../speedrun/categories';
import { toLiveSplit } from '../speedrun/livesplit';
import { downloadText } from '../ui/download';
import { Menu, type MenuItem } from '../ui/menu';
import { panel } from '../ui/panel';
import { splitChart } from '../ui/split-chart';
import { Colors, headline, label } from '../ui/text';
import { SceneKey } from './keys';
import type { PlayScene } from './play-scene';
import { resultsText } from './results-rows';
import { updateHook } from './test-hook';

export type { ResultsData } from '../game/results-data';

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
    const fullEnd = data.full?.finished === true;
    const text = resultsText(data, entry?.title ?? data.level, entry?.parTicks ?? null, entry?.seed ?? null);
    headline(this, width / 2, y + 28, text.headline, 4, cleared ? Colors.gold : Colors.red).setOrigin(0.5, 0);
    label(this, width / 2, y + (text.note ? 88 : 100), text.title, 3, Colors.sand).setOrigin(0.5, 0);
    if (text.note) label(this, width / 2, y + 120, text.note, 2, data.failure && !data.practiceFrom ? Colors.red : Colors.blue).setOrigin(0.5, 0);
    label(this, x + 700, y + 12, text.seed, 2, data.randomSeed ? Colors.gold : Colors.dim).setOrigin(1, 0);
    text.rows.forEach(([k, v], i) => {
      label(this, x + 48, y + 150 + i * 34, k, 3, Colors.dim);
      label(this, x + 300, y + 150 + i * 34, v, 3, i === text.timeRow && data.newBest ? Colors.gold : Colors.cream);
    });
    if (data.newBest) label(this, x + 470, y + 156, 'NEW BEST', 2, Colors.gold);
    if (cleared && !data.full && data.mode !== 'practice') {
      const medal = MEDALS[data.grade];
      if (medal) this.add.image(x + 620, y + 190, ATLAS, medal).setScale(4);
      headline(this, x + 620, y + 240, data.grade, 4, Colors.gold).setOrigin(0.5, 0);
    }
    if ((cleared || data.full) && data.splits.length) splitChart(this, x + 390, y + 382, 290, 40, data.splits, data.hadPb, data.sumOfBest);
    const items = this.items(data, cleared, fullEnd);
    updateHook({ results: { headline: text.headline, title: text.title, note: text.note, seed: text.seed, rows: text.rows, newBest: data.newBest, menu: items.map((i) => i.text) } });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => updateHook({ results: null }));
    this.menu = new Menu(this, items, { x: x + 40, y: y + 352, width: 320, lineHeight: 32, scale: 2, onBack: () => this.quit(), onMove: () => svc.audio.play('uiMove') });
  }

  private items(data: ResultsData, cleared: boolean, fullEnd: boolean): MenuItem[] {
    const items: MenuItem[] = [];
    if (fullEnd) {
      items.push({ text: 'Run the full game again', onConfirm: () => this.restartRun() });
    } else {
      const again = data.mode === 'practice' ? 'Practise again' : data.mode === 'race' ? 'Race again' : cleared ? 'Play again' : 'Try again  (R)';
      items.push({ text: again, onConfirm: () => this.retry() });
      if (data.full) items.push({ text: 'Restart the run  (Shift+Backspace)', onConfirm: () => this.restartRun() });
    }
    const levels = levelIndex().levels;
    const next = levels[levels.findIndex((l) => l.id === data.level) + 1];
    if (cleared && next && data.mode === 'il') items.push({ text: `Next: ${next.title}`, onConfirm: () => this.goTo(next.id) });
    if (data.replay) {
      const { text, fileName } = data.replay;
      items.push({ text: 'Save replay (.json)', onConfirm: () => downloadText(fileName, text, 'application/json') });
    }
    if (data.category !== null && (!data.full || fullEnd)) items.push({ text: 'Export splits (.lss)', onConfirm: () => this.exportSplits(data) });
    items.push({ text: 'Level select', onConfirm: () => this.quit() });
    return items;
  }

  private exportSplits(data: ResultsData): void {
    const category = data.category!;
    const records = services(this).records.records(category);
    const name = categoryLabel(category, levelEntry(data.level)?.title);
    downloadText(`desperado-${category.replace('/', '-')}.lss`, toLiveSplit('Desperado', name, data.splitNames, records), 'application/xml');
  }

  private retry(): void {
    this.scene.stop();
    (this.scene.get(SceneKey.Play) as PlayScene).startRun();
  }

  private restartRun(): void {
    this.scene.stop();
    (this.scene.get(SceneKey.Play) as PlayScene).restartWholeRun();
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
