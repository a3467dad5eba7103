// Floor tiles: seamless 16x16 textures (every edge meets its own opposite edge), subtle variation only.
// Light comes from the top-left: the top edge of a plank or slab catches it, the bottom edge is the gap.
import { Grid, tileHash } from './grid';

const S = 16;

interface PlankStyle {
  /** Plank body, darker grain, the gap between planks, the lit top edge of a plank, the end joints. */
  readonly body: string;
  readonly grain: string;
  readonly seam: string;
  readonly lit: string;
  readonly nail: string;
  /** The other tone, for every second plank length (keeps a floor of one tile from striping). */
  readonly body2: string;
  readonly grain2: string;
  readonly seed: number;
}

/** One end joint per plank per tile, staggered like a laid floor; planks 4 px wide (3 of wood, 1 gap). */
const JOINTS: readonly number[] = [4, 12, 1, 8];

/** Per plank: does it take the second tone (so neighbouring planks differ a little)? */
const SECOND_TONE: readonly boolean[] = [false, true, false, true];

function planks(st: PlankStyle): Grid {
  const g = new Grid(S, S);
  for (let band = 0; band < 4; band++) {
    const j = JOINTS[band]!;
    const y0 = band * 4;
    const second = SECOND_TONE[band]!;
    const body = second ? st.body2 : st.body;
    const grain = second ? st.grain2 : st.grain;
    for (let x = 0; x < S; x++) {
      // Three rows of wood: a lit row with the odd bright fleck, a long broken grain line, a plain row.
      g.set(x, y0, tileHash(x, y0, st.seed) < 0.1 ? st.lit : body);
      const dash = tileHash((x + band * 5) >> 1, band, st.seed + 1, 8) < 0.55;
      g.set(x, y0 + 1, dash ? grain : body);
      g.set(x, y0 + 2, tileHash(x, y0 + 2, st.seed + 2) < 0.15 ? grain : body);
      g.set(x, y0 + 3, st.seam);
    }
    // The end joint: a soft line in the dark wood tone, with the lit end east of it.
    g.vline(j, y0, y0 + 2, st.nail);
    g.set((j + 1) % S, y0, st.lit);
  }
  return g;
}

const DARK_WOOD: PlankStyle = {
  body: 'w', grain: 'u', seam: 'n', lit: 'W', nail: 'u', body2: 'u', grain2: 'w', seed: 11,
};

export function floorWoodDark(): Grid {
  return planks(DARK_WOOD);
}

/** The same planks, rubbed pale where boots go and with a scuff or two; same joints so it mixes in. */
export function floorWoodDarkWorn(): Grid {
  const g = planks(DARK_WOOD);
  for (let y = 0; y < S; y++) {
    if (y % 4 === 3) continue;
    for (let x = 0; x < S; x++) {
      const c = g.get(x, y);
      if (c === 'n') continue;
      const dx = (x - 8.5) / 6;
      const dy = (y - 7.5) / 5.5;
      const d = dx * dx + dy * dy;
      const worn = d < 1 && tileHash(x, y, 71) < 0.75 - d * 0.6;
      if (worn) g.set(x, y, c === 'u' ? 'w' : 'W');
    }
  }
  // Scratches from dragged chairs.
  g.stamp(['o..', '.o.'], 5, 5);
  g.stamp(['..o', '.W.'], 10, 9);
  return g;
}

export function floorWood(): Grid {
  return planks({ body: 'W', grain: 'w', seam: 'u', lit: 'o', nail: 'u', body2: 'w', grain2: 'W', seed: 23 });
}

/** A woven rug in wine red, with a stepped diamond; repeats as one large carpet. */
export function rug(): Grid {
  return Grid.from([
    'rrRRRRRrrRRRRRRr',
    'rRRRRRrffrRRRRRr',
    'RRRRRrfrrfrRRRRR',
    'RRRRrfrrrrfrRRRR',
    'RRRrfrrFFrrfrRRR',
    'RRrfrrFrrFrrfrRR',
    'RrfrrFraarFrrfrR',
    'rfrrFrarraFrrfrr',
    'rfrrFrarraFrrfrr',
    'RrfrrFraarFrrfrR',
    'RRrfrrFrrFrrfrRR',
    'RRRrfrrFFrrfrRRR',
    'RRRRrfrrrrfrRRRR',
    'RRRRRrfrrfrRRRRR',
    'rRRRRRrffrRRRRRr',
    'rrRRRRRrrRRRRRRr',
  ]);
}

