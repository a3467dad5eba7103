// Cover and furniture: drawn over a floor tile, so the background is transparent. Each piece has a
// dark outline, a lit top edge (light from the top-left) and a soft drop shadow ('z') to the south-east,
// which is what tells a table from a wall at a glance.
import { Grid, tileHash } from './grid';

/** The long bar counter, seamless east-west: polished top, a front panel and a brass foot rail. */
const COUNTER_ROWS = [
  '................',
  'kkkkkkkkkkkkkkkk',
  'oooooooooooooooo',
  'WWWWWWWWWWWWWWWW',
  'WWWWWWWWWWWWWWWW',
  'WWWWWWWWWWWWWWWW',
  'WWWWWWWWWWWWWWWW',
  'WWWWWWWWWWWWWWWW',
  'wwwwwwwwwwwwwwww',
  'kkkkkkkkkkkkkkkk',
  'uuuuuuuuuuuuuuuu',
  'FyFFFFFFyFFFFFFF',
  'uukuuuuuuukuuuuu',
  'kkkkkkkkkkkkkkkk',
  'zzzzzzzzzzzzzzzz',
  'zzzzzzzzzzzzzzzz',
];

/** Grain along the counter top, seamless (period 16). */
function counterGrain(g: Grid, x0: number, x1: number, seed: number): void {
  for (let y = 3; y <= 7; y++) {
    for (let x = x0; x <= x1; x++) {
      if (g.get(x, y) !== 'W') continue;
      // Long, thin, broken streaks; nothing that repeats as a shape every tile.
      const streak = tileHash((x + y * 3) >> 2, y, seed, 4) < 0.35;
      if (streak && tileHash(x, y, seed + 1) < 0.6) g.set(x, y, 'w');
    }
  }
}

export function barCounter(): Grid {
  const g = Grid.from(COUNTER_ROWS);
  counterGrain(g, 0, 15, 301);
  return g;
}

export function barCounterEndWest(): Grid {
  const g = Grid.from([
    '................',
    '...kkkkkkkkkkkkk',
    '..kooooooooooooo',
    '.koWWWWWWWWWWWWW',
    '.koWWWWWWWWWWWWW',
    '.koWWWWWWWWWWWWW',
    '.koWWWWWWWWWWWWW',
    '.koWWWWWWWWWWWWW',
    '.kowwwwwwwwwwwww',
    '.kkkkkkkkkkkkkkk',
    '.kuuuuuuuuuuuuuu',
    '.kuFFFFFyFFFFFFF',
    '.kuuuuuuuuukuuuu',
    '..kkkkkkkkkkkkkk',
    '...zzzzzzzzzzzzz',
    '...zzzzzzzzzzzzz',
  ]);
  counterGrain(g, 3, 15, 301);
  return g;
}

export function barCounterEndEast(): Grid {
  const g = Grid.from([
    '................',
    'kkkkkkkkkkkkk...',
    'oooooooooooook..',
    'WWWWWWWWWWWWWwk.',
    'WWWWWWWWWWWWWwk.',
    'WWWWWWWWWWWWWwk.',
    'WWWWWWWWWWWWWwk.',
    'WWWWWWWWWWWWWwkz',
    'wwwwwwwwwwwwwwkz',
    'kkkkkkkkkkkkkkkz',
    'uuuuuuuuuuuuuukz',
    'FFFFFFyFFFFFFukz',
    'uuuuuuuuukuuuukz',
    'kkkkkkkkkkkkkkzz',
    'zzzzzzzzzzzzzzz.',
    'zzzzzzzzzzzzzz..',
  ]);
  counterGrain(g, 0, 12, 301);
  return g;
}

/** The counter turning north-south: the same build on its side, the front panel to the east. */
export function barCounterVertical(): Grid {
  const g = Grid.from([
    '.koWWWWWwkuFukzz',
    '.koWWWWWwkuyukzz',
    '.koWWWWWwkuFukzz',
    '.koWWWWWwkuFukzz',
    '.koWWWWWwkuFkkzz',
    '.koWWWWWwkuFukzz',
    '.koWWWWWwkuFukzz',
    '.koWWWWWwkuFukzz',
    '.koWWWWWwkuFukzz',
    '.koWWWWWwkuyukzz',
    '.koWWWWWwkuFukzz',
    '.koWWWWWwkuFukzz',
    '.koWWWWWwkuFukzz',
    '.koWWWWWwkuFkkzz',
    '.koWWWWWwkuFukzz',
    '.koWWWWWwkuFukzz',
  ]);
  for (let y = 0; y < 16; y++) {
    for (let x = 3; x <= 7; x++) {
      const streak = tileHash(x, (y + x * 5) >> 2, 303, 4) < 0.3;
      if (streak && tileHash(x, y, 304) < 0.7) g.set(x, y, 'w');
    }
  }
  return g;
}

