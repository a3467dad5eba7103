// The tactician: plays every level of the film. Each tick it reads the world and decides, in order:
//   the duel     frozen at the ranch's standoff, it draws on the middle tick of the window
//   the shot     the most urgent enemy a round can reach, with the right gun for the range, aimed
//                ahead of him, and only when no friend (ally, the boy, a bystander) is in the cone
//   the feet     toward the objective along a cost field that walks around fire and the car's
//                lane; in a fight, keeping the gun's range, side-stepping across the enemy's line
//   the dodges   a dive across a round about to land, out of Navajas's fan just before the knives
//                leave his hand (or under them in flight when a wall blocks that way), out of the
//                car's way just before it arrives; never a dive that passes over a gap
//   the grenade  where the sim's own flight says it will catch two men and no friend
//   the focus    bullet time whenever anyone near is fighting (kills pay it back)
// Deterministic: no randomness at all; the seed only picks which way it first side-steps.
import {
  angleOf, Button, diveReach, DuelPhase, FOCUS_MIN_START, FOCUS_SLOWDOWN, NO_INPUT, playerOf, Slot, TILE, withSlot,
  type Actor, type TickInput, type World,
} from '../../../sim';
import type { BotDef, BotPolicy } from '../bot';
import { cellOf, Vec } from '../senses';
import { CellCosts, CostField } from './cost-field';
import { diveAcross } from './dive';
import { PathField } from './path-field';
import { SimChanges } from './sim-changes';
import { WalkGrid } from './walk-grid';
import { currentDuel, pullNow } from './duel-timing';
import { Friends, shooterSpot, sparesFriends } from './fire-line';
import { objectiveGoal } from './goals';
import { grenadeAim } from './grenade';
import { dangerAt, drivingCar, forgetHazards, HazardCosts } from './hazards';
import {
  engaged, fightNear, fillHostilesAndFriends, friendHunter, Hostiles, leadAim, protectedNow, SHOOT_RANGE, SightingBuffer, sightings, type Sighting,
} from './targets';
import { Steering, WAIT_FOR } from './steering';
import { carComing, incomingRound, knifeWindup, type Windup } from './threats';
import { chooseSlot, loadedIn, slotWeapon } from './weapon-choice';

/** Ticks between recomputing the path toward the goal. */
const REPATH_TICKS = 6;
/** Ticks between recomputing the walking distances from El (used to pick the nearest man). */
const FROM_EL_TICKS = 12;
/** El ticks between dives (a dive lasts 30 and El needs 10 more to get up). */
const DIVE_COOLDOWN = 40;
/** World ticks ahead a round is feared, and how close it must pass. */
const ROUND_HORIZON = 4;
const ROUND_MISS = 10;
/** Dive this many world ticks before Navajas's knives fly. */
const KNIFE_DIVE_AT = 3;
/** World ticks ahead a knife in flight is dived under (it is slow: the dive's untouchable half must cover its arrival). */
const KNIFE_HORIZON = 10;
/**
 * ...and before the car arrives: against an armoured car over 6 seeds x 900 ticks, diving 2-4 ticks
 * ahead was rammed 0-1 times, 5 ticks 6, 7 ticks 5-8 (the car catches a dive that ends too soon).
 */
const CAR_DIVE_AT = 4;
/** Bullet time stops after this many ticks with nobody to shoot. */
const FOCUS_IDLE_TICKS = 40;
/** Weight of the path toward the goal in the feet's choice while a target is in sight. */
const FIGHT_PATH_WEIGHT = 0.4;
/**
 * ...and while going for a man shooting at her whom El cannot hit: over 200 ranch seeds a weight of
 * 0.8 cleared 86%, 3 cleared 91%, 6 cleared 92.5% (the others in sight are fought on the way).
 */
