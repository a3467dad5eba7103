// Rushes the nearest enemy along the grid, shoots whatever it can see, dives away from bullets
// about to hit it, and walks to the trigger or exit the current objective needs.
import { TILE } from '../../sim/grid';
import { Button, type TickInput } from '../../sim/input';
import { angleOf } from '../../sim/math';
import { newTraceHit, traceSegment, TraceMode } from '../../sim/trace';
import { playerOf, type Actor, type World } from '../../sim/world';
import type { BotDef, BotPolicy } from './bot';
import { FlowField } from './flow-field';

const SIGHT = 320;
const REPATH_TICKS = 12;

class AggressiveBot implements BotPolicy {
  private field: FlowField | null = null;
  private repathAt = 0;
  private diveCooldown = 0;
  private readonly hit = newTraceHit();
  private strafe = 1;

  constructor(private readonly seed: number) {
    this.strafe = seed % 2 ? 1 : -1;
  }

  act(world: World): TickInput {
    const me = playerOf(world);
    const level = world.level;
    this.field ??= new FlowField(level.width, level.height);
    const target = this.visibleEnemy(world, me);
    let buttons = 0;
    let aim = me.aim;
    let mx = 0;
    let my = 0;
    if (target) {
      aim = angleOf(target.x + target.vx * 4 - me.x, target.y + target.vy * 4 - me.y);
      // Tap the trigger: the first pull draws the pistols, later pulls fire as the cooldown allows.
      buttons |= world.tick % 2 === 0 ? Button.Fire : 0;
    } else if (me.slot === 0 && me.magL + me.magR < 6 && me.reserve > 0 && me.reloadLeft === 0) {
      buttons |= world.tick % 2 === 0 ? Button.Reload : 0;
    }
    const goal = this.goalCell(world, me, target);
    if (goal >= 0) {
      if (goal !== this.field.goal || world.tick >= this.repathAt) {
        this.field.compute(world, goal);
        this.repathAt = world.tick + REPATH_TICKS;
      }
      const here = Math.floor(me.y / TILE) * level.width + Math.floor(me.x / TILE);
      const next = this.field.downhill(here);
      const close = target && (target.x - me.x) ** 2 + (target.y - me.y) ** 2 < 70 * 70;
      if (next >= 0 && !close) {
        const nx = ((next % level.width) + 0.5) * TILE;
        const ny = (Math.floor(next / level.width) + 0.5) * TILE;
        [mx, my] = unit(nx - me.x, ny - me.y);
      } else if (target) {
        // Close in: circle the target instead of standing still.
        const [ux, uy] = unit(target.x - me.x, target.y - me.y);
        mx = -uy * this.strafe;
        my = ux * this.strafe;
        if ((world.tick + this.seed) % 90 === 0) this.strafe = -this.strafe;
      }
    }
    if (this.diveCooldown > 0) this.diveCooldown--;
    else if (this.bulletIncoming(world, me)) {
      buttons |= Button.Dive;
      this.diveCooldown = 50;
      // Dive across the bullet's path.
      [mx, my] = [-my || 1, mx];
    }
    return { moveX: Math.round(mx * 127), moveY: Math.round(my * 127), aim, buttons };
  }

  private visibleEnemy(world: World, me: Actor): Actor | null {
    let best: Actor | null = null;
    let bestD = SIGHT * SIGHT;
    for (const a of world.actors) {
      if (!a.alive || a.team !== 'enemy') continue;
      const d = (a.x - me.x) ** 2 + (a.y - me.y) ** 2;
      if (d >= bestD) continue;
      traceSegment(world, me.x, me.y, a.x, a.y, TraceMode.Bullet, me.x, me.y, this.hit);
      if (this.hit.t < 1) continue;
      best = a;
      bestD = d;
    }
    return best;
  }

  /** Where to walk: the visible target, else the nearest enemy, else what the objective asks for. */
  private goalCell(world: World, me: Actor, target: Actor | null): number {
    const w = world.level.width;
    const cellOf = (x: number, y: number) => Math.floor(y / TILE) * w + Math.floor(x / TILE);
    if (target) return cellOf(target.x, target.y);
    let nearest: Actor | null = null;
    let bestD = Infinity;
    for (const a of world.actors) {
      if (!a.alive || a.team !== 'enemy') continue;
      const d = (a.x - me.x) ** 2 + (a.y - me.y) ** 2;
      if (d < bestD) {
        bestD = d;
        nearest = a;
      }
    }
    if (nearest && this.field!.reachable(cellOf(nearest.x, nearest.y))) return cellOf(nearest.x, nearest.y);
    if (nearest && this.field!.goal < 0) return cellOf(nearest.x, nearest.y);
    const objective = world.level.objectives[world.objective];
    if (!objective) return -1;
    if (objective.type === 'reach') {
      const exit = world.level.exits.find((e) => e.name === objective.exit);
      if (exit) return cellOf(exit.area.x + exit.area.w / 2, exit.area.y + exit.area.h / 2);
    }
    // A group not in the world yet: walk into the first unfired trigger that brings it.
    const group = objective.type === 'eliminate' ? objective.group : objective.type === 'defeat' ? world.level.actors.find((s) => s.name === objective.target)?.group : undefined;
    const index = world.level.triggers.findIndex((t, i) => world.triggers[i] === -1 && t.actions.some((a) => a.type === 'spawn' && (group === undefined || a.group === group)));
    const trig = world.level.triggers[index];
    if (trig) return cellOf(trig.area.x + trig.area.w / 2, trig.area.y + trig.area.h / 2);
    return nearest ? cellOf(nearest.x, nearest.y) : -1;
  }

  private bulletIncoming(world: World, me: Actor): boolean {
    for (const b of world.bullets) {
      if (b.owner === me.id) continue;
      // Closest approach within the next 5 ticks.
      const rx = me.x - b.x;
      const ry = me.y - b.y;
      const vv = b.vx * b.vx + b.vy * b.vy;
      const t = Math.max(0, Math.min(5, (rx * b.vx + ry * b.vy) / vv));
      const dx = rx - b.vx * t;
      const dy = ry - b.vy * t;
      if (dx * dx + dy * dy < 10 * 10 && (rx * b.vx + ry * b.vy) > 0) return true;
    }
    return false;
  }
}

function unit(x: number, y: number): [number, number] {
  const l = Math.sqrt(x * x + y * y);
  return l > 1e-9 ? [x / l, y / l] : [0, 0];
}

export const aggressiveBot: BotDef = {
  name: 'aggressive',
  description: 'rushes the nearest enemy, shoots on sight, dives from bullets',
  create: (seed) => new AggressiveBot(seed),
};
