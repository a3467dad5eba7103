// The HUD over a running level: hit points, one ammo readout for the gun in hand (its name, the
// magazine as rounds, the spare in words), the focus meter on its own labelled line, the guitar
// case's guns (hud-arsenal.ts), enemies left, the timer and splits (hud-speedrun.ts), the
// objective, story captions and sound captions. Everything but the story captions stays inside the
// bands of ui/hud-layout.ts, which the camera keeps El out of.
import Phaser from 'phaser';
import { services } from '../game/services';
import { levelText, onLangChange, t } from '../i18n';
import { describeCode } from '../input/code-labels';
import { ATLAS } from '../render/textures';
import { assistNames, FOCUS_MAX, FOCUS_MIN_START, playerOf, Slot, type SimEvent, type World } from '../sim';
import { ammoReadout } from '../ui/ammo-readout';
import { assistMark } from '../ui/assist-mark';
import { BOTTOM_BAND, SCREEN, TOP_BAND } from '../ui/hud-layout';
import { failureText } from '../ui/failure-text';
import { controlHint, soundCaption, statusLine, storyHoldMs } from '../ui/hud-text';
import { Colors, label, recolor } from '../ui/text';
import { DuelHud } from './duel-hud';
import { ArsenalStrip } from './hud-arsenal';
import { HudSpeedrun } from './hud-speedrun';
import { SceneKey } from './keys';
import { updateHook, type HudView } from './test-hook';
import { touchHint, TouchOverlay } from './touch-overlay';
import type { PlayScene } from './play-scene';
import type { SplitInfo } from '../game/run-tracker';

const ICON_SCALE = 3;
const STALE_CAPTION_MS = 4500;
/** The ammo readout: weapon icon, rows of rounds from ROUNDS_X, name and spare after them. */
const AMMO_Y = 54;
const ROUNDS_X = 88;
/** The focus (bullet time) meter: its own line under the ammo, with its name before it. */
const FOCUS_BAR = { x: 92, y: 106, w: 160, h: 10 } as const;
/** Sound captions: a few short lines in the bottom-right corner, the oldest dropped first. */
export const SOUND_CAPTION_LINES = 2;
const SOUND_CAPTION_WIDTH = 420;
/** Settings → Caption size: the pixel font's scale for story lines and sound captions. */
const CAPTION_SCALES = { small: { story: 2, sound: 2 }, normal: { story: 3, sound: 2 }, large: { story: 4, sound: 3 } } as const;

interface Caption {
  text: Phaser.GameObjects.BitmapText;
  box: Phaser.GameObjects.Rectangle;
  until: number;
}

export class HudScene extends Phaser.Scene {
  private play!: PlayScene;
  private hearts: Phaser.GameObjects.Image[] = [];
  private roundsL: Phaser.GameObjects.Image[] = [];
  private roundsR: Phaser.GameObjects.Image[] = [];
  private weaponIcon!: Phaser.GameObjects.Image;
  private arsenal!: ArsenalStrip;
  private weaponName!: Phaser.GameObjects.BitmapText;
  private spareText!: Phaser.GameObjects.BitmapText;
  private statusText!: Phaser.GameObjects.BitmapText;
  private speedrun!: HudSpeedrun;
  private enemies!: Phaser.GameObjects.BitmapText;
  private skull!: Phaser.GameObjects.Image;
  private objective!: Phaser.GameObjects.BitmapText;
  private story: Caption[] = [];
  /** Story lines wait their turn, so a trigger with three lines reads as a conversation. */
  private storyQueue: { line: string; at: number }[] = [];
  private nextStoryAt = 0;
  private sounds: Caption[] = [];
  private cursor!: Phaser.GameObjects.Image;
  private hint!: Phaser.GameObjects.BitmapText;
  private hintBox!: Phaser.GameObjects.Rectangle;
  private emptyUntil = 0;
  private duel!: DuelHud;
  private focusBack!: Phaser.GameObjects.Rectangle;
  private focusFill!: Phaser.GameObjects.Rectangle;
  private focusLabel!: Phaser.GameObjects.BitmapText;
  private touch!: TouchOverlay;
  /** "ASSIST" after the hearts when the run has any assist on (never hidden: the run is marked). */
  private assistMark!: Phaser.GameObjects.BitmapText;
  /** The objective line as the sim said it (English), so a language change can redraw it. */
  private objectiveSaid: { kind: 'objective' | 'failure'; text: string } = { kind: 'objective', text: '' };

  constructor() {
    super(SceneKey.Hud);
  }