const HUNTER_PATH_WEIGHT = 5;
/** Bullet time stays on while anyone within this many pixels is fighting. */
const FOCUS_FIGHT_RANGE = 320;
class TacticianBot implements BotPolicy {
  private grid: WalkGrid | null = null;
  private path: PathField | null = null;
  private fromEl: CostField | null = null;
  private pathAt = -1;
  /** Hazard costs kept up to date, what they were on tick `hazardsAt` (worked out at most once an act). */
  private hazards: HazardCosts | null = null;
  private hazardsNow: CellCosts | null = null;
  private hazardsAt = -1;
  /** Navajas's windup at El, worked out at most once an act (asked by the feet, the dodge and the focus). */
  private windupNow: Windup | null = null;
  private windupAsked = false;
  private fromElAt = -1;
  private diveReadyAt = 0;
  private lastHostileTick = -1000;
  private strafe: number;
  /** Weight of the path in the feet's choice while fighting (set by feet() each tick). */
  private pathWeight = FIGHT_PATH_WEIGHT;
  private readonly sightingBuffer = new SightingBuffer();
  /** The world's hostiles, listed once an act for every question about them. */
  private readonly hostiles = new Hostiles();
  /** The world's living friends, listed once an act for the lines of fire. */
  private readonly friends = new Friends();
  private readonly steering = new Steering();
  /** What the sim's ticks may have changed of the cells and the burn states, watched every act (for the grid and the hazard costs). */
  private readonly changes = new SimChanges();
  /** What toward() returns, and a direction that stays zero (never written after construction). */
  private readonly pathDir = new Vec();
  private readonly still = stillVec();

  constructor(private readonly seed: number) {
    this.strafe = seed % 2 ? 1 : -1;
  }

  act(world: World): TickInput {
    forgetHazards();
    this.changes.watch(world);
    this.hazardsAt = -1;
    this.windupAsked = false;
    const me = playerOf(world);
    if (!me.alive) return NO_INPUT;
    const duel = currentDuel(world);
    if (duel && (world.duel.objective !== world.objective || world.duel.phase === DuelPhase.Standoff)) {
      const target = livingNamed(world, duel.target);
      const aim = target ? angleOf(target.x - me.x, target.y - me.y) : me.aim;
      return { moveX: 0, moveY: 0, aim, buttons: pullNow(world, duel) ? Button.Fire : 0 };
    }
    this.updateFields(world, me);
    // Those El protects, found once for the act (protectedNow's list: nothing else asks for it
    // before the act is over).
    const guarded = protectedNow(world);
    // The men to fight, and those El must not hit (for every line of fire this act: the shot's,
    // the feet's), in one look at the actors.
    const hostiles = this.hostiles;
    const friends = this.friends;
    fillHostilesAndFriends(world, hostiles, friends);
    this.steering.friends = friends;
    const seen = sightings(world, me, SHOOT_RANGE, this.sightingBuffer, guarded, hostiles);
    const target = seen[0] ?? null;
    let buttons = 0;
    let aim = me.aim;
    let slot = -1;
    if (target) {
      this.lastHostileTick = world.tick;
      const want = chooseSlot(world, target.actor, target.dist);
      if (want !== world.player.slot || me.weapon === null) slot = want;
      const weapon = slotWeapon(world.player, world.player.slot);
      aim = leadAim(world, me, target.actor, weapon);
      // sightings() lists only men a round reaches: what is left to check is the friends.
      if (sparesFriends(world, shooterSpot(me), target.actor, aim, weapon, friends)) buttons |= this.trigger(world, me);
    } else {
      buttons |= this.reload(world, me);
    }
    // Anyone near El fighting: asked by the feet and the focus alike.
    const near = fightNear(world, me, FOCUS_FIGHT_RANGE, hostiles);
    const step = this.feet(world, me, target, seen, near, guarded, hostiles);
    let mx = step.x;
    let my = step.y;
    // Dodges last: they override the feet.
    const dodge = this.dodge(world, me, step);
    if (dodge) {
      mx = dodge[0];
      my = dodge[1];
      buttons |= Button.Dive;
      this.diveReadyAt = world.tick + DIVE_COOLDOWN;
    }
    buttons |= this.focus(world, me, seen, near);
    if (!(buttons & Button.Dive) && !(me.prevButtons & Button.Throw)) {
      const throwAim = grenadeAim(world, me, seen, hostiles);
      if (throwAim !== null) {
        aim = throwAim;
        buttons = (buttons & ~Button.Fire) | Button.Throw;
      }
    }
    if (slot >= 0 && !(world.player.reloadLeft > 0 && slot === world.player.slot)) buttons = withSlot(buttons, slot + 1);
    // `| 0` turns a rounded -0 into 0: the sim rebuilds (allocates) any input holding -0.
    return { moveX: Math.round(mx * 127) | 0, moveY: Math.round(my * 127) | 0, aim, buttons };
  }

