// Bucho's henchmen: the mode machine.
//   Post/Patrol --(sees El | hears a shot | hurt | alarm | sees a body)--> Engage or Chase
//   Engage: turn toward El, wait the reaction time, fire; footwork (hold, strafe, advance, flank)
//           or, when the archetype uses cover, sometimes Cover; El out of sight --> Chase
//   Cover:  run to a spot behind low cover, hold it (firing over it), then re-evaluate
//   Chase:  to the last known position --> Search: look around, visit a few nearby points
//           --> Return to the post (or back to the patrol); or, for an alerted man who can walk
//           to El, Chase again toward a fresh lead near him (hunt.ts)
import { ARCHETYPES, type ArchetypeDef } from '../archetypes';
import { duelShock } from '../duel';
import { TILE } from '../grid';
import { Cell } from '../level-data';
import { angleOf, cosA, distSq, sinA, wrapAngle } from '../math';
import { nextInt } from '../rng';
import { newTraceHit, traceSegment, TraceMode } from '../trace';
import { actorById, playerOf, type Actor, type World } from '../world';
import { AiMode, Tactic, type AiState } from './ai-state';
import { LOOK_MAX, LOOK_MIN, setMode } from './modes';
import { alertActor } from './alert';
import { coverProtects, findCover } from './cover';
import { Fire, lineOfFire, startReload, tickGun, tryFire } from './gun';
import { keepsHunting, takeHuntLead } from './hunt';
import { fightingInView } from './shout';
import { goHome, updatePatrol, updatePost, updateReturn, WALK_TURN } from './home';
import { facingWithin, Nav, navigate, stepBy, stepToward, turnToward, turnTowardVec } from './navigate';
import { sightDue, spotBody } from './perception';
import { hostileTeams, pickTarget, targetOf } from './targets';

/** Turn rate (angle units per tick) while fighting: a half turn in about 28 ticks. */
const ENGAGE_TURN = 72;
const RUN_TURN = 64;
const LOOK_TURN = 40;
/** Fires when the aim is within this of the target direction (80 angle units, about 7 degrees). */
const AIM_TOLERANCE = 80;
const AIM_TOLERANCE_TAN = sinA(AIM_TOLERANCE) / cosA(AIM_TOLERANCE);
/** Reaction: archetype ticks + distance / REACT_PER_PX + 0..REACT_JITTER seeded ticks. */
const REACT_PER_PX = 10;
const REACT_JITTER = 6;
/** Re-acquiring a target seen within this many ticks takes half the reaction. */
const REACQUIRE_WINDOW = 90;
/** After seeing the target within this many ticks, eyes track it all around and a bit farther. */
const TRACK_WINDOW = 60;
const TRACK_RANGE_FACTOR = 1.25;
/** Ticks without sight before an engaged henchman goes after the last known position. */
const LOSE_GRACE = 15;
/** In cover, ticks without sight before leaving it to chase. */
const COVER_LOSE = 90;
/** Heard gunfire from El or took damage within this many ticks: "under fire". */
const UNDER_FIRE_WINDOW = 120;
/** Chance (percent) to seek cover at a re-evaluation, under fire or not. */
const COVER_CHANCE_UNDER_FIRE = 70;
const COVER_CHANCE = 35;
/** Ticks to hold a cover spot. */
const COVER_HOLD_MIN = 120;
const COVER_HOLD_MAX = 240;
/** Ticks between footwork re-evaluations. */
const TACTIC_MIN = 45;
const TACTIC_MAX = 90;
/** Footwork speed while fighting, as a fraction of the archetype's speed. */
const ENGAGE_MOVE_FACTOR = 0.7;
/** Advance only from farther than this; stop advancing closer than ADVANCE_STOP. */
const ADVANCE_FROM = 140;
const ADVANCE_STOP = 72;
/** Give up a chase after this many ticks (blocked somewhere). */
const CHASE_MAX = 900;
/** Search: points visited, look-around ticks at each, and how far from the last known position. */
const LOOK_EVERY = 24;
const LOOK_HALF = 900;
const SEARCH_NEAR = 32;
const SEARCH_FAR = 112;
const SEARCH_TRIES = 6;
const SEARCH_SPEED_FACTOR = 0.75;
const SEARCH_LEG_MAX = 360;

const hit = newTraceHit();

