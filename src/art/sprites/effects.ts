// Effects, decals, pickups and doors. Everything with a direction is drawn pointing EAST; the origin
// is the centre unless a comment says otherwise (muzzle flashes and doors: left-centre).
// The light pools (light_amber, light_blue) are meant to be drawn additively at low alpha.
import { parseSprite, type PixelImage } from '../pixel-sprite';
import { PALETTE_RGBA } from '../palette';
import { Grid, hash01 } from '../tiles/grid';

type Rows = readonly string[];

/** Hand-drawn sprites, as text rows (palette.ts characters). */
const DRAWN: Readonly<Record<string, Rows>> = {
  // Muzzle flash, two flickering frames, origin left-centre (the muzzle); white-hot core, fire edges.
  muzzle0: [
    '....f.....',
    '..fFF..f..',
    'fFyyyFFyf.',
    'YxxYYyyFFf',
    'fFyyyFFyf.',
    '..fFF..f..',
    '....f.....',
  ],
  muzzle1: [
    '...f......',
    '...Ff..f..',
    'fFyYyFfF..',
    'YxxxYyyyFf',
    'fFyYyFfF..',
    '...Ff..f..',
    '...f......',
  ],

  // A spent brass casing, and the same catching the light.
  shell: ['yFf', 'fFS'],
  casing_glint: ['xyF', 'yFf'],

  // Bullet holes: a dark pit with a rim of the broken material.
  hole_wood: ['.oW.', 'oknW', 'Wnkw', '.Ww.'],
  hole_stone: ['.aA.', 'aknA', 'Anks', '.sA.'],
  hole_glass: ['x..M.', '.MxM.', 'MxkxM', '.MxM.', '.M..x'],
  hole_metal: ['.mM.', 'mkNm', 'MNkq', '.mq.'],

  // Debris that flies off a hit.
  splinter0: ['oW.', '.Ww', '..w'],
  splinter1: ['.o.', 'oWw', '.w.'],
  splinter2: ['oo.', '.Ww', '...'],
  chip0: ['aA.', 'As.', '...'],
  chip1: ['.a.', 'aAs', '.s.'],
  chip2: ['m..', 'qm.', '.N.'],
  glass0: ['x..', '.Mc', '..c'],
  glass1: ['.M.', 'Mc.', '...'],
  glass2: ['c.M', '.x.', '...'],
  spark0: ['.y.', 'yYy', '.y.'],
  spark1: ['y.F', '.Y.', 'F.y'],

  // Blood: splatters thrown away from the hit (east), not gore.
  blood0: [
    '...r........',
    '..rRr...r...',
    '.rRRRrr.....',
    'rRReRRRr..r.',
    '.rRRRRrr....',
    '..rRRr..r...',
    '...rr.......',
    '..r.....r...',
  ],
  blood1: [
    '..r.......',
    '.rRr..r...',
    'rRRRr.....',
    'rReRRrr.r.',
    '.rRRRr....',
    '..rr..r...',
    '.....r....',
  ],
  blood2: [
    '.........r..',
    '.rr..r......',
    'rRRr.....r..',
    'rReRrRr.....',
    '.rRRRRRr..r.',
    '..rRRrRr....',
    '...r..rr....',
    '.r.......r..',
  ],
  drip0: ['.R', 'Rr'],
  drip1: ['R.', 'r.'],

  // A gun lying on the floor, seen side-on, muzzle east: dark metal with a light edge to pop on wood.
  pickup_pistol: [
    '............',
    '.mMMMMMMMMm.',
    'mqqqqqqqqqqk',
    'kNNqkkkkkkk.',
    'kNNk.k......',
    '.kk.........',
  ],
  pickup_revolver: [
    '..k.........',
    '.mMmmkkkkkk.',
    'mqqMMmMMMMMk',
    'kSSqqkkkkkk.',
    'kSSk.k......',
    '.kk.........',
  ],
  pickup_deagle: [
    '.mMMMMMMMMMx',
    'mMmmmmmmmmmM',
    'kqqqqqqqqqqk',
    'kNNqkkkkkkk.',
    'kNNk.k......',
    '.kk.........',
  ],
  // El's stainless sleeve pistol on its spring rail, a scrap of leather strap.
  pickup_sleeve: [
    '............',
    '..MMMMMMMx..',
    '.mMmmmmmmMk.',
    'SSmqkkkkkk..',
    '.SSk.k......',
    '..S.........',
  ],

  // A sparkle over pickups, one cycle in four frames.
  glint0: ['.....', '.....', '..Y..', '.....', '.....'],
  glint1: ['.....', '..y..', '.yYy.', '..y..', '.....'],
  glint2: ['..y..', '..Y..', 'yYxYy', '..Y..', '..y..'],
  glint3: ['.....', '.y.y.', '..Y..', '.y.y.', '.....'],

  // A door seen from above: one plank, origin at the hinge (left-centre), closed pointing east.
  door_plank: [
    'kkkkkkkkkkkkkkkk',
    'moooooooWooooooW',
    'qWWwWWWWWWWwWWWw',
    'kkkkkkkkkkkkkkkk',
  ],
  door_plank_hidden: [
    'kkkkkkkkkkkkkkkk',
    'qWWWWWWWwWWWWWWw',
    'Nwwuwwwwwwwuwwwu',
    'kkkkkkkkkkkkkkkk',
  ],

  // A broken bottle on the floor, and a whole one standing (seen from above).
  bottle_shards: [
    '..G....M.',
    '.Gg..c...',
    '...gGk...',
    'M..kgGg..',
    '..Gg..G.M',
    '.....g...',
  ],
  bottle: ['.GG.', 'GMgg', 'ggkg', '.gg.'],

  // Tracer: stretched by the renderer along the shot; the head is the east end.
  tracer: ['fFFyyYYx'],
};