  /** Path toward the objective (or the fight) and walking distances from El, kept fresh. */
  private updateFields(world: World, me: Actor): void {
    const { width, height } = world.level;
    // One walkable grid for both: a change of the cells is worked out once.
    this.grid ??= new WalkGrid(width, height, this.changes);
    this.path ??= new PathField(width, height, this.grid);
    this.fromEl ??= new CostField(width, height, this.grid);
    if (world.tick >= this.fromElAt) {
      this.fromEl.compute(world, cellOf(world, me.x, me.y), this.hazardCosts(world));
      this.fromElAt = world.tick + FROM_EL_TICKS;
    }
  }

  /** knifeWindup(world, me) for this act's world (worked out on the first question). */
  private windup(world: World, me: Actor): Windup | null {
    if (!this.windupAsked) {
      this.windupNow = knifeWindup(world, me);
      this.windupAsked = true;
    }
    return this.windupNow;
  }

  /** What fire, the car and grenades add to walking each cell this tick (filled once), or null if nothing. */
  private hazardCosts(world: World): CellCosts | null {
    if (this.hazardsAt !== world.tick) {
      this.hazards ??= new HazardCosts(world.level.width * world.level.height, this.changes);
      this.hazardsNow = this.hazards.update(world);
      this.hazardsAt = world.tick;
    }
    return this.hazardsNow;
  }

  /**
   * The next step toward `goal` along the cost field, as a unit vector (zero when there or stuck),
   * in this bot's pathDir (rewritten by the next call).
   */
  private toward(world: World, me: Actor, goal: number): Readonly<Vec> {
    const field = this.path!;
    if (goal < 0) return this.still;
    if (goal !== field.goal || world.tick >= this.pathAt) {
      field.compute(world, goal, this.hazardCosts(world));
      this.pathAt = world.tick + REPATH_TICKS;
    }
    const here = cellOf(world, me.x, me.y);
    // Toward the goal's centre once in its cell, else toward the next cell's centre.
    const cell = here === goal ? goal : field.downhill(here);
    if (cell < 0) return this.still;
    const dx = centreX(world, cell) - me.x;
    const dy = centreY(world, cell) - me.y;
    if (here === goal && dx * dx + dy * dy < 4) return this.still;
    // As senses' unit() works it out, written into pathDir (no pair, no doubles passed).
    const l = Math.sqrt(dx * dx + dy * dy);
    const v = this.pathDir;
    v.x = l > 1e-9 ? dx / l : 0;
    v.y = l > 1e-9 ? dy / l : 0;
    return v;
  }

  /** Fire held while the gun has rounds; tapped when empty (the click starts a reload). */
  private trigger(world: World, me: Actor): number {
    if (me.weapon === null || loadedIn(world.player, world.player.slot) === 0) return me.prevButtons & Button.Fire ? 0 : Button.Fire;
    return Button.Fire;
  }