export function updateHenchman(world: World, a: Actor, ai: AiState, def: ArchetypeDef = ARCHETYPES[a.arch]): void {
  // Spawned after the alarm (reinforcements): they arrive knowing.
  if (world.alarm && !ai.alerted) henchmanAlarm(world, a, ai);
  tickGun(world, a, ai);
  look(world, a, ai, def);
  switch (ai.mode) {
    case AiMode.Engage:
      engage(world, a, ai, def);
      break;
    case AiMode.Cover:
      cover(world, a, ai, def);
      break;
    case AiMode.Chase:
      chase(world, a, ai, def);
      break;
    case AiMode.Search:
      search(world, a, ai, def);
      break;
    case AiMode.Patrol:
      updatePatrol(world, a, ai, def);
      break;
    case AiMode.Return:
      updateReturn(world, a, ai, def);
      break;
    case AiMode.Post:
      updatePost(world, a, ai, def);
      if (a.rounds === 0) startReload(world, a, ai);
      break;
    default:
      setMode(world, a, ai, AiMode.Return);
  }
  ai.modeTicks++;
}

/**
 * The staggered sight check: the nearest hostile in sight (El or an ally; unless calm), else bodies
 * of the fallen (Bucho's men only).
 */
export function look(world: World, a: Actor, ai: AiState, def: ArchetypeDef): void {
  if (def.sightRange <= 0 || !sightDue(world, a, ai.aware)) return;
  let p: Actor | null = null;
  if (!ai.calm) {
    const tracking = ai.aware && ai.lastSeenTick >= 0 && world.tick - ai.lastSeenTick <= TRACK_WINDOW;
    p = pickTarget(world, a, ai, def.sightRange, def.sightHalfAngle, tracking, def.sightRange * TRACK_RANGE_FACTOR);
  }
  if (p) {
    if (!ai.seesTarget || p.id !== targetOf(world, ai).id) {
      ai.target = p.id;
      acquire(world, a, ai, p, def);
    }
    ai.seesTarget = true;
    ai.lastSeenX = p.x;
    ai.lastSeenY = p.y;
    ai.lastSeenTick = world.tick;
    if (ai.mode !== AiMode.Engage && ai.mode !== AiMode.Cover) enterEngage(world, a, ai);
    return;
  }
  ai.seesTarget = false;
  // Bucho's men see him fall in the duel and stand stunned until the alarm (duel.ts).
  if (ai.aware || a.team !== 'enemy' || duelShock(world)) return;
  const i = spotBody(world, a, def.sightRange, def.sightHalfAngle, ai.bodyTick);
  if (i < 0) return;
  const body = world.actors[i]!;
  ai.bodyTick = world.tick;
  alertActor(world, a, ai, 'sight', body.x, body.y);
  investigate(world, a, ai, body.x, body.y);
}

/** First sight of the target: the reaction clock starts (shorter if it was only just lost). */
function acquire(world: World, a: Actor, ai: AiState, p: Actor, def: ArchetypeDef): void {
  const dx = p.x - a.x;
  const dy = p.y - a.y;
  let react = def.reaction + Math.floor(Math.sqrt(dx * dx + dy * dy) / REACT_PER_PX) + nextInt(world, 0, REACT_JITTER);
  if (ai.lastSeenTick >= 0 && world.tick - ai.lastSeenTick <= REACQUIRE_WINDOW) react = Math.floor(react / 2);
  ai.reactLeft = react;
  alertActor(world, a, ai, 'sight', p.x, p.y);
}

function underFire(world: World, ai: AiState): boolean {
  return ai.underFireTick >= 0 && world.tick - ai.underFireTick < UNDER_FIRE_WINDOW;
}

function enterEngage(world: World, a: Actor, ai: AiState): void {
  setMode(world, a, ai, AiMode.Engage);
  // Under fire, think about cover at once; otherwise shoot first and think after.
  ai.tacticLeft = underFire(world, ai) ? 0 : ai.reactLeft + nextInt(world, 10, 40);
}

/** Goes to look at (x, y) unless already fighting the target in sight. */
function investigate(world: World, a: Actor, ai: AiState, x: number, y: number): void {
  ai.lastSeenX = x;
  ai.lastSeenY = y;
  if ((ai.mode === AiMode.Engage || ai.mode === AiMode.Cover) && ai.seesTarget) return;
  if (ai.mode !== AiMode.Chase) setMode(world, a, ai, AiMode.Chase);
}

