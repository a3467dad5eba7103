// Civilians (the bartender, Buscemi, townspeople): they never fight. Gunfire or a wound sends them
// running away from it for a while, then they cower where they end up; after a spell of quiet they
// get up and go back. A cowering civilian El bumps into scrambles away, so nobody blocks forever.
// One the current objective names as El's companion walks with him instead (companion.ts).
import { ARCHETYPES, type ArchetypeDef } from '../archetypes';
import { TILE } from '../grid';
import { angleOf, cosA, sinA } from '../math';
import { nextInt } from '../rng';
import { actorById, playerOf, type Actor, type World } from '../world';
import { AiMode, type AiState } from './ai-state';
import { FLEE_MIN, setMode } from './modes';
import { alertActor, type AlertCause } from './alert';
import { boyTakesCover, updateBoyWander } from './boy';
import { goesWithEl, keepUpWithEl } from './companion';
import { goHome, updatePatrol, updatePost, updateReturn } from './home';
import { doorPassOf, Nav, navigate } from './navigate';
import { passable } from './pathfind';

/** Running pace as a fraction of the archetype's speed. */
const FLEE_FACTOR = 1.3;
const FLEE_TURN = 96;
/** Ticks of running, and how far away the goal is picked. */
const FLEE_DIST_MIN = 96;
const FLEE_DIST_MAX = 160;
/** Directions tried for the flee goal, relative to straight away from the danger. */
const FLEE_OFFSETS = [0, 256, -256, 512, -512, 768, -768];
const COWER_KEEP_DOWN = 180;
/** A shot closer than this gets a cowering civilian running again. */
const PANIC_RADIUS = 64;
/** Bumped by El while cowering (within the sum of radii plus this): scramble away. */
const BUMP_SLACK = 4;
const SCRAMBLE_TICKS = 45;

export function updateCivilian(world: World, a: Actor, ai: AiState, def: ArchetypeDef = ARCHETYPES[a.arch]): void {
  civilianTick(world, a, ai, def, updatePost);
}

/** The boy's brain: a civilian whose post is a wander near his spot (boy.ts). */
export function updateBoy(world: World, a: Actor, ai: AiState, def: ArchetypeDef = ARCHETYPES[a.arch]): void {
  civilianTick(world, a, ai, def, updateBoyWander);
}

function civilianTick(world: World, a: Actor, ai: AiState, def: ArchetypeDef, post: typeof updatePost): void {
  if (goesWithEl(world, a)) {
    keepUpWithEl(world, a, ai, def.speed);
    ai.modeTicks++;
    return;
  }
  switch (ai.mode) {
    case AiMode.Flee:
      flee(world, a, ai, def);
      break;
    case AiMode.Cower:
      cower(world, a, ai);
      break;
    case AiMode.Patrol:
      updatePatrol(world, a, ai, def);
      break;
    case AiMode.Return:
      updateReturn(world, a, ai, def);
      break;
    case AiMode.Post:
      post(world, a, ai, def);
      break;
    default:
      setMode(world, a, ai, AiMode.Return);
  }
  ai.modeTicks++;
}

function flee(world: World, a: Actor, ai: AiState, def: ArchetypeDef): void {
  ai.fleeLeft--;
  const nav = navigate(world, a, ai, ai.searchX, ai.searchY, def.speed * FLEE_FACTOR, FLEE_TURN);
  if (nav !== Nav.Moving || ai.fleeLeft <= 0) {
    setMode(world, a, ai, AiMode.Cower);
  }
}

function cower(world: World, a: Actor, ai: AiState): void {
  const p = playerOf(world);
  if (p.alive) {
    const dx = p.x - a.x;
    const dy = p.y - a.y;
    const r = a.radius + p.radius + BUMP_SLACK;
    if (dx * dx + dy * dy < r * r) {
      startFlee(world, a, ai, p.x, p.y, 'sight');
      ai.fleeLeft = SCRAMBLE_TICKS;
      return;
    }
  }
  if (--ai.timer <= 0) goHome(world, a, ai);
}

/** Runs from danger at (x, y). */
export function startFlee(world: World, a: Actor, ai: AiState, x: number, y: number, cause: AlertCause): void {
  alertActor(world, a, ai, cause, x, y);
  ai.dangerX = x;
  ai.dangerY = y;
  pickFleeGoal(world, a, ai, x, y);
  setMode(world, a, ai, AiMode.Flee);
}

/** A passable cell roughly away from the danger (straight away preferred), into ai.searchX/Y. */
function pickFleeGoal(world: World, a: Actor, ai: AiState, x: number, y: number): void {
  const doors = doorPassOf(a);
  const dx = a.x - x;
  const dy = a.y - y;
  const away = dx === 0 && dy === 0 ? a.aim : angleOf(dx, dy);
  const dist = nextInt(world, FLEE_DIST_MIN, FLEE_DIST_MAX);
  const jitter = nextInt(world, -96, 96);
  let bestScore = -Infinity;
  for (let k = 0; k < FLEE_OFFSETS.length; k++) {
    const ang = away + jitter + FLEE_OFFSETS[k]!;
    const px = a.x + cosA(ang) * dist;
    const py = a.y + sinA(ang) * dist;
    const tx = Math.floor(px / TILE);
    const ty = Math.floor(py / TILE);
    if (!passable(world, tx, ty, doors)) continue;
    const cx = (tx + 0.5) * TILE;
    const cy = (ty + 0.5) * TILE;
    const ex = cx - x;
    const ey = cy - y;
    // Farther from the danger is better; straight away is a little better still.
    const score = Math.sqrt(ex * ex + ey * ey) - k * 8;
    if (score > bestScore) {
      bestScore = score;
      ai.searchX = cx;
      ai.searchY = cy;
    }
  }
  if (bestScore === -Infinity) {
    // Nowhere open that way: run at it anyway, as far as the walls allow.
    ai.searchX = a.x + cosA(away) * dist;
    ai.searchY = a.y + sinA(away) * dist;
  }
}

/** Gunfire heard at (x, y): the boy drops where he stands, unless he is already running. */
export function boyHears(world: World, a: Actor, ai: AiState, x: number, y: number): void {
  if (ai.mode !== AiMode.Flee) boyTakesCover(world, a, ai, x, y);
  else civilianHears(world, a, ai, x, y);
}

/** Gunfire heard at (x, y). */
export function civilianHears(world: World, a: Actor, ai: AiState, x: number, y: number): void {
  if (ai.mode === AiMode.Flee) {
    if (ai.fleeLeft < FLEE_MIN / 2) ai.fleeLeft = FLEE_MIN / 2;
    return;
  }
  if (ai.mode === AiMode.Cower) {
    if (ai.timer < COWER_KEEP_DOWN) ai.timer = COWER_KEEP_DOWN;
    const dx = x - a.x;
    const dy = y - a.y;
    if (dx * dx + dy * dy > PANIC_RADIUS * PANIC_RADIUS) return;
  }
  startFlee(world, a, ai, x, y, 'sound');
}

export function civilianHurt(world: World, a: Actor, ai: AiState, by: number): void {
  const attacker = actorById(world, by);
  startFlee(world, a, ai, attacker ? attacker.x : a.x, attacker ? attacker.y : a.y, 'hurt');
}