  /** Reload when nobody is in sight and the gun in hand is down. */
  private reload(world: World, me: Actor): number {
    const p = world.player;
    if (p.reloadLeft > 0 || me.weapon === null || me.prevButtons & Button.Reload) return 0;
    const quiet = world.tick - this.lastHostileTick > 20;
    const loaded = loadedIn(p, p.slot);
    if (p.slot === Slot.Sleeves && p.ammo.pistolRound > 0 && (loaded === 0 || (quiet && loaded < 12))) return Button.Reload;
    if (p.slot === Slot.SawedOff && p.ammo.shell > 0 && loaded < 2 && quiet) return Button.Reload;
    if (p.slot === Slot.Wildey && p.ammo.magnumRound > 0 && loaded < 3 && quiet) return Button.Reload;
    return 0;
  }

  /** Where to walk: into range of the target, across its line, toward the objective, out of harm. */
  private feet(
    world: World, me: Actor, target: Sighting | null, seen: Sighting[], near: boolean, guarded: readonly (Actor | null)[], hostiles: Hostiles,
  ): Readonly<Vec> {
    const friend = this.guarded(world);
    // Someone shooting at her whom El cannot hit from here: go and find a line on him.
    const hunter = friendHunter(world, me, this.fromEl!, guarded, hostiles);
    const unseenHunter = hunter && !isSeen(seen, hunter) ? hunter : null;
    let goal: number;
    this.pathWeight = FIGHT_PATH_WEIGHT;
    if (unseenHunter) {
      goal = cellOf(world, unseenHunter.x, unseenHunter.y);
      this.pathWeight = HUNTER_PATH_WEIGHT;
    } else if (target) goal = this.fightGoal(world, target);
    else if (hunter) goal = cellOf(world, hunter.x, hunter.y);
    else goal = objectiveGoal(world, this.fromEl!);
    const pathDir = this.toward(world, me, goal);
    this.steering.pathWeight = this.pathWeight;
    // Out of a fight El waits for the friend he protects; in one, killing fast protects her best
    // (over 200 ranch seeds, staying within 48-96 px of Carolina cleared 66-72%, not minding 82%).
    const fight = near || (friend !== null && fightNear(world, friend, FOCUS_FIGHT_RANGE, hostiles));
    const lagging = friend && !fight && (friend.x - me.x) ** 2 + (friend.y - me.y) ** 2 > WAIT_FOR * WAIT_FOR ? friend : null;
    if (!target) {
      const here = dangerAt(world, me, me.x, me.y);
      if (lagging && here === 0) return this.still;
      if (here === 0 && !drivingCar(world) && world.grenades.length === 0) return pathDir;
      return this.steering.choose(world, me, pathDir, null, seen, lagging, this.strafe, this.windup(world, me));
    }
    if ((world.tick + this.seed) % 120 === 0) this.strafe = -this.strafe;
    return this.steering.choose(world, me, pathDir, target, seen, lagging, this.strafe, this.windup(world, me));
  }

  /** The cell to close in on while fighting: the target's own. */
  private fightGoal(world: World, target: Sighting): number {
    return cellOf(world, target.actor.x, target.actor.y);
  }

  /** The first living ally the level protects (Carolina), or null. */
  private guarded(world: World): Actor | null {
    const protect = world.level.protect;
    for (let i = 0; i < protect.length; i++) {
      const a = livingNamed(world, protect[i]!);
      if (a && a.team === 'ally') return a;
    }
    return null;
  }

