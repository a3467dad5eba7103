// Where the play screens draw their words, as rows the "fits its box" test measures in both
// languages: the face, the whole-number scale it is drawn at and the room it has, in screen
// pixels at 1280x720 (the default zoom). Numbers come from the scenes that draw them (named in
// each row); when a scene moves a line, its row moves with it. Where Spanish did not fit, the
// Spanish was shortened or the line given room (the focus meter now starts after its name; the
// kill-cam's keys moved up beside "KILLED BY"), never a smaller font.
import type { MessageKey } from './index';

export interface FitRow {
  /** Which line on screen, for a failure message. */
  readonly what: string;
  readonly keys: readonly MessageKey[];
  readonly face: 'small' | 'title';
  readonly scale: number;
  /** Widest the line may be, screen pixels. */
  readonly maxWidth: number;
  /** Values for the keys' parameters: the widest a player will see. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** The keys are drawn side by side on one line, this many screen pixels apart: measured together. */
  readonly joinedGap?: number;
}

/** Level files' text (levelText): by kind, wrapped lines allowed for story captions. */
export interface LevelFitRow {
  readonly what: string;
  readonly kind: 'title' | 'objective' | 'caption' | 'failure';
  readonly scale: number;
  readonly maxWidth: number;
  /** Story captions wrap (setMaxWidth): the most lines they may take. */
  readonly maxLines?: number;
}

const keysOf = (prefix: string, names: readonly string[]): MessageKey[] => names.map((n) => `${prefix}.${n}` as MessageKey);

/** The HUD's ammo text starts after the widest row of rounds (hud-scene: ROUNDS_X 88, 12 px a round, 24 a shell, +10) and ends before the weapons strip (x 420, its backing 6 px earlier). */
const ammoRoom = (roundsWidth: number): number => 414 - (88 + roundsWidth + (roundsWidth ? 10 : 0));

