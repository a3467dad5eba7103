// UI art: panels (nine-slice sources), HUD icons, cursors, key caps, medals, menu marks.
// Icons are side views (not top-down) and carry their own dark outline so they read on any panel.
import type { PixelImage } from '../pixel-sprite';
import { gridOf, outline, recolor, toImage, type Grid } from './characters/grid';

/** Text rows with a 1 px dark outline added around the opaque shape (the rows leave room for it). */
function inked(rows: readonly string[], diagonal = false): Grid {
  return outline(gridOf(rows), 'k', diagonal);
}

// ---- panels: 24x24, corners 8x8 (slice at 8 px on every side); the middle 8 px stretch ----


function panel(gold: boolean): Grid {
  // Build the frame procedurally so the stretchable middle is exactly uniform.
  const S = 24;
  const g: Grid = Array.from({ length: S }, () => Array.from({ length: S }, () => '.'));
  const hi = gold ? 'y' : 'q';
  const mid = gold ? 'F' : 'q';
  const lo = gold ? 's' : 'N';
  for (let y = 0; y < S; y++) {
    for (let x = 0; x < S; x++) {
      const edge = Math.min(x, y, S - 1 - x, S - 1 - y);
      const corner = (x < 2 || x > S - 3) && (y < 2 || y > S - 3);
      let ch = 'n';
      if (edge === 0) ch = 'k';
      else if (edge === 1) ch = y === 1 || x === 1 ? hi : lo;
      else if (edge === 2) ch = 'k';
      else if (y === 3 || x === 3) ch = 'N'; // inner bevel light
      if (corner && (x + y === 1 || x + y === 2 * (S - 1) - 1 || (x === 0 && y === S - 2) || (x === 1 && y === S - 1) || (x === S - 2 && y === 0) || (x === S - 1 && y === 1))) ch = '.';
      if ((x === 0 || x === S - 1) && (y === 0 || y === S - 1)) ch = '.';
      g[y]![x] = ch;
    }
  }
  // Corner studs: a gold (or steel) rivet in each corner, inside the 8 px slice.
  for (const [cx, cy] of [[5, 5], [S - 6, 5], [5, S - 6], [S - 6, S - 6]] as const) {
    g[cy]![cx] = hi;
    g[cy]![cx + 1] = mid;
    g[cy + 1]![cx] = mid;
    g[cy + 1]![cx + 1] = lo;
  }
  return g;
}

// ---- weapon icons (side view, muzzle right) ----

const ICON_PISTOL = inked([
  '............',
  '.MMMMMMMMMx.',
  '.mmmmmmmmmm.',
  '.qqqNNNNNN..',
  '.wWo........',
  '.wWo........',
  '.ww.........',
  '............',
]);

const ICON_REVOLVER = inked([
  '.............',
  '.m...........',
  '.MMmqqMMMMMMx',
  '.mmmNNmmmmmm.',
  '.NmqNNk......',
  '.wWo.........',
  '.wWWo........',
  '.www.........',
  '.............',
]);

const ICON_DEAGLE = inked([
  '..............',
  '.xMMMMMMMMMMMx',
  '.MMMMMMMMMMMMm',
  '.mmmmmmmmmmmmq',
  '.qqqqk........',
  '.mWWo.........',
  '.NWWo.........',
  '.NWWWo........',
  '..............',
]);

// The sleeve pistols: two slim stainless guns, one behind the other.
const ICON_SLEEVE = inked([
  '................',
  '....MMMMMMMMMx..',
  '....mmmmmmmmmm..',
  '....qqNNNNNNN...',
  '.MMMMMMMMMx.....',
  '.mmmmmmmmmm.....',
  '.qqNNNNNNNNWo...',
  '.wWo..NWWo......',
  '.wWo............',
  '................',
]);

// ---- small HUD marks ----

const ROUND = gridOf(['.p.', 'ppo', 'yFs', 'yFs', 'yFs', 'sSS']);
const ROUND_EMPTY = gridOf(['.q.', 'qNq', 'qnq', 'qnq', 'qnq', 'qqq']);

const HEART = inked([
  '.ee..RR.',
  'eYeRRRRr',
  'eeRRRRRr',
  'RRRRRRRr',
  '.RRRRRr.',
  '..RRRr..',
  '...Rr...',
  '........',
]);
const HEART_EMPTY = inked([
  '.NN..NN.',
  'NnnNNnnN',
  'NnnnnnnN',
  'NnnnnnnN',
  '.NnnnnN.',
  '..NnnN..',
  '...NN...',
  '........',
]);

const SKULL = inked([
  '..xxxxx..',
  '.xxxxxxM.',
  'xxxxxxxMm',
  'xkkxxkkMm',
  'xkkxxkkMm',
  '.xxxkxxm.',
  '..MxMxm..',
  '..mMmMm..',
  '.........',
]);

