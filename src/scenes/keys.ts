import type { FullGameSession } from '../game/full-game-session';
import type { CheckedReplay } from '../replay/replay-file';
import type { TickInput } from '../sim';

// Scene keys, in the order they are registered (later ones draw on top).
export const SceneKey = {
  Boot: 'boot',
  Title: 'title',
  LevelSelect: 'levelSelect',
  Play: 'play',
  Replay: 'replay',
  Hud: 'hud',
  Killcam: 'killcam',
  Pause: 'pause',
  Results: 'results',
  Settings: 'settings',
  Error: 'error',
} as const;

/** Overlays that sit on top of a running level and are not "where the player is". */
export const OVERLAY_SCENES: readonly string[] = [SceneKey.Hud];

export interface PlayData {
  level: string;
  seed?: number;
  /** Recorded inputs to play instead of the devices (?inputs= links, tests). */
  inputs?: readonly TickInput[];
  /** A full-game run in progress; `level` is the level it is at. */
  full?: FullGameSession;
  /** Practice from split N of the personal best (0: the level's start); never counts. */
  practice?: number;
  /** Race this replay: its El is the ghost (the run is played on its seed). */
  race?: { readonly replay: CheckedReplay; readonly name: string };
}

/** What the replay viewer (SceneKey.Replay) is started with: `scene.start('replay', data)`. */
export interface ReplayData {
  /** A replay that passed parseReplay/validateReplay (the viewer verifies it again by playing it). */
  replay: CheckedReplay;
  /** Scene key Esc goes back to (a scene that needs no data: title, level select...). */
  returnTo: string;
  /** What to call the replay (its file name), for "racing …". */
  name?: string;
}