export const PLAY_FIT_ROWS: readonly FitRow[] = [
  // hud-scene.ts: the top band.
  { what: 'HUD enemies left (right, beside the skull)', keys: ['hud.enemiesLeft'], face: 'small', scale: 3, maxWidth: 220, params: { n: 24 } },
  { what: 'HUD focus name (the meter follows it)', keys: ['hud.focus'], face: 'small', scale: 2, maxWidth: 110 },
  // After the meter (up to x 24+110+10+160+16 = 320) and left of the run marks' room (x 796).
  { what: 'HUD status under the ammo', keys: ['hud.reloading', 'hud.empty', 'hud.emptyPistols'], face: 'small', scale: 2, maxWidth: 476 },
  { what: 'HUD assist mark after the hearts', keys: ['hud.assist', 'hud.assistSpeed'], face: 'small', scale: 2, maxWidth: 160, params: { pct: 50 } },
  // Sleeve pistols: two rows of 8; the readout's name and spare share the room after them.
  { what: 'HUD gun name, sleeve pistols', keys: ['weapon.sleevePistols', 'ammo.spare', 'ammo.noSpare'], face: 'small', scale: 2, maxWidth: ammoRoom(8 * 12), params: { n: 999 } },
  { what: 'HUD gun name, pistols off the floor', keys: ['weapon.pistol', 'weapon.deagle', 'ammo.noSpare'], face: 'small', scale: 2, maxWidth: ammoRoom(7 * 12) },
  { what: 'HUD gun name, six-shooters', keys: ['weapon.revolver', 'weapon.wildey', 'ammo.spare'], face: 'small', scale: 2, maxWidth: ammoRoom(6 * 12), params: { n: 99 } },
  { what: 'HUD gun name, sawed-off', keys: ['weapon.sawedOff', 'ammo.spare'], face: 'small', scale: 2, maxWidth: ammoRoom(2 * 24), params: { n: 99 } },
  { what: 'HUD gun name, rocket case', keys: ['weapon.quinoCase', 'weapon.grenade'], face: 'small', scale: 2, maxWidth: ammoRoom(4 * 12) },
  { what: 'HUD gun name, big magazines (a count, no rounds)', keys: ['weapon.campaCase', 'weapon.knife', 'weapon.guitarCase', 'ammo.oneRound', 'ammo.rounds'], face: 'small', scale: 2, maxWidth: ammoRoom(0), params: { n: 99 } },
  // hud-speedrun.ts: right-aligned under the timer, clear of the status line.
  { what: 'HUD run marks', keys: ['run.practice', 'run.racing', 'run.fullGame', 'run.randomSeed'], face: 'small', scale: 2, maxWidth: 460, params: { from: 'start', name: 'speedrunner99', i: 5, n: 5, seed: 4294967295 } },
  { what: 'HUD LiveSplit link', keys: ['link.connecting', 'link.connected', 'link.refused'], face: 'small', scale: 2, maxWidth: 460 },
  // portrait-overlay.ts: the card is drawn at 1x and scaled by whole pixels to 90% of the page; on
  // a 412 px wide phone it stays at 2x while (line + 8) * 2 <= 370, in CSS pixels.
  { what: 'Portrait card', keys: ['portrait.turn', 'portrait.why'], face: 'small', scale: 2, maxWidth: 354 },
  // The bottom band: the hint spans the screen less its margins; sound captions their corner.
  { what: 'HUD touch hint', keys: ['hint.touchRight', 'hint.touchLeft'], face: 'small', scale: 2, maxWidth: 1232 },
  { what: 'HUD pad hint', keys: ['hint.padDraw'], face: 'small', scale: 2, maxWidth: 1232 },
  {
    what: 'Sound captions (normal size; large scales the box with the text)',
    keys: keysOf('sound', ['alarm', 'alert', 'door', 'dryFireOwn', 'dryFire', 'reload', 'spawn', 'ram', 'duelCue', 'shatter', 'doorKick', 'explosion']),
    face: 'small', scale: 2, maxWidth: 420,
  },
  // duel-hud.ts: the standoff's hint in the top band; the prompt pulses to 1.12x of scale 5.
  { what: 'Duel hint', keys: ['duel.wait'], face: 'small', scale: 3, maxWidth: 1200 },
  { what: 'Duel prompt (title face, at its pulse)', keys: ['duel.draw', 'duel.tooSoon', 'duel.tooSlow'], face: 'title', scale: 5.6, maxWidth: 1200 },
  // killcam-scene.ts: the title top left (the speed is top right), the bottom bar's two lines.
  { what: 'Kill-cam title', keys: ['killcam.title'], face: 'title', scale: 4, maxWidth: 900 },
  { what: 'Kill-cam "killed by" and the keys, one line', keys: ['killcam.killedBy', 'killcam.keys'], face: 'small', scale: 3, maxWidth: 1200, joinedGap: 40 },
  {
    what: 'Kill-cam killer line (a long who and a long what)',
    keys: ['killed.byWith'], face: 'small', scale: 3, maxWidth: 1200,
    params: { who: "Bucho's second in command", what: 'machine-gun case' },
  },
  // replay-scene.ts: the top-left block (status wraps at 420), the right column, the bottom row.
  { what: 'Replay title', keys: ['replay.title'], face: 'small', scale: 3, maxWidth: 760, params: { title: 'Los Tejados' } },
  { what: 'Replay state (right)', keys: ['replay.playing', 'replay.paused', 'replay.end'], face: 'small', scale: 2, maxWidth: 300 },
  { what: 'Replay keys (right of the input pad)', keys: ['replay.keys'], face: 'small', scale: 2, maxWidth: 860 },
  { what: 'Replay toggles (right of the input pad)', keys: ['replay.toggles'], face: 'small', scale: 2, maxWidth: 1040, params: { camera: 'FREE (WASD)', hitboxes: 'OFF' } },
  {
    what: 'Replay buttons row, with its slot',
    keys: ['replay.fire', 'replay.dive', 'replay.reload', 'replay.use', 'replay.switch', 'replay.focus', 'replay.throw', 'replay.slot'],
    face: 'small', scale: 2, maxWidth: 1100, params: { slot: 4 }, joinedGap: 12,
  },
];

export const LEVEL_FIT_ROWS: readonly LevelFitRow[] = [
  // The objective, centred at the top between six hearts (to x 186) and the timer (from x ~1080).
  { what: 'HUD objective', kind: 'objective', scale: 3, maxWidth: 880 },
  { what: 'HUD objective when the run is lost', kind: 'failure', scale: 3, maxWidth: 880 },
  // Story captions wrap at 880 px (normal caption size, scale 3): at most two lines.
  { what: 'Story caption', kind: 'caption', scale: 3, maxWidth: 880, maxLines: 2 },
  { what: 'Full-game level list name', kind: 'title', scale: 2, maxWidth: 240 },
];