/** A square table, a bottle and a shot glass on it. Placed 2x2 it reads as tables pushed together. */
export function table(): Grid {
  const g = Grid.from([
    '................',
    '.kkkkkkkkkkkkk..',
    '.kooooooooooowk.',
    '.koWWWWWWWkkkwk.',
    '.koWWWWWWkGGgkk.',
    '.koWWWWWWkGyukk.',
    '.koWWWWWWkgugkk.',
    '.kwwwwwwwwkkkwk.',
    '.koWWWWWWkkkWwk.',
    '.koWWWWWkMmMkwk.',
    '.koWWWWWkmFmkwk.',
    '.koWWWWWWkkkWwk.',
    '.kwwwwwwwwwwwwk.',
    '.kkkkkkkkkkkkkk.',
    '................',
    '................',
  ]);
  for (let y = 3; y <= 11; y++) {
    for (let x = 3; x <= 12; x++) {
      if (g.get(x, y) === 'W' && tileHash(x >> 2, y, 311, 4) < 0.25 && tileHash(x, y, 312) < 0.6) g.set(x, y, 'w');
    }
  }
  return g.dropShadow(2, 2);
}/** A round table with a glass of tequila and a lime. */
export function tableRound(): Grid {
  const g = new Grid(16, 16);
  g.ellipse(7.5, 7, 6.5, 6, 'k');
  g.ellipse(7.5, 7, 5.5, 5, 'w');
  g.ellipse(7, 6.5, 5, 4.5, 'W');
  g.ellipse(6, 5, 2.5, 2, 'o');
  g.ellipse(6.5, 5.5, 2.5, 2, 'W');
  g.stamp(['.kkk.', 'kmyyk', 'kmyFk', '.kkk.'], 5, 5);
  g.stamp(['kG', 'Gg'], 10, 8);
  return g.dropShadow(2, 2);
}

/** A wooden crate: a frame with a lid of planks, nails at the corners. */
export function crate(): Grid {
  const g = Grid.from([
    '................',
    '.kkkkkkkkkkkkkk.',
    '.koooooooooooowk',
    '.kooooooooooowwk',
    '.kooNWWWWWWWowwk',
    '.kooWWWWWwWWowwk',
    '.koowwwwwwwwowwk',
    '.kooWWWWWWWWowwk',
    '.kooWWwWWWWWowwk',
    '.koowwwwwwwwowwk',
    '.kooWWWWWWWWowwk',
    '.kooWWWWWWWNowwk',
    '.koooooooooooowk',
    '.kwwwwwwwwwwwwwk',
    '.kkkkkkkkkkkkkkk',
    '................',
  ]);
  return g.dropShadow(1, 1);
}

/** A barrel from above: the lid's staves, iron hoop, a bung. */
export function barrel(): Grid {
  const g = new Grid(16, 16);
  g.ellipse(7.5, 7.5, 7.5, 7.5, 'k');
  g.ellipse(7.5, 7.5, 6.5, 6.5, 'q');
  g.ellipse(7, 7, 6, 6, 'm');
  g.ellipse(7.5, 7.5, 5.5, 5.5, 'k');
  g.ellipse(7.5, 7.5, 4.5, 4.5, 'W');
  for (let y = 2; y <= 13; y++) {
    for (let x = 2; x <= 13; x++) {
      if (g.get(x, y) !== 'W') continue;
      if (x === 5 || x === 8 || x === 11) g.set(x, y, 'w');
      else if (x + y >= 16 && tileHash(x, y, 313) < 0.5) g.set(x, y, 'w');
    }
  }
  g.set(5, 4, 'o').set(4, 5, 'o').set(6, 4, 'o');
  g.stamp(['kk', 'kN'], 9, 9);
  return g.dropShadow(1, 1);
}
/** The back room's video monitor: a dark CRT on a stand, its screen glowing blue. */
export function videoMonitor(): Grid {
  const g = Grid.from([
    '................',
    '..kkkkkkkkkkkk..',
    '..kNqqqqqqqqNk..',
    '..kNnNnNnNnNNk..',
    '..kNqqqqqqqqNk..',
    '.kkkkkkkkkkkkkk.',
    '.kqmmmmmmmmmmqk.',
    '.kmbBBcMMcBBbNk.',
    '.kmBcccMMcccBNk.',
    '.kmBcMccccMcBNk.',
    '.kmBccccccccBNk.',
    '.kmbBBBBBBBBbNk.',
    '.kNNNNNNNNqRNNk.',
    '.kkkkkkkkkkkkkk.',
    '..kwwwwwwwwwwk..',
    '..kkkkkkkkkkkk..',
  ]);
  return g.dropShadow(1, 1);
}