/** Square terracotta tiles (8x8) with dark grout; a few tiles a shade off. */
function squareTiles(main: string, dark: string, lit: string, grout: string, seed: number): Grid {
  const g = new Grid(S, S);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const tx = x >> 3;
      const ty = y >> 3;
      const lx = x & 7;
      const ly = y & 7;
      const shade = tileHash(tx, ty, seed, 2) < 0.5;
      let ch = tileHash(x, y, seed + 1) < 0.12 ? dark : main;
      if (shade && tileHash(x, y, seed + 2) < 0.4) ch = dark;
      // Each tile's top edge catches the light (but not its corners); grout on the right and bottom.
      if (ly === 0 && lx > 0 && lx < 6) ch = lit;
      if (ly === 7 || lx === 7) ch = grout;
      g.set(x, y, ch);
    }
  }
  return g;
}

export function floorTile(): Grid {
  return squareTiles('d', 'S', 'H', 'w', 41);
}

export function floorTileWhite(): Grid {
  return squareTiles('a', 'A', 'x', 's', 43);
}

/** Irregular flagstones in a warm grey. */
export function floorStone(): Grid {
  const g = Grid.from([
    'qqqqqqNmqqqqqqqN',
    'qqqqqqNmqqqqqqqN',
    'qqmqqqNmqqqqqqqN',
    'qqqqqqNmqqqqmqqN',
    'NNNNqqNmqqqqqqqN',
    'mmmNNNNNNNNqqqqN',
    'qqqmmmmmmmmNNNNN',
    'qqqqqqqqqqqmmmmm',
    'qqqqmqqqqqqNqqqq',
    'qqqqqqqqqqqNqmqq',
    'qqqqqqqmqqqNqqqq',
    'NNNNNqqqqqqNqqqq',
    'mmmmmNNNNNNNqqqq',
    'qqqqqmmmmmmmNqqq',
    'qqmqqqqqNmqqNqqq',
    'qqqqqqqqNmqqNqqq',
  ]);
  g.recolour({ q: 'q' }, (x, y) => tileHash(x, y, 51) < 0.9);
  for (let y = 0; y < S; y++) for (let x = 0; x < S; x++) if (g.get(x, y) === 'q' && tileHash(x, y, 52) < 0.1) g.set(x, y, 'N');
  return g;
}

/** Packed sand: a warm base with sparse grains, no pattern to catch the eye. */
export function streetSand(seed = 61): Grid {
  const g = new Grid(S, S, 'A');
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const v = tileHash(x, y, seed);
      const patch = tileHash(x >> 2, y >> 2, seed + 1, 4) < 0.35;
      if (v < 0.06) g.set(x, y, 's');
      else if (v > 0.965) g.set(x, y, 'a');
      else if (patch && v < 0.22) g.set(x, y, 's');
    }
  }
  // A few pebbles with a shadow on their south-east.
  g.stamp(['a', 'S'], 3, 4).stamp(['aS'], 12, 11).stamp(['a.', '.S'], 9, 1);
  return g;
}

/** Sand with two wheel ruts running east-west (the street runs that way). */
export function streetSandTracks(): Grid {
  const g = streetSand(63);
  for (const y0 of [3, 10]) {
    for (let x = 0; x < S; x++) {
      // The rut: a pressed line with a shadowed north lip (light from the top-left) and a lit south lip.
      g.set(x, y0, tileHash(x, y0, 64) < 0.7 ? 'S' : 's');
      g.set(x, y0 + 1, 's');
      g.set(x, y0 + 2, (x & 3) === 1 ? 'S' : 's');
      g.set(x, y0 + 3, tileHash(x, y0 + 3, 65) < 0.5 ? 'a' : 'A');
    }
  }
  return g;
}

