// World invariants that must hold after every tick, whatever the input.
import { blocksWalk, cellAt, cellAtPoint, TILE } from '../../src/sim/grid';
import { Cell } from '../../src/sim/level-data';
import type { World } from '../../src/sim/world';

/** Returns a description of the first broken invariant, or null. */
export function brokenInvariant(world: World): string | null {
  for (const a of world.actors) {
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y) || !Number.isFinite(a.vx) || !Number.isFinite(a.vy)) {
      return `actor ${a.id} has a non-finite position or velocity (${a.x}, ${a.y})`;
    }
    if (a.hp < 0) return `actor ${a.id} has negative hp ${a.hp}`;
    if (a.hp > a.maxHp) return `actor ${a.id} has hp ${a.hp} over max ${a.maxHp}`;
    if (!a.alive) continue;
    const r = a.radius;
    for (let ty = Math.floor((a.y - r) / TILE); ty <= Math.floor((a.y + r) / TILE); ty++) {
      for (let tx = Math.floor((a.x - r) / TILE); tx <= Math.floor((a.x + r) / TILE); tx++) {
        const c = cellAt(world, tx, ty);
        // Mid-dive El is in the air: he may pass over a gap.
        if (!blocksWalk(c) || (c === Cell.Void && a.diveLeft > 0)) continue;
        const nx = Math.min(Math.max(a.x, tx * TILE), tx * TILE + TILE);
        const ny = Math.min(Math.max(a.y, ty * TILE), ty * TILE + TILE);
        const d = Math.hypot(a.x - nx, a.y - ny);
        if (d < r - 0.01) return `actor ${a.id} (${a.arch}) at (${a.x}, ${a.y}) is inside cell ${tx},${ty} by ${r - d}`;
      }
    }
  }
  for (const b of world.bullets) {
    if (!Number.isFinite(b.x) || !Number.isFinite(b.y)) return `bullet ${b.id} has a non-finite position`;
  }
  for (const g of world.grenades) {
    if (!Number.isFinite(g.x) || !Number.isFinite(g.y)) return `grenade ${g.id} has a non-finite position`;
    const c = cellAtPoint(world, g.x, g.y);
    if (c === Cell.Wall || c === Cell.DoorClosed) return `grenade ${g.id} at (${g.x}, ${g.y}) is inside a wall or closed door`;
  }
  return null;
}
