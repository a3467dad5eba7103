// Outdoor cover for the film's levels (church yard, rooftops, ranch): drawn over a floor tile like the
// furniture, so the background is transparent, with a dark outline, a lit north-west edge and a soft
// drop shadow ('z') to the south-east.
import { Grid, tileHash } from './grid';

/**
 * A section of Bucho's black stretch limousine, nose east, seamless east-west so the cells the map
 * lays in a row make one long car: gloss black body with chrome trim, tinted side windows split by
 * pillars, the long roof with the sky's sheen on it.
 */
export function limo(): Grid {
  const g = Grid.from([
    '................',
    'kkkkkkkkkkkkkkkk',
    'mMMMMMMMMMMMMMMm',
    'NnnnnnnnnnnnnnnN',
    'kBBbbbbbkBBbbbbb',
    'kBcbbbbbkBcbbbbb',
    'kNNNNNNNkNNNNNNN',
    'nnnnnnnnnnnnnnnn',
    'nnnnnnnnnnnnnnnn',
    'kbbbbbbbkbbbbbbb',
    'kbbbbbbbkbbbbbbb',
    'nnnnnnnnnnnnnnnn',
    'qmmmmmmmmmmmmmmq',
    'kkkkkkkkkkkkkkkk',
    'zzzzzzzzzzzzzzzz',
    'zzzzzzzzzzzzzzzz',
  ]);
  // The sky's sheen sliding along the roof, a door handle on each side.
  g.hline(2, 5, 7, 'N').set(3, 8, 'N').hline(10, 11, 7, 'N');
  g.set(6, 3, 'm').set(13, 11, 'q');
  return g;
}

/**
 * The parapet at the roof's street edge, seamless north-south: a waist-high adobe wall with a lit top,
 * its west face toward the roof in light and its shadow cast east over the drop.
 */
export function parapet(): Grid {
  const g = Grid.from([
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
    '...kaAAAAsSkzz..',
  ]);
  for (let y = 0; y < 16; y++) {
    for (let x = 5; x <= 8; x++) {
      const v = tileHash(x, y, 361);
      if (v < 0.12) g.set(x, y, 's');
      else if (v > 0.93) g.set(x, y, 'a');
    }
  }
  // A joint between adobe blocks and a chip out of the lip.
  g.hline(5, 9, 7, 's').set(4, 12, 'A').set(5, 12, 's');
  return g;
}

/**
 * A rooftop water tank (tinaco) from above: a galvanised drum with a rim lit on its north-west, a
 * ribbed lid, and a pipe east to the next one (a pair on a roof is plumbed together).
 */
export function waterTank(): Grid {
  const g = new Grid(16, 16);
  g.rect(11, 7, 5, 2, 'k').hline(11, 15, 7, 'm').hline(11, 15, 8, 'q');
  g.rect(0, 7, 2, 2, 'k').hline(0, 1, 7, 'm').hline(0, 1, 8, 'q');
  g.ellipse(7, 7.5, 6.5, 6.5, 'k');
  g.ellipse(7, 7.5, 5.5, 5.5, 'q');
  g.ellipse(6.5, 7, 5, 5, 'm');
  g.ellipse(7, 7.5, 4.5, 4.5, 'q');
  g.ellipse(7, 7.5, 3.5, 3.5, 'm');
  g.ellipse(7, 7.5, 2, 2, 'N');
  g.ellipse(6.5, 7, 1.5, 1.5, 'q');
  g.set(4, 4, 'M').set(3, 5, 'M').set(5, 3, 'M');
  return g.dropShadow(1, 1);
}

/** A hay bale: straw in long streaks, lit on top, two twine bands, loose stalks at the ends. */
export function hayBale(): Grid {
  const g = Grid.from([
    '................',
    '................',
    '..kkkkkkkkkkkk..',
    '.kyYyyySyyyySyk.',
    '.kFyyFySyFyySFk.',
    '.kFFyFFSFFyFSFk.',
    '.kAFFFASFAFFSAk.',
    '.kFAFFFSFFAFSFk.',
    '.kFFAFFSAFFFSFk.',
    '.kAFFFASFFAFSAk.',
    '.ksAsAsSsAssSsk.',
    '..kkkkkkkkkkkk..',
    '................',
    '................',
    '................',
    '................',
  ]);
  g.set(1, 4, 'F').set(14, 7, 'A').set(0, 6, 'y').set(15, 9, 'F');
  return g.dropShadow(2, 2);
}

/**
 * A corral fence of split rails: a post in the middle of the cell, rails running out to all four sides,
 * so the same tile joins into runs east-west, north-south and round the corners.
 */
export function fenceWood(): Grid {
  const g = new Grid(16, 16);
  // Rails: a lit top face and a dark lower one, edged in black.
  g.rect(0, 6, 16, 4, 'k').hline(0, 15, 7, 'o').hline(0, 15, 8, 'W');
  g.rect(6, 0, 4, 16, 'k').vline(7, 0, 15, 'o').vline(8, 0, 15, 'W');
  // The post, bigger than the rails, its sawn top lit.
  g.rect(5, 5, 6, 6, 'k').rect(6, 6, 4, 4, 'W').hline(6, 8, 6, 'o').vline(6, 6, 8, 'o').set(9, 9, 'w');
  for (let x = 0; x < 16; x++) if ((x < 5 || x > 10) && tileHash(x, 8, 371) < 0.3) g.set(x, 8, 'w');
  // The rails' shadows run to the tile's edges (a drop shadow would stop one pixel short of the west
  // and north edges and leave a notch at every join).
  g.dropShadow(1, 1);
  for (let i = 0; i < 16; i++) {
    if (g.get(i, 10) === '.') g.set(i, 10, 'z');
    if (g.get(10, i) === '.') g.set(10, i, 'z');
  }
  return g;
}

/** A rounded headstone, grey and sun-bleached, a carved cross, dry flowers at its foot. */
export function gravestone(): Grid {
  const g = Grid.from([
    '................',
    '.....kkkkkk.....',
    '....kMMMMmmk....',
    '...kMmmmmmmqk...',
    '...kMmmNmmmqk...',
    '...kmmNNNmmqk...',
    '...kmmmNmmmqk...',
    '...kmmmNmmmqk...',
    '...kmmmmmmmqk...',
    '...kqqqqqqqqk...',
    '...kkkkkkkkkk...',
    '....FRAs.Gs.....',
    '................',
    '................',
    '................',
    '................',
  ]);
  return g.dropShadow(2, 2);
}
