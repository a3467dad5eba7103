// The boy who carries guitars around town: a child's body (narrower shoulders, a smaller head,
// thin arms), a ragged cotton shirt with a patch and a hole, brown shorts, barefoot, messy black
// hair. Unarmed: he stands, raises his hands, cowers, and falls.
import { blankGrid, gridOf, stamp, type Grid } from './grid';
import { dressed, HAT_NONE, headAt, look, type Look } from './looks';
import { BODY, rowsAt, type FloorPose, type Pose } from './poses';
import { torsoShape } from './shapes';

//                    012345678901234567890123
// The shirt: a darker patch sewn on one shoulder, skin through a tear on the other.
const SHIRT = dressed(torsoShape(12, 12, 4, 6.2), [
  '..........44............', // 7
  '.........454............', // 8
  '........................', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '........................', // 14
  '..........67............', // 15
  '...........7............', // 16
], 7);

/** Frays the shirt's edge: these cells of the rim are torn away. */
function frayed(g: Grid, cells: readonly (readonly [number, number])[]): Grid {
  const out = g.map((row) => [...row]);
  for (const [x, y] of cells) out[y]![x] = '.';
  return out;
}

const TORSO_BOY = frayed(SHIRT, [[9, 9], [14, 8], [9, 15], [14, 14], [11, 17]]);

// Messy black hair sticking out in tufts; a small face at the front.
const HEAD_BOY = gridOf([
  '8.88..',
  '889877',
  '898866',
  '88987.',
  '.88.8.',
]);

//                    012345678901234567890123
// Thin arms hanging at his sides.
const IDLE = rowsAt(5, [
  '..........~~............', // 5
  '.........^~67...........', // 6
  '........................', // 7
  '........................', // 8
  '........................', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '........................', // 14
  '........................', // 15
  '........................', // 16
  '.........^~67...........', // 17
  '..........~~............', // 18
]);

// Hands up and open ahead of him: "don't shoot".
const PLEAD = rowsAt(6, [
  '..........~~............', // 6
  '...........^~~66........', // 7
  '..............676.......', // 8
  '...............6........', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '...............6........', // 14
  '..............676.......', // 15
  '...........^~~66........', // 16
  '..........~~............', // 17
]);

// Crouched small, hands over his head.
const COWER = rowsAt(6, [
  '..........^~............', // 6
  '..........^~~...........', // 7
  '............~66.........', // 8
  '............677.........', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '............677.........', // 14
  '............~66.........', // 15
  '..........^~~...........', // 16
  '..........^~............', // 17
]);

const still = (arms: Grid, dx = 0): Pose => ({ arms, guns: [], bodyDx: dx, headDx: dx });

//                      012345678901234567890123
// Tipping forward: his back comes into view, the legs behind, the arms flying up.
const FALLING = rowsAt(5, [
  '................66......', // 5
  '..............~~67......', // 6
  '............~~^.........', // 7
  '..........2222..........', // 8
  '.........211112.........', // 9
  '.....=6602113112........', // 10
  '....=#7702113112........', // 11
  '........02113112........', // 12
  '.....=6602113112........', // 13
  '....=#7702113112........', // 14
  '.........211112.........', // 15
  '..........2222..........', // 16
  '............~~^.........', // 17
  '..............~~67......', // 18
  '................66......', // 19
]);

// Face down, small and still: one arm flung ahead, the other out to the side.
const LYING = rowsAt(4, [
  '................66......', // 4
  '...............~67......', // 5
  '.............~~~........', // 6
  '...........~~^..........', // 7
  '..........22222.........', // 8
  '.........2111112........', // 9
  '..=#.....21111112.......', // 10
  '.==666600211311112......', // 11
  '..=77777-211311112......', // 12
  '........0211311112......', // 13
  '...=666002111111 2......', // 14
  '..==777-.2111112^~......', // 15
  '..=#......22222..^~.....', // 16
  '..................~67...', // 17
  '..................66....', // 18
]);

const FALL: FloorPose = { body: FALLING, headX: 13, headY: 9, caseOnBack: false };
const DEAD: FloorPose = { body: LYING, headX: 16, headY: 9, caseOnBack: false };

export const BOY: Look = look(
  {
    cloth: ['x', 'q', 'x'], accent: ['s', 'S'], skin: ['H', 'd'], hair: ['n', 'N'],
    sleeve: ['x', 'q'], trim: 'A', trousers: ['S', 'w'], boots: ['H', 'h'], hat: HAT_NONE,
  },
  {
    head: headAt(HEAD_BOY, 9, 10), torso: { grid: TORSO_BOY, x: 0, y: 0 }, gun: null, legs: 'boy',
    frames: {
      idle: { pose: still(IDLE), gun: null },
      aim: { pose: still(PLEAD), gun: null },
      recoil: { pose: still(stamp(blankGrid(BODY, BODY), PLEAD, -1, 0), -1), gun: null },
      cower: { pose: still(COWER, 1), gun: null },
    },
    floor: { fall: FALL, dead: DEAD },
  },
);
