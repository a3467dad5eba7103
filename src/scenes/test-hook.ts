// window.__game: a read-only window into the running game for Playwright
// and for humans in the devtools console. Scenes report what they know via
// updateHook(); the hook itself never lets callers change the game.
import type Phaser from 'phaser';
import type { GameClock } from '../game/game-clock';
import type { SpeedrunView } from '../game/speedrun-session';
import { playerOf, stateHash, type World } from '../sim';
import { OVERLAY_SCENES } from './keys';

export interface PlayerView {
  readonly x: number;
  readonly y: number;
  readonly hp: number;
}

/** What the replay viewer shows, while it is open. */
export interface ReplayView {
  readonly playing: boolean;
  /** Playback speed: 0.25, 0.5, 1, 2, 4 or 8. */
  readonly speed: number;
  /** Ticks the replay holds. */
  readonly ticks: number;
  /** verifyReplay's verdict on load, and its words ("verified" or the reason). */
  readonly verified: boolean;
  readonly status: string;
  readonly freeCamera: boolean;
  readonly hitboxes: boolean;
  /** V: the panels are hidden (a clean view for recording videos). */
  readonly panelsHidden: boolean;
  /** The seek bar in game pixels (the canvas is 1280x720): click or drag on it to seek. */
  readonly timeline: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
}

/** What tests may read. Every property is a getter over live state. */
export interface GameHook {
  /** Key of the top active Phaser scene ('boot', ...). */
  readonly scene: string;
  /** Level id while a level is loaded, else null. */
  readonly level: string | null;
  /** Simulation tick of the current level (0 outside a level). */
  readonly tick: number;
  /** 'won' / 'lost' / ... once a level has ended, else null. */
  readonly outcome: string | null;
  /** Hash of the simulation state ('' outside a level). */
  hash(): string;
  readonly player: PlayerView | null;
  readonly enemiesAlive: number;
  /** Living enemies' positions (world pixels), for tests that aim with the real mouse. */
  readonly enemies: readonly { readonly x: number; readonly y: number }[];
  /** Top-left of the camera's view in world pixels, and its zoom: screen = (world - xy) * zoom. */
  readonly camera: { readonly x: number; readonly y: number; readonly zoom: number } | null;
  /** Where the personal-best ghost's El is, while one races along (else null). */
  readonly ghost: { readonly x: number; readonly y: number } | null;
  /** The touch controls over a level (game pixels), whether they are shown; null outside a level. */
  readonly touch: TouchHookView | null;
  /** Which Phaser renderer actually started. */
  readonly renderer: 'webgl' | 'canvas';
  /** The replay viewer's state while it is open, else null. */
  readonly replay: ReplayView | null;
  /** The speedrun side of the level being played (mode, board, timer, full-game splits), else null. */
  readonly speedrun: SpeedrunView | null;
  /** The results panel's text while it is up, else null. */
  readonly results: ResultsView | null;
  /** The kill-cam while it shows (scene 'killcam'), else null. */
  readonly killcam: KillcamView | null;
  /** The play HUD's words while a level runs, else null. */
  readonly hud: HudView | null;
  /**
   * Only with ?clock=manual in the URL: runs exactly `ticks` more ticks of game time (sim ticks
   * while a level runs, the pauses and slow motion timed on the same clock, and the replay
   * viewer's playback at its speed); resolves once they have run and been drawn. The one verb the
   * hook has.
   */
  readonly advance?: (ticks: number) => Promise<void>;
  /** The settings screen while it is open, else null. */
  readonly settings: SettingsView | null;
  /** The line the menu in use has selected (title, level select, pause, settings, results), else null. */
  readonly menuLine: string | null;
  /** The Leaderboard screen, or the results' submission line and the name/URL field, else null. */
  readonly leaderboard: LeaderboardView | null;
}

export interface LeaderboardView {
  /** The board shown, or the category of the run on the results. */
  readonly category: string | null;
  readonly entries: readonly { readonly rank: number; readonly player: string; readonly ticks: number; readonly id: string }[];
  /** "Your rank: #2 (name)" and the like. */
  readonly you: string;
  /** Loading, a failure, or what a submission did. */
  readonly status: string;
  /** The text field (player name, server URL) while one is open. */
  readonly field: { readonly prompt: string; readonly text: string; readonly error: string } | null;
}

export interface KillcamView {
  /** Who and with what, as the results' "Killed by" row says it. */
  readonly killedBy: string;
  /** The replayed world's tick, and the death tick it ends at. */
  readonly tick: number;
  readonly deathTick: number;
  /** Hash of the replayed world ('' until it reaches the death). */
  readonly hashAtDeath: string;
}

/** The words the play HUD shows, as drawn (in the player's language). */
export interface HudView {
  readonly objective: string;
  /** The control hint ('' once the pistols are drawn). */
  readonly hint: string;
  readonly enemiesLeft: string;
  readonly focus: string;
  /** The ammo readout: the gun's name and its second line. */
  readonly weapon: string;
  readonly spare: string;
  /** Story captions and sound captions on screen, oldest first. */
  readonly story: readonly string[];
  readonly sounds: readonly string[];
}

export interface SettingsView {
  readonly page: 'main' | 'speedrun' | 'controls' | 'assists';
  /** The line under the menu: the key being waited for, a swap question, what a swap did. */
  readonly prompt: string;
  /** A swap is waiting for Enter (take the key) or Esc (keep the bindings). */
  readonly asking: boolean;
}

