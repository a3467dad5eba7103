// English, the source language: what the player reads while playing (HUD, captions, hints,
// kill-cam, replay viewer, touch labels). Keys are `area.what`; `{name}` is a parameter.
export const PLAY_EN = {
  'hud.enemiesLeft': '{n} left',
} as const;
