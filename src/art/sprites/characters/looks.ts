// Each actor's look: colours (role -> palette), head, torso and what they carry.
import { cloneGrid, gridOf, stamp, type Grid } from './grid';
import { torsoShape } from './shapes';
import type { GunKind } from './guns';
import type { FloorPose, Pose } from './poses';
import type { Colors } from './roles';

export type LegStyle =
  | 'black' | 'jeans' | 'grey' | 'brown' | 'white' | 'cream' | 'navy' | 'green' | 'dress' | 'boy';

/** A standing frame drawn in a look's own pose, with what its hands hold. */
export interface FrameSpec {
  readonly pose: Pose;
  readonly gun: GunKind | null;
}

export interface Part {
  readonly grid: Grid;
  /** Top-left in frame coordinates (24x24 body frame). */
  readonly x: number;
  readonly y: number;
}

export interface Look {
  readonly colors: Colors;
  readonly head: Part;
  readonly torso: Part;
  /** Drawn over the torso, under the head (El's guitar case). */
  readonly back?: Part;
  readonly gun: GunKind | null;
  readonly legs: LegStyle;
  /** The hat as it lies on the floor by a dead body (roles), if the look wears one. */
  readonly hat?: Grid;
  /** Drawn with the head, in front of the face (Tavo's collar). */
  readonly front?: Part;
  /** The head without the hat (defaults to `head`). */
  readonly bareHead?: Grid;
  /** Standing frames in the look's own poses (replacing the shared ones by name, or extra). */
  readonly frames?: Readonly<Record<string, FrameSpec>>;
  /** Its own falling and lying poses (the boy's smaller body). */
  readonly floor?: { readonly fall: FloorPose; readonly dead: FloorPose };
}

// ---- torsos (roles), full 24x24 frames: shaded shoulders plus each look's details ----

export const TORSO = torsoShape(12, 12, 4.5, 7.5);

/** A torso with details stamped over it (roles; '.' leaves the shading). */
export function dressed(base: Grid, details: readonly string[], y0: number): Grid {
  return stamp(cloneGrid(base), gridOf(details), 0, y0);
}

//                       012345678901234567890123
// El: black jacket, silver buttons along the shoulder seams.
const TORSO_EL = dressed(TORSO, [
  '............+...........', // 5
  '..............+.........', // 6
  '............+...........', // 7
  '..............+.........', // 8
  '........................', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '........................', // 14
  '..............+.........', // 15
  '............+...........', // 16
  '..............+.........', // 17
  '............+...........', // 18
], 5);

// Tavo: grey suit, the red shirt showing down the front between the lapels.
const TORSO_SUIT = dressed(TORSO, [
  '...............2........', // 7
  '..............24........', // 8
  '..............44........', // 9
  '..............44........', // 10
  '..............44........', // 11
  '..............44........', // 12
  '..............44........', // 13
  '..............44........', // 14
  '..............24........', // 15
  '...............2........', // 16
], 7);

// Gunman: dark jacket, red shirt collar at the front.
const TORSO_JACKET = dressed(TORSO, [
  '..............54........', // 9
  '..............4.........', // 10
  '..............4.........', // 11
  '..............4.........', // 12
  '..............4.........', // 13
  '..............54........', // 14
], 9);

// Bartender: broad, a belly in an apron at the front, the apron's bow tied at the back.
const TORSO_BARTENDER = dressed(torsoShape(12, 12, 5.2, 7.8), [
  '..............44........', // 7
  '.............4444.......', // 8
  '.............44455......', // 9
  '.....54......44455......', // 10
  '.....45......44455......', // 11
  '.....45......44455......', // 12
  '.....54......44455......', // 13
  '.............44455......', // 14
  '.............4444.......', // 15
  '..............44........', // 16
], 7);

// Buscemi: narrow shoulders, a light suit.
const TORSO_THIN = torsoShape(12, 12, 3.8, 6.6);

// Civilian: a striped serape over the shoulders.
const TORSO_SERAPE = dressed(TORSO, [
  '..........44............', // 5
  '........................', // 6
  '........44444...........', // 7
  '........................', // 8
  '........................', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '........................', // 14
  '........................', // 15
  '........44444...........', // 16
  '........................', // 17
  '..........44............', // 18
], 5);

// ---- heads (roles) ----