/** An irregular blood pool: overlapping blobs with a darker rim and one wet highlight. */
function pool(w: number, h: number, blobs: readonly (readonly [number, number, number, number])[], seed: number): Grid {
  const g = new Grid(w, h);
  for (const [cx, cy, rx, ry] of blobs) g.ellipse(cx, cy, rx, ry, 'r');
  for (const [cx, cy, rx, ry] of blobs) g.ellipse(cx - 0.5, cy - 0.5, rx - 1.2, ry - 1.2, 'R');
  // Ragged edge.
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (g.get(x, y) !== 'r') continue;
      const edge = g.get(x - 1, y) === '.' || g.get(x + 1, y) === '.' || g.get(x, y - 1) === '.' || g.get(x, y + 1) === '.';
      if (edge && hash01(x, y, seed) < 0.3) g.set(x, y, '.');
    }
  }
  const [hx, hy] = [Math.round(blobs[0]![0] - blobs[0]![2] / 2), Math.round(blobs[0]![1] - blobs[0]![3] / 2)];
  g.set(hx, hy, 'e').set(hx + 1, hy, 'e');
  return g;
}

/**
 * A puff (dust or smoke): a cluster of round blobs, each lit on its top-left and shaded on its
 * bottom-right. Later frames spread the blobs apart and shrink them, so the puff thins out.
 */
function puff(size: number, blobs: readonly (readonly [number, number, number])[], lit: string, mid: string, dark: string): Grid {
  const g = new Grid(size, size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      for (const [cx, cy, r] of blobs) {
        const dx = (x + 0.5 - cx) / r;
        const dy = (y + 0.5 - cy) / r;
        if (dx * dx + dy * dy > 1) continue;
        const side = (dx + dy) / 2;
        g.set(x, y, side < -0.3 ? lit : side > 0.3 ? dark : mid);
        break;
      }
    }
  }
  return g;
}

const PUFF0: readonly (readonly [number, number, number])[] = [[3, 3, 2.2], [4.5, 4.2, 2.3]];
const PUFF1: readonly (readonly [number, number, number])[] = [[3.5, 4, 2.6], [6.2, 3.4, 2.4], [5.4, 6.4, 2.5]];
const PUFF2: readonly (readonly [number, number, number])[] = [
  [3.2, 4.2, 2.2], [8, 3, 2], [9, 8.2, 2], [4.4, 9, 1.8], [6.2, 6, 1.6],
];

/** A soft ellipse of shadow under an actor. */
function shadow(): Grid {
  return Grid.from([
    '...zzzzzz...',
    '.zzzzzzzzzz.',
    'zzzzzzzzzzzz',
    'zzzzzzzzzzzz',
    '.zzzzzzzzzz.',
    '...zzzzzz...',
  ]);
}

/**
 * A 48x48 light pool: one colour, alpha falling off from the centre in hard-edged rings with a checkered
 * seam between them (pixel-art light, no smooth gradient). Drawn additively at low alpha.
 */
function lightPool(colour: string): PixelImage {
  const size = 48;
  const rgba = PALETTE_RGBA.get(colour)!;
  const img = { w: size, h: size, data: new Uint8ClampedArray(size * size * 4) };
  const c = (size - 1) / 2;
  const STEPS = 6;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.sqrt((x - c) * (x - c) + (y - c) * (y - c)) / (size / 2);
      if (d >= 1) continue;
      // Hard-edged rings, a checker of the two neighbouring rings on each seam.
      const v = (1 - d) * STEPS;
      const frac = v - Math.floor(v);
      const seam = frac < 0.15 && ((x + y) & 1) === 0;
      const step = Math.min(Math.floor(v) + (seam ? 0 : 1), STEPS);
      const a = Math.round(255 * (step / STEPS) * Math.sqrt(step / STEPS));
      if (a === 0) continue;
      img.data.set([rgba[0], rgba[1], rgba[2], a], (y * size + x) * 4);
    }
  }
  return img;
}

export function effectSprites(): Map<string, PixelImage> {
  const out = new Map<string, PixelImage>();
  for (const [name, rows] of Object.entries(DRAWN)) out.set(name, parseSprite(name, rows));
  const grids: Record<string, Grid> = {
    pool0: pool(12, 9, [[6, 4.5, 5, 3.5], [8.5, 5.5, 3, 2.5]], 401),
    pool1: pool(16, 12, [[7, 6, 6.5, 4.5], [11, 7.5, 4, 3.5], [4, 8, 3, 2.5]], 402),
    dust0: puff(7, PUFF0, 'a', 'A', 's'),
    dust1: puff(9, PUFF1, 'a', 'A', 's'),
    dust2: puff(12, PUFF2, 'A', 'A', 's'),
    smoke0: puff(7, PUFF0, 'm', 'q', 'N'),
    smoke1: puff(9, PUFF1, 'm', 'q', 'N'),
    smoke2: puff(12, PUFF2, 'q', 'q', 'N'),
    // The fire's rolling smoke: near-black, baked dark (a run-time tint would not show in Canvas).
    smoke_dark: puff(12, PUFF2, 'n', 'n', 'k'),
    shadow: shadow(),
  };
  for (const [name, g] of Object.entries(grids)) out.set(name, g.toImage(name));
  out.set('light_amber', lightPool('F'));
  out.set('light_blue', lightPool('c'));
  // Coloured pools baked, not tinted at run time: the Canvas renderer draws no tints.
  out.set('light_red', lightPool('e'));
  out.set('light_fire', lightPool('f'));
  out.set('light_violet', lightPool('v'));
  return out;
}
