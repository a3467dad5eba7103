// A gunman posted on the rooftops: one of Bucho's henchmen dressed to be read from above and
// against the roofs: a wide black hat with a red band, two bandoliers of brass cartridges crossed
// over a red shirt, a revolver.
import { gridOf } from './grid';
import { dressed, HEAD_SHORT, headAt, look, TORSO, type Look } from './looks';

//                    012345678901234567890123
// The bandoliers cross over both shoulders: straps in the boots' tan leather ('#'), brass rounds ('+').
const TORSO_BANDOLIERS = dressed(TORSO, [
  '.........+#+#...........', // 5
  '.........#+#+#..........', // 6
  '..........#+#+#.........', // 7
  '...........#+#..........', // 8
  '........................', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '........................', // 14
  '...........#+#..........', // 15
  '..........#+#+#.........', // 16
  '.........#+#+#..........', // 17
  '.........+#+#...........', // 18
], 5);

// A flat-brimmed hat seen from above: the brim, the crown with its red band.
const HAT_WIDE = gridOf([
  '...%%%%...',
  '.%%@@@@%%.',
  '.%@$$$$@%.',
  '%@$&&@@$@%',
  '%@$&@@@$@%',
  '%@$@@@@$@%',
  '%@$@@@@$@%',
  '.%@$$$$@%.',
  '.%%@@@@%%.',
  '...%%%%...',
]);

export const ROOFTOP_GUNMAN: Look = look(
  {
    cloth: ['R', 'r', 'e'], accent: ['R', 'r'], skin: ['H', 'd'], hair: ['n', 'N'],
    sleeve: ['R', 'r'], trim: 'y', trousers: ['W', 'w'], boots: ['w', 'o'], hat: ['n', 'k', 'N', 'R'],
  },
  {
    head: headAt(HAT_WIDE, 7, 7), torso: { grid: TORSO_BANDOLIERS, x: 0, y: 0 }, gun: 'revolver', legs: 'brown',
    hat: HAT_WIDE, bareHead: HEAD_SHORT,
  },
);