// El: long dark hair falling back over the shoulders, face at the front.
const HEAD_EL = gridOf([
  '...8888..',
  '.8889987.',
  '888988866',
  '888898866',
  '.8888987.',
  '...8888..',
]);

// Henchman: red bandana over the crown, knot tails trailing behind.
const HEAD_BANDANA = gridOf([
  '...4444..',
  '5.844e47.',
  '558444466',
  '55844e466',
  '5.844447.',
  '...4444..',
]);

// Tavo: slicked black hair, sunglasses at the front.
const HEAD_SLICK = gridOf([
  '.8888...',
  '899987..',
  '8999866.',
  '8988866.',
  '888887..',
  '.8888...',
]);

// Tavo's red shirt collar, open at the neck in front of his face.
const COLLAR = gridOf([
  '44',
  '5.',
  '..',
  '..',
  '5.',
  '44',
]);

// Bartender: bald crown with a shine, dark fringe behind, the ends of his moustache at the front.
const HEAD_BALD = gridOf([
  '.8666..',
  '866a67n',
  '86a6676',
  '8666676',
  '866667n',
  '.8666..',
]);

// Buscemi: thin, lank hair; pale.
const HEAD_LANK = gridOf([
  '.8888..',
  '899987.',
  '8888866',
  '8999866',
  '888887.',
  '.8888..',
]);

// Short hair under a hat (seen when the hat falls off).
export const HEAD_SHORT = gridOf([
  '.8888..',
  '889987.',
  '8998866',
  '8988866',
  '888887.',
  '.8888..',
]);

// A cowboy hat (patrons): brim, crown with a band.
const HAT_COWBOY = gridOf([
  '...%%%%...',
  '.%%@@@@%%.',
  '%@@@$$@@@%',
  '%@@$&&$@@%',
  '%@$&&@@$@%',
  '%@$&@@@$@%',
  '%@@$@@$@@%',
  '%@@@$$@@@%',
  '.%%@@@@%%.',
  '...%%%%...',
]);

// A flat-brimmed black hat (back-room gunmen).
const HAT_FLAT = gridOf([
  '..%%%%..',
  '.%@@@@%.',
  '%@$$$$@%',
  '%@$&@$@%',
  '%@$@@$@%',
  '%@$$$$@%',
  '.%@@@@%.',
  '..%%%%..',
]);

// A wide straw sombrero (townspeople).
const HAT_SOMBRERO = gridOf([
  '....%%%%....',
  '..%%@&@@%%..',
  '.%@&@@@@@@%.',
  '.%@@%%%%@@%.',
  '%@@%&&@@%@@%',
  '%&@%&@@@%@&%',
  '%@@%&@@@%@@%',
  '%@@%@@@@%@@%',
  '.%@@%%%%@@%.',
  '.%@@@@@@@&%.',
  '..%%@@&@%%..',
  '....%%%%....',
]);

// El's guitar case slung across his back: neck end up past the left shoulder.
const GUITAR_CASE = gridOf([
  '.oW..',
  '.oWw.',
  '.oWw.',
  '.oWw.',
  'ooWWw',
  'oWmWw',
  'oWWWw',
  '.oWw.',
  '.oWw.',
  'oWWWw',
  'oWWWWw',
  'oWWmWw',
  'oWWWWw',
  'oWWWWw',
  '.oWWw.',
  '..ww..',
]);

// ---- looks ----

export const HAT_NONE: Colors['hat'] = ['.', '.', '.', '.'];

export function look(c: Colors, rest: Omit<Look, 'colors'>): Look {
  return { colors: c, ...rest };
}

export const headAt = (grid: Grid, x: number, y: number): Part => ({ grid, x, y });

