// Bodies off their feet, seen from above, head toward east: falling, lying dead, and El's dive.
// Drawn in roles (see roles.ts); the head is placed by code so every look keeps its own.
import { blankGrid, gridW, recolor, type Grid } from './grid';
import { overlay } from './bodies';
import type { Look } from './looks';
import { BODY, rowsAt, type FloorPose } from './poses';
import { roleMap } from './roles';

/** Turns a grid a quarter turn clockwise (north becomes east). */
export function rotCW(g: Grid): Grid {
  const h = g.length;
  const w = gridW(g);
  return Array.from({ length: w }, (_, y) => Array.from({ length: h }, (_, x) => g[h - 1 - x]![y]!));
}

//                    012345678901234567890123
// Tipping forward: the back comes into view, legs appear behind, arms fly up.
const FALLING = rowsAt(3, [
  '.................66.....', // 3
  '...............~~67.....', // 4
  '.............~~^........', // 5
  '..........222~^.........', // 6
  '.........211112.........', // 7
  '........21111112........', // 8
  '....=00021111112........', // 9
  '...#=00021131112........', // 10
  '....=--021131112........', // 11
  '.......-21131112........', // 12
  '....=00021131112........', // 13
  '...#=00021131112........', // 14
  '....=--021111112........', // 15
  '........21111112........', // 16
  '.........211112.........', // 17
  '..........222~^.........', // 18
  '.............~~^........', // 19
  '...............~~67.....', // 20
  '.................66.....', // 21
]);

//                    012345678901234567890123
// Face down, sprawled: one arm flung ahead, the other out to the side, legs apart.
const LYING = rowsAt(1, [
  '..................66....', // 1
  '.................~667...', // 2
  '...............~~~7.....', // 3
  '.............~~~^.......', // 4
  '...........~~~^^........', // 5
  '..........2222^.........', // 6
  '.........21111122.......', // 7
  '..=#.....211111112......', // 8
  '.==0000..2111311112.....', // 9
  '.=#00000021113111112....', // 10
  '..=-----0211131111112...', // 11
  '........-211131111112...', // 12
  '........0211131111112...', // 13
  '.....00002111311111112..', // 14
  '...00000-21111111112....', // 15
  '..=0----.2111111122^~...', // 16
  '.==#-....211111122..^~..', // 17
  '.=#.......22222.....^~..', // 18
  '....................~67.', // 19
  '....................667.', // 20
]);

export const FALL: FloorPose = { body: FALLING, headX: 13, headY: 9, caseOnBack: true };
export const DEAD: FloorPose = { body: LYING, headX: 16, headY: 9, caseOnBack: false };

/** A fallen body: the pose, the look's bare head, the hat on the floor beside it. */
export function floorBody(look: Look, pose: FloorPose, hatAt: { x: number; y: number } | null): Grid {
  let g = blankGrid(BODY, BODY);
  if (look.hat && hatAt) g = overlay(g, look.hat, hatAt.x, hatAt.y);
  g = overlay(g, pose.body, 0, 0);
  if (look.back && pose.caseOnBack) g = overlay(g, look.back.grid, look.back.x + 2, look.back.y);
  // A standing head sits at (head.x, head.y) relative to the skull's reference corner (9, 9);
  // the pose moves that corner to (headX, headY). Bare heads are drawn from the corner itself.
  const head = look.bareHead ?? look.head.grid;
  const hx = look.bareHead ? 9 : look.head.x;
  const hy = look.bareHead ? 9 : look.head.y;
  g = overlay(g, head, pose.headX + hx - 9, pose.headY + hy - 9);
  if (look.back && !pose.caseOnBack) g = overlay(g, rotCW(look.back.grid), 0, 17);
  return recolor(g, roleMap(look.colors));
}

