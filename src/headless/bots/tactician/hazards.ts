// What the ground costs to walk on: burning cells and the wood about to catch, the lane the
// lieutenant's car is about to drive down, and where a live grenade will go off. Fills a
// CostField's `extra` and answers point queries for steering and dives.
import {
  AS_DOUBLE, BurnState, cosA, GRENADE_FRICTION, isVehicle, Material, sinA, TILE, WEAPONS, type Actor, type World,
} from '../../../sim';
import { CellCosts } from './cost-field';
import type { Spot } from './fire-line';
import { nextDifference } from '../same-bytes';
import type { SimChanges } from './sim-changes';

// Read once (const enums and constants imported across modules cost a property read per use).
const BURNING: number = BurnState.Burning;
const UNBURNT: number = BurnState.Unburnt;
const WOOD: number = Material.Wood;
const T = TILE;
const FRICTION = GRENADE_FRICTION;

/** Extra path cost of a burning cell, and of unburnt wood next to one (it may catch any moment). */
export const BURNING_COST = 400;
export const CATCHING_COST = 60;
/** Extra path cost of a cell the car will sweep within CAR_LOOKAHEAD ticks. */
export const CAR_LANE_COST = 250;
/** World ticks of the car's straight-line course that count as its lane. */
export const CAR_LOOKAHEAD = 45;
/** Half-width of the lane beyond the car's own radius and El's. */
const CAR_LANE_MARGIN = 10;

/** Extra path cost of a cell inside the blast of a live grenade (El's own: nobody else throws). */
export const GRENADE_COST = 300;
/** The blast's reach plus El's size and a step of margin. */
const GRENADE_REACH = (WEAPONS.grenade.blastRadius ?? 64) + 14;

/** A sliding grenade's speed shrinks by GRENADE_FRICTION each tick: it comes to rest this many ticks' velocity on. */
const REST_AHEAD = 1 / (1 - FRICTION);

/** Whether a live grenade will go off within reach of the point. */
export function inGrenadeBlast(world: World, x: number, y: number): boolean {
  const grenades = world.grenades;
  for (let n = 0; n < grenades.length; n++) {
    const g = grenades[n]!;
    if (!g.alive) continue;
    if ((g.x + g.vx * REST_AHEAD - x) ** 2 + (g.y + g.vy * REST_AHEAD - y) ** 2 < GRENADE_REACH * GRENADE_REACH) return true;
  }
  return false;
}

// drivingCar is asked many times a tick: the answer is kept until forgetHazards() (the policy
// calls it at the start of every act, so nothing outlives one look at one world).
let carWorld: World | null = null;
let carTick = -1;
let carFound: Actor | null = null;

/** Forgets what was worked out for the last world looked at. */
export function forgetHazards(): void {
  carWorld = null;
  carFound = null;
}

/** The living car that is driving (the lieutenant), or null. */
export function drivingCar(world: World): Actor | null {
  if (carWorld === world && carTick === world.tick) return carFound;
  carFound = null;
  const actors = world.actors;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (a.alive && a.ai && a.ai.driveSpeed > 0.3 && isVehicle(a)) {
      carFound = a;
      break;
    }
  }
  carWorld = world;
  carTick = world.tick;
  return carFound;
}

/** The living car, driving or parked, or null. */
export function anyCar(world: World): Actor | null {
  const actors = world.actors;
  for (let i = 0; i < actors.length; i++) if (actors[i]!.alive && isVehicle(actors[i]!)) return actors[i]!;
  return null;
}

export function burningCell(world: World, i: number): boolean {
  return world.burn[i] === BURNING;
}

function catching(world: World, i: number): boolean {
  if (world.burn[i] !== UNBURNT || world.level.materials[i] !== WOOD) return false;
  const w = world.level.width;
  const x = i % w;
  return (i >= w && burningCell(world, i - w)) || (i + w < world.burn.length && burningCell(world, i + w)) ||
    (x > 0 && burningCell(world, i - 1)) || (x < w - 1 && burningCell(world, i + 1));
}

