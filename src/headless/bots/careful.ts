// Fights from low cover: when an enemy is in sight it walks to a floor cell beside a table or the
// counter that puts the cover between El and that enemy (the sim lets a bullet fired within 22 px of
// cover pass over it, so El shoots over the table while it stops the enemy's bullets), fires from
// there, and reloads there. Dives across bullets the cover will not stop. With nobody in sight, or
// no cover to be had, it advances like the aggressive bot. A spot that has not let El land a hit
// for a while is given up for a few seconds, so a duel across two tables does not last forever.
import {
  angleOf, Button, Cell, coverProtects, loadedIn, newTraceHit, playerOf, Slot, TILE, type Actor, type TickInput,
  type World,
} from '../../sim';
import type { BotDef, BotPolicy } from './bot';
import { FlowField } from './flow-field';
import { advanceGoal, bulletIncoming, cellCentre, cellOf, distSq, GridWalker, safeDive, SIGHT, unit, visibleEnemy } from './senses';

const REPATH_TICKS = 12;
/** Ticks between choices of a cover spot while fighting. */
const RECHOOSE_TICKS = 20;
/**
 * Walking steps (cells) El will go for cover. Fights in the bar are quick and close: over 400 seeds
 * a longer walk (5, 9, 12 cells, or 8 once hurt) cleared fewer runs than a short one, and so did
 * waiting on at the spot after losing sight of the enemy, or hiding from enemies seen over tables.
 */
const MAX_COVER_STEPS = 3;
/** Closest a cover spot may be to the enemy it shields from, in pixels. */
const MIN_ENEMY_DIST = 48;
/** Ticks at a spot without landing a hit before it is given up, and for how long. */
const PATIENCE_TICKS = 150;
const GIVE_UP_TICKS = 240;
/** Rounds left in both pistols at or under which El reloads behind cover (full: 16). */
const RELOAD_IN_COVER_AT = 6;
/** With nobody in sight, top up below this. */
const RELOAD_IN_CLEAR_AT = 12;
const DIVE_COOLDOWN = 50;
/** Score bonus of the spot already chosen (a step costs 4). */
const STICK_BONUS = 12;
/** How near a cell's centre counts as standing on it. */
const SETTLED_PX = 3;

