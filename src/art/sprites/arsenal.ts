// The guitar case's arsenal: guns and cases lying on the floor (side view, muzzle east, as the
// other pickups), HUD icons (inked like the other icons), a grenade in flight and a blast scorch.
import { parseSprite, type PixelImage } from '../pixel-sprite';
import { gridOf, outline, toImage, type Grid } from './characters/grid';

const FLOOR: Readonly<Record<string, readonly string[]>> = {
  // Two short barrels side by side over a sawn-off walnut grip.
  pickup_sawedOff: [
    '..............',
    '.mMMMMMMMMMMm.',
    '.qmmmmmmmmmmk.',
    'WWoqkkkkkkkk..',
    'wWWk..........',
    '.wk...........',
  ],
  // A long magnum with its scope riding on top.
  pickup_wildey: [
    '...kNNNk.......',
    '...kmMmk.......',
    '.mMMMMMMMMMMMx.',
    'mqqqqqqqqqqqqqk',
    'kNNqkkkkkkkkkk.',
    'kNNk.k.........',
    '.kk............',
  ],
  // Campa's guitar case, lid ajar, two muzzles poking out of the neck.
  pickup_campaCase: [
    '.kkkkkkkk.......',
    'kwWWWWWWWkkkkkm.',
    'kWooooooWWWWWkM.',
    'kWooFoooWWWWWkm.',
    'kwWWWWWWWkkkkkM.',
    '.kkkkkkkk.......',
  ],
  // Quino's case with the rocket tube's mouth at the neck.
  pickup_quinoCase: [
    '.kkkkkkkk.......',
    'kuwwwwwwwkkkkkk.',
    'kwWWWWWWwwwwwwqk',
    'kwWWyWWWwwwwwwqk',
    'kuwwwwwwwkkkkkk.',
    '.kkkkkkkk.......',
  ],
  pickup_grenade: [
    '..kk..',
    '.kmqk.',
    'kGggGk',
    'kgGggk',
    'kGggGk',
    '.kggk.',
  ],
  pickup_knife: [
    '..........',
    'kk.MMMMMx.',
    'wWkmmmmmk.',
    'kk........',
  ],
  // In flight, seen from above: a dark olive egg with a glint.
  grenade: ['.kk.', 'kGgk', 'kggk', '.kk.'],
  // A rocket seen from above, nose east, for the flight of Quino's round.
  rocket: ['.kkkk..', 'fqmmmMk', 'fqmmmMk', '.kkkk..'],
  // Where a blast went off: a ragged black star, stamped with a little alpha.
  scorch: [
    '......z...z.....',
    '..z..zz..zz..z..',
    '...zzznnnnzzz...',
    '.z.znnNknnNnz.z.',
    '..znnkkkkkknnz..',
    'zznNkkkkkkkkNnzz',
    '..znkkkkkkkknz..',
    '.zznkkkkkkkkNnz.',
    '.zznkkkkkkkknzz.',
    '..znkkkkkkkknz..',
    'zznNkkkkkkkkNnzz',
    '..znnkkkkkknnz..',
    '.z.znNnkknNnz.z.',
    '...zzznnnnzzz...',
    '..z..zz..zz..z..',
    '.....z....z.....',
  ],
  // A bright ball of fire for the first frames of a blast (drawn additive and scaled up).
  blast: [
    '...yyyy...',
    '.yyYYYYyy.',
    '.yYYxxYYy.',
    'yYYxxxxYYy',
    'yYxxxxxxYy',
    'yYxxxxxxYy',
    'yYYxxxxYYy',
    '.yYYxxYYy.',
    '.yyYYYYyy.',
    '...yyyy...',
  ],
};

function inked(rows: readonly string[]): Grid {
  return outline(gridOf(rows), 'k', false);
}

const ICONS: Readonly<Record<string, readonly string[]>> = {
  icon_sawedOff: [
    '................',
    '.MMMMMMMMMMMMMx.',
    '.mmmmmmmmmmmmmm.',
    '.WWoqqNNNNNNNN..',
    '.wWWo...........',
    '..wWWo..........',
    '...ww...........',
    '................',
  ],
  icon_wildey: [
    '................',
    '....qNNNNq......',
    '....mMMMMm......',
    '.xMMMMMMMMMMMMx.',
    '.mmmmmmmmmmmmmm.',
    '.qqqqN..........',
    '.mWWo...........',
    '.NWWWo..........',
    '................',
  ],
  icon_campaCase: [
    '................',
    '.wWWWWWWWwwwwMx.',
    '.WooFooooWWWWm..',
    '.WooooooWWWWWMx.',
    '.wWWWWWWWwwwwm..',
    '................',
  ],
  icon_quinoCase: [
    '................',
    '.uwwwwwwwwwwwwq.',
    '.wWWyWWWwwwwwwN.',
    '.wWWWWWWwwwwwwN.',
    '.uwwwwwwwwwwwwq.',
    '................',
  ],
  icon_grenade: [
    '.......',
    '...mq..',
    '..qmq..',
    '.GgggG.',
    '.gGgGg.',
    '.GgggG.',
    '..ggg..',
    '.......',
  ],
  icon_knife: [
    '............',
    '.ww.MMMMMx..',
    '.WWmmmmmmm..',
    '.ww.........',
    '............',
  ],
  // A red shotgun shell, brass end left: the sawed-off's ammunition counter.
  icon_shell: [
    '.......',
    '.yRRRR.',
    '.FRRRr.',
    '.yrrrr.',
    '.......',
  ],
};

export function arsenalSprites(): Map<string, PixelImage> {
  const out = new Map<string, PixelImage>();
  for (const [name, rows] of Object.entries(FLOOR)) out.set(name, parseSprite(name, rows));
  for (const [name, rows] of Object.entries(ICONS)) out.set(name, toImage(name, inked(rows)));
  return out;
}
