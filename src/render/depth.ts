// Draw order of the world, back to front. Everything from Lights up is drawn over the baked shade
// (lighting.ts), so it is not darkened by the place's mood: the lamp pools themselves, the figures
// that matter (LitFigures: El and the men fighting him, see figure-look.ts), rounds in flight, fire.
export const Depth = {
  Level: 0,
  Decals: 1,
  Floor: 2,
  Shadows: 3,
  Legs: 4,
  Bodies: 5,
  Doors: 6,
  Shots: 7,
  Particles: 8,
  Lights: 9,
  /** El's ground marker, then lit figures' rims, legs and bodies (figure-look.ts). */
  LitFigures: 9.01,
  /** Lamp pools and fire light, added over the shade and the lit figures. */
  LightPools: 9.1,
  FireLight: 9.2,
  /** Flames, then rounds in flight: they give light, so the dark never dims them. */
  Flames: 9.22,
  Rounds: 9.25,
  Marks: 10,
} as const;