export function engage(world: World, a: Actor, ai: AiState, def: ArchetypeDef): void {
  const p = targetOf(world, ai);
  if (!ai.seesTarget || !p.alive) {
    ai.lostTicks++;
    turnTowardVec(a, ai.lastSeenX - a.x, ai.lastSeenY - a.y, ENGAGE_TURN);
    if (ai.lostTicks > LOSE_GRACE) setMode(world, a, ai, AiMode.Chase);
    return;
  }
  ai.lostTicks = 0;
  fightingInView(world, a, p);
  turnTowardVec(a, p.x - a.x, p.y - a.y, ENGAGE_TURN);
  if (--ai.tacticLeft <= 0) {
    chooseTactic(world, a, ai, p, def);
    if (ai.mode !== AiMode.Engage) return;
  }
  const moved = footwork(world, a, ai, p, def);
  const fire = shoot(world, a, ai, p, moved);
  if (fire === Fire.FriendInLine && a.team === 'ally') holdFireForFriend(world, a, ai);
  else if ((fire === Fire.Blocked || fire === Fire.FriendInLine) && ai.tactic !== Tactic.Flank && ai.tactic !== Tactic.Regroup) {
    ai.tactic = Tactic.Flank;
    ai.tacticLeft = nextInt(world, TACTIC_MIN, TACTIC_MAX);
  }
  // Counted after the trigger check: the first shot comes `reactLeft` ticks after acquiring.
  if (ai.reactLeft > 0) ai.reactLeft--;
}

function shoot(world: World, a: Actor, ai: AiState, p: Actor, moved: boolean): Fire {
  if (ai.reactLeft > 0 || !facingWithin(a, p.x - a.x, p.y - a.y, AIM_TOLERANCE_TAN)) return Fire.NotReady;
  return tryFire(world, a, ai, p.x, p.y, moved);
}

function chooseTactic(world: World, a: Actor, ai: AiState, p: Actor, def: ArchetypeDef): void {
  ai.tacticLeft = nextInt(world, TACTIC_MIN, TACTIC_MAX);
  const ally = a.team === 'ally';
  if (ally && tooFarFromEl(world, a)) {
    ai.tactic = Tactic.Regroup;
    return;
  }
  if (!lineOfFire(world, a, p.x, p.y)) {
    ai.tactic = Tactic.Flank;
    return;
  }
  if (def.usesCover) {
    const chance = underFire(world, ai) ? COVER_CHANCE_UNDER_FIRE : COVER_CHANCE;
    if (nextInt(world, 0, 99) < chance && findCover(world, a, ai, p.x, p.y, def.sightRange)) {
      setMode(world, a, ai, AiMode.Cover);
      return;
    }
  }
  const dx = p.x - a.x;
  const dy = p.y - a.y;
  const far = dx * dx + dy * dy > ADVANCE_FROM * ADVANCE_FROM;
  const r = nextInt(world, 0, 99);
  if (far && r < 45) {
    // Allies hold their ground near El rather than charge.
    ai.tactic = ally ? Tactic.Hold : Tactic.Advance;
  } else if (r < 75) {
    ai.tactic = Tactic.Strafe;
    ai.strafeDir = nextInt(world, 0, 1) === 0 ? -1 : 1;
  } else {
    ai.tactic = Tactic.Hold;
  }
}

/** Moves while fighting; returns whether the henchman moved (shooting on the move is less accurate). */
function footwork(world: World, a: Actor, ai: AiState, p: Actor, def: ArchetypeDef): boolean {
  const speed = def.speed * ENGAGE_MOVE_FACTOR;
  const dx = p.x - a.x;
  const dy = p.y - a.y;
  const d2 = dx * dx + dy * dy;
  switch (ai.tactic) {
    case Tactic.Strafe: {
      const d = Math.sqrt(d2);
      if (d < 1e-6) return false;
      const sx = (-dy / d) * ai.strafeDir * speed;
      const sy = (dx / d) * ai.strafeDir * speed;
      // Blocked by a wall, table or gap: sidestep the other way from now on.
      if (stepBy(world, a, sx, sy)) ai.strafeDir = -ai.strafeDir;
      return true;
    }
    case Tactic.Advance:
      if (d2 < ADVANCE_STOP * ADVANCE_STOP) {
        ai.tactic = Tactic.Hold;
        return false;
      }
      return navigate(world, a, ai, p.x, p.y, speed, 0) === Nav.Moving;
    case Tactic.Flank:
      if (lineOfFire(world, a, p.x, p.y)) {
        ai.tactic = Tactic.Hold;
        return false;
      }
      return navigate(world, a, ai, p.x, p.y, def.speed, 0) === Nav.Moving;
    case Tactic.Regroup: {
      const el = playerOf(world);
      if (!el.alive || distSq(a.x, a.y, el.x, el.y) < REGROUP_NEAR * REGROUP_NEAR) {
        ai.tactic = Tactic.Hold;
        return false;
      }
      return navigate(world, a, ai, el.x, el.y, def.speed, 0) === Nav.Moving;
    }
    default:
      return false;
  }
}

