// Rushes the nearest enemy along the grid, shoots whatever it can see, dives away from bullets
// about to hit it, and walks to the trigger or exit the current objective needs.
import {
  angleOf, Button, loadedIn, newTraceHit, playerOf, Slot, type Actor, type TickInput, type World,
} from '../../sim';
import type { BotDef, BotPolicy } from './bot';
import { advanceGoal, bulletIncoming, cellCentre, cellOf, GridWalker, safeDive, unit, visibleEnemy } from './senses';

const REPATH_TICKS = 12;

class AggressiveBot implements BotPolicy {
  private readonly walker = new GridWalker(REPATH_TICKS);
  private diveCooldown = 0;
  private readonly hit = newTraceHit();
  private strafe = 1;

  constructor(private readonly seed: number) {
    this.strafe = seed % 2 ? 1 : -1;
  }

  act(world: World): TickInput {
    const me = playerOf(world);
    const target = visibleEnemy(world, me, this.hit);
    let buttons = 0;
    let aim = me.aim;
    let mx = 0;
    let my = 0;
    if (target) {
      aim = angleOf(target.x + target.vx * 4 - me.x, target.y + target.vy * 4 - me.y);
      // Tap the trigger: the first pull draws the pistols, later pulls fire as the cooldown allows.
      buttons |= world.tick % 2 === 0 ? Button.Fire : 0;
    } else if (world.player.slot === Slot.Sleeves && loadedIn(world.player, 'sleevePistols') < 6 && world.player.ammo.pistolRound > 0 && world.player.reloadLeft === 0) {
      buttons |= world.tick % 2 === 0 ? Button.Reload : 0;
    }
    const goal = this.goalCell(world, me, target);
    if (goal >= 0) {
      const next = this.walker.next(world, me, goal);
      const close = target && (target.x - me.x) ** 2 + (target.y - me.y) ** 2 < 70 * 70;
      if (next >= 0 && !close) {
        const [nx, ny] = cellCentre(world, next);
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
    else if (bulletIncoming(world, me)) {
      // Dive across the bullet's path (never into a rooftop gap).
      const dive = safeDive(world, me, -my || 1, mx);
      if (dive) {
        buttons |= Button.Dive;
        this.diveCooldown = 50;
        [mx, my] = dive;
      }
    }
    // `| 0` turns a rounded -0 into 0: the sim rebuilds (allocates) any input holding -0.
    return { moveX: Math.round(mx * 127) | 0, moveY: Math.round(my * 127) | 0, aim, buttons };
  }

  /** Where to walk: the visible target, else the nearest enemy, else what the objective asks for. */
  private goalCell(world: World, me: Actor, target: Actor | null): number {
    if (target) return cellOf(world, target.x, target.y);
    return advanceGoal(world, me, this.walker.field(world));
  }
}

export const aggressiveBot: BotDef = {
  name: 'aggressive',
  description: 'rushes the nearest enemy, shoots on sight, dives from bullets',
  create: (seed) => new AggressiveBot(seed),
};
