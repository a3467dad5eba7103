// The player's settings: schema, defaults (derived from the schema, so they cannot disagree) and
// load/save over the store under 'desperado.settings'.
import * as v from 'valibot';
import { LANGS } from '../i18n';
import { bindingsSchema, defaultBindings } from '../input/bindings';
import { LIVESPLIT_URL, MAX_LIVESPLIT_URL_LENGTH } from '../speedrun/livesplit-url';
import { isServerUrl } from '../leaderboard/server-url';
import type { StorageLike } from './backend';
import { createStore, type LoadResult, type SaveResult, type Store } from './store';

export const SETTINGS_KEY = 'desperado.settings';
export const SETTINGS_VERSION = 1;

const level = (fallback: number) => v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), fallback);

// Fields missing from a saved record take their default (a setting added later must not make
// every older record "corrupt"); fields present with a wrong type do make it corrupt.
export const settingsSchema = v.object({
  volume: v.optional(v.object({ master: level(0.8), music: level(0.6), sfx: level(0.9) }), {}),
  screenShake: v.optional(v.boolean(), true),
  bindings: v.optional(bindingsSchema, defaultBindings),
  gamepad: v.optional(v.object({ enabled: v.optional(v.boolean(), true) }), {}),
  /** Sound captions ("[a door bangs open]"): off unless asked for; a saved choice is kept. */
  showCaptions: v.optional(v.boolean(), false),
  /** Race a translucent El replaying the personal best. */
  ghost: v.optional(v.boolean(), true),
  /** Draw each run's seed at random instead of the level's fixed board (kept apart in the records). */
  randomSeed: v.optional(v.boolean(), false),
  /** 'auto': the browser's language (Spanish for any es-*, else English); `?lang=` overrides. */
  language: v.optional(v.picklist(['auto', ...LANGS] as const), 'auto'),
  /** Drive LiveSplit's timer through its server. Off unless asked for. */
  liveSplit: v.optional(v.boolean(), false),
  /**
   * Where LiveSplit's server listens (ws:// or wss://; liveSplitUrlProblem checks it where it is
   * typed). Settings saved before it existed load with the default.
   */
  liveSplitUrl: v.optional(v.pipe(v.string(), v.maxLength(MAX_LIVESPLIT_URL_LENGTH)), LIVESPLIT_URL),
  /** Touch controls mirrored: move with the right thumb, aim and the buttons with the left. */
  touchLeftHanded: v.optional(v.boolean(), false),
  /** The leaderboard server's http(s) URL ('' : the page's own origin, when it serves the API). A bad one reads as ''. */
  leaderboardUrl: v.optional(v.fallback(v.pipe(v.string(), v.check((u) => u === '' || isServerUrl(u))), ''), ''),
  /**
   * Assists, as Celeste's (src/sim/assists.ts): all off by default. A run with any on is marked
   * (HUD, results, replay) and kept in its own records ("bar+assist").
   */
  assists: v.optional(v.object({
    /** Game speed in percent: the page's clock runs slower, the sim still steps whole ticks. */
    speed: v.optional(v.picklist([100, 80, 60, 50] as const), 100),
    extraHearts: v.optional(v.boolean(), false),
    noKnockdown: v.optional(v.boolean(), false),
    aimAssist: v.optional(v.boolean(), false),
    longFocus: v.optional(v.boolean(), false),
  }), {}),
  /** Readable without colour and calmer: fewer, dimmer flashes and much less camera shake. */
  reduceFlashes: v.optional(v.boolean(), false),
  /** Sound captions' size. */
  captionSize: v.optional(v.picklist(['small', 'normal', 'large'] as const), 'normal'),
});

export type Settings = v.InferOutput<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return v.parse(settingsSchema, {});
}

export function createSettingsStore(backend?: StorageLike | null | (() => StorageLike | null)): Store<Settings> {
  return createStore({
    key: SETTINGS_KEY,
    version: SETTINGS_VERSION,
    schema: settingsSchema,
    defaults: defaultSettings(),
    label: 'settings',
    ...(backend === undefined ? {} : { backend }),
  });
}

let shared: Store<Settings> | undefined;

/** Settings from localStorage, or defaults; `notice` is a line to show the player, if any. */
export function loadSettings(): LoadResult<Settings> {
  shared ??= createSettingsStore();
  return shared.load();
}

export function saveSettings(settings: Settings): SaveResult {
  shared ??= createSettingsStore();
  return shared.save(settings);
}