export function cover(world: World, a: Actor, ai: AiState, def: ArchetypeDef): void {
  const p = targetOf(world, ai);
  const sees = ai.seesTarget && p.alive;
  let moved = false;
  if (ai.coverLeft < 0) {
    const nav = navigate(world, a, ai, ai.coverX, ai.coverY, def.speed, sees ? 0 : RUN_TURN);
    if (nav === Nav.Failed) {
      leaveCover(world, a, ai);
      return;
    }
    if (nav === Nav.Arrived) ai.coverLeft = nextInt(world, COVER_HOLD_MIN, COVER_HOLD_MAX);
    else moved = true;
  } else {
    if (--ai.coverLeft <= 0) {
      leaveCover(world, a, ai);
      return;
    }
    // Knocked off the spot by a body: step back onto it.
    const dx = ai.coverX - a.x;
    const dy = ai.coverY - a.y;
    if (dx * dx + dy * dy > 4) stepToward(world, a, ai.coverX, ai.coverY, def.speed * 0.5);
    // El moved around the table: this spot no longer shields from him.
    if ((ai.modeTicks & 31) === 0 && !coverProtects(world, ai.coverX, ai.coverY, ai.lastSeenX, ai.lastSeenY)) {
      leaveCover(world, a, ai);
      return;
    }
  }
  if (sees) {
    ai.lostTicks = 0;
    fightingInView(world, a, p);
    turnTowardVec(a, p.x - a.x, p.y - a.y, ENGAGE_TURN);
    shoot(world, a, ai, p, moved);
    if (ai.reactLeft > 0) ai.reactLeft--;
  } else {
    ai.lostTicks++;
    if (ai.coverLeft >= 0) turnTowardVec(a, ai.lastSeenX - a.x, ai.lastSeenY - a.y, ENGAGE_TURN);
    if (ai.lostTicks > COVER_LOSE) setMode(world, a, ai, AiMode.Chase);
  }
}

function leaveCover(world: World, a: Actor, ai: AiState): void {
  setMode(world, a, ai, AiMode.Engage);
  ai.tacticLeft = 0;
}

function chase(world: World, a: Actor, ai: AiState, def: ArchetypeDef): void {
  if (a.rounds === 0) startReload(world, a, ai);
  const nav = navigate(world, a, ai, ai.lastSeenX, ai.lastSeenY, def.speed, RUN_TURN);
  if (nav !== Nav.Moving || ai.modeTicks > CHASE_MAX) enterSearch(world, a, ai);
}

/** An empty search while hunting: off to a fresh lead near El (hunt.ts). */
function huntOn(world: World, a: Actor, ai: AiState): void {
  takeHuntLead(world, a, ai);
  setMode(world, a, ai, AiMode.Chase);
}

function enterSearch(world: World, a: Actor, ai: AiState): void {
  setMode(world, a, ai, AiMode.Search);
}

function search(world: World, a: Actor, ai: AiState, def: ArchetypeDef): void {
  if (a.weapon && a.rounds === 0) startReload(world, a, ai);
  if (ai.timer > 0) {
    // Looking around where it stands.
    ai.timer--;
    if (ai.timer % LOOK_EVERY === 0) ai.faceAngle = wrapAngle(a.aim + nextInt(world, -LOOK_HALF, LOOK_HALF));
    turnToward(a, ai.faceAngle, LOOK_TURN);
    if (ai.timer > 0) return;
    if (ai.searchLeft <= 0) {
      if (keepsHunting(world, a, ai)) huntOn(world, a, ai);
      else goHome(world, a, ai);
      return;
    }
    ai.searchLeft--;
    pickSearchPoint(world, ai);
    ai.modeTicks = 0;
    ai.goalCell = -1;
    return;
  }
  const nav = navigate(world, a, ai, ai.searchX, ai.searchY, def.speed * SEARCH_SPEED_FACTOR, WALK_TURN);
  if (nav !== Nav.Moving || ai.modeTicks > SEARCH_LEG_MAX) {
    ai.timer = nextInt(world, LOOK_MIN, LOOK_MAX);
    ai.faceAngle = a.aim;
  }
}

