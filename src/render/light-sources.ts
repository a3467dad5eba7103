// What gives light in a place, as pure data: the light sprite each lamp-bearing tile carries and
// the fire's glow. The world view draws them (lighting.ts); the headless frame renderer
// (src/headless/frame) bakes the same pools into its frames.

export interface LightSource {
  readonly frame: string;
  readonly alpha: number;
  readonly scale: number;
}

/**
 * Light sprites by the art of the tile they sit on: which glow, how strong, how big. Each colour is
 * its own baked sprite (no run-time tint, which the Canvas renderer does not draw).
 */
export const LIGHTS: Readonly<Record<string, LightSource>> = {
  table: { frame: 'light_amber', alpha: 0.22, scale: 1.2 },
  table_round: { frame: 'light_amber', alpha: 0.22, scale: 1.2 },
  video_monitor: { frame: 'light_blue', alpha: 0.45, scale: 1.6 },
  neon_sign: { frame: 'light_red', alpha: 0.5, scale: 1.4 },
  // The Tarasco's back bar: the bottles gleam, and the counter under its lamps lights the bartender.
  backbar_bottles: { frame: 'light_amber', alpha: 0.3, scale: 1 },
  bar_counter: { frame: 'light_amber', alpha: 0.2, scale: 1.1 },
  jukebox: { frame: 'light_fire', alpha: 0.3, scale: 1 },
  // Noon through the church's coloured windows: a cool violet pool on the nave floor.
  stained_glass: { frame: 'light_violet', alpha: 0.3, scale: 1.4 },
};

/** Fire light: the orange glow over a burning cell, drawn additively (see HazardView). */
export const FIRE_ALPHA = 0.28;
export const FIRE_SCALE = 1.5;
