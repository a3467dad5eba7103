// The palette from ART.md, one character per colour, for sprites drawn as text in source.
// '.' is transparent; 'z' is a soft shadow (black at 35 %).

export const PALETTE: Readonly<Record<string, string>> = {
  '.': 'transparent',
  z: 'rgba(0,0,0,0.35)',
  // ink, night
  k: '#0d0b0e', n: '#1f1a24', N: '#3a2f3d',
  // adobe, sand
  a: '#f4e1b0', A: '#e8c07d', s: '#c98f4a', S: '#8f5a2e',
  // wood
  w: '#5c3a21', W: '#8a5530', o: '#b37445',
  // bottle green
  g: '#2f6b4f', G: '#59a36b',
  // blood, neon
  r: '#7a1420', R: '#b0202f', e: '#e2434b',
  // fire
  f: '#c2491d', F: '#f7a531', y: '#ffd86b', Y: '#fff3c4',
  // sky, dusk
  b: '#2a2f5c', B: '#3b4f8c', c: '#6d8fd0', p: '#f08c6a',
  // skin
  h: '#e0a47c', H: '#c68663', d: '#8d5a3b',
  // metal, white
  m: '#a8aeb8', M: '#e3e7ee', x: '#f4efe6',
  // additions (not in ART.md): darkest wood for grain and the bar's shadowed planks; a warm mid grey
  // for stone, iron and smoke; a dusk violet between the night blues and the sunset salmon
  // (and a pale neon red, the glow round a hostile man: bright enough to read on dark floors,
  // where the accent #e2434b is not)
  u: '#3e2718', q: '#6b6271', v: '#6e4a7e', E: '#ff9d8a',
};

/** RGBA bytes for each palette character. */
export const PALETTE_RGBA: ReadonlyMap<string, readonly [number, number, number, number]> = new Map(
  Object.entries(PALETTE).map(([ch, css]) => [ch, cssToRgba(css)]),
);

function cssToRgba(css: string): [number, number, number, number] {
  if (css === 'transparent') return [0, 0, 0, 0];
  const rgba = /^rgba\((\d+),(\d+),(\d+),([\d.]+)\)$/.exec(css);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), Math.round(Number(rgba[4]) * 255)];
  const n = parseInt(css.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}