export const LOOKS = {
  mariachi: look(
    {
      cloth: ['N', 'n', 'q'], accent: ['m', 'q'], skin: ['H', 'd'], hair: ['k', 'N'],
      sleeve: ['N', 'n'], trim: 'm', trousers: ['N', 'n'], boots: ['k', 'q'], hat: HAT_NONE,
    },
    {
      head: headAt(HEAD_EL, 7, 9), torso: { grid: TORSO_EL, x: 0, y: 0 },
      back: { grid: GUITAR_CASE, x: 5, y: 4 }, gun: 'sleeve', legs: 'black',
    },
  ),
  henchman: look(
    {
      cloth: ['B', 'b', 'c'], accent: ['R', 'r'], skin: ['H', 'd'], hair: ['n', 'N'],
      sleeve: ['B', 'b'], trim: 'm', trousers: ['B', 'b'], boots: ['w', 'W'], hat: HAT_NONE,
    },
    { head: headAt(HEAD_BANDANA, 7, 9), torso: { grid: TORSO, x: 0, y: 0 }, gun: 'pistol', legs: 'jeans' },
  ),
  patron: look(
    {
      cloth: ['R', 'r', 'e'], accent: ['R', 'r'], skin: ['H', 'd'], hair: ['w', 'W'],
      sleeve: ['R', 'r'], trim: 'A', trousers: ['B', 'b'], boots: ['w', 'W'], hat: ['W', 'w', 'o', 'R'],
    },
    {
      head: headAt(HAT_COWBOY, 7, 7), torso: { grid: TORSO, x: 0, y: 0 }, gun: 'pistol', legs: 'jeans',
      hat: HAT_COWBOY, bareHead: HEAD_SHORT,
    },
  ),
  gunman: look(
    {
      cloth: ['N', 'n', 'q'], accent: ['R', 'r'], skin: ['H', 'd'], hair: ['n', 'N'],
      sleeve: ['N', 'n'], trim: 'q', trousers: ['q', 'N'], boots: ['k', 'N'], hat: ['n', 'k', 'N', 'R'],
    },
    {
      head: headAt(HAT_FLAT, 8, 8), torso: { grid: TORSO_JACKET, x: 0, y: 0 }, gun: 'revolver', legs: 'grey',
      hat: HAT_FLAT, bareHead: HEAD_SHORT,
    },
  ),
  tavo: look(
    {
      cloth: ['q', 'N', 'm'], accent: ['R', 'r'], skin: ['H', 'd'], hair: ['n', 'q'],
      sleeve: ['q', 'N'], trim: 'R', trousers: ['q', 'N'], boots: ['k', 'N'], hat: HAT_NONE,
    },
    { head: headAt(HEAD_SLICK, 9, 9), torso: { grid: TORSO_SUIT, x: 0, y: 0 }, gun: 'deagle', legs: 'grey', front: { grid: COLLAR, x: 15, y: 9 } },
  ),
  bartender: look(
    {
      cloth: ['x', 'm', 'x'], accent: ['A', 's'], skin: ['h', 'H'], hair: ['n', 'N'],
      sleeve: ['x', 'm'], trim: 'A', trousers: ['M', 'm'], boots: ['w', 'W'], hat: HAT_NONE,
    },
    { head: headAt(HEAD_BALD, 9, 9), torso: { grid: TORSO_BARTENDER, x: 0, y: 0 }, gun: null, legs: 'white' },
  ),
  buscemi: look(
    {
      cloth: ['a', 'A', 'x'], accent: ['A', 's'], skin: ['h', 'H'], hair: ['w', 'W'],
      sleeve: ['a', 'A'], trim: 'A', trousers: ['a', 'A'], boots: ['w', 'W'], hat: HAT_NONE,
    },
    { head: headAt(HEAD_LANK, 9, 9), torso: { grid: TORSO_THIN, x: 0, y: 0 }, gun: null, legs: 'white' },
  ),
  civilian: look(
    {
      cloth: ['S', 'w', 'o'], accent: ['A', 'G'], skin: ['H', 'd'], hair: ['n', 'N'],
      sleeve: ['a', 'A'], trim: 'A', trousers: ['S', 'w'], boots: ['w', 'W'], hat: ['A', 's', 'a', 'S'],
    },
    {
      head: headAt(HAT_SOMBRERO, 6, 6), torso: { grid: TORSO_SERAPE, x: 0, y: 0 }, gun: null, legs: 'brown',
      hat: HAT_SOMBRERO, bareHead: HEAD_SHORT,
    },
  ),
} satisfies Record<string, Look>;

export type Archetype = keyof typeof LOOKS;

/** Patron colour variants (palette swaps of the patron look), by name suffix. */
export const PATRON_VARIANTS: Readonly<Record<string, Partial<Colors>>> = {
  // b: black hat, brown shirt, red band and cuffs
  b: { cloth: ['W', 'w', 'o'], sleeve: ['W', 'w'], hat: ['n', 'k', 'N', 'R'], accent: ['R', 'r'] },
  // c: grey hat, bottle-green shirt
  c: { cloth: ['g', 'k', 'G'], sleeve: ['g', 'n'], hat: ['q', 'N', 'm', 'R'], accent: ['R', 'r'] },
};
