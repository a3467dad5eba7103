// Navajas, the man in black: he stalks El at throwing distance, circles him, and throws fans of
// knives after a visible wind-up (the tell: the browser flashes the raised arm on `windup`).
// Until he has El in sight he moves like a henchman (post, patrol, chase, search: henchman.ts);
// in the fight this file takes over.
//   Engage: keep THROW_MIN..THROW_MAX from El (close in, back off, else circle);
//           knives ready and a clear throw --> wind-up (WINDUP_TICKS, aim locked, standing still)
//           --> fan of FAN_NEAR or FAN_FAR knives; El out of sight for LOSE_TICKS --> Chase
// He never holds a throw for a civilian in the way, and knifes any civilian who blocks his path.
import { ARCHETYPES, type ArchetypeDef } from '../archetypes';
import { damage, fireBullet } from '../combat';
import { KNIVES } from '../harm';
import { angleOf, cosA, sinA, wrapAngle } from '../math';
import { nextInt } from '../rng';
import { WEAPONS } from '../weapons';
import { emit, playerOf, type Actor, type World } from '../world';
import { AiMode, type AiState } from './ai-state';
import { setMode } from './modes';
import { lineOfFire } from './gun';
import { updateHenchman } from './henchman';
import { navigate, stepBy, turnTowardVec } from './navigate';
import { canSee, sightDue } from './perception';

/** Ticks from the raised arm to the knives leaving the hand. */
export const WINDUP_TICKS = 36;
/** Knives in a fan: fewer up close (they would all hit anyway), more far off to cover a sidestep. */
export const FAN_NEAR = 3;
export const FAN_FAR = 5;
/** El farther than this gets the wide fan. */
export const FAN_WIDE_FROM = 120;
/** Angle between neighbouring knives of a fan (about 7 degrees). */
export const FAN_STEP = 80;
/** The blades leave the hand this far ahead of his body. */
const HAND_AHEAD = 8;
/** Throwing distance he keeps, and the farthest he will start a throw from. */
const THROW_MIN = 80;
const THROW_MAX = 170;
const THROW_RANGE = 220;
/** Circling speed as a fraction of his walk, and ticks between changes of direction. */
const CIRCLE_FACTOR = 0.8;
const CIRCLE_MIN = 40;
const CIRCLE_MAX = 100;
const TURN = 80;
/** Ticks without sight before he goes looking. */
const LOSE_TICKS = 30;
/** A civilian this close (beyond both radii) is knifed on the spot. */
const STAB_REACH = 4;

export function updateNavajas(world: World, a: Actor, ai: AiState, def: ArchetypeDef = ARCHETYPES[a.arch]): void {
  if (a.cooldown > 0) a.cooldown--;
  stabCivilians(world, a);
  if (ai.windupLeft > 0) {
    windup(world, a, ai);
    return;
  }
  if (ai.mode === AiMode.Engage) engage(world, a, ai, def);
  else updateHenchman(world, a, ai, def);
}

function stabCivilians(world: World, a: Actor): void {
  const list = world.actors;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (!c.alive || c.team !== 'civilian') continue;
    const dx = c.x - a.x;
    const dy = c.y - a.y;
    const reach = a.radius + c.radius + STAB_REACH;
    if (dx * dx + dy * dy <= reach * reach) damage(world, c, c.hp, a.id, c.x, c.y, KNIVES);
  }
}

/** Standing still, arm raised, aim locked; at the end the fan flies. */
function windup(world: World, a: Actor, ai: AiState): void {
  a.aim = ai.windupAngle;
  if (--ai.windupLeft > 0) return;
  const p = playerOf(world);
  const dx = p.x - a.x;
  const dy = p.y - a.y;
  const n = dx * dx + dy * dy > FAN_WIDE_FROM * FAN_WIDE_FROM ? FAN_FAR : FAN_NEAR;
  throwFan(world, a, ai.windupAngle, n);
  a.cooldown = WEAPONS.knife.cooldown + nextInt(world, 0, 20);
}

/** `count` knives at once, centred on `angle`, FAN_STEP apart. */
export function throwFan(world: World, a: Actor, angle: number, count: number): void {
  const hx = a.x + cosA(angle) * HAND_AHEAD;
  const hy = a.y + sinA(angle) * HAND_AHEAD;
  for (let k = 0; k < count; k++) {
    const off = (2 * k - (count - 1)) * FAN_STEP / 2;
    fireBullet(world, a, 'knife', hx, hy, wrapAngle(angle + off), 0, 0);
  }
}

function engage(world: World, a: Actor, ai: AiState, def: ArchetypeDef): void {
  const p = playerOf(world);
  if (sightDue(world, a, true)) {
    ai.seesTarget = p.alive && canSee(world, a, p, def.sightRange * 1.25, -1);
    if (ai.seesTarget) {
      ai.lastSeenX = p.x;
      ai.lastSeenY = p.y;
      ai.lastSeenTick = world.tick;
    }
  }
  ai.modeTicks++;
  if (!ai.seesTarget) {
    ai.lostTicks++;
    navigate(world, a, ai, ai.lastSeenX, ai.lastSeenY, def.speed, TURN);
    if (ai.lostTicks > LOSE_TICKS) setMode(world, a, ai, AiMode.Chase);
    return;
  }
  ai.lostTicks = 0;
  const dx = p.x - a.x;
  const dy = p.y - a.y;
  const d2 = dx * dx + dy * dy;
  turnTowardVec(a, dx, dy, TURN);
  if (ai.reactLeft > 0) ai.reactLeft--;
  else if (a.cooldown === 0 && d2 <= THROW_RANGE * THROW_RANGE && lineOfFire(world, a, p.x, p.y)) {
    startWindup(world, a, ai, angleOf(dx, dy));
    return;
  }
  footwork(world, a, ai, dx, dy, d2, def.speed);
}

function startWindup(world: World, a: Actor, ai: AiState, angle: number): void {
  ai.windupLeft = WINDUP_TICKS;
  ai.windupAngle = angle;
  a.aim = angle;
  emit(world, { type: 'windup', actor: a.id, x: a.x, y: a.y, angle, ticks: WINDUP_TICKS });
}

/** Close in from afar, back off up close, circle in between (turning back when blocked). */
function footwork(world: World, a: Actor, ai: AiState, dx: number, dy: number, d2: number, speed: number): void {
  if (d2 > THROW_MAX * THROW_MAX || !lineOfFire(world, a, a.x + dx, a.y + dy)) {
    navigate(world, a, ai, a.x + dx, a.y + dy, speed, 0);
    return;
  }
  const d = Math.sqrt(d2);
  if (d < 1e-6) return;
  const ux = dx / d;
  const uy = dy / d;
  if (d < THROW_MIN) {
    stepBy(world, a, -ux * speed, -uy * speed);
    return;
  }
  if (--ai.tacticLeft <= 0) {
    ai.tacticLeft = nextInt(world, CIRCLE_MIN, CIRCLE_MAX);
    ai.strafeDir = nextInt(world, 0, 1) === 0 ? -1 : 1;
  }
  const s = speed * CIRCLE_FACTOR;
  if (stepBy(world, a, -uy * ai.strafeDir * s, ux * ai.strafeDir * s)) ai.strafeDir = -ai.strafeDir;
}
