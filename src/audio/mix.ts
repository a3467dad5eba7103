// Mix constants shared by the runtime and the preview tool.

/** The loops sit this far under the effects, before the player's music slider. */
export const MUSIC_LEVEL = 0.65;
/** Music level while paused (duckMusic). */
export const DUCK_LEVEL = 0.3;
/** Used until setVolumes is called (the same defaults as the saved settings). */
export const DEFAULT_VOLUMES = { master: 0.8, music: 0.6, sfx: 0.9 } as const;