const CLOCK = inked([
  '..FyyyF..',
  '.FxxxxxF.',
  'FxxxkxxMF',
  'yxxxkxxMs',
  'yxxxkkkMs',
  'yxxxxxxMs',
  'FxxxxxMmF',
  '.FMMMmmF.',
  '..FsssF..',
]);

// Crosshair: a white ring of four ticks and a centre dot, outlined dark.
const CURSOR = inked([
  '...........',
  '.....x.....',
  '.....x.....',
  '.....x.....',
  '...........',
  '.xxx.x.xxx.',
  '...........',
  '.....x.....',
  '.....x.....',
  '.....x.....',
  '...........',
]);

// Reloading: a broken gold ring around the centre dot.
const CURSOR_RELOAD = inked([
  '...........',
  '...yyy.....',
  '..y....F...',
  '.y.......F.',
  '.y.......F.',
  '.y...x...F.',
  '.y.......F.',
  '.y.......F.',
  '..F....F...',
  '....FFF....',
  '...........',
], true);

const KEY_CAP = gridOf([
  '.kkkkkkkkkk.',
  'kMxxxxxxxxMk',
  'kxMMMMMMMMmk',
  'kxMMMMMMMMmk',
  'kxMMMMMMMMmk',
  'kxMMMMMMMMmk',
  'kxMMMMMMMMmk',
  'kxMMMMMMMMmk',
  'kMmmmmmmmmqk',
  'kqqqqqqqqqqk',
  'kNNNNNNNNNNk',
  '.kkkkkkkkkk.',
]);

// ---- medals: a ribbon and a round medal with a star ----

const MEDAL = [
  '...4455555544...',
  '...4455555544...',
  '....44555544....',
  '.....445544.....',
  '......4554......',
  '....1111111.....',
  '...123322221....',
  '..13222322221...',
  '..12222322221...',
  '..12233333221...',
  '..12223332221...',
  '..12223232221...',
  '..12222222211...',
  '...122222211....',
  '....1111111.....',
  '................',
];

function medal(metal: readonly [string, string, string], ribbon: readonly [string, string]): Grid {
  // 1 rim (dark metal), 2 face, 3 light; 4/5 ribbon.
  const map = { '1': metal[0], '2': metal[1], '3': metal[2], '4': ribbon[0], '5': ribbon[1] };
  return outline(recolor(gridOf(MEDAL), map));
}

// ---- the guitar case (title and menus), side view: neck left, body right ----

const GUITAR_CASE = inked([
  '................................',
  '.................ooooo...ooooo..',
  '................oWWWWWo.oWWWWWw.',
  '.ooooo.........oWWWWWWWoWWWWWWw.',
  '.oWWWWoooooooooWWWWWWWWWWWWWWWw.',
  '.oWmWWWWWWWWWWWWWWWmWWWWWWWmWWw.',
  '.oWmWWWWWWWWWWWWWWWmWWWWWWWmWWw.',
  '.oWWWWwwwwwwwwwWWWWWWWWWWWWWWWw.',
  '.wwwww.........wWWWWWWWwWWWWWWw.',
  '................wWWWWWw.wWWWWWw.',
  '.................wwwww...wwwww..',
  '................................',
]);

const ARROW_RIGHT = gridOf([
  'k.....',
  'yk....',
  'yyk...',
  'yFFk..',
  'FFk...',
  'Fk....',
  'k.....',
]);

export function uiSprites(): Map<string, PixelImage> {
  const g = new Map<string, Grid>([
    ['panel', panel(true)],
    ['panel_dark', panel(false)],
    ['icon_sleeve', ICON_SLEEVE],
    ['icon_pistol', ICON_PISTOL],
    ['icon_revolver', ICON_REVOLVER],
    ['icon_deagle', ICON_DEAGLE],
    ['icon_round', ROUND],
    ['icon_round_empty', ROUND_EMPTY],
    ['icon_heart', HEART],
    ['icon_heart_empty', HEART_EMPTY],
    ['icon_skull', SKULL],
    ['icon_clock', CLOCK],
    ['cursor', CURSOR],
    ['cursor_reload', CURSOR_RELOAD],
    ['key_cap', KEY_CAP],
    ['medal_gold', medal(['s', 'F', 'y'], ['R', 'r'])],
    ['medal_silver', medal(['q', 'm', 'x'], ['B', 'b'])],
    ['medal_bronze', medal(['w', 'o', 'p'], ['g', 'G'])],
    ['guitar_case', GUITAR_CASE],
    ['arrow_right', ARROW_RIGHT],
  ]);
  return new Map([...g].map(([name, grid]) => [name, toImage(name, grid)]));
}