export interface ResultsView {
  readonly headline: string;
  readonly title: string;
  readonly note: string | null;
  readonly seed: string;
  readonly rows: readonly (readonly [string, string])[];
  readonly newBest: boolean;
  /** The menu's lines, top to bottom. */
  readonly menu: readonly string[];
  /** The opaque panel, in game pixels (the canvas is 1280x720). */
  readonly panel: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
}

export interface TouchHookView {
  readonly shown: boolean;
  readonly leftHanded: boolean;
  readonly buttons: readonly { readonly id: string; readonly x: number; readonly y: number; readonly r: number }[];
}

/** The part of the hook scenes feed. */
export interface HookState {
  level: string | null;
  tick: number;
  outcome: string | null;
  hash: () => string;
  player: PlayerView | null;
  enemiesAlive: number;
  enemies: { x: number; y: number }[];
  camera: { x: number; y: number; zoom: number } | null;
  ghost: { x: number; y: number } | null;
  replay: ReplayView | null;
  speedrun: SpeedrunView | null;
  results: ResultsView | null;
  killcam: KillcamView | null;
  hud: HudView | null;
  settings: SettingsView | null;
  menuLine: string | null;
  touch: TouchHookView | null;
  leaderboard: LeaderboardView | null;
}

const IDLE: HookState = { level: null, tick: 0, outcome: null, hash: () => '', player: null, enemiesAlive: 0, enemies: [], camera: null, ghost: null, replay: null, speedrun: null, results: null, killcam: null, hud: null, settings: null, menuLine: null, touch: null, leaderboard: null };
let state: HookState = { ...IDLE };

/** Scenes call this as the simulation advances (cheap: just assignments). */
export function updateHook(patch: Partial<HookState>): void {
  state = { ...state, ...patch };
}

/** Back to "no level loaded" (e.g. when returning to the title). */
export function resetHook(): void {
  state = { ...IDLE };
}

declare global {
  interface Window {
    readonly __game?: GameHook;
  }
}

export function installTestHook(game: Phaser.Game, webgl: boolean, clock: GameClock): void {
  const advance = clock.manual ? { advance: (ticks: number) => clock.advance(ticks) } : {};
  const hook: GameHook = Object.freeze({
    ...advance,
    get scene() {
      // Topmost running scene that is not the HUD (which always sits over 'play').
      const top = game.scene.getScenes(true, true).find((s) => !OVERLAY_SCENES.includes(s.sys.settings.key));
      return top?.sys.settings.key ?? '';
    },
    get level() { return state.level; },
    get tick() { return state.tick; },
    get outcome() { return state.outcome; },
    hash: () => state.hash(),
    get player() { return state.player && Object.freeze({ ...state.player }); },
    get enemiesAlive() { return state.enemiesAlive; },
    get enemies() { return Object.freeze(state.enemies.map((e) => Object.freeze({ ...e }))); },
    get camera() { return state.camera && Object.freeze({ ...state.camera }); },
    get ghost() { return state.ghost && Object.freeze({ ...state.ghost }); },
    renderer: webgl ? 'webgl' : 'canvas',
    get replay() { return state.replay && Object.freeze({ ...state.replay, timeline: Object.freeze({ ...state.replay.timeline }) }); },
    get results() { return state.results && Object.freeze({ ...state.results, rows: Object.freeze(state.results.rows.map((r) => Object.freeze([...r] as [string, string]))), menu: Object.freeze([...state.results.menu]), panel: Object.freeze({ ...state.results.panel }) }); },
    get menuLine() { return state.menuLine; },
    get touch() { return state.touch && Object.freeze({ ...state.touch, buttons: Object.freeze(state.touch.buttons.map((b) => Object.freeze({ ...b }))) }); },
    get leaderboard() { return state.leaderboard && Object.freeze({ ...state.leaderboard, entries: Object.freeze(state.leaderboard.entries.map((e) => Object.freeze({ ...e }))), field: state.leaderboard.field && Object.freeze({ ...state.leaderboard.field }) }); },
    get settings() { return state.settings && Object.freeze({ ...state.settings }); },
    get killcam() { return state.killcam && Object.freeze({ ...state.killcam }); },
    get hud() { return state.hud && Object.freeze({ ...state.hud }); },
    get speedrun() { return state.speedrun && Object.freeze({ ...state.speedrun, levelSplits: Object.freeze(state.speedrun.levelSplits.map((x) => Object.freeze({ ...x }))) }); },
  });
  Object.defineProperty(window, '__game', { value: hook, writable: false, configurable: false, enumerable: false });
}

/** The hook fields every scene that shows a running world reports the same way (Play, Replay). */
export function worldHookState(world: World, camera: Phaser.Cameras.Scene2D.Camera): Pick<HookState, 'level' | 'tick' | 'outcome' | 'hash' | 'player' | 'enemiesAlive' | 'enemies' | 'camera'> {
  const el = playerOf(world);
  const enemies = world.actors.filter((a) => a.alive && a.team === 'enemy');
  const view = camera.worldView;
  return {
    level: world.level.id,
    tick: world.tick,
    outcome: world.outcome,
    hash: () => stateHash(world),
    player: { x: el.x, y: el.y, hp: el.hp },
    enemiesAlive: enemies.length,
    enemies: enemies.map((a) => ({ x: a.x, y: a.y })),
    camera: { x: view.x, y: view.y, zoom: camera.zoom },
  };
}
