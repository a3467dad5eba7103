// El's mariachi friends, Campa and Quino: charro suits with silver trim under wide charro sombreros,
// each carrying his own case. Campa holds two guitar cases level at his hips (machine guns firing
// from the necks); Quino shoulders the long rocket-launcher case.
import { blankGrid, gridOf, stamp, type Grid } from './grid';
import { dressed, HEAD_SHORT, headAt, look, TORSO, type Look } from './looks';
import { BODY, rowsAt, type GunPlace, type Pose } from './poses';

//                    012345678901234567890123
// A charro jacket: silver conchos along the shoulder seams.
const TORSO_CHARRO = dressed(TORSO, [
  '...........+.+..........', // 5
  '............+...........', // 6
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
  '............+...........', // 17
  '...........+.+..........', // 18
], 5);

/**
 * A charro sombrero from above, `size` across: the wide round brim (shaded at its rim, lit toward
 * the north-west), a dotted ring of embroidery near its edge, the tall crown in the middle.
 */
function charroHat(size: number): Grid {
  const c = size / 2;
  return Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => {
    const dx = x + 0.5 - c;
    const dy = y + 0.5 - c;
    const r = Math.sqrt(dx * dx + dy * dy);
    if (r > c) return '.';
    if (r > c - 0.9) return '%';
    if (r > c - 2.2) return (x + y) % 2 === 0 ? '$' : '@';
    if (r > 3.2) return '@';
    if (r > 2.5) return '%';
    return dx + dy < -0.5 ? '&' : '@';
  }));
}

const HAT_CHARRO = charroHat(12);

/** A pose from arm rows and gun places; guns drawn under the hands. */
function pose(arms: Grid, guns: readonly GunPlace[], dx = 0): Pose {
  return { arms, guns, bodyDx: dx, headDx: dx, gunsUnder: true };
}

function shifted(g: Grid, dx: number): Grid {
  return stamp(blankGrid(BODY, BODY), g, dx, 0);
}

//                    012345678901234567890123
// Campa: both hands down at his hips, each on the handle of a case.
const HIPS = rowsAt(3, [
  '..........~~~...........', // 3
  '.........^~~~67.........', // 4
  '........................', // 5
  '........................', // 6
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
  '.........^~~~67.........', // 17
  '..........~~~...........', // 18
]);

const CASES_LEVEL: readonly GunPlace[] = [{ x: 14, y: 1, grip: true }, { x: 14, y: 19, grip: true }];
const CASES_CARRIED: readonly GunPlace[] = [{ x: 12, y: 1, grip: true }, { x: 12, y: 19, grip: true }];

// Quino: the case on his right shoulder, the right hand on its grip, the left steadying its front.
const SHOULDER = rowsAt(11, [
  '................^~......', // 11
  '.................~67....', // 12
  '.................677....', // 13
  '........................', // 14
  '........................', // 15
  '........................', // 16
  '........................', // 17
  '..........~~~...........', // 18
  '.........^~~~67.........', // 19
  '..........~~~...........', // 20
]);

// Carrying it by the handle at his side, the left hand empty: the same hands as Campa's at his hips.
const CARRY = HIPS;

// The backblast puffing out of the case's rear as the rocket leaves.
const BACKBLAST = gridOf([
  '.M..',
  'MxMM',
  'xYxM',
  'MxMM',
  '.M..',
]);

const ROCKET_ON_SHOULDER: readonly GunPlace[] = [{ x: 17, y: 16, grip: true }];

export const CAMPA: Look = look(
  {
    cloth: ['b', 'n', 'B'], accent: ['c', 'B'], skin: ['H', 'd'], hair: ['k', 'N'],
    sleeve: ['b', 'n'], trim: 'm', trousers: ['b', 'n'], boots: ['k', 'm'], hat: ['n', 'k', 'N', 'm'],
  },
  {
    head: headAt(HAT_CHARRO, 6, 6), torso: { grid: TORSO_CHARRO, x: 0, y: 0 }, gun: 'campaCase', legs: 'navy',
    hat: HAT_CHARRO, bareHead: HEAD_SHORT,
    frames: {
      idle: { pose: pose(HIPS, CASES_CARRIED), gun: 'campaCase' },
      aim: { pose: pose(HIPS, CASES_LEVEL), gun: 'campaCase' },
      recoil: { pose: pose(shifted(HIPS, -1), CASES_LEVEL.map((g) => ({ ...g, x: g.x - 1 })), -1), gun: 'campaCase' },
    },
  },
);

export const QUINO: Look = look(
  {
    cloth: ['g', 'n', 'G'], accent: ['c', 'B'], skin: ['H', 'd'], hair: ['w', 'W'],
    sleeve: ['g', 'n'], trim: 'M', trousers: ['g', 'n'], boots: ['k', 'm'], hat: ['q', 'N', 'm', 'c'],
  },
  {
    head: headAt(HAT_CHARRO, 6, 6), torso: { grid: TORSO_CHARRO, x: 0, y: 0 }, gun: 'quinoCase', legs: 'green',
    hat: HAT_CHARRO, bareHead: HEAD_SHORT,
    frames: {
      idle: { pose: pose(CARRY, [{ x: 14, y: 20, grip: true }]), gun: 'quinoCase' },
      aim: { pose: pose(SHOULDER, ROCKET_ON_SHOULDER), gun: 'quinoCase' },
      recoil: {
        pose: pose(stamp(shifted(SHOULDER, -2), BACKBLAST, 0, 15), ROCKET_ON_SHOULDER.map((g) => ({ ...g, x: g.x - 2 })), -1),
        gun: 'quinoCase',
      },
    },
  },
);