/** Whether the point lies in the car's lane: ahead of it along its heading, within its sweep. */
export function inCarLane(car: Actor, x: number, y: number, radius: number): boolean {
  const speed = Math.max(1.5, car.ai?.driveSpeed ?? 0);
  const hx = cosA(car.aim);
  const hy = sinA(car.aim);
  const rx = x - car.x;
  const ry = y - car.y;
  const along = rx * hx + ry * hy;
  const reach = speed * CAR_LOOKAHEAD;
  if (along < -car.radius || along > reach) return false;
  const off = Math.abs(rx * hy - ry * hx);
  return off < car.radius + radius + CAR_LANE_MARGIN;
}

/**
 * The hazard costs of the world as it changes, for the cost fields: filled again only when what
 * they come from may have changed, and given a new version only when they did change. Fire's
 * share is kept apart and redone only when the burn states change; the car's lane and the
 * grenades' blasts (the moving share) touch a small box of cells, so only the boxes of the last
 * fill and this one are looked at: everywhere else the costs stay the fire's.
 */
export class HazardCosts {
  private readonly costs: CellCosts;
  /** Fire's share, as of burnSeen; the moving share, zero outside `box`. */
  private readonly fire: Int32Array;
  private readonly moving: Int32Array;
  /** The burn states fire's share was last filled from (none until `filled`). */
  private readonly burnSeen: Uint8Array;
  private filled = false;
  /** Scratch for refreshFire(): the cells to redo, and a mark on each while listed. */
  private readonly touched: Int32Array;
  private readonly marked: Uint8Array;
  /** Cells the moving share touches (x0, y0, x1, y1, inclusive; empty when x0 > x1), and the last fill's. */
  private readonly box = new Int32Array(4);
  private readonly lastBox = new Int32Array(4);
  /** Scratch: the box holding both, and the one holding the cells refreshFire() redid. */
  private readonly both = new Int32Array(4);
  private readonly fireBox = new Int32Array(4);

  /** The version of `changes.burn` the burn states were last compared at. */
  private burnComparedAt = -1;

  /**
   * `changes`: what tells the costs the burn states may have changed (a bot's, watched every act
   * and shared with its walk grid); without it the burn states are compared on every update.
   */
  constructor(cells: number, private readonly changes: SimChanges | null = null) {
    this.costs = new CellCosts(cells);
    this.fire = new Int32Array(cells);
    this.moving = new Int32Array(cells);
    this.burnSeen = new Uint8Array(cells);
    this.touched = new Int32Array(cells);
    this.marked = new Uint8Array(cells);
    emptyBox(this.box);
  }

  /** What fire, the car and grenades add to walking each cell now, or null if nothing. */
  update(world: World): CellCosts | null {
    this.changes?.watch(world);
    const car = drivingCar(world);
    if (world.burningCells === 0 && world.grenades.length === 0 && !car) return null;
    const { box, lastBox, moving, fire } = this;
    const values = this.costs.values;
    const w = world.level.width;
    lastBox.set(box);
    clearBox(moving, w, lastBox);
    emptyBox(box);
    if (world.grenades.length > 0) addGrenadeBlasts(world, moving, box);
    if (car) addCarLane(world, car, moving, box);
    let changed = false;
    // Where the costs may have changed, for the fields that copy them (none if filled afresh).
    let within: Int32Array | null = null;
    if (!this.filled) {
      fire.fill(0);
      if (world.burningCells > 0) addFire(world, fire);
      this.burnSeen.set(world.burn);
      this.burnComparedAt = this.changes?.burn ?? -1;
      this.filled = true;
      for (let i = 0; i < values.length; i++) {
        const v = fire[i]! + moving[i]!;
        if (values[i] !== v) {
          values[i] = v;
          changed = true;
        }
      }
    } else {
      // Fire's share changes only at cells whose burn state changed and their neighbours.
      changed = this.refreshFire(world);
      // Elsewhere a cost can have changed only where the moving share was or is.
      // Once over both boxes together (they mostly overlap; a cell in neither is unchanged).
      const both = this.both;
      both.set(box);
      growBox(both, lastBox[0]!, lastBox[1]!, lastBox[2]!, lastBox[3]!);
      changed = refreshBox(values, fire, moving, w, both) || changed;
      within = both;
      growBox(within, this.fireBox[0]!, this.fireBox[1]!, this.fireBox[2]!, this.fireBox[3]!);
    }
    if (changed && within) this.costs.bumpWithin(within[0]!, within[1]!, within[2]!, within[3]!);
    else if (changed) this.costs.version++;
    return this.costs;
  }

