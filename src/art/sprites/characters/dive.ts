// El's dive, seen from above, heading east: launch, flat flight (jacket flaring), landing, roll.
import { blankGrid, cloneGrid, gridOf, outline, paste, recolor, stamp, type Grid } from './grid';
import { rotCW } from './floor';
import { overlay, placeGun } from './bodies';
import type { Look } from './looks';
import { BODY, POSES } from './poses';
import { roleMap } from './roles';

//                    012345678901234567890123
// Flat out in the air: arms and guns ahead, hair streaming, jacket tails flaring, legs trailing
// (charro trousers with silver conchos down the seams).
const DIVE_FLY = gridOf([
  '........................', // 0
  '........................', // 1
  '........................', // 2
  '..22....................', // 3
  '..2112..................', // 4
  '...21112..222~~.........', // 5
  '....211122111^~~~.......', // 6
  '.....211221113^~~67.....', // 7
  '=#0+0+00211113.^^77.....', // 8
  '==000000-21118888.......', // 9
  '.=------.288888987......', // 10
  '........28888899866.....', // 11
  '........28888899866.....', // 12
  '.=#00000.288888987......', // 13
  '==000000-21118888.......', // 14
  '=#-+-+--211113.^^77.....', // 15
  '.....211221113^~~67.....', // 16
  '....211122111^~~~.......', // 17
  '...21112..222~~.........', // 18
  '..2112..................', // 19
  '..22....................', // 20
]);

// Landing: knees drawn up, the jacket settling.
const DIVE_LAND_WEST = gridOf([
  '.........', // 3
  '.........', // 4
  '.........', // 5
  '.....2112', // 6
  '......212', // 7
  '..=#0+002', // 8
  '.==00000-', // 9
  '..=-----.', // 10
  '........2', // 11
  '........2', // 12
  '..=#000..', // 13
  '.==00000-', // 14
  '..=-+-+-2', // 15
  '......212', // 16
  '.....2112', // 17
  '.........', // 18
  '.........', // 19
  '.........', // 20
]);

// Straight legs pushing off (launch), boot soles up.
const LEGS_STRAIGHT = gridOf([
  '.=#0+0+0',
  '==000000',
  '.=------',
  '........',
  '.=#00000',
  '==000000',
  '.=-+-+--',
]);

// Tucked into a roll: a ball of black jacket with the case across it, hands and guns tucked in.
const ROLL = gridOf([
  '....22222222....',
  '..221111111122..',
  '.21111133111112.',
  '.21111111111112.',
  '2111111111111112',
  '2111111111111112',
  '2111111111111112',
  '2111111111111112',
  '2111111111111112',
  '2111111111111112',
  '2111111111111112',
  '2111111111111112',
  '.21111111111112.',
  '.21111133111112.',
  '..221111111122..',
  '....22222222....',
]);

export function diveFrames(look: Look): Grid[] {
  const colors = roleMap(look.colors);
  const withGuns = (body: Grid, dx: number): Grid => {
    const g = outline(stamp(blankGrid(BODY, BODY), body, 0, 0));
    const guns = blankGrid(BODY, BODY);
    for (const y of [7, 15]) placeGun(guns, 'sleeve', { x: 23 + dx, y });
    return recolor(overlay(g, guns, 0, 0), colors);
  };
  // 0: launch: still upright, leaning in, legs pushing off behind, arms already ahead.
  let launch = blankGrid(BODY, BODY);
  launch = overlay(launch, LEGS_STRAIGHT, 1, 9);
  launch = overlay(launch, look.torso.grid, look.torso.x, look.torso.y);
  if (look.back) launch = overlay(launch, look.back.grid, look.back.x, look.back.y);
  launch = overlay(launch, look.head.grid, look.head.x + 1, look.head.y);
  const arms = cloneGrid(POSES.aimTwin.arms);
  for (const at of POSES.aimTwin.guns) placeGun(arms, 'sleeve', at);
  launch = recolor(overlay(launch, arms, 0, 0), colors);
  // 1: flat out. 2: landing.
  const fly = withGuns(DIVE_FLY, 0);
  const land = withGuns(paste(cloneGrid(DIVE_FLY), DIVE_LAND_WEST, 0, 3), -1);
  // 3: tucked into a roll, the case across his back, guns held in close.
  let roll = overlay(blankGrid(BODY, BODY), ROLL, 3, 4);
  if (look.back) roll = overlay(roll, rotCW(look.back.grid), 2, 9);
  roll = overlay(roll, gridOf(['.8888.', '888887', '888866', '888866', '888887', '.8888.']), 15, 9);
  const tucked = blankGrid(BODY, BODY);
  stamp(tucked, gridOf(['~67', '^77']), 16, 5);
  stamp(tucked, gridOf(['^77', '~67']), 16, 17);
  placeGun(tucked, 'sleeve', { x: 22, y: 5 });
  placeGun(tucked, 'sleeve', { x: 22, y: 17 });
  roll = recolor(overlay(roll, tucked, 0, 0), colors);
  return [launch, fly, land, roll];
}
