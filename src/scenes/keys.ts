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
  Leaderboard: 'leaderboard',
  Error: 'error',
} as const;

/** Overlays that sit on top of a running level and are not "where the player is". */
export const OVERLAY_SCENES: readonly string[] = [SceneKey.Hud];