/** A seeded floor cell near the last known position, in plain view of it. */
function pickSearchPoint(world: World, ai: AiState): void {
  const { width, height } = world.level;
  for (let k = 0; k < SEARCH_TRIES; k++) {
    const ang = nextInt(world, 0, 4095);
    const r = nextInt(world, SEARCH_NEAR, SEARCH_FAR);
    const tx = Math.floor((ai.lastSeenX + cosA(ang) * r) / TILE);
    const ty = Math.floor((ai.lastSeenY + sinA(ang) * r) / TILE);
    if (tx < 0 || ty < 0 || tx >= width || ty >= height || world.cells[ty * width + tx] !== Cell.Floor) continue;
    const x = (tx + 0.5) * TILE;
    const y = (ty + 0.5) * TILE;
    if (traceSegment(world, ai.lastSeenX, ai.lastSeenY, x, y, TraceMode.Sight, ai.lastSeenX, ai.lastSeenY, hit).t < 1) continue;
    ai.searchX = x;
    ai.searchY = y;
    return;
  }
  ai.searchX = ai.lastSeenX;
  ai.searchY = ai.lastSeenY;
}

/**
 * An ally who cannot take the shot for someone in its cone (El, the boy, a spared Bucho behind a man
 * in the street below the roofs) does not walk at the enemy to clear it (allies never charge, and a
 * man out of reach would hold her there for good): away from El she comes back to him, at his side
 * she sidesteps for another angle.
 */
function holdFireForFriend(world: World, a: Actor, ai: AiState): void {
  if (ai.tactic === Tactic.Regroup || ai.tactic === Tactic.Strafe) return;
  const el = playerOf(world);
  if (el.alive && distSq(a.x, a.y, el.x, el.y) > REGROUP_NEAR * REGROUP_NEAR) {
    ai.tactic = Tactic.Regroup;
  } else {
    ai.tactic = Tactic.Strafe;
    ai.strafeDir = nextInt(world, 0, 1) === 0 ? -1 : 1;
  }
  ai.tacticLeft = nextInt(world, TACTIC_MIN, TACTIC_MAX);
}

/** Allies engaged farther than this from El fall back toward him (Tactic.Regroup) until REGROUP_NEAR. */
const REGROUP_FROM = 176;
const REGROUP_NEAR = 64;

function tooFarFromEl(world: World, a: Actor): boolean {
  const el = playerOf(world);
  return el.alive && distSq(a.x, a.y, el.x, el.y) > REGROUP_FROM * REGROUP_FROM;
}

/** A gunshot was heard at (x, y). */
export function henchmanHears(world: World, a: Actor, ai: AiState, x: number, y: number, source: number): void {
  const shooter = actorById(world, source);
  const fromPlayer = shooter !== undefined && hostileTeams(a.team, shooter.team);
  if (fromPlayer) ai.underFireTick = world.tick;
  alertActor(world, a, ai, 'sound', x, y);
  // An ally's shot only draws those not already on the hunt; El's own shot gives his position away.
  if (!fromPlayer && (ai.mode === AiMode.Engage || ai.mode === AiMode.Cover || ai.mode === AiMode.Chase)) return;
  investigate(world, a, ai, x, y);
}

/** Took damage from `by` and survived: alert toward the attacker, turning to him. */
export function henchmanHurt(world: World, a: Actor, ai: AiState, by: number): void {
  ai.underFireTick = world.tick;
  const attacker = actorById(world, by);
  let x = a.x;
  let y = a.y;
  if (attacker && hostileTeams(a.team, attacker.team)) {
    x = attacker.x;
    y = attacker.y;
  } else if (attacker && attacker.ai && attacker.ai.lastSeenTick >= 0) {
    // Friendly fire: he was shooting at El, so look where he was looking.
    x = attacker.ai.lastSeenX;
    y = attacker.ai.lastSeenY;
  }
  alertActor(world, a, ai, 'hurt', x, y);
  if ((ai.mode === AiMode.Engage || ai.mode === AiMode.Cover) && ai.seesTarget) return;
  investigate(world, a, ai, x, y);
  if (x !== a.x || y !== a.y) turnToward(a, angleOf(x - a.x, y - a.y), 512);
}

/** The alarm: go to where El was when it sounded. */
export function henchmanAlarm(world: World, a: Actor, ai: AiState): void {
  const p = playerOf(world);
  alertActor(world, a, ai, 'alarm', p.x, p.y);
  investigate(world, a, ai, p.x, p.y);
}
