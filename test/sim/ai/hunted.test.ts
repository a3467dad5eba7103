// A player who backs off is hunted: on every level, El fights until the alarm (the best bot plays
// until El has fired and Bucho's men are after him, plus a while longer), then walks back along his
// own trail to where he started and stands still. Within 60 s a hostile must have him in sight or at
// arm's length — or the run is over (El killed, the level decided) or nobody is left to come. Never
// men waiting at their posts for a minute while El waits in a corner.
import { describe, expect, it } from 'vitest';
import { botFor } from '../../../src/headless/bots';
import { loadLevel } from '../../../src/headless/level-files';
import { ARCHETYPES } from '../../../src/sim/archetypes';
import { MOVE_MAX } from '../../../src/sim/input';
import { angleOf } from '../../../src/sim/math';
import { isSpared } from '../../../src/sim/spare';
import { step } from '../../../src/sim/step';
import { newTraceHit, traceSegment, TraceMode } from '../../../src/sim/trace';
import { createWorld, playerOf, type World } from '../../../src/sim/world';
import index from '../../../levels/index.json';

const HUNT_LIMIT = 3600;
/** How long El keeps fighting after the first contact before backing off. */
const FIGHT_ON = [0, 300];
const SEEDS_PER_LEVEL = 2;
const CLOSE = 48;
const hit = newTraceHit();

/** The hostile who has El in sight (within his sight range, clear line) or close, if any. */
function finder(world: World): string | null {
  const el = playerOf(world);
  for (const a of world.actors) {
    if (!a.alive || a.team !== 'enemy' || !a.ai || a.ai.calm || isSpared(world, a)) continue;
    const d = Math.hypot(a.x - el.x, a.y - el.y);
    if (d < CLOSE) return a.name || a.arch;
    if (d > ARCHETYPES[a.arch].sightRange) continue;
    if (traceSegment(world, a.x, a.y, el.x, el.y, TraceMode.Sight, a.x, a.y, hit).t >= 1) return a.name || a.arch;
  }
  return null;
}

function anyoneLeft(world: World): boolean {
  return world.actors.some((a) => a.alive && a.team === 'enemy' && !isSpared(world, a));
}

/** Plays to the first contact (+ fightOn ticks), backs off to the start; returns what happened. */
function backOff(levelId: string, seed: number, fightOn: number): string {
  const world = createWorld(loadLevel(levelId), seed);
  const bot = botFor('best', levelId)!.create(seed);
  const trail: [number, number][] = [];
  let contact = -1;
  while (world.outcome === null && world.tick < 6000) {
    const el = playerOf(world);
    // A dive may have crossed a gap: the walk back starts after the last one.
    if (el.diveLeft > 0) trail.length = 0;
    trail.push([el.x, el.y]);
    const hunted = world.actors.some((a) => a.alive && a.team === 'enemy' && a.ai !== null && a.ai.aware);
    if (contact < 0 && world.stats.shotsFired > 0 && (world.alarm || hunted)) contact = world.tick;
    if (contact >= 0 && world.tick >= contact + fightOn) break;
    step(world, bot.act(world));
  }
  if (contact < 0) return `no contact (${world.outcome ?? 'running'})`;
  // Back along the trail, never over a gap.
  const el = playerOf(world);
  for (let k = trail.length - 1; k >= 0 && world.outcome === null; ) {
    const [tx, ty] = trail[k]!;
    const d = Math.hypot(tx - el.x, ty - el.y);
    if (d < 3) {
      k -= 3;
      continue;
    }
    step(world, { moveX: Math.round(((tx - el.x) / d) * MOVE_MAX), moveY: Math.round(((ty - el.y) / d) * MOVE_MAX), aim: angleOf(tx - el.x, ty - el.y), buttons: 0 });
  }
  for (let t = 0; t < HUNT_LIMIT; t++) {
    if (world.outcome !== null || !el.alive) return 'over';
    if (!anyoneLeft(world)) return 'nobody left';
    if (finder(world)) return 'found';
    step(world, { moveX: 0, moveY: 0, aim: el.aim, buttons: 0 });
  }
  const waiting = world.actors.filter((a) => a.alive && a.team === 'enemy').map((a) => `${a.name || a.arch} at (${Math.floor(a.x / 16)}, ${Math.floor(a.y / 16)})`);
  return `stalled: El at (${Math.floor(el.x / 16)}, ${Math.floor(el.y / 16)}), ${waiting.join(', ')}`;
}

describe('a player who backs off is hunted', () => {
  for (const entry of index.levels) {
    it(`${entry.id}: after the alarm, men come for El within 60 s`, () => {
      const outcomes: string[] = [];
      for (let s = 0; s < SEEDS_PER_LEVEL; s++) {
        for (const fightOn of FIGHT_ON) {
          const what = backOff(entry.id, entry.seed + s, fightOn);
          outcomes.push(`seed ${entry.seed + s}, fought on ${fightOn}: ${what}`);
        }
      }
      expect(outcomes.filter((o) => /stalled|no contact/.test(o))).toEqual([]);
    }, 120_000);
  }
});