  /**
   * Brings fire's share (and the costs) up to date at the cells whose burn state changed since the
   * last look, and at their neighbours (a cell's share reads its own state and theirs); whether a
   * cost changed.
   */
  private refreshFire(world: World): boolean {
    const { burnSeen, fire, touched, marked, fireBox } = this;
    emptyBox(fireBox);
    const burn = world.burn;
    const w = world.level.width;
    const n = burn.length;
    let count = 0;
    // Compared only when a cell may have caught fire or burnt out since the last look.
    const changes = this.changes;
    const look = changes === null || changes.burn !== this.burnComparedAt;
    if (changes !== null) this.burnComparedAt = changes.burn;
    for (let i = look ? nextDifference(burn, burnSeen, 0) : -1; i >= 0; i = nextDifference(burn, burnSeen, i + 1)) {
      burnSeen[i] = burn[i]!;
      const x = i % w;
      for (let k = 0; k < 5; k++) {
        const j = k === 0 ? i : k === 1 ? (i >= w ? i - w : -1) : k === 2 ? (i + w < n ? i + w : -1) : k === 3 ? (x > 0 ? i - 1 : -1) : x < w - 1 ? i + 1 : -1;
        if (j < 0 || marked[j] === 1) continue;
        marked[j] = 1;
        touched[count++] = j;
      }
    }
    const values = this.costs.values;
    const moving = this.moving;
    let changed = false;
    for (let k = 0; k < count; k++) {
      const i = touched[k]!;
      marked[i] = 0;
      const x = i % w;
      growBox(fireBox, x, (i - x) / w, x, (i - x) / w);
      fire[i] = fireCost(world, i);
      const v = fire[i]! + moving[i]!;
      if (values[i] !== v) {
        values[i] = v;
        changed = true;
      }
    }
    return changed;
  }
}

function emptyBox(box: Int32Array): void {
  box[0] = 0x7fffffff;
  box[1] = 0x7fffffff;
  box[2] = -1;
  box[3] = -1;
}

/** Grows the box to hold cells x0..x1, y0..y1. */
function growBox(box: Int32Array, x0: number, y0: number, x1: number, y1: number): void {
  if (x0 > x1 || y0 > y1) return;
  if (x0 < box[0]!) box[0] = x0;
  if (y0 < box[1]!) box[1] = y0;
  if (x1 > box[2]!) box[2] = x1;
  if (y1 > box[3]!) box[3] = y1;
}

/** Zeroes the cells of the box. */
function clearBox(a: Int32Array, w: number, box: Int32Array): void {
  for (let ty = box[1]!; ty <= box[3]!; ty++) a.fill(0, ty * w + box[0]!, ty * w + box[2]! + 1);
}