/** A jukebox: arched chrome top, bands of coloured light, a wooden cabinet. */
export function jukebox(): Grid {
  const g = Grid.from([
    '....kkkkkkkk....',
    '...kMMMMMMmmk...',
    '..kMyyyyyyyyqk..',
    '..kmFeeeeeeFqk..',
    '.kmFecccccceFqk.',
    '.kmFecBBBBceFqk.',
    '.kmFecBMMBceFqk.',
    '.kmFecBBBBceFqk.',
    '.kmFeccccccefqk.',
    '.koWWWWWWWWWWwk.',
    '.koWnNnNnNnNWwk.',
    '.koWNnNnNnNnWwk.',
    '.koWWWWWWWWWWwk.',
    '.kowwwwwwwwwwwk.',
    '.kkkkkkkkkkkkkk.',
    '................',
  ]);
  return g.dropShadow(1, 1);
}

/** A worn leather sofa: the back along the north, two seat cushions, rolled arms. */
export function sofa(): Grid {
  const g = Grid.from([
    '................',
    '.kkkkkkkkkkkkkk.',
    'kAsssssssssssssk',
    'ksSSSSSSSSSSSSdk',
    'ksdkkkkkkkkkksdk',
    'ksdkAsssAsssksdk',
    'ksdksssSsssSksdk',
    'ksdksssSsssSksdk',
    'ksdkssdSssdSksdk',
    'ksdkSSSdSSSdksdk',
    'kSdkkkkkkkkkkSdk',
    '.kk..........kk.',
    '................',
    '................',
    '................',
    '................',
  ]);
  return g.dropShadow(2, 2);
}
/** A waist-high adobe wall, seamless east-west. */
export function lowWallAdobe(): Grid {
  const g = Grid.from([
    '................',
    '................',
    '................',
    'kkkkkkkkkkkkkkkk',
    'aaaaaaaaaaaaaaaa',
    'AAAAAAAAAAAAAAAA',
    'AAAAAAAAAAAAAAAA',
    'AAAAAAAAAAAAAAAA',
    'ssssssssssssssss',
    'SSSSSSSSSSSSSSSS',
    'kkkkkkkkkkkkkkkk',
    'zzzzzzzzzzzzzzzz',
    'zzzzzzzzzzzzzzzz',
    '................',
    '................',
    '................',
  ]);
  for (let y = 5; y <= 8; y++) {
    for (let x = 0; x < 16; x++) {
      const v = tileHash(x, y, 321);
      if (v < 0.12) g.set(x, y, y === 8 ? 'S' : 's');
      else if (v > 0.93 && y < 8) g.set(x, y, 'a');
    }
  }
  return g;
}

/** A wooden horse trough full of water. */
export function waterTrough(): Grid {
  const g = Grid.from([
    '................',
    '................',
    '................',
    '.kkkkkkkkkkkkkk.',
    '.koooooooooooWk.',
    '.koWkkkkkkkkWwk.',
    '.koWkbbbbbbkWwk.',
    '.koWkBcMBBBkWwk.',
    '.koWkBBBcMBkWwk.',
    '.koWkBBBBBBkWwk.',
    '.koWkkkkkkkkWwk.',
    '.kowwwwwwwwwwwk.',
    '.kkkkkkkkkkkkkk.',
    '................',
    '................',
    '................',
  ]);
  return g.dropShadow(1, 2);
}

