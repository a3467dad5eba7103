// Looking for men the novice does not know of: a newcomer who has nobody in sight and nothing left
// to go to walks toward the part of the map he has not looked at for longest (never seen first,
// nearest first), as a player sweeps the rooms. It knows the map (it is drawn on screen as he goes),
// never where the men are.
import { Cell, TILE, type Actor, type World } from '../../../sim';
import { cellCentre, cellOf, unit } from '../senses';
import { CostField } from '../tactician/cost-field';
import { seesPoint, type ViewBox } from './view';

/** Ticks between looking over the screen for cells seen (a full sweep of traces is not free). */
const LOOK_EVERY = 10;
/** Cells last seen within the same span of this many ticks count as equally stale. */
const STALE_BUCKET = 600;
/** A cell seen this recently is not worth walking to (the pen is looked over: stand and wait). */
const FRESH_TICKS = 300;
/** Ticks between choosing a new place to look. */
const REPLAN_TICKS = 60;
const NEVER = -1_000_000;

export class Explorer {
  private lastSeen: Int32Array | null = null;
  private readonly fromEl: CostField;
  private readonly toGoal: CostField;
  private goal = -1;
  private planAt = -1;
  private pathAt = -1;

  constructor(world: World) {
    const { width, height } = world.level;
    this.fromEl = new CostField(width, height);
    this.toGoal = new CostField(width, height);
  }

  /** Notes the floor cells on screen and in sight now and then. */
  look(world: World, me: Actor, view: ViewBox): void {
    const { width, height } = world.level;
    this.lastSeen ??= new Int32Array(width * height).fill(NEVER);
    if (world.tick % LOOK_EVERY !== 0) return;
    const x0 = Math.max(0, Math.floor(view.left / TILE));
    const x1 = Math.min(width - 1, Math.floor(view.right / TILE));
    const y0 = Math.max(0, Math.floor(view.top / TILE));
    const y1 = Math.min(height - 1, Math.floor(view.bottom / TILE));
    for (let ty = y0; ty <= y1; ty++) {
      for (let tx = x0; tx <= x1; tx++) {
        const i = ty * width + tx;
        if (world.level.cells[i] !== Cell.Floor || this.lastSeen[i] === world.tick) continue;
        if (seesPoint(world, me, view, (tx + 0.5) * TILE, (ty + 0.5) * TILE)) this.lastSeen[i] = world.tick;
      }
    }
  }

  /** The way to walk to look somewhere new, as a unit vector ([0, 0]: nowhere left to go). */
  step(world: World, me: Actor): [number, number] {
    const here = cellOf(world, me.x, me.y);
    if (world.tick >= this.planAt || here === this.goal || this.goal < 0) this.plan(world, here);
    if (this.goal < 0) return [0, 0];
    if (this.toGoal.goal !== this.goal || world.tick >= this.pathAt) {
      this.toGoal.compute(world, this.goal);
      this.pathAt = world.tick + 6;
    }
    const next = this.toGoal.downhill(here);
    if (next < 0) return [0, 0];
    const [nx, ny] = cellCentre(world, next);
    return unit(nx - me.x, ny - me.y);
  }

  private plan(world: World, here: number): void {
    this.planAt = world.tick + REPLAN_TICKS;
    this.fromEl.compute(world, here);
    this.fromEl.settleAll();
    const seen = this.lastSeen!;
    let best = -1;
    let bestAge = Infinity;
    let bestDist = Infinity;
    for (let i = 0; i < seen.length; i++) {
      if (i === here || !this.fromEl.reachable(i) || world.tick - seen[i]! < FRESH_TICKS) continue;
      const age = Math.floor((seen[i]! - NEVER) / STALE_BUCKET);
      const d = this.fromEl.distTo(i);
      if (age < bestAge || (age === bestAge && d < bestDist)) {
        best = i;
        bestAge = age;
        bestDist = d;
      }
    }
    this.goal = best;
  }
}