class CarefulBot implements BotPolicy {
  private readonly walker = new GridWalker(REPATH_TICKS);
  private reach: FlowField | null = null;
  private readonly hit = newTraceHit();
  private diveCooldown = 0;
  private strafe: number;
  /** Chosen cover cell (-1: none), and when to choose again. */
  private spot = -1;
  private chooseAt = 0;
  /** Ticks spent at the spot since El's last hit landed, and the shots-hit count then. */
  private idleAtSpot = 0;
  private lastHits = 0;
  private bannedSpot = -1;
  private bannedUntil = 0;

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
    const arsenal = world.player;
    const magazines = loadedIn(arsenal, 'sleevePistols');
    const canReload = arsenal.slot === Slot.Sleeves && arsenal.ammo.pistolRound > 0 && arsenal.reloadLeft === 0 && me.weapon !== null;
    if (target) {
      if (world.tick >= this.chooseAt || !this.spotHolds(world, target)) {
        this.spot = this.chooseSpot(world, me, target);
        this.chooseAt = world.tick + RECHOOSE_TICKS;
      }
      aim = angleOf(target.x + target.vx * 4 - me.x, target.y + target.vy * 4 - me.y);
      const inCover = this.spot >= 0 && cellOf(world, me.x, me.y) === this.spot;
      if (inCover && canReload && magazines <= RELOAD_IN_COVER_AT) buttons |= world.tick % 2 === 0 ? Button.Reload : 0;
      else buttons |= world.tick % 2 === 0 ? Button.Fire : 0;
      if (this.spot >= 0) [mx, my] = this.moveToSpot(world, me);
      else [mx, my] = this.rush(world, me, target);
      this.trackPatience(world, inCover);
    } else {
      this.spot = -1;
      this.chooseAt = 0;
      this.idleAtSpot = 0;
      if (canReload && magazines < RELOAD_IN_CLEAR_AT) buttons |= world.tick % 2 === 0 ? Button.Reload : 0;
      const goal = advanceGoal(world, me, this.walker.field(world));
      if (goal >= 0) [mx, my] = this.walkTo(world, me, goal);
    }
    if (this.diveCooldown > 0) this.diveCooldown--;
    else {
      const b = bulletIncoming(world, me, true);
      // Never into a rooftop gap.
      const dive = b ? safeDive(world, me, ...this.diveAcross(world, me, b.vx, b.vy)) : null;
      if (dive) {
        buttons |= Button.Dive;
        this.diveCooldown = DIVE_COOLDOWN;
        [mx, my] = dive;
      }
    }
    // `| 0` turns a rounded -0 into 0: the sim rebuilds (allocates) any input holding -0.
    return { moveX: Math.round(mx * 127) | 0, moveY: Math.round(my * 127) | 0, aim, buttons };
  }

  /** Whether the chosen spot still shields El from this target. */
  private spotHolds(world: World, target: Actor): boolean {
    if (this.spot < 0) return true;
    const [sx, sy] = cellCentre(world, this.spot);
    return coverProtects(world, sx, sy, target.x, target.y);
  }

  /**
   * The best floor cell within a short walk that low cover shields from `target` while El can
   * fire back over it: fewest steps, then most other enemies in sight also shielded, then the
   * lowest cell index (a fixed order, so the choice is deterministic).
   */
  private chooseSpot(world: World, me: Actor, target: Actor): number {
    const { width, height } = world.level;
    this.reach ??= new FlowField(width, height);
    const here = cellOf(world, me.x, me.y);
    this.reach.compute(world, here);
    // Only cells a short walk away are candidates: the search need not go farther.
    const dist = this.reach.within(MAX_COVER_STEPS);
    const others = world.actors.filter((a) => a.alive && a.team === 'enemy' && a !== target && distSq(a, me) < SIGHT * SIGHT);
    let best = -1;
    let bestScore = Infinity;
    for (let cell = 0; cell < dist.length; cell++) {
      const steps = dist[cell]!;
      if (steps > MAX_COVER_STEPS || world.cells[cell] !== Cell.Floor) continue;
      if (cell === this.bannedSpot && world.tick < this.bannedUntil) continue;
      if (!nextToCover(world, cell)) continue;
      const [sx, sy] = cellCentre(world, cell);
      if ((sx - target.x) ** 2 + (sy - target.y) ** 2 < MIN_ENEMY_DIST * MIN_ENEMY_DIST) continue;
      if (!coverProtects(world, sx, sy, target.x, target.y)) continue;
      let shielded = 0;
      for (const o of others) if (coverProtects(world, sx, sy, o.x, o.y)) shielded++;
      // Keep to the spot already chosen unless another is clearly better, so El gets there.
      const score = steps * 4 - shielded * 6 - (cell === this.spot ? STICK_BONUS : 0);
      if (score < bestScore) {
        bestScore = score;
        best = cell;
      }
    }
    return best;
  }

  /** Toward the spot along the grid, then onto its centre, then still. */
  private moveToSpot(world: World, me: Actor): [number, number] {
    if (cellOf(world, me.x, me.y) !== this.spot) return this.walkTo(world, me, this.spot);
    const [sx, sy] = cellCentre(world, this.spot);
    const dx = sx - me.x;
    const dy = sy - me.y;
    if (dx * dx + dy * dy <= SETTLED_PX * SETTLED_PX) return [0, 0];
    const [ux, uy] = unit(dx, dy);
    return [ux * 0.5, uy * 0.5];
  }

  /** No cover to be had: close in on the target, circling it when near (as the aggressive bot). */
  private rush(world: World, me: Actor, target: Actor): [number, number] {
    const close = distSq(target, me) < 70 * 70;
    if (!close) {
      const step = this.walkTo(world, me, cellOf(world, target.x, target.y));
      if (step[0] !== 0 || step[1] !== 0) return step;
    }
    const [ux, uy] = unit(target.x - me.x, target.y - me.y);
    if ((world.tick + this.seed) % 90 === 0) this.strafe = -this.strafe;
    return [-uy * this.strafe, ux * this.strafe];
  }

  private walkTo(world: World, me: Actor, goal: number): [number, number] {
    const next = this.walker.next(world, me, goal);
    if (next < 0) return [0, 0];
    const [nx, ny] = cellCentre(world, next);
    return unit(nx - me.x, ny - me.y);
  }

  /** Gives up a spot where El has stood a while without landing a hit. */
  private trackPatience(world: World, inCover: boolean): void {
    const hits = world.stats.shotsHit;
    if (!inCover || hits !== this.lastHits) this.idleAtSpot = 0;
    else if (++this.idleAtSpot >= PATIENCE_TICKS) {
      this.bannedSpot = this.spot;
      this.bannedUntil = world.tick + GIVE_UP_TICKS;
      this.spot = -1;
      this.chooseAt = 0;
      this.idleAtSpot = 0;
    }
    this.lastHits = hits;
  }

  /** Square to the bullet's flight, to whichever side has floor to land on (the seed's side first). */
  private diveAcross(world: World, me: Actor, bvx: number, bvy: number): [number, number] {
    const [ux, uy] = unit(bvx, bvy);
    for (const side of [this.strafe, -this.strafe]) {
      const dx = -uy * side;
      const dy = ux * side;
      const c = cellOf(world, me.x + dx * TILE * 2, me.y + dy * TILE * 2);
      if (world.cells[c] === Cell.Floor) return [dx, dy];
    }
    return [-uy * this.strafe, ux * this.strafe];
  }
}

function nextToCover(world: World, cell: number): boolean {
  const w = world.level.width;
  const x = cell % w;
  const cells = world.cells;
  return (cells[cell - w] === Cell.Cover) || (cells[cell + w] === Cell.Cover) ||
    (x > 0 && cells[cell - 1] === Cell.Cover) || (x < w - 1 && cells[cell + 1] === Cell.Cover);
}

export const carefulBot: BotDef = {
  name: 'careful',
  description: 'fights from behind low cover, reloads there, dives across bullets, advances when nobody is in sight',
  create: (seed) => new CarefulBot(seed),
};
