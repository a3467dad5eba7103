// What the play scene and the replay viewer are started with (`scene.start(key, data)`): the run a
// page link, the level select, a full-game session or a dropped replay asks for. Types only, so the
// run session, the launch and the replay page code can name them without importing any scene.
import type { CheckedReplay } from '../replay/replay-file';
import type { TickInput } from '../sim';
import type { FullGameSession } from './full-game-session';

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