/** A dusty compact car from above, nose to the east. */
export function car(): Grid {
  const g = new Grid(16, 16);
  // Wheels peeking out under the body.
  g.rect(2, 1, 3, 2, 'k').rect(11, 1, 3, 2, 'k').rect(2, 13, 3, 2, 'k').rect(11, 13, 3, 2, 'k');
  // Body with cut corners.
  g.rect(1, 2, 14, 11, 'k').rect(0, 3, 16, 9, 'k');
  g.rect(1, 3, 14, 9, 'B');
  g.hline(1, 14, 3, 'c').hline(1, 14, 11, 'b');
  // Rear window, roof, windscreen, hood.
  g.rect(4, 4, 2, 7, 'b').set(4, 5, 'c');
  g.rect(6, 4, 4, 7, 'c').hline(6, 9, 4, 'M').vline(6, 4, 10, 'M').hline(6, 9, 10, 'B');
  g.rect(10, 4, 2, 7, 'b').set(10, 5, 'c').set(11, 6, 'c').set(10, 7, 'c');
  g.hline(12, 14, 7, 'b').set(13, 5, 'c');
  // Lights: amber at the nose, red at the tail.
  g.set(15, 4, 'y').set(15, 10, 'y').set(0, 4, 'R').set(0, 10, 'R');
  return g.dropShadow(1, 1);
}
/** A market stall: a striped awning seen from above, fruit on the counter in front. */
export function marketStall(): Grid {
  const g = Grid.from([
    '................',
    '.kkkkkkkkkkkkkk.',
    '.kaaGGaaGGaaGGk.',
    '.kaaGGaaGGaaGgk.',
    '.kaaGGaaGGaaGgk.',
    '.kAAGgAAGgAAGgk.',
    '.kAAggAAggAAggk.',
    '.kakGkakGkakGkk.',
    '.kk.kk.kk.kk.k..',
    '.kWWWWWWWWWWWWk.',
    '.kWyFkfFyGgFyWk.',
    '.kWFfGgfyFfGgwk.',
    '.kwwwwwwwwwwwwk.',
    '.kkkkkkkkkkkkkk.',
    '................',
    '................',
  ]);
  return g.dropShadow(1, 1);
}

/** A round courtyard fountain: stone rim lit on its north-west, water, a spout. */
export function fountain(): Grid {
  const g = new Grid(16, 16);
  g.ellipse(7, 7, 7, 7, 'k');
  g.ellipse(7, 7, 6, 6, 'q');
  g.ellipse(6.5, 6.5, 5.5, 5.5, 'm');
  g.ellipse(7, 7, 5, 5, 'q');
  g.ellipse(7, 7, 4, 4, 'B');
  g.ellipse(7, 7, 3, 3, 'c');
  g.ellipse(7, 7, 2, 2, 'B');
  g.ellipse(7, 7, 1, 1, 'k');
  g.set(6, 6, 'a').set(7, 6, 'm').set(6, 7, 'm');
  g.set(4, 5, 'M').set(9, 10, 'M').set(10, 4, 'M');
  return g.dropShadow(1, 1);
}

/** A bar stool: a round seat. */
export function stool(): Grid {
  const g = Grid.from([
    '................',
    '................',
    '................',
    '................',
    '......kkkk......',
    '.....kooWWk.....',
    '....koWWWWwk....',
    '....kWWWWwwk....',
    '....kWWWwwwk....',
    '.....kwwwwk.....',
    '......kkkk......',
    '................',
    '................',
    '................',
    '................',
    '................',
  ]);
  return g.dropShadow(1, 1);
}
/** A wooden chair: the seat, its back to the north. */
export function chair(): Grid {
  const g = Grid.from([
    '................',
    '................',
    '................',
    '....kkkkkkkk....',
    '....kWoWoWok....',
    '....kkkkkkkk....',
    '.....kooooWk....',
    '.....koWWWwk....',
    '.....koWWWwk....',
    '.....kwwwwwk....',
    '.....kkkkkkk....',
    '................',
    '................',
    '................',
    '................',
    '................',
  ]);
  return g.dropShadow(1, 1);
}
/** A shop counter with a glass top over goods, seamless east-west. */
export function shopCounter(): Grid {
  return Grid.from([
    '................',
    'kkkkkkkkkkkkkkkk',
    'oooooooooooooooo',
    'WWWWWWWWWWWWWWWW',
    'kkkkkkkkkkkkkkkk',
    'MccBBBBMccBBBBBk',
    'cBBFfBBcBaaBGgBk',
    'BBBffBBBBSSBggBk',
    'BBBBBBBBBBBBBBBk',
    'kkkkkkkkkkkkkkkk',
    'WWWWWWWWWWWWWWWW',
    'wwwwwwwwwwwwwwww',
    'kkkkkkkkkkkkkkkk',
    'zzzzzzzzzzzzzzzz',
    'zzzzzzzzzzzzzzzz',
    '................',
  ]);
}

