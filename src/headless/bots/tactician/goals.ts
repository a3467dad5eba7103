// Where the objectives send El when nobody needs shooting: the exit of a `reach`, the nearest
// member of the group an `eliminate` wants (by walking distance), the man a `defeat` names, or the
// unfired trigger that brings them into the world.
import { ARCHETYPES, type World } from '../../../sim';
import { cellOf } from '../senses';
import type { CostField } from './cost-field';

/** Cell of the middle of a rectangle in world pixels. */
function middle(world: World, r: { x: number; y: number; w: number; h: number }): number {
  return cellOf(world, r.x + r.w / 2, r.y + r.h / 2);
}

/** Cell of the first unfired trigger that spawns `group` (any group if undefined), or -1. */
function spawningTrigger(world: World, group: string | undefined): number {
  const list = world.level.triggers;
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    if (world.triggers[i] !== -1) continue;
    if (t.actions.some((a) => a.type === 'spawn' && (group === undefined || group === '' || a.group === group))) return middle(world, t.area);
  }
  return -1;
}

/** Whether some enemy of the group has not been spawned yet. */
function groupPending(world: World, group: string): boolean {
  return world.level.actors.some((s, i) => !world.spawned[i] && ARCHETYPES[s.archetype].team === 'enemy' && (group === '' || s.group === group));
}

/**
 * The goal cell for the current objective; `fromEl` holds walking distances from El's cell (a
 * CostField computed toward it), to pick the nearest man. -1 when there is nowhere to go.
 */
export function objectiveGoal(world: World, fromEl: CostField): number {
  const o = world.level.objectives[world.objective];
  if (!o) return -1;
  switch (o.type) {
    case 'reach': {
      const exit = world.level.exits.find((e) => e.name === o.exit);
      return exit ? middle(world, exit.area) : -1;
    }
    case 'eliminate': {
      const man = nearestOf(world, fromEl, o.group);
      if (man >= 0) return man;
      if (groupPending(world, o.group)) return spawningTrigger(world, o.group);
      return nearestOf(world, fromEl, '');
    }
    case 'defeat':
    case 'duel': {
      const target = world.actors.find((a) => a.alive && a.name === o.target);
      if (target) return cellOf(world, target.x, target.y);
      const spawn = world.level.actors.find((s) => s.name === o.target);
      return spawningTrigger(world, spawn?.group);
    }
    case 'survive':
      return -1;
  }
}

/** Scratch for nearestOf: the candidates' cells, filled afresh by each call (nothing is kept). */
const candidates: number[] = [];

/** Cell of the living enemy of `group` ('' for any) nearest on foot, or -1 (none reachable). */
function nearestOf(world: World, fromEl: CostField, group: string): number {
  const actors = world.actors;
  let count = 0;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (!a.alive || a.team !== 'enemy') continue;
    if (group !== '' && a.group !== group) continue;
    candidates[count++] = cellOf(world, a.x, a.y);
  }
  // The search from El settles the nearest first; then the first of them in the list.
  const k = fromEl.nearestIndex(candidates, count);
  return k < 0 ? -1 : candidates[k]!;
}
