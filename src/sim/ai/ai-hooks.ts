// The AI's surface toward the rest of the sim: the four calls the core makes. Each hands the work
// to the henchman, ally, car, Navajas or civilian behaviour (henchman.ts, ally.ts, car.ts, navajas.ts,
// civilian.ts).
import { playerOf, type Actor, type World } from '../world';
import { allyHears, allyHurt, updateAlly } from './ally';
import { carHurt, isCar, updateCar } from './car';
import { dodgeGrenades } from './dodge';
import { civilianHears, civilianHurt, updateCivilian } from './civilian';
import { henchmanAlarm, henchmanHears, henchmanHurt, updateHenchman } from './henchman';
import { updateNavajas } from './navajas';
import { noiseDistance } from './perception';
import { isSpared } from '../spare';

/** Once per tick for each living non-player actor, in id order. */
export function updateAi(world: World, actor: Actor): void {
  const ai = actor.ai;
  if (!ai) return;
  actor.vx = 0;
  actor.vy = 0;
  // Knocked down (door, table): he lies there, neither moving nor shooting.
  if (actor.stunLeft > 0) {
    actor.stunLeft--;
    return;
  }
  // Spared (Bucho below the rooftops): he notices nothing, so he does nothing.
  if (isSpared(world, actor)) return;
  if (dodgeGrenades(world, actor)) return;
  if (actor.team === 'civilian') updateCivilian(world, actor, ai);
  else if (actor.team === 'ally') updateAlly(world, actor, ai);
  else if (isCar(actor)) updateCar(world, actor, ai);
  else if (actor.arch === 'navajas') updateNavajas(world, actor, ai);
  else updateHenchman(world, actor, ai);
}

/**
 * A gunshot at (x, y) heard up to `loudness` pixels away; every wall cell in between costs
 * WALL_DAMPING pixels of that. The shooter does not react to his own shot.
 */
export function hearNoise(world: World, x: number, y: number, loudness: number, source: number): void {
  const list = world.actors;
  const l2 = loudness * loudness;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const ai = a.ai;
    if (!ai || !a.alive || a.id === source || isSpared(world, a)) continue;
    const dx = a.x - x;
    const dy = a.y - y;
    if (dx * dx + dy * dy > l2) continue;
    // A henchman fighting El in plain view hears his shots: no need to trace through walls.
    const inView = ai.seesTarget && source === (ai.target > 0 ? ai.target : world.playerId);
    if (!inView && noiseDistance(world, x, y, a.x, a.y) > loudness) continue;
    if (a.team === 'civilian') civilianHears(world, a, ai, x, y);
    else if (a.team === 'ally') allyHears(world, a, ai, x, y, source);
    else if (!isCar(a)) henchmanHears(world, a, ai, x, y, source);
  }
}

/** `actor` was damaged by `by` and survived. */
export function onHurt(world: World, actor: Actor, by: number): void {
  const ai = actor.ai;
  if (!ai || !actor.alive) return;
  if (actor.team === 'civilian') civilianHurt(world, actor, ai, by);
  else if (actor.team === 'ally') allyHurt(world, actor, ai, by);
  else if (isCar(actor)) carHurt(world, actor, ai, by);
  else henchmanHurt(world, actor, ai, by);
}

/** A level trigger sounded the alarm: every henchman heads for where El is now. */
export function raiseAlarm(world: World): void {
  const list = world.actors;
  if (!playerOf(world).alive) return;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (a.ai && a.alive && a.team === 'enemy' && !isCar(a) && !isSpared(world, a)) henchmanAlarm(world, a, a.ai);
  }
}