/** Large sand-stone slabs (16x8, staggered), lit top-left edges, dark joints, a crack. */
export function sidewalk(): Grid {
  const g = new Grid(S, S);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const sx = (x + ((y >> 3) & 1) * 8) & 15;
      const sy = y & 7;
      const slab = ((y >> 3) & 1) * 2 + (((x + ((y >> 3) & 1) * 8) >> 4) & 1);
      let ch = tileHash(x, y, 81) < (slab === 1 ? 0.3 : 0.08) ? 'A' : 's';
      if (tileHash(x, y, 82) < 0.04) ch = 'S';
      if (sy === 0 || sx === 0) ch = 'A';
      if (sy === 7 || sx === 15) ch = 'S';
      g.set(x, y, ch);
    }
  }
  g.stamp(['S..', '.S.', '.SS'], 10, 1);
  return g;
}

/** A flat adobe roof: smooth plaster, a couple of soft patches and a hairline crack. */
export function rooftop(): Grid {
  const g = new Grid(S, S, 's');
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const v = tileHash(x, y, 91);
      const patch = tileHash(x >> 2, y >> 2, 92, 4) < 0.25;
      if (patch && v < 0.5) g.set(x, y, 'A');
      else if (v < 0.04) g.set(x, y, 'S');
    }
  }
  g.stamp(['S...', '.SS.', '...S'], 3, 9);
  return g;
}

/**
 * Curved clay roof tiles seen from above: columns of half-rounds (lit on the left, a dark valley on the
 * right), each tile overlapping the one below it with a shadowed lip; alternate columns offset.
 */
export function rooftopRed(): Grid {
  const g = new Grid(S, S);
  for (let x = 0; x < S; x++) {
    const col = x & 3;
    const shift = ((x >> 2) & 1) * 4;
    for (let y = 0; y < S; y++) {
      const row = (y + shift) & 7;
      let ch = col === 0 ? 'p' : col === 3 ? 'r' : 'R';
      if (col === 1 && tileHash(x, y, 111) < 0.15) ch = 'f';
      if (row === 7) ch = col === 3 ? 'n' : 'r';
      else if (row === 0 && col !== 3) ch = col === 0 ? 'a' : 'p';
      g.set(x, y, ch);
    }
  }
  return g;
}

/** Bare earth: a few darker clods and light pebbles on a plain base, nothing busy. */
export function dirt(): Grid {
  const g = new Grid(S, S, 's');
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const v = tileHash(x, y, 101);
      const patch = tileHash(x >> 2, y >> 2, 102, 4) < 0.3;
      if (v < 0.05 || (patch && v < 0.2)) g.set(x, y, 'S');
    }
  }
  g.stamp(['A.', 'Sw'], 4, 3).stamp(['AA.', 'ASw', '.w.'], 11, 10).stamp(['A', 'S'], 1, 12).stamp(['a', 'S'], 9, 5);
  return g;
}

/**
 * The church's nave: pale limestone squares laid on the diagonal, cream and a warmer sand in turn, with
 * grey joints; each stone is lit along its north-west edges, worn smooth by feet.
 */
export function floorChurch(): Grid {
  const g = new Grid(S, S);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      // Diagonal coordinates: u runs south-east, v south-west; each stone is 16 of them across.
      const u = x + y;
      const v = x - y + S;
      const warm = ((u >> 4) + (v >> 4)) % 2 === 0;
      let ch = warm ? 'a' : 'x';
      if (tileHash(x, y, 141) < 0.07) ch = warm ? 'A' : 'M';
      if ((u & 15) === 0 || (v & 15) === 0) ch = 'm';
      else if ((u & 15) === 1 || (v & 15) === 15) ch = 'x';
      g.set(x, y, ch);
    }
  }
  return g;
}

/** Floorboards after the fire: charred black planks, split along the grain, grey ash in drifts. */
export function floorBurnt(): Grid {
  const g = planks({ body: 'N', grain: 'n', seam: 'k', lit: 'q', nail: 'k', body2: 'n', grain2: 'k', seed: 151 });
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      if (y % 4 === 3) continue;
      // Ash lies in soft drifts across the boards, palest in the middle of a drift.
      const drift = tileHash(x >> 2, y >> 2, 152, 4) < 0.25;
      const v = tileHash(x, y, 153);
      if (drift && v < 0.35) g.set(x, y, v < 0.05 ? 'm' : 'q');
    }
  }
  // The last of the embers, dull red in the cracks.
  g.set(6, 3, 'r').set(13, 11, 'r').set(2, 7, 'r');
  return g;
}

