// Knocking a body down (a kicked door, a sliding table): a little damage and a while on the floor.
import { resistsKnock } from './assists';
import { damage } from './combat';
import { KNOCKDOWN } from './harm';
import { emit, type Actor, type World } from './world';

/** Ticks a knocked-down man lies there before the AI takes over again (1.5 s). */
export const KNOCKDOWN_TICKS = 90;
export const KNOCKDOWN_DAMAGE = 1;

export function knockDown(world: World, target: Actor, by: number): void {
  // No knock-down (assists.ts): the door or table passes El by, unhurt.
  if (!target.alive || resistsKnock(world, target)) return;
  emit(world, { type: 'knockdown', actor: target.id, by, x: target.x, y: target.y });
  // Not a round: damage() leaves it out of El's hits (a door or a table is not a shot).
  damage(world, target, KNOCKDOWN_DAMAGE, by, target.x, target.y, KNOCKDOWN);
  if (!target.alive) return;
  target.stunLeft = Math.max(target.stunLeft, KNOCKDOWN_TICKS);
  target.vx = 0;
  target.vy = 0;
}

/** Whether the circle (x, y, r) overlaps cell (tx, ty). */
export function circleInCell(x: number, y: number, r: number, tx: number, ty: number, tile: number): boolean {
  const left = tx * tile;
  const top = ty * tile;
  const nx = x < left ? left : x > left + tile ? left + tile : x;
  const ny = y < top ? top : y > top + tile ? top + tile : y;
  const dx = x - nx;
  const dy = y - ny;
  return dx * dx + dy * dy < r * r;
}
