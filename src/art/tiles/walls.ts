// Wall tiles: opaque, dark bodies with a clearly lit cap along the top (north) edge and a black
// foot, so a wall never reads as floor or as cover. They run seamlessly east-west; stacked north-south
// they show courses, which reads as a thick solid wall.
import { Grid, tileHash } from './grid';

const S = 16;

interface WallStyle {
  /** The cap, top row first (lit by the light from the top-left). */
  readonly cap: string;
  /** The dark body and its mottling. */
  readonly body: string;
  readonly mottle: string;
  readonly seed: number;
}

function wall(st: WallStyle): Grid {
  const g = new Grid(S, S, st.body);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      if (tileHash(x, y, st.seed) < 0.18 || (tileHash(x >> 1, y >> 1, st.seed + 1, 8) < 0.2 && tileHash(x, y, st.seed + 2) < 0.5)) {
        g.set(x, y, st.mottle);
      }
    }
  }
  for (let i = 0; i < st.cap.length; i++) g.hline(0, S - 1, i, st.cap[i]!);
  // Worn spots on the cap edge, so the lip is not a ruled line.
  for (let x = 0; x < S; x++) {
    if (tileHash(x, 0, st.seed + 3) < 0.2) g.set(x, st.cap.length - 1, st.cap[st.cap.length - 2] ?? st.body);
  }
  g.hline(0, S - 1, S - 1, 'k');
  return g;
}

const ADOBE: WallStyle = { cap: 'AS', body: 'n', mottle: 'N', seed: 201 };
const ADOBE_WHITE: WallStyle = { cap: 'xa', body: 'q', mottle: 'N', seed: 203 };

export function wallAdobe(): Grid {
  const g = wall(ADOBE);
  // A crack in the plaster.
  g.stamp(['N..', '.N.', '.NN', '...', '..N'], 9, 6);
  return g;
}

export function wallAdobeWhite(): Grid {
  const g = wall(ADOBE_WHITE);
  g.stamp(['q..', '.q.', '.qq'], 4, 8);
  return g;
}

/** Dark vertical boards with a lit wooden cap. */
export function wallWood(): Grid {
  const g = wall({ cap: 'ow', body: 'u', mottle: 'w', seed: 205 });
  for (const x of [3, 8, 13]) g.vline(x, 3, 14, 'n');
  for (const x of [4, 9, 14]) g.set(x, 3, 'w');
  g.set(1, 5, 'n').set(6, 11, 'n').set(11, 7, 'n');
  return g;
}

/** Dressed stone blocks: grey with dark joints, each block lit on its top-left. */
export function wallStone(): Grid {
  const g = wall({ cap: 'Mq', body: 'N', mottle: 'q', seed: 207 });
  for (let y = 3; y < S - 1; y++) {
    for (let x = 0; x < S; x++) {
      const course = (y - 3) >> 2;
      const bx = (x + (course & 1) * 4) & 7;
      const by = (y - 3) & 3;
      if (by === 3 || bx === 7) g.set(x, y, 'n');
      else if (by === 0 || bx === 0) g.set(x, y, 'q');
    }
  }
  return g;
}

/** Red brick in running bond under a grey cap. */
export function wallBrick(): Grid {
  const g = new Grid(S, S, 'r');
  for (let y = 3; y < S - 1; y++) {
    for (let x = 0; x < S; x++) {
      const course = (y - 3) >> 2;
      const bx = (x + (course & 1) * 4) & 7;
      const by = (y - 3) & 3;
      let ch = tileHash(x, y, 209) < 0.15 ? 'R' : 'r';
      if (by === 0) ch = 'R';
      if (by === 3 || bx === 7) ch = 'n';
      g.set(x, y, ch);
    }
  }
  g.hline(0, S - 1, 0, 'm').hline(0, S - 1, 1, 'q').hline(0, S - 1, 2, 'N').hline(0, S - 1, S - 1, 'k');
  return g;
}

