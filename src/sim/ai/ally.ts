// El's friends in the street (Campa, Quino) and Carolina: they fight Bucho's men beside him.
//   Post (follow): keep within a few steps of El, facing where he faces; when nothing is in sight
//   Engage / Cover: the henchman's own fighting (reaction, footwork, cover, never through El),
//                   except that allies do not charge and fall back when El gets too far away
//   Target lost: no chase or search, straight back to following El
import { ARCHETYPES, type ArchetypeDef } from '../archetypes';
import { angleOf as angleOfVec, distSq } from '../math';
import { actorById, playerOf, type Actor, type World } from '../world';
import { AiMode, type AiState } from './ai-state';
import { setMode } from './modes';
import { alertActor } from './alert';
import { startReload, tickGun } from './gun';
import { cover, engage, look } from './henchman';
import { Nav, navigate, turnToward } from './navigate';
import { hostileTeams } from './targets';

/** Following: walk toward El when farther than `far`, stop within `near` (pixels). Carolina sticks closer. */
const FOLLOW = { far: 56, near: 36 };
const TIMID_FOLLOW = { far: 34, near: 22 };
const FOLLOW_TURN = 48;
/** Heard an enemy shot: turn toward it this fast so the sight cone finds the shooter. */
const HEAR_TURN = 1024;

function followDistances(def: ArchetypeDef): { far: number; near: number } {
  return def.id === 'carolina' ? TIMID_FOLLOW : FOLLOW;
}

export function updateAlly(world: World, a: Actor, ai: AiState, def: ArchetypeDef = ARCHETYPES[a.arch]): void {
  tickGun(world, a, ai);
  look(world, a, ai, def);
  switch (ai.mode) {
    case AiMode.Engage:
      engage(world, a, ai, def);
      break;
    case AiMode.Cover:
      cover(world, a, ai, def);
      break;
    case AiMode.Post:
      follow(world, a, ai, def);
      break;
    default:
      // Lost sight of the fight (Chase, Search...): an ally goes back to El instead of hunting.
      ai.aware = false;
      ai.seesTarget = false;
      setMode(world, a, ai, AiMode.Post);
  }
  ai.modeTicks++;
}

function follow(world: World, a: Actor, ai: AiState, def: ArchetypeDef): void {
  if (a.weapon && a.rounds === 0) startReload(world, a, ai);
  const el = playerOf(world);
  if (!el.alive) return;
  const { far, near } = followDistances(def);
  const d2 = distSq(a.x, a.y, el.x, el.y);
  // Hysteresis: start walking beyond `far`, keep walking until within `near`.
  const walking = ai.timer > 0 ? d2 > near * near : d2 > far * far;
  if (!walking) {
    ai.timer = 0;
    turnToward(a, el.aim, FOLLOW_TURN);
    return;
  }
  ai.timer = 1;
  const speed = d2 > 4 * far * far ? def.speed : def.speed * 0.8;
  if (navigate(world, a, ai, el.x, el.y, speed, FOLLOW_TURN) !== Nav.Moving) ai.timer = 0;
}

/** A gunshot at (x, y): an enemy's shot puts the ally on guard and turns it toward the sound. */
export function allyHears(world: World, a: Actor, ai: AiState, x: number, y: number, source: number): void {
  const shooter = actorById(world, source);
  if (!shooter || !hostileTeams(a.team, shooter.team)) return;
  ai.underFireTick = world.tick;
  alertActor(world, a, ai, 'sound', x, y);
  if (ai.mode === AiMode.Post) turnToward(a, angleTo(a, x, y), HEAR_TURN);
}

/** Wounded: on guard, facing the attacker. */
export function allyHurt(world: World, a: Actor, ai: AiState, by: number): void {
  ai.underFireTick = world.tick;
  const attacker = actorById(world, by);
  if (!attacker || !hostileTeams(a.team, attacker.team)) return;
  alertActor(world, a, ai, 'hurt', attacker.x, attacker.y);
  if (ai.mode === AiMode.Post) turnToward(a, angleTo(a, attacker.x, attacker.y), HEAR_TURN);
}

function angleTo(a: Actor, x: number, y: number): number {
  return x === a.x && y === a.y ? a.aim : angleOfVec(x - a.x, y - a.y);
}
