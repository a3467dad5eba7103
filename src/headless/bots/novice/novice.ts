// The novice: a newcomer with human limits, for measuring how hard the levels are. It thinks with
// the tactician's brain (paths, objectives, whom to shoot, which gun, the gap check on a dive: what
// a player reads off the screen and the film), but
//   sees     only what is on the camera's screen and in El's line of sight, noticed a reaction time
//            (15-20 ticks) after it appears, remembered for 2 s where it was last seen (perception.ts);
//   aims     with a hand that turns at most 8 degrees a tick and puts the crosshair a little behind
//            a moving man, scattered with distance and speed, and fires only once it is there
//            (aim-hand.ts);
//   walks    with the keyboard's eight directions;
//   searches the map's unseen rooms when the men it must kill are nowhere it knows (explore.ts);
//   draws    at the duel one human reaction after the cue (duel-draw.ts).
// Deterministic: every human error comes from its own stream seeded by the run seed (bot-rng.ts).
import {
  angleDiff, angleOf, Button, cosA, DuelPhase, NO_INPUT, playerOf, sinA, type Actor, type TickInput, type World,
} from '../../../sim';
import type { BotDef, BotPolicy } from '../bot';
import { cellOf } from '../senses';
import { CostField } from '../tactician/cost-field';
import { diveLanding } from '../tactician/dive';
import { currentDuel } from '../tactician/duel-timing';
import { clearShotAlong, shooterSpot } from '../tactician/fire-line';
import { objectiveGoal } from '../tactician/goals';
import { sightings } from '../tactician/targets';
import { tacticianBot } from '../tactician/tactician';
import { loadedIn, slotWeapon } from '../tactician/weapon-choice';
import { AimHand } from './aim-hand';
import { BotRng } from './bot-rng';
import { DuelDraw } from './duel-draw';
import { Explorer } from './explore';
import { IDLE_POINTER } from './human-limits';
import { Perception } from './perception';
import { viewBox, type ViewBox } from './view';

/** A thrown grenade leaves only once the crosshair is this close (angle units) to where it should go. */
const THROW_TOLERANCE = 40;
/** Ticks between recomputing walking distances from El (to tell whether the objective has a goal). */
const FROM_EL_TICKS = 12;

export class NoviceBot implements BotPolicy {
  private readonly rng: BotRng;
  private readonly brain: BotPolicy;
  /** What it has seen (public for tests). */
  readonly perception: Perception;
  private readonly duel: DuelDraw;
  private hand: AimHand | null = null;
  private explorer: Explorer | null = null;
  private fromEl: CostField | null = null;
  private fromElAt = -1;
  /** Where the mouse pointer is, in world px (it moves the camera's look-ahead). */
  private pointer: [number, number] = [0, 0];
  /** The screen as of the last act() (public for tests). */
  lastView: ViewBox | null = null;

  constructor(seed: number) {
    this.rng = new BotRng(seed);
    this.brain = tacticianBot.create(seed);
    this.perception = new Perception(this.rng);
    this.duel = new DuelDraw(this.rng);
  }