  create(): void {
    this.play = this.scene.get(SceneKey.Play) as PlayScene;
    const { width } = this.scale;
    // A soft dark band under the top HUD so numbers read over bright sand as well as dark wood.
    this.add.rectangle(0, 0, width, TOP_BAND, 0x0d0b0e, 0.45).setOrigin(0, 0);
    for (let i = 0; i < 12; i++) this.hearts.push(this.add.image(24 + i * 27, 16, ATLAS, 'icon_heart').setOrigin(0, 0).setScale(ICON_SCALE));
    this.assistMark = label(this, 0, 22, '', 2, Colors.sand);
    this.weaponIcon = this.add.image(24, AMMO_Y + 4, ATLAS, 'icon_sleeve').setOrigin(0, 0).setScale(ICON_SCALE);
    for (let i = 0; i < 12; i++) {
      this.roundsL.push(this.add.image(ROUNDS_X + i * 12, AMMO_Y, ATLAS, 'icon_round').setOrigin(0, 0).setScale(ICON_SCALE));
      this.roundsR.push(this.add.image(ROUNDS_X + i * 12, AMMO_Y + 22, ATLAS, 'icon_round').setOrigin(0, 0).setScale(ICON_SCALE));
    }
    this.weaponName = label(this, 0, AMMO_Y, '', 2, Colors.cream);
    this.spareText = label(this, 0, AMMO_Y + 22, '', 2, Colors.sand);
    this.arsenal = new ArsenalStrip(this, 420, 64);
    // RELOADING / EMPTY: on the focus line, after the meter, clear of the weapons strip.
    this.statusText = label(this, FOCUS_BAR.x + FOCUS_BAR.w + 16, FOCUS_BAR.y - 6, '', 2, Colors.red);
    this.focusLabel = label(this, 24, FOCUS_BAR.y - 6, '', 2, Colors.dim);
    this.focusBack = this.add.rectangle(FOCUS_BAR.x - 2, FOCUS_BAR.y - 2, FOCUS_BAR.w + 4, FOCUS_BAR.h + 4, 0x0d0b0e, 0.8).setOrigin(0, 0);
    this.focusFill = this.add.rectangle(FOCUS_BAR.x, FOCUS_BAR.y, FOCUS_BAR.w, FOCUS_BAR.h, Colors.blue, 1).setOrigin(0, 0);
    this.nameFocus();
    this.speedrun = new HudSpeedrun(this, width - 24);
    this.enemies = label(this, width - 24, 58, '', 3, Colors.sand).setOrigin(1, 0);
    this.skull = this.add.image(0, 56, ATLAS, 'icon_skull').setOrigin(1, 0).setScale(ICON_SCALE);
    this.objective = label(this, width / 2, 16, '', 3, Colors.gold).setOrigin(0.5, 0);
    this.hintBox = this.add.rectangle(width / 2, BOTTOM_BAND + 32, 10, 30, 0x0d0b0e, 0.6);
    this.hint = label(this, width / 2, BOTTOM_BAND + 22, '', 2, Colors.sand).setOrigin(0.5, 0);
    this.duel = new DuelHud(this);
    this.cursor = this.add.image(0, 0, ATLAS, 'cursor').setScale(ICON_SCALE).setDepth(100);
    this.touch = new TouchOverlay(this, this.play);
    this.game.canvas.style.cursor = 'none';

    const onEvents = (events: readonly SimEvent[], world: World) => this.onEvents(events, world);
    const onRunStart = () => this.reset();
    const onSplit = (split: SplitInfo) => this.speedrun.showSplit(split, this.play.session);
    // Settings (from the pause menu) may switch language mid-level: the lines that are not
    // rewritten every frame are rewritten here.
    const offLang = onLangChange(() => this.redrawWords());
    this.play.events.on('sim-events', onEvents);
    this.play.events.on('run-start', onRunStart);
    this.play.events.on('split', onSplit);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.play.events.off('sim-events', onEvents);
      this.play.events.off('run-start', onRunStart);
      this.play.events.off('split', onSplit);
      offLang();
      updateHook({ hud: null });
      this.game.canvas.style.cursor = 'default';
    });
    this.reset();
    this.publish();
  }

  /** window.__game.hud: getters over the texts as drawn, read when a test asks. */
  private publish(): void {
    const words: Record<keyof HudView, () => string | string[]> = {
      objective: () => this.objective.text,
      hint: () => this.hint.text,
      enemiesLeft: () => this.enemies.text,
      focus: () => this.focusLabel.text,
      weapon: () => this.weaponName.text,
      spare: () => this.spareText.text,
      story: () => this.story.map((c) => c.text.text),
      sounds: () => this.sounds.map((c) => c.text.text),
    };
    const view = {} as HudView;
    for (const [name, get] of Object.entries(words)) Object.defineProperty(view, name, { get, enumerable: true });
    updateHook({ hud: view });
  }

  private reset(): void {
    for (const c of [...this.story, ...this.sounds]) destroyCaption(c);
    this.story = [];
    this.sounds = [];
    this.storyQueue = [];
    this.nextStoryAt = 0;
    this.emptyUntil = 0;
    this.speedrun.reset(this.play.session);
    this.assistMark.setText(assistMark(assistNames(this.play.session.assists)));
    this.duel.reset();
    // A practice run may begin past the first objectives.
    const current = this.play.level.objectives[this.play.world.objective];
    this.showObjective('objective', current ? current.text : '');
    this.hint.setText(this.play.world.tick > 0 ? '' : this.controlHint());
  }

  /** The player's own keys (Settings -> Controls), in words for the device in hand. */
  private controlHint(): string {
    const { input, settings } = services(this);
    if (input.lastDevice === 'touch') return touchHint(settings.touchLeftHanded);
    return controlHint(settings.bindings, this.play.level.loadout, input.lastDevice === 'gamepad', describeCode);
  }

  /** The objective line: the level's words (or why the run is lost) in the player's language. */
  private showObjective(kind: 'objective' | 'failure', text: string): void {
    this.objectiveSaid = { kind, text };
    this.objective.setText(kind === 'objective' ? levelText(text) : failureText(text));
  }

  /** The focus meter's name, with the meter moved along when a language's word is longer. */
  private nameFocus(): void {
    this.focusLabel.setText(t('hud.focus'));
    const x = Math.max(FOCUS_BAR.x, this.focusLabel.x + this.focusLabel.width + 10);
    this.focusBack.setX(x - 2);
    this.focusFill.setX(x);
    this.statusText.setX(x + FOCUS_BAR.w + 16);
  }

  /** A language change: the words that are not rewritten every frame. */
  private redrawWords(): void {
    this.nameFocus();
    this.showObjective(this.objectiveSaid.kind, this.objectiveSaid.text);
    this.assistMark.setText(assistMark(assistNames(this.play.session.assists)));
    this.speedrun.reset(this.play.session);
    this.duel.redraw();
    if (this.hint.text !== '') this.hint.setText(this.controlHint());
  }

  private onEvents(events: readonly SimEvent[], world: World): void {
    const now = this.time.now;
    const showCaptions = services(this).settings.showCaptions;
    for (const e of events) {
      if (e.type === 'caption') this.storyQueue.push({ line: `${levelText(e.speaker)}: ${levelText(e.text)}`, at: now });
      else if (e.type === 'objective') this.showObjective('objective', e.text);
      else if (e.type === 'draw') this.hint.setText('');
      else if (e.type === 'dryFire' && e.actor === world.playerId) this.emptyUntil = now + 900;
      else if (e.type === 'failure') this.showObjective('failure', e.reason);
      this.duel.onEvent(e, now);
      if (!showCaptions) continue;
      const sound = soundCaption(e, world.playerId);
      if (sound) this.pushCaption(this.sounds, sound, now + 1800, Colors.dim, SOUND_CAPTION_LINES);
    }
  }

  private pushCaption(list: Caption[], text: string, until: number, color: number, max: number): void {
    if (list.length && list[list.length - 1]!.text.text === text) {
      list[list.length - 1]!.until = until;
      return;
    }
    const story = list === this.story;
    const size = CAPTION_SCALES[services(this).settings.captionSize];
    const scale = story ? size.story : size.sound;
    // A larger caption keeps its line count: its box widens with the scale (within the screen).
    const t = label(this, 0, 0, text, scale, color).setMaxWidth(story ? Math.min(1180, (880 * scale) / 3) : (SOUND_CAPTION_WIDTH * scale) / 2).setDepth(2);
    // A dark box behind each line keeps captions readable over any floor.
    const box = this.add.rectangle(0, 0, t.width + 20, t.height + 10, 0x0d0b0e, 0.72).setDepth(1);
    list.push({ text: t, box, until });
    while (list.length > max) destroyCaption(list.shift()!);
  }

  override update(): void {
    const world = this.play.world;
    if (!world) return;
    const p = playerOf(world);
    const now = this.time.now;
    this.hearts.forEach((h, i) => h.setVisible(i < p.maxHp).setFrame(i < p.hp ? 'icon_heart' : 'icon_heart_empty'));
    this.assistMark.setX(24 + Math.min(p.maxHp, this.hearts.length) * 27 + 8);
    const arsenal = world.player;
    const ammo = ammoReadout(arsenal);
    this.weaponIcon.setFrame(ammo.icon);
    // Shells have no empty frame: a spent one is a faded shell.
    const drawRow = (icons: Phaser.GameObjects.Image[], row: (typeof ammo.rows)[number] | undefined) => {
      const shell = row?.frame === 'icon_shell';
      icons.forEach((r, i) => {
        const on = !!row && i < row.slots;
        r.setVisible(on);
        if (on) r.setX(ROUNDS_X + i * (shell ? 24 : 12)).setFrame(shell || i < row.full ? row.frame : 'icon_round_empty').setAlpha(shell && i >= row.full ? 0.3 : 1);
      });
    };
    drawRow(this.roundsL, ammo.rows[0]);
    drawRow(this.roundsR, ammo.rows[1]);
    const widest = Math.max(0, ...ammo.rows.map((r) => r.slots * (r.frame === 'icon_shell' ? 24 : 12)));
    const textX = ROUNDS_X + widest + (widest ? 10 : 0);
    this.weaponName.setText(ammo.name).setX(textX);
    recolor(this.spareText.setText(ammo.spare).setX(textX), ammo.low ? Colors.dim : Colors.sand);
    const sleeves = arsenal.slot === Slot.Sleeves;
    this.arsenal.update(p, arsenal);
    this.statusText.setText(statusLine(arsenal.reloadLeft > 0, now < this.emptyUntil, sleeves));
    this.speedrun.update(world, this.play.session, now);
    this.drawFocus(world, now);
    const left = world.actors.filter((a) => a.alive && a.team === 'enemy').length;
    this.enemies.setText(t('hud.enemiesLeft', { n: left }));
    this.skull.setX(this.enemies.x - this.enemies.width - 10);
    this.speedrun.placeSplit(this.skull.x - this.skull.displayWidth - 20);
    // A line still waiting after a few seconds belongs to a moment that has passed: drop it.
    while (this.storyQueue.length && now - this.storyQueue[0]!.at > STALE_CAPTION_MS) this.storyQueue.shift();
    if (this.storyQueue.length && now >= this.nextStoryAt) {
      const { line } = this.storyQueue.shift()!;
      const hold = storyHoldMs(line);
      this.pushCaption(this.story, line, now + hold, Colors.cream, 2);
      this.nextStoryAt = now + hold * 0.75;
    }
    this.duel.update(world, now);
    this.layoutCaptions(this.story, BOTTOM_BAND - 8, now, true);
    // While the control hint is up it has the bottom band's middle; sound captions wait above it.
    this.layoutCaptions(this.sounds, this.hint.text === '' ? SCREEN.h - 12 : BOTTOM_BAND - 8, now, false);
    const pointer = services(this).input.pointer;
    // No crosshair under a pad's or a finger's aim: the mouse's pointer is not where they aim.
    const pad = services(this).input.lastDevice !== 'keyboard';
    this.hintBox.setVisible(this.hint.text !== '').setSize(this.hint.width + 24, 30);
    this.hintBox.setOrigin(0.5, 0.5);
    this.cursor.setVisible(!pad && world.outcome === null).setPosition(pointer.x, pointer.y).setFrame(world.player.reloadLeft > 0 ? 'cursor_reload' : 'cursor');
    this.touch.update();
  }

  /** Meter width by what is left; bright while running, gold when there is enough to start, dim below. */
  private drawFocus(world: World, now: number): void {
    const f = world.focus;
    const ready = f.meter >= FOCUS_MIN_START;
    // Fewer flashes: the running meter holds steady instead of blinking.
    const pulse = f.active && !services(this).settings.reduceFlashes && Math.floor(now / 150) % 2 === 0;
    this.focusFill.setSize(Math.round((FOCUS_BAR.w * f.meter) / FOCUS_MAX), FOCUS_BAR.h);
    this.focusFill.setFillStyle(f.active ? (pulse ? Colors.cream : Colors.blue) : ready ? Colors.gold : Colors.dim, 1);
    recolor(this.focusLabel, f.active ? Colors.cream : ready ? Colors.sand : Colors.dim);
  }

  private layoutCaptions(list: Caption[], bottom: number, now: number, centre: boolean): void {
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]!.until < now) {
        destroyCaption(list[i]!);
        list.splice(i, 1);
      }
    }
    let y = bottom;
    for (let i = list.length - 1; i >= 0; i--) {
      const c = list[i]!;
      const alpha = Math.min(1, (c.until - now) / 400);
      const right = this.scale.width - 24;
      if (centre) c.text.setOrigin(0.5, 1).setPosition(this.scale.width / 2, y);
      else c.text.setOrigin(1, 1).setPosition(right - 10, y);
      c.box.setPosition(centre ? this.scale.width / 2 : right - c.box.width / 2, y - c.text.height / 2).setAlpha(0.72 * alpha);
      c.text.setAlpha(alpha);
      y -= c.text.height + (centre ? 16 : 10);
    }
  }
}

function destroyCaption(c: Caption): void {
  c.text.destroy();
  c.box.destroy();
}
