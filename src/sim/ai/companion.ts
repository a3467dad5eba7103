// A bystander the current objective names as El's companion ("reach road_out with boy"): he stops
// wandering and hiding and walks at El's side, so that El can take him out (the boy to a doctor).
import { distSq } from '../math';
import { playerOf, type Actor, type World } from '../world';
import { AiMode, type AiState } from './ai-state';
import { setMode } from './modes';
import { Nav, navigate } from './navigate';

/** Walks toward El when farther than FAR pixels, stops within NEAR. */
const FAR = 30;
const NEAR = 18;
const TURN = 64;

/** Whether the current objective is to reach an exit with `a` at El's side. */
export function goesWithEl(world: World, a: Actor): boolean {
  const o = world.level.objectives[world.objective];
  return o !== undefined && o.type === 'reach' && a.name !== '' && (o.with?.includes(a.name) ?? false);
}

/** One tick of keeping up with El at `speed`. */
export function keepUpWithEl(world: World, a: Actor, ai: AiState, speed: number): void {
  if (ai.mode !== AiMode.Post) setMode(world, a, ai, AiMode.Post);
  const el = playerOf(world);
  if (!el.alive) return;
  const d2 = distSq(a.x, a.y, el.x, el.y);
  // Hysteresis, as allies follow: start beyond FAR, keep going until within NEAR.
  const walking = ai.timer > 0 ? d2 > NEAR * NEAR : d2 > FAR * FAR;
  if (!walking) {
    ai.timer = 0;
    return;
  }
  ai.timer = 1;
  if (navigate(world, a, ai, el.x, el.y, speed, TURN) !== Nav.Moving) ai.timer = 0;
}