  act(world: World): TickInput {
    const me = playerOf(world);
    if (!me.alive) return NO_INPUT;
    if (!this.hand) {
      this.hand = new AimHand(this.rng, me.aim);
      this.pointer = [me.x + cosA(me.aim) * IDLE_POINTER, me.y + sinA(me.aim) * IDLE_POINTER];
    }
    const hand = this.hand;
    const view = viewBox(world, me.x, me.y, this.pointer[0], this.pointer[1]);
    this.lastView = view;
    this.perception.update(world, me, view);
    this.explorer ??= new Explorer(world);
    this.explorer.look(world, me, view);

    const duel = currentDuel(world);
    if (duel && (world.duel.objective !== world.objective || world.duel.phase === DuelPhase.Standoff)) {
      const target = world.actors.find((a) => a.alive && a.name === duel.target);
      if (target) this.pointAt(target.x, target.y);
      const aim = target ? hand.turnToward(angleOf(target.x - me.x, target.y - me.y)) : hand.aim;
      return { moveX: 0, moveY: 0, aim, buttons: this.duel.pull(world) ? Button.Fire : 0 };
    }

    const known = this.perception.known(world);
    const think = this.brain.act(known);
    let buttons = think.buttons;
    let [mx, my] = [think.moveX, think.moveY];
    // The man to shoot: the brain's choice, if he is on screen now (not just remembered).
    const target = sightings(known, me).find((s) => this.perception.reactedAndVisible(world, s.actor.id))?.actor ?? null;
    let aim: number;
    if (buttons & Button.Throw) {
      aim = hand.turnToward(think.aim);
      if (Math.abs(angleDiff(aim, think.aim)) > THROW_TOLERANCE) buttons &= ~Button.Throw;
      buttons &= ~Button.Fire;
      this.pointAt(me.x + cosA(aim) * IDLE_POINTER, me.y + sinA(aim) * IDLE_POINTER);
    } else if (target) {
      const [px, py] = hand.aimPoint(world.tick, me, target);
      aim = hand.turnToward(angleOf(px - me.x, py - me.y));
      this.pointAt(px, py);
      if ((buttons & Button.Fire) && !this.mayFire(known, me, target, px, py, aim)) buttons &= ~Button.Fire;
    } else {
      // Nobody to shoot: no shot (bar a click on an empty gun, which reloads it), and the eyes
      // follow the feet.
      if (me.weapon !== null && loadedIn(world.player, world.player.slot) > 0) buttons &= ~Button.Fire;
      if (me.weapon === null) buttons &= ~Button.Fire;
      if (this.nothingToGoFor(known, me)) [mx, my] = this.explorer.step(world, me).map((v) => Math.round(v * 127)) as [number, number];
      aim = mx !== 0 || my !== 0 ? hand.turnToward(angleOf(mx, my)) : hand.aim;
      this.pointAt(me.x + cosA(aim) * IDLE_POINTER, me.y + sinA(aim) * IDLE_POINTER);
    }
    [mx, my] = eightWay(world, me, mx, my, (buttons & Button.Dive) !== 0);
    return { moveX: mx, moveY: my, aim, buttons };
  }

  /** Fire only on a man the hand has reached, with no friend in the gun's cone. */
  private mayFire(known: World, me: Actor, t: Actor, px: number, py: number, aim: number): boolean {
    // A click on an empty gun only starts the reload.
    const arsenal = known.player;
    if (me.weapon !== null && loadedIn(arsenal, arsenal.slot) === 0) return true;
    if (!this.hand!.arrived(me, px, py, t.radius)) return false;
    return clearShotAlong(known, shooterSpot(me), t, aim, slotWeapon(arsenal, arsenal.slot));
  }

  /** Whether the objective points nowhere the novice knows of (its men are out of sight and memory). */
  private nothingToGoFor(known: World, me: Actor): boolean {
    const o = known.level.objectives[known.objective];
    if (!o || (o.type !== 'eliminate' && o.type !== 'defeat')) return false;
    this.fromEl ??= new CostField(known.level.width, known.level.height);
    if (known.tick >= this.fromElAt) {
      this.fromEl.compute(known, cellOf(known, me.x, me.y));
      this.fromElAt = known.tick + FROM_EL_TICKS;
    }
    return objectiveGoal(known, this.fromEl) < 0;
  }

  private pointAt(x: number, y: number): void {
    this.pointer = [x, y];
  }
}

/**
 * The keyboard's eight directions for the walk. A dive whose eight-way direction would pass over
 * a gap keeps the brain's own direction instead (a player lines a dive up with care there).
 */
function eightWay(world: World, me: Actor, mx: number, my: number, diving: boolean): [number, number] {
  if (mx === 0 && my === 0) return [0, 0];
  const a = Math.round(angleOf(mx, my) / 512) * 512;
  const qx = Math.round(cosA(a) * 127);
  const qy = Math.round(sinA(a) * 127);
  if (diving && !diveLanding(world, me, cosA(a), sinA(a))) return [mx, my];
  return [qx + 0, qy + 0];
}

export const noviceBot: BotDef = {
  name: 'novice',
  description: 'a newcomer: 250 ms reactions, a mouse hand that turns and aims like one, sees only the screen, remembers 2 s',
  create: (seed) => new NoviceBot(seed),
};
