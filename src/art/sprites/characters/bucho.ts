// Bucho, the drug lord: a cream-white suit with broad shoulders, the dark red shirt open at the
// neck with a gold chain on his chest, slicked black hair, gold at the cuffs and a gold-plated
// revolver.
import { blankGrid, gridOf, stamp } from './grid';
import { dressed, HAT_NONE, headAt, look, type Look } from './looks';
import { BODY, rowsAt, type Pose } from './poses';
import { torsoShape } from './shapes';

//                    012345678901234567890123
// Wide lapels down the front, the suit's seams along the shoulders.
const TORSO_BUCHO = dressed(torsoShape(12, 12, 5, 7.8), [
  '............2...........', // 6
  '.............24.........', // 7
  '.............244........', // 8
  '..............44........', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '..............44........', // 14
  '.............244........', // 15
  '.............24.........', // 16
  '............2...........', // 17
], 6);

// Slicked black hair with a shine, combed back; the face at the front.
const HEAD_BUCHO = gridOf([
  '.8888...',
  '899987..',
  '8999866.',
  '8988866.',
  '888887..',
  '.8888...',
]);

// In front of the face: the open red collar with the gold chain lying on the chest.
const OPEN_SHIRT = gridOf([
  '44.',
  '4+4',
  '.4+',
  '.4+',
  '4+4',
  '44.',
]);

//                    012345678901234567890123
// He aims one-handed, the boss's way: the right arm out to the centre line, the left hand
// relaxed at his side, so the red shirt and the gold chain stay in view.
const ONE_HAND = rowsAt(3, [
  '..........~~~...........', // 3
  '.........^~~~67.........', // 4
  '........................', // 5
  '........................', // 6
  '........................', // 7
  '........................', // 8
  '........................', // 9
  '........................', // 10
  '.................67.....', // 11
  '...............^+77.....', // 12
  '..............^~~.......', // 13
  '.............^~~........', // 14
  '............^~~.........', // 15
  '...........^~~..........', // 16
  '..........^~~...........', // 17
  '..........~~............', // 18
]);

const AIM: Pose = { arms: ONE_HAND, guns: [{ x: 23, y: 11 }], bodyDx: 0, headDx: 0 };
const RECOIL: Pose = { arms: stamp(blankGrid(BODY, BODY), ONE_HAND, -1, 0), guns: [{ x: 21, y: 11 }], bodyDx: -1, headDx: -1 };

export const BUCHO: Look = look(
  {
    cloth: ['x', 'A', 'x'], accent: ['R', 'r'], skin: ['H', 'd'], hair: ['n', 'q'],
    sleeve: ['a', 'A'], trim: 'y', trousers: ['a', 'A'], boots: ['w', 'o'], hat: HAT_NONE,
  },
  {
    head: headAt(HEAD_BUCHO, 9, 9), torso: { grid: TORSO_BUCHO, x: 0, y: 0 }, gun: 'goldRevolver', legs: 'cream',
    front: { grid: OPEN_SHIRT, x: 15, y: 9 },
    frames: { aim: { pose: AIM, gun: 'goldRevolver' }, recoil: { pose: RECOIL, gun: 'goldRevolver' } },
  },
);
