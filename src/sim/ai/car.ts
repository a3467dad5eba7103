// The car Bucho's second in command drives at El in the street (archetype `lieutenant`, or any
// archetype marked `heavy`). One actor is the car and its driver: bullets hit the car, and when its
// hit points run out the driver is dead (he drops his gun) and the car stops where it is (a wreck,
// drawn from the corpse). It waits parked (or, given a patrol path, races round it) until it sees
// a hostile, is shot, or the alarm sounds; then it drives straight at its target with a limited
// turn rate (so it overshoots and comes round again), backs off a wall it hits, and rams whoever it
// touches: damage, a shove, and nobody's body can stop it (see separateActors).
import { ARCHETYPES, type ArchetypeDef } from '../archetypes';
import { damage, isInvulnerable } from '../combat';
import { angleDiff, angleOf, cosA, distSq, sinA } from '../math';
import { unharmedBy } from '../friendly-fire';
import { RAM } from '../harm';
import { moveActor } from '../movement';
import { actorById, emit, type Actor, type World } from '../world';
import { AiMode, type AiState } from './ai-state';
import { setMode } from './modes';
import { alertActor } from './alert';
import { turnToward } from './navigate';
import { hostileTeams, pickTarget, targetOf } from './targets';

/** Turn rate while driving (angle units per tick: a half turn in about 1.1 s). */
const CAR_TURN = 30;
/** Speed gained per tick, and the top speed while turning hard (more than a quarter turn off). */
const ACCEL = 0.1;
const TURNING_SPEED = 1.6;
/** Blocked by a wall: back up this many ticks at this speed. */
const REVERSE_TICKS = 36;
const REVERSE_SPEED = 1.2;
/** Rams only at this speed or more; damage, shove (pixels) and ticks before it can ram again. */
const RAM_MIN_SPEED = 1.2;
export const RAM_DAMAGE = 2;
const RAM_KNOCK = 24;
const RAM_COOLDOWN = 30;
/** Speed kept after a ram. */
const RAM_SLOWDOWN = 0.6;
/** Ticks between looks for a nearer target while driving. */
const RETARGET_TICKS = 20;
/** A path point counts as passed within this many pixels. */
const WAYPOINT_REACH = 14;

export function updateCar(world: World, a: Actor, ai: AiState, def: ArchetypeDef = ARCHETYPES[a.arch]): void {
  if (!driving(ai)) {
    // Parked or cruising its path: a look every 4 ticks (staggered by id); the alarm starts the chase.
    if (((world.tick + a.id) & 3) === 0) spotTarget(world, a, ai, def.sightRange);
    if (!driving(ai) && world.alarm) startDriving(world, a, ai);
    if (!driving(ai)) {
      cruise(world, a, ai, def.speed);
      return;
    }
  }
  if (ai.modeTicks % RETARGET_TICKS === 0) spotTarget(world, a, ai, def.sightRange);
  const t = targetOf(world, ai);
  drive(world, a, ai, def.speed, t.x, t.y, t.alive);
  ram(world, a, ai);
  ai.modeTicks++;
}

function driving(ai: AiState): boolean {
  return ai.mode === AiMode.Engage;
}

function spotTarget(world: World, a: Actor, ai: AiState, range: number): void {
  const t = pickTarget(world, a, ai, range, -1, false, range);
  if (!t) return;
  ai.target = t.id;
  if (!driving(ai)) startDriving(world, a, ai);
}

function startDriving(world: World, a: Actor, ai: AiState): void {
  const t = targetOf(world, ai);
  alertActor(world, a, ai, 'sight', t.x, t.y);
  setMode(world, a, ai, AiMode.Engage);
  ai.timer = 0;
}

/** A spawn with a patrol path drives it in a loop (fast, ramming) until it spots someone. */
function cruise(world: World, a: Actor, ai: AiState, top: number): void {
  const spawn = world.level.actors[ai.spawn];
  if (!spawn || spawn.behavior !== 'patrol' || spawn.path.length === 0) return;
  const n = spawn.path.length;
  if (ai.patrolIndex >= n) ai.patrolIndex = 0;
  const pt = spawn.path[ai.patrolIndex]!;
  if (distSq(a.x, a.y, pt.x, pt.y) < WAYPOINT_REACH * WAYPOINT_REACH) ai.patrolIndex = (ai.patrolIndex + 1) % n;
  drive(world, a, ai, top, pt.x, pt.y, true);
  ram(world, a, ai);
}

function drive(world: World, a: Actor, ai: AiState, top: number, gx: number, gy: number, go: boolean): void {
  if (ai.timer > 0) {
    // Backing off a wall, wheel turned the other way.
    ai.timer--;
    ai.driveSpeed = 0;
    a.aim = (a.aim + CAR_TURN) & 4095;
    moveActor(world, a, -cosA(a.aim) * REVERSE_SPEED, -sinA(a.aim) * REVERSE_SPEED);
    return;
  }
  const heading = go ? angleOf(gx - a.x, gy - a.y) : a.aim;
  if (go) turnToward(a, heading, CAR_TURN);
  const off = Math.abs(angleDiff(a.aim, heading));
  const want = !go ? 0 : off > 1024 ? Math.min(top, TURNING_SPEED) : top;
  ai.driveSpeed += ai.driveSpeed < want ? Math.min(ACCEL, want - ai.driveSpeed) : Math.max(-ACCEL * 2, want - ai.driveSpeed);
  if (ai.driveSpeed <= 0) return;
  const dx = cosA(a.aim) * ai.driveSpeed;
  const dy = sinA(a.aim) * ai.driveSpeed;
  a.vx = dx;
  a.vy = dy;
  const x0 = a.x;
  const y0 = a.y;
  moveActor(world, a, dx, dy);
  const mx = a.x - x0;
  const my = a.y - y0;
  // Made less than a third of the move: nose against a wall.
  if (mx * mx + my * my < (dx * dx + dy * dy) / 9) ai.timer = REVERSE_TICKS;
}

/** Hits everyone the car touches while moving fast enough (El mid-dive leaps clear). */
function ram(world: World, a: Actor, ai: AiState): void {
  if (ai.driveSpeed < RAM_MIN_SPEED || (ai.ramTick >= 0 && world.tick - ai.ramTick < RAM_COOLDOWN)) return;
  const list = world.actors;
  let rammed = false;
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    if (b === a || !b.alive || isInvulnerable(b) || unharmedBy(world, b, a.id)) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const r = a.radius + b.radius + 1;
    const d2 = dx * dx + dy * dy;
    if (d2 >= r * r) continue;
    rammed = true;
    // Shoved away from the car's centre (straight ahead when dead centre).
    const d = Math.sqrt(d2);
    const nx = d > 1e-6 ? dx / d : cosA(a.aim);
    const ny = d > 1e-6 ? dy / d : sinA(a.aim);
    emit(world, { type: 'ram', car: a.id, target: b.id, x: b.x, y: b.y });
    moveActor(world, b, nx * RAM_KNOCK, ny * RAM_KNOCK);
    damage(world, b, RAM_DAMAGE, a.id, b.x, b.y, RAM);
  }
  if (rammed) {
    ai.ramTick = world.tick;
    ai.driveSpeed *= RAM_SLOWDOWN;
  }
}

/** Shot (and still running): drive at whoever fired. */
export function carHurt(world: World, a: Actor, ai: AiState, by: number): void {
  const attacker = actorById(world, by);
  if (attacker && hostileTeams(a.team, attacker.team)) ai.target = attacker.id;
  if (!driving(ai)) startDriving(world, a, ai);
}
