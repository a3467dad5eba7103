// Standing body frames: torso, guitar case, head, then arms and guns, each layer outlined.
import { blankGrid, cloneGrid, gridW, outline, recolor, stamp, type Grid } from './grid';
import { gunStamp, type GunKind } from './guns';
import type { Look } from './looks';
import { BODY, type GunPlace, type Pose } from './poses';
import { roleMap } from './roles';

/** Draws a layer: src at (x, y) on a blank frame, outlined, then over dst. */
export function overlay(dst: Grid, src: Grid, x: number, y: number, ink: string | null = 'k'): Grid {
  const l = stamp(blankGrid(gridW(dst), dst.length), src, x, y);
  return stamp(dst, ink === null ? l : outline(l, ink), 0, 0);
}

/** Puts a gun into a grid at a place (muzzle or grip column, upper row). */
export function placeGun(g: Grid, kind: GunKind, at: GunPlace): Grid {
  const gun = gunStamp(kind);
  const len = gridW(gun.grid);
  const gx = at.grip ? at.x - gun.gx : at.x - len + 1;
  return stamp(g, gun.grid, gx, at.y - gun.gy);
}

export function standingBody(look: Look, pose: Pose, gun: GunKind | null): Grid {
  let g = blankGrid(BODY, BODY);
  g = overlay(g, look.torso.grid, look.torso.x + pose.bodyDx, look.torso.y);
  if (look.back) g = overlay(g, look.back.grid, look.back.x + pose.bodyDx, look.back.y);
  const head = stamp(blankGrid(BODY, BODY), look.head.grid, look.head.x + pose.headDx, look.head.y);
  if (look.front) stamp(head, look.front.grid, look.front.x + pose.headDx, look.front.y);
  g = overlay(g, head, 0, 0);
  let arms = cloneGrid(pose.arms);
  if (gun && pose.gunsUnder) {
    const guns = blankGrid(BODY, BODY);
    for (const at of pose.guns) placeGun(guns, gun, at);
    arms = stamp(guns, arms, 0, 0);
  } else if (gun) {
    for (const at of pose.guns) placeGun(arms, gun, at);
  }
  g = overlay(g, arms, 0, 0);
  return recolor(g, roleMap(look.colors));
}