/** Sets the costs in the box to fire + moving; whether any changed. */
function refreshBox(values: Int32Array, fire: Int32Array, moving: Int32Array, w: number, box: Int32Array): boolean {
  let changed = false;
  for (let ty = box[1]!; ty <= box[3]!; ty++) {
    for (let i = ty * w + box[0]!, end = ty * w + box[2]!; i <= end; i++) {
      const v = fire[i]! + moving[i]!;
      if (values[i] !== v) {
        values[i] = v;
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * BURNING_COST on burning cells and CATCHING_COST on the unburnt wood beside them (catching()'s
 * cells, found from the fire's side: a cell catches when a 4-neighbour burns).
 */
function addFire(world: World, extra: Int32Array): void {
  const burn = world.burn;
  const materials = world.level.materials;
  const w = world.level.width;
  const n = burn.length;
  for (let i = 0; i < n; i++) if (burn[i] === BURNING) extra[i] = BURNING_COST;
  for (let i = 0; i < n; i++) {
    if (burn[i] !== BURNING) continue;
    const x = i % w;
    for (let k = 0; k < 4; k++) {
      const j = k === 0 ? (i >= w ? i - w : -1) : k === 1 ? (i + w < n ? i + w : -1) : k === 2 ? (x > 0 ? i - 1 : -1) : x < w - 1 ? i + 1 : -1;
      if (j >= 0 && burn[j] === UNBURNT && materials[j] === WOOD) extra[j] = CATCHING_COST;
    }
  }
}

/** Fire's share of one cell's cost, as addFire() fills it. */
function fireCost(world: World, i: number): number {
  const burn = world.burn;
  const b = burn[i];
  if (b === BURNING) return BURNING_COST;
  if (b !== UNBURNT || world.level.materials[i] !== WOOD) return 0;
  const w = world.level.width;
  const n = burn.length;
  const x = i % w;
  if ((i >= w && burn[i - w] === BURNING) || (i + w < n && burn[i + w] === BURNING) ||
    (x > 0 && burn[i - 1] === BURNING) || (x < w - 1 && burn[i + 1] === BURNING)) return CATCHING_COST;
  return 0;
}

/** GRENADE_COST on every cell whose centre a live grenade's blast will reach (only cells near one are looked at). */
function addGrenadeBlasts(world: World, extra: Int32Array, box: Int32Array): void {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const g of world.grenades) {
    if (!g.alive) continue;
    const rx = g.x + g.vx * REST_AHEAD;
    const ry = g.y + g.vy * REST_AHEAD;
    x0 = Math.min(x0, rx);
    y0 = Math.min(y0, ry);
    x1 = Math.max(x1, rx);
    y1 = Math.max(y1, ry);
  }
  if (x0 > x1) return;
  const { width: w, height: h } = world.level;
  // Cells whose centre is within reach of the box around the resting spots, and a tile more.
  const tx0 = Math.max(0, Math.floor((x0 - GRENADE_REACH) / T) - 1);
  const tx1 = Math.min(w - 1, Math.floor((x1 + GRENADE_REACH) / T) + 1);
  const ty0 = Math.max(0, Math.floor((y0 - GRENADE_REACH) / T) - 1);
  const ty1 = Math.min(h - 1, Math.floor((y1 + GRENADE_REACH) / T) + 1);
  growBox(box, tx0, ty0, tx1, ty1);
  for (let ty = ty0; ty <= ty1; ty++) {
    for (let tx = tx0; tx <= tx1; tx++) {
      const i = ty * w + tx;
      if (inGrenadeBlast(world, ((i % w) + 0.5) * T, (Math.floor(i / w) + 0.5) * T)) extra[i] = extra[i]! + GRENADE_COST;
    }
  }
}

/**
 * CAR_LANE_COST on every cell whose centre lies in the car's lane (inCarLane's test with El's
 * radius taken as 6), looking only at the cells near enough to the car to be in it.
 */
function addCarLane(world: World, car: Actor, extra: Int32Array, box: Int32Array): void {
  const speed = Math.max(1.5, car.ai?.driveSpeed ?? 0);
  const hx = cosA(car.aim);
  const hy = sinA(car.aim);
  const reach = speed * CAR_LOOKAHEAD;
  const width = car.radius + 6 + CAR_LANE_MARGIN;
  // The lane is a rectangle from just behind the car to `reach` ahead, `width` either side: only
  // the cells of its bounding box can hold a centre inside it (a tile more against rounding).
  const back = -car.radius;
  const halfX = Math.abs(hy) * width;
  const halfY = Math.abs(hx) * width;
  const ax = hx * back;
  const bx = hx * reach;
  const ay = hy * back;
  const by = hy * reach;
  const { width: w, height: h } = world.level;
  const x0 = Math.max(0, Math.floor((car.x + Math.min(ax, bx) - halfX - T) / T));
  const x1 = Math.min(w - 1, Math.floor((car.x + Math.max(ax, bx) + halfX + T) / T));
  const y0 = Math.max(0, Math.floor((car.y + Math.min(ay, by) - halfY - T) / T));
  const y1 = Math.min(h - 1, Math.floor((car.y + Math.max(ay, by) + halfY + T) / T));
  growBox(box, x0, y0, x1, y1);
  for (let ty = y0; ty <= y1; ty++) {
    for (let tx = x0; tx <= x1; tx++) {
      const rx = (tx + 0.5) * T - car.x;
      const ry = (ty + 0.5) * T - car.y;
      const along = rx * hx + ry * hy;
      if (along < -car.radius || along > reach) continue;
      if (Math.abs(rx * hy - ry * hx) < width) {
        const i = ty * w + tx;
        extra[i] = extra[i]! + CAR_LANE_COST;
      }
    }
  }
}

/** How bad it is to stand at (x, y) now: fire under foot or about to be, the car's lane. */
export function dangerAt(world: World, me: Actor, x: number, y: number): number {
  const tx = Math.floor(x / T);
  const ty = Math.floor(y / T);
  const { width, height } = world.level;
  let d = 0;
  if (tx >= 0 && ty >= 0 && tx < width && ty < height) {
    const i = ty * width + tx;
    if (burningCell(world, i)) d += BURNING_COST;
    else if (catching(world, i)) d += CATCHING_COST;
  }
  const car = drivingCar(world);
  if (car && inCarLane(car, x, y, me.radius)) d += CAR_LANE_COST;
  if (world.grenades.length > 0 && inGrenadeBlast(world, x, y)) d += GRENADE_COST;
  return d;
}

/**
 * dangerAt for many points in one look at the world (the feet score 17 spots a tick): the car's
 * lane and what is present at all are worked out once by look(), so at() stays small.
 */
export class DangerProbe {
  private world: World | null = null;
  private burning = false;
  /** Where the live grenades will rest, as x, y pairs, and how many. */
  private rests = new Float64Array(8);
  private grenades = 0;
  private car: Actor | null = null;
  // Fractions once a car comes: laid out as doubles from the start (AS_DOUBLE in the sim).
  private hx = AS_DOUBLE;
  private hy = AS_DOUBLE;
  private reach = AS_DOUBLE;
  private laneHalfWidth = 0;

  look(world: World, me: Actor): void {
    this.world = world;
    this.burning = world.burningCells > 0;
    this.grenades = 0;
    for (let i = 0; i < world.grenades.length; i++) {
      const g = world.grenades[i]!;
      if (!g.alive) continue;
      if (this.rests.length < this.grenades * 2 + 2) {
        const more = new Float64Array(this.rests.length * 2);
        more.set(this.rests);
        this.rests = more;
      }
      this.rests[this.grenades * 2] = g.x + g.vx * REST_AHEAD;
      this.rests[this.grenades * 2 + 1] = g.y + g.vy * REST_AHEAD;
      this.grenades++;
    }
    const car = drivingCar(world);
    this.car = car;
    if (!car) return;
    // As inCarLane works them out.
    const speed = Math.max(1.5, car.ai?.driveSpeed ?? 0);
    this.hx = cosA(car.aim);
    this.hy = sinA(car.aim);
    this.reach = speed * CAR_LOOKAHEAD;
    this.laneHalfWidth = car.radius + me.radius + CAR_LANE_MARGIN;
  }

  /** dangerAt(world, me, p.x, p.y) for the world and El given to look() (a point, not two boxed doubles). */
  at(p: Spot): number {
    const x = p.x;
    const y = p.y;
    const world = this.world!;
    let d = 0;
    // Nothing burns: no cell is burning or catching.
    if (this.burning) {
      const tx = Math.floor(x / T);
      const ty = Math.floor(y / T);
      const { width, height } = world.level;
      if (tx >= 0 && ty >= 0 && tx < width && ty < height) {
        const i = ty * width + tx;
        if (burningCell(world, i)) d += BURNING_COST;
        else if (catching(world, i)) d += CATCHING_COST;
      }
    }
    const car = this.car;
    if (car) {
      const rx = x - car.x;
      const ry = y - car.y;
      const along = rx * this.hx + ry * this.hy;
      if (along >= -car.radius && along <= this.reach && Math.abs(rx * this.hy - ry * this.hx) < this.laneHalfWidth) d += CAR_LANE_COST;
    }
    // inGrenadeBlast with the resting spots worked out once.
    for (let g = 0; g < this.grenades; g++) {
      if ((this.rests[g * 2]! - x) ** 2 + (this.rests[g * 2 + 1]! - y) ** 2 < GRENADE_REACH * GRENADE_REACH) {
        d += GRENADE_COST;
        break;
      }
    }
    return d;
  }
}