  /**
   * A dive to take now (its direction), or null: knives about to fly, the car, a round. `feet` is
   * where the feet were going (a Vec, not two doubles: those would be boxed for the call).
   */
  private dodge(world: World, me: Actor, feet: Readonly<Vec>): [number, number] | null {
    if (world.tick < this.diveReadyAt || me.diveLeft > 0 || me.recoverLeft > 0) return null;
    const mx = feet.x;
    const my = feet.y;
    const windup = this.windup(world, me);
    if (windup && windup.left <= KNIFE_DIVE_AT) {
      // Landing spots are judged by how far clear of the fan they are.
      const offAt = (x: number, y: number): number => Math.abs((x - windup.thrower.x) * -windup.dy + (y - windup.thrower.y) * windup.dx);
      const clear = (x: number, y: number): number => Math.min(windup.halfWidth + 24, offAt(x, y)) / 16 - dangerAt(world, me, x, y) / 50;
      // Just before the blades fly: out of the fan on the side El is already on, if that gets him
      // clear of it; else the dive waits for the blades in flight (below), to be untouchable then.
      const out = diveAcross(world, me, windup.dx, windup.dy, windup.side, clear, 30, true);
      if (out) {
        const reach = diveReach() * 0.8;
        if (offAt(me.x + out[0] * reach, me.y + out[1] * reach) > windup.halfWidth) return out;
      }
    }
    const car = carComing(world, me, CAR_DIVE_AT);
    if (car) {
      const c = drivingCar(world)!;
      const side = (me.x - c.x) * -car.dy + (me.y - c.y) * car.dx >= 0 ? 1 : -1;
      return diveAcross(world, me, car.dx, car.dy, side, landingScore(world, me, mx, my));
    }
    const round = incomingRound(world, me, ROUND_HORIZON, ROUND_MISS, KNIFE_HORIZON / (world.focus.active ? FOCUS_SLOWDOWN : 1));
    if (round) return diveAcross(world, me, round.dx, round.dy, this.strafe, landingScore(world, me, mx, my));
    return null;
  }

  /** Bullet time on when someone is shooting at El or the car comes; off when the fight is over. */
  private focus(world: World, me: Actor, seen: Sighting[], near: boolean): number {
    if (me.prevButtons & Button.Focus) return 0;
    const f = world.focus;
    const car = drivingCar(world);
    const carNear = car !== null && (car.x - me.x) ** 2 + (car.y - me.y) ** 2 < 260 * 260;
    const fight = anyEngaged(seen) || carNear || near || this.windup(world, me) !== null;
    if (!f.active && fight && f.meter >= FOCUS_MIN_START) return Button.Focus;
    if (f.active && !carNear && !near && world.tick - this.lastHostileTick > FOCUS_IDLE_TICKS) return Button.Focus;
    return 0;
  }
}

/** How good a dive's landing spot is: out of harm, and along the way the feet were going (mx, my). */
function landingScore(world: World, me: Actor, mx: number, my: number): (x: number, y: number) => number {
  return (x, y) => -dangerAt(world, me, x, y) / 50 + ((x - me.x) * mx + (y - me.y) * my) / 68;
}

/** The living actor of that name, or undefined. */
function livingNamed(world: World, name: string): Actor | undefined {
  const actors = world.actors;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (a.alive && a.name === name) return a;
  }
  return undefined;
}

function isSeen(seen: readonly Sighting[], a: Actor): boolean {
  for (let i = 0; i < seen.length; i++) if (seen[i]!.actor === a) return true;
  return false;
}

function anyEngaged(seen: readonly Sighting[]): boolean {
  for (let i = 0; i < seen.length; i++) if (engaged(seen[i]!.actor)) return true;
  return false;
}

/** A Vec of (0, 0). */
function stillVec(): Vec {
  const v = new Vec();
  v.x = 0;
  v.y = 0;
  return v;
}

/** A cell's centre in world pixels (cellCentre's, without the pair). */
function centreX(world: World, cell: number): number {
  return ((cell % world.level.width) + 0.5) * TILE;
}

function centreY(world: World, cell: number): number {
  return (Math.floor(cell / world.level.width) + 0.5) * TILE;
}

export const tacticianBot: BotDef = {
  name: 'tactician',
  description: 'plays every level: the duel on the tick, dives under knives and the car, walks around fire, spares friends, picks the gun by range',
  create: (seed) => new TacticianBot(seed),
};