/** The gap between rooftops: a drop into darkness, the alley far below barely there. */
export function voidTile(): Grid {
  const g = new Grid(16, 16, 'k');
  for (let y = 0; y < 16; y++) {
    for (let x = 0; x < 16; x++) {
      if (tileHash(x, y, 331) < 0.06) g.set(x, y, 'n');
    }
  }
  return g;
}

/**
 * A church pew, seamless east-west so a row of them is one long bench: the worn seat (lit along its
 * front), and the high back to the south, since the congregation faces the altar to the north.
 */
export function pew(): Grid {
  const g = Grid.from([
    '................',
    '................',
    'kkkkkkkkkkkkkkkk',
    'oooooooooooooooo',
    'WWWWWWWWWWWWWWWW',
    'WWWWWWWWWWWWWWWW',
    'WWWWWWWWWWWWWWWW',
    'wwwwwwwwwwwwwwww',
    'kkkkkkkkkkkkkkkk',
    'oooooooooooooooo',
    'wwwwwwwwwwwwwwww',
    'uuuuuuuuuuuuuuuu',
    'kkkkkkkkkkkkkkkk',
    'zzzzzzzzzzzzzzzz',
    'zzzzzzzzzzzzzzzz',
    '................',
  ]);
  for (let y = 4; y <= 6; y++) {
    for (let x = 0; x < 16; x++) {
      if (tileHash((x + y * 5) >> 2, y, 341, 4) < 0.3 && tileHash(x, y, 342) < 0.6) g.set(x, y, 'w');
    }
  }
  // Where hands rest on the back rail the varnish is rubbed pale.
  g.set(4, 9, 'A').set(5, 9, 'A').set(12, 9, 'A');
  return g;
}

/**
 * The altar, seamless east-west: a stone table under a white linen cloth with a gold-fringed front,
 * candles and marigolds on it.
 */
export function altar(): Grid {
  const g = Grid.from([
    '................',
    'kkkkkkkkkkkkkkkk',
    'xxxxxxxxxxxxxxxx',
    'MxxxxxxxxxxxxxxM',
    'xxxxxxxxxxxxxxxx',
    'MMMMMMMMMMMMMMMM',
    'xxxxxxxxxxxxxxxx',
    'MMMMMMMMMMMMMMMM',
    'mmmmmmmmmmmmmmmm',
    'FyFFyFFFyFFyFFFy',
    'kFkkFkkkFkkFkkkF',
    'kkkkkkkkkkkkkkkk',
    'qqqqqqqqqqqqqqqq',
    'NNNNNNNNNNNNNNNN',
    'kkkkkkkkkkkkkkkk',
    'zzzzzzzzzzzzzzzz',
  ]);
  // A candle: wax, a bright flame, its warm glow on the cloth; then a pot of marigolds.
  g.stamp(['.y.', 'yYy', 'xMm', 'mmq'], 2, 2);
  g.stamp(['.FF.', 'FyfF', 'FfgF', '.gG.'], 9, 3);
  return g;
}

/**
 * A low bookcase, seamless east-west: the top board (lit front edge, a book lying on it), then the
 * spines of the shelf below in faded colours, on a dark plinth.
 */
export function bookcaseLow(): Grid {
  const g = Grid.from([
    '................',
    'kkkkkkkkkkkkkkkk',
    'oooooooooooooooo',
    'WWWWWWWWWWWWWWWW',
    'WWWWWWWWWWWWWWWW',
    'wwwwwwwwwwwwwwww',
    'kkkkkkkkkkkkkkkk',
    'BcRRgGAAbBeRSsGg',
    'BbRrgGAsbBRrSsGg',
    'BbRrgGAsbBRrSSGg',
    'bbrrggssbbrrSSgg',
    'kkkkkkkkkkkkkkkk',
    'uuuuuuuuuuuuuuuu',
    'kkkkkkkkkkkkkkkk',
    'zzzzzzzzzzzzzzzz',
    'zzzzzzzzzzzzzzzz',
  ]);
  for (let x = 0; x < 16; x++) if (tileHash(x >> 1, 3, 351, 8) < 0.3) g.set(x, 3 + (x & 1), 'w');
  g.stamp(['kkkkk', 'kaAAk', 'kRrrk'], 9, 2);
  return g;
}