/** A window in a wall: the cap, a frame, glass with a bright diagonal glint. */
function windowIn(base: Grid, frame: string, frameLit: string): Grid {
  const g = base;
  g.rect(1, 4, 14, 9, frame);
  g.hline(1, 14, 4, frameLit).vline(1, 4, 12, frameLit);
  g.rect(2, 5, 12, 7, 'B');
  g.rect(2, 5, 12, 1, 'b');
  // Glint and panes.
  g.stamp(['..cM', '.cM.', 'cM..', 'M...'], 4, 6);
  g.stamp(['.c', 'c.'], 10, 8);
  g.vline(8, 5, 11, frame);
  g.hline(2, 13, 12, 'k');
  return g;
}

export function windowTile(): Grid {
  return windowIn(wall(ADOBE), 'w', 'W');
}

export function windowWhite(): Grid {
  return windowIn(wall(ADOBE_WHITE), 'm', 'x');
}

/** The back bar: shelves of bottles seen from above, green and amber, a lit front edge on each shelf. */
export function backbarBottles(): Grid {
  const g = new Grid(S, S, 'n');
  g.hline(0, S - 1, 0, 'k').hline(0, S - 1, S - 1, 'k');
  // Two shelves, each a row of bottle tops with a lit wooden lip in front.
  const shelves: readonly (readonly [number, number, string])[] = [
    [2, 1, 'gfg'],
    [9, 4, 'fmg'],
  ];
  const HI: Readonly<Record<string, string>> = { g: 'G', f: 'F', m: 'M' };
  const CAP: Readonly<Record<string, string>> = { g: 'y', f: 'k', m: 'k' };
  const SHADE: Readonly<Record<string, string>> = { g: 'g', f: 'S', m: 'q' };
  for (const [y, shift, colours] of shelves) {
    for (let i = 0; i < 3; i++) {
      const c = colours[i]!;
      const x = (i * 5 + shift) % S;
      // A bottle from above: a shoulder lit on its top-left, the neck and cap in the middle.
      const rows = [HI[c]! + HI[c]! + c, HI[c]! + CAP[c]! + c, c + c + SHADE[c]!];
      rows.forEach((row, j) => {
        for (let k = 0; k < 3; k++) g.set((x + k) % S, y + j, row[k]!);
      });
    }
    g.hline(0, S - 1, y + 4, 'W');
    for (const lx of [2, 9, 14]) g.set((lx + y) % S, y + 4, 'o');
    g.hline(0, S - 1, y + 5, 'u');
  }
  return g;
}

/** A red neon beer sign on the dark wall: a foaming mug in glass tube, glowing. */
export function neonSign(): Grid {
  const g = wall(ADOBE);
  g.stamp([
    '...rrrrrrrr.....',
    '..rReeeeeeRr....',
    '..rexxxxxxeRrr..',
    '..rReeeeeeReeRr.',
    '..rer....reRrer.',
    '..rer.R..reRrer.',
    '..rer.R..reRrer.',
    '..rer.R..reeeRr.',
    '..rer....reRrr..',
    '..rReeeeeeRr....',
    '...rrrrrrrr.....',
  ], 0, 3);
  return g;
}

/** The flat tar roof of a building seen from the street: a lit parapet, dark tar with seams. */
export function roof(): Grid {
  const g = wall({ cap: 'AS', body: 'N', mottle: 'n', seed: 211 });
  g.hline(0, S - 1, 9, 'n');
  g.set(3, 9, 'q').set(12, 9, 'q');
  return g;
}

/** A pitched roof in dark clay tiles, the ridge at the top. */
export function roofRed(): Grid {
  const g = new Grid(S, S);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const shift = ((y >> 2) & 1) * 2;
      const lx = (x + shift) & 3;
      const ly = y & 3;
      let ch = 'r';
      if (lx === 0) ch = 'R';
      if (lx === 3) ch = 'n';
      if (ly === 3) ch = 'n';
      g.set(x, y, ch);
    }
  }
  g.hline(0, S - 1, 0, 'p').hline(0, S - 1, 1, 'f').hline(0, S - 1, S - 1, 'k');
  return g;
}

