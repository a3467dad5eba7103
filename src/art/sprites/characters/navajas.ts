// Navajas, the knife-thrower in black (Danny Trejo in the film): a long black coat flaring behind
// him, slicked-back hair in a tail, a dark red bandolier of knives across the chest, a knife in
// each hand. His throw is the show: a wind-up with the right arm cocked back and a fan of blades,
// then the follow-through with the arm flung ahead and the hand empty.
import { blankGrid, cloneGrid, gridOf, stamp, type Grid } from './grid';
import { dressed, HAT_NONE, headAt, look, type Look } from './looks';
import { BODY, rowsAt, type Pose } from './poses';
import { torsoShape } from './shapes';

// The coat's skirt behind, the shoulders over it (the shoulder rim reads as the coat's yoke).
const COAT = stamp(cloneGrid(torsoShape(10.5, 12, 5, 6.8, 0, 0.6)), torsoShape(12, 12, 4.5, 7.5), 0, 0);

//                         012345678901234567890123
// The bandolier over the left shoulder and across the chest: red leather, knife grips in silver.
const TORSO_NAVAJAS = dressed(COAT, [
  '.........44.............', // 5
  '.........544............', // 6
  '..........5+4...........', // 7
  '...........54+..........', // 8
  '............54..........', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '.............45.........', // 14
  '.............+45........', // 15
  '..............+45.......', // 16
  '...............44.......', // 17
], 5);

// Slicked-back black hair pulled into a tail that hangs down his back; the face at the front.
const HEAD_NAVAJAS = gridOf([
  '...88888..',
  '..8898887.',
  '8889888866',
  '8898988866',
  '..8889887.',
  '...88888..',
]);

//                    012345678901234567890123
// Knives ready: both hands low and ahead, a blade in each.
const READY = rowsAt(4, [
  '...........~~~..........', // 4
  '..........^~~~~.........', // 5
  '...........^^~~67.......', // 6
  '.............^^77.......', // 7
  '........................', // 8
  '........................', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '........................', // 14
  '........................', // 15
  '.............^^77.......', // 16
  '...........^^~~67.......', // 17
  '..........^~~~~.........', // 18
  '...........~~~..........', // 19
]);

// The wind-up: the left arm points at the target, the right is cocked back over the shoulder
// with the fan of blades raised behind it.
const WINDUP = rowsAt(4, [
  '...........~~...........', // 4
  '..........^~~~..........', // 5
  '...........^~~~~~~67....', // 6
  '.............^^^^^77....', // 7
  '........................', // 8
  '........................', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '........................', // 14
  '........................', // 15
  '..........^~............', // 16
  '........^~~~............', // 17
  '.......67~~^............', // 18
  '.......77^^.............', // 19
]);

// The follow-through: the right arm flung ahead across the chest, hand open and empty; the left
// swung back for balance.
const THROWN = rowsAt(3, [
  '........~~~.............', // 3
  '......67~~~^............', // 4
  '......77................', // 5
  '........................', // 6
  '........................', // 7
  '........................', // 8
  '........................', // 9
  '...................66...', // 10
  '................^~~667..', // 11
  '..............^~~~~~7...', // 12
  '.............^~~~.......', // 13
  '............^~~~........', // 14
  '...........^~~~.........', // 15
  '..........^~~~..........', // 16
  '..........~~~...........', // 17
]);

// The fan held back for the throw, blades pointing away behind him.
const FAN_BACK: Grid = gridOf([
  'xM....',
  '.mMw..',
  'xMMww.',
  '.mMw..',
  'xM....',
]);

// The fan goes under the arm so the hand closes over the grips.
const WINDUP_ARMS = stamp(stamp(blankGrid(BODY, BODY), FAN_BACK, 2, 16), WINDUP, 0, 0);
const WINDUP_POSE: Pose = { arms: WINDUP_ARMS, guns: [], bodyDx: -1, headDx: -1 };

const KNIVES: readonly { x: number; y: number; grip: boolean }[] = [{ x: 17, y: 6, grip: true }, { x: 17, y: 16, grip: true }];

export const NAVAJAS: Look = look(
  {
    cloth: ['N', 'n', 'q'], accent: ['R', 'r'], skin: ['H', 'd'], hair: ['k', 'q'],
    sleeve: ['N', 'n'], trim: 'm', trousers: ['n', 'k'], boots: ['k', 'q'], hat: HAT_NONE,
  },
  {
    head: headAt(HEAD_NAVAJAS, 7, 9), torso: { grid: TORSO_NAVAJAS, x: 0, y: 0 }, gun: 'knife', legs: 'black',
    frames: {
      aim: { pose: { arms: READY, guns: KNIVES, bodyDx: 0, headDx: 0 }, gun: 'knife' },
      windup: { pose: WINDUP_POSE, gun: null },
      recoil: { pose: { arms: THROWN, guns: [], bodyDx: 1, headDx: 1 }, gun: null },
    },
  },
);