/** Grass tufts: 't' a lit tip, 'b' a blade, 'r' the shaded root. */
const TUFTS: readonly (readonly string[])[] = [
  ['t.t.', 'btbt', '.rr.'],
  ['.t.', 'tbt', 'brb', '.r.'],
  ['t..t', '.bt.', 'tbb.', '.rr.'],
];

/**
 * Sun-dried grass: tufts of straw blades (lit tips, darker stems, a shaded root) spread unevenly over
 * pale parched ground, one in three still holding some green.
 */
export function grassDry(): Grid {
  const g = new Grid(S, S, 'A');
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const v = tileHash(x, y, 161);
      if (v < 0.1) g.set(x, y, 's');
      else if (v > 0.95) g.set(x, y, 'a');
    }
  }
  const PLACES: readonly (readonly [number, number])[] = [
    [1, 1], [6, 0], [11, 2], [14, 6], [3, 5], [8, 6], [0, 9], [11, 10], [5, 11], [14, 13], [8, 13], [1, 14],
  ];
  PLACES.forEach(([x0, y0], i) => {
    const green = i % 3 === 1;
    const colours: Readonly<Record<string, string>> = { t: 'a', b: 's', r: green ? 'g' : 'S' };
    TUFTS[i % TUFTS.length]!.forEach((row, j) => {
      for (let k = 0; k < row.length; k++) {
        const c = colours[row[k]!];
        if (c) g.set((x0 + k) % S, (y0 + j) % S, c);
      }
    });
  });
  return g;
}

/**
 * Fired-clay pavers for a courtyard: bricks laid in basket weave (pairs of 8x4 bricks that turn at every
 * 8x8 block), each lit along its top edge, sandy mortar at its right and bottom; some bricks fired darker.
 */
export function floorTerracotta(): Grid {
  const g = new Grid(S, S);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const across = ((x >> 3) + (y >> 3)) % 2 === 0;
      // Position inside this brick (8x4 lying across, 4x8 standing) and which brick it is.
      const lx = across ? x & 7 : x & 3;
      const ly = across ? y & 3 : y & 7;
      const w = across ? 8 : 4;
      const h = across ? 4 : 8;
      const brick = across ? (x >> 3) * 8 + (y >> 2) : 64 + (y >> 3) * 8 + (x >> 2);
      const dark = tileHash(brick, 0, 171, 256) < 0.3;
      let ch = dark ? 'd' : 'f';
      if (tileHash(x, y, 172) < 0.06) ch = 'r';
      if (ly === 0 && lx < w - 1) ch = 'p';
      if (lx === w - 1 || ly === h - 1) ch = 's';
      g.set(x, y, ch);
    }
  }
  return g;
}

/** Carolina's shop: pale pine boards running north-south, lit on their west edge. */
export function floorWoodLight(): Grid {
  const across = planks({ body: 'o', grain: 'W', seam: 'w', lit: 'A', nail: 'W', body2: 's', grain2: 'o', seed: 181 });
  return across.rotateCW().mirrorX();
}

/**
 * The street far below the roofs, seen down a drop: cobbles at a quarter of their size, dim and low in
 * contrast as things far off are, so the gap reads as a long way down and never as a floor to step on.
 */
export function streetBelow(): Grid {
  const g = new Grid(S, S);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      // Tiny setts, 3x3 with a dark joint, every second row of them shifted by half a stone.
      const row = y >> 2;
      const sx = (x + (row & 1) * 2) & 3;
      const stone = (((x + (row & 1) * 2) >> 2) & 3) + row * 4;
      const lit = tileHash(stone, 0, 191, 64) < 0.3;
      let ch = lit ? 'w' : 'u';
      if (lit && sx === 0 && (y & 3) === 0) ch = 'W';
      if (sx === 3 || (y & 3) === 3) ch = 'n';
      g.set(x, y, ch);
    }
  }
  // Deeper shadow in patches (a doorway, a cart far down), so the street is not a flat pattern.
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      if (tileHash(x >> 2, y >> 2, 193, 4) < 0.25) g.set(x, y, g.get(x, y) === 'n' ? 'k' : 'n');
    }
  }
  return g;
}