/** Carolina's bookshelves: book tops in muted colours in two shelves. */
export function bookshelf(): Grid {
  return Grid.from([
    'kkkkkkkkkkkkkkkk',
    'oWWWWWWWWWWWWWWo',
    'wBgRSgAbRBsGfBSw',
    'wBgRSgabRBsGfBSw',
    'wBgRSgAbRBsGfBSw',
    'wnnnnnnnnnnnnnnw',
    'oWWWWWWWWWWWWWWo',
    'wSaRbGfsNgRsAbBw',
    'wSaRbGfsNgRsAbBw',
    'wSaRbGfsNgRsAbBw',
    'wnnnnnnnnnnnnnnw',
    'oWWWWWWWWWWWWWWo',
    'wfBsRgSbaGRBNgsw',
    'wfBsRgSbaGRBNgsw',
    'wnnnnnnnnnnnnnnw',
    'kkkkkkkkkkkkkkkk',
  ]);
}

const CHURCH: WallStyle = { cap: 'xxM', body: 'm', mottle: 'm', seed: 213 };

/**
 * The church's thick limewashed walls: a broad bright cap, then the smooth washed face in a cool grey
 * (in shade, next to the sunlit floor), a shadowed plinth at the foot.
 */
export function wallChurch(): Grid {
  const g = wall(CHURCH);
  g.hline(0, S - 1, 3, 'q');
  // Smooth wash, a few flecks where it has worn thin, a shadowed plinth line at the foot.
  for (let y = 4; y < S - 2; y++) {
    for (let x = 0; x < S; x++) {
      const v = tileHash(x, y, 214);
      if (v < 0.05) g.set(x, y, 'M');
      else if (v > 0.96) g.set(x, y, 'q');
    }
  }
  g.hline(0, S - 1, S - 2, 'q');
  return g;
}

/**
 * A stained-glass lancet in the church wall: lead cames ('k') holding red, blue, gold and green glass
 * under a pointed arch, in a pale stone reveal.
 */
export function stainedGlass(): Grid {
  const g = wall(CHURCH);
  g.stamp([
    '....xxxxxx....',
    '...xMkkkkmx...',
    '..xMkFyyFkmx..',
    '..xkFyYYyFkm..',
    '..xkRRkkBBkm..',
    '..xkReRkBcBkm.',
    '..xkRRkkBBBkm.',
    '..xkkkFFkkkkm.',
    '..xkGgkFkeRkm.',
    '..xkGGkkRRRkm.',
    '..xkkkkkkkkkm.',
    '..mmmmmmmmmmm.',
  ], 1, 3);
  return g;
}

/** Rough pine planks nailed up as a partition: pale boards of uneven width with dark gaps between. */
export function wallPlank(): Grid {
  const g = wall({ cap: 'oW', body: 'W', mottle: 'o', seed: 215 });
  for (const x of [2, 7, 11]) g.vline(x, 2, 14, 'u');
  for (const x of [3, 8, 12]) g.vline(x, 2, 14, 'w');
  // Nail heads where the boards meet the cross batten, and a knot.
  g.hline(0, S - 1, 8, 'w');
  for (const x of [1, 5, 10, 14]) g.set(x, 8, 'm');
  g.stamp(['wu', 'uw'], 5, 4);
  return g;
}

/**
 * Wrought iron gate and railing: a lit top rail, tall black bars with spear-head finials and the ground
 * showing between them (each bar's shadow on it), a ring between each pair, a heavy bottom rail.
 */
export function gateIron(): Grid {
  const g = new Grid(S, S);
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) g.set(x, y, tileHash(x, y, 217) < 0.2 ? 's' : 'A');
  }
  for (let y = 3; y < 7; y++) for (let x = 0; x < S; x++) if (tileHash(x, y, 218) < 0.5) g.set(x, y, 's');
  g.hline(0, S - 1, 0, 'M').hline(0, S - 1, 1, 'm').hline(0, S - 1, 2, 'k');
  for (let x = 1; x < S; x += 4) {
    g.vline(x, 3, 13, 'k');
    // The bar's shadow on the ground to the east, and a spear head just under the rail.
    g.vline(x + 1, 4, 13, 'S');
    g.stamp(['kqk', '.k.'], x - 1, 4);
  }
  for (const x of [3, 11]) g.stamp(['.k.', 'k.k', '.k.'], x - 1, 8);
  g.hline(0, S - 1, 12, 'q').hline(0, S - 1, 13, 'm').hline(0, S - 1, 14, 'k').hline(0, S - 1, S - 1, 'k');
  return g;
}
