// Rosters (pickTarget's candidates per side, a cache outside world state): the same picks as a walk
// over every actor, rebuilt for joined actors, never shared between a world and its clone.
import { describe, expect, it } from 'vitest';
import { cloneWorld } from '../../../src/sim/clone';
import { Fire, tryFire } from '../../../src/sim/ai/gun';
import { canSee } from '../../../src/sim/ai/perception';
import { buchosMen, rosterFor } from '../../../src/sim/ai/rosters';
import { hostileTeams, pickTarget } from '../../../src/sim/ai/targets';
import type { ActorSpawn } from '../../../src/sim/level-data';
import { makeActor, type Actor, type World } from '../../../src/sim/world';
import { fireToward, makeRun, runFor, tick } from './helpers';

const ROWS = [
  '##########################',
  '#........................#',
  '#..e.....c.........e.....#',
  '#.........##.............#',
  '#..a......##....e....l...#',
  '#.........##.............#',
  '#....@.........b.....e...#',
  '#..........T.............#',
  '#..q..............e......#',
  '##########################',
];

/** Every actor named after his archetype, Carolina the one El must keep alive. */
const OPTIONS = { protect: ['carolina'], actor: (s: ActorSpawn) => ({ ...s, name: s.archetype }) };

/** pickTarget as it was written before rosters: every actor of the world, in list order. */
function referencePick(world: World, a: Actor, range: number, halfAngle: number, tracked = -1, trackRange = range): Actor | null {
  let best: Actor | null = null;
  let bestD = 1 / 0;
  for (const b of world.actors) {
    if (!b.alive || b === a || !hostileTeams(a.team, b.team)) continue;
    if (a.team === 'ally' && b.ai !== null && b.ai.calm) continue;
    let d2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
    if (b.team === 'ally' && world.level.protect.includes(b.name)) d2 *= 6.25;
    if (d2 >= bestD) continue;
    if (b.id === tracked ? !canSee(world, a, b, trackRange, -1) : !canSee(world, a, b, range, halfAngle)) continue;
    best = b;
    bestD = d2;
  }
  return best;
}

function ids(list: readonly Actor[]): number[] {
  return list.map((a) => a.id);
}

describe('rosters', () => {
  it('hold the living of the other side in id order: El and allies for Bucho\'s men, Bucho\'s men for them', () => {
    const { world } = makeRun(ROWS, OPTIONS, 3);
    const good = world.actors.filter((a) => a.team === 'player' || a.team === 'ally');
    const enemies = world.actors.filter((a) => a.team === 'enemy');
    expect(ids(rosterFor(world, 'enemy').actors)).toEqual(ids(good));
    expect(ids(rosterFor(world, 'ally').actors)).toEqual(ids(enemies));
    expect(ids(rosterFor(world, 'player').actors)).toEqual(ids(enemies));
    expect(rosterFor(world, 'civilian').actors).toEqual([]);
    expect(ids(buchosMen(world))).toEqual(ids(enemies));
    // Carolina is the one El must keep alive here.
    const forEnemy = rosterFor(world, 'enemy');
    expect(forEnemy.actors.filter((_, i) => forEnemy.guarded[i]).map((a) => a.name)).toEqual(['carolina']);
  });

  it('pick exactly what a walk over every actor picks, through a fight where men fall', () => {
    const run = makeRun(ROWS, OPTIONS, 7);
    const { world } = run;
    let picks = 0;
    let trackedDiffers = 0;
    for (let t = 0; t < 900; t++) {
      // El sprays fire around him so the fight moves on and men fall on both sides.
      tick(run, fireToward((t * 37) % 4096));
      for (const a of world.actors) {
        if (!a.alive || !a.ai) continue;
        for (const [range, half] of [[230, 700], [400, -1], [60, 300]] as const) {
          const want = referencePick(world, a, range, half);
          expect(pickTarget(world, a, a.ai, range, half, false, range)?.id ?? -1, `tick ${world.tick} actor ${a.id}`).toBe(want?.id ?? -1);
          if (want) picks++;
          // Tracking his current target: that one is seen all around and farther.
          const tracked = referencePick(world, a, range, half, a.ai.target, range * 1.25);
          expect(pickTarget(world, a, a.ai, range, half, true, range * 1.25)?.id ?? -1, `tracking, tick ${world.tick} actor ${a.id}`).toBe(tracked?.id ?? -1);
          if (tracked !== want) trackedDiffers++;
        }
      }
    }
    const deaths = world.actors.filter((a) => !a.alive).length;
    expect(picks).toBeGreaterThan(500);
    // Tracking changed some picks (the tracked target seen behind a man or beyond the range).
    expect(trackedDiffers).toBeGreaterThan(0);
    expect(deaths).toBeGreaterThan(1);
  });

  it('count the one El must keep alive 2.5 times farther: a man takes El beyond her unless she is much nearer', () => {
    // Facing west (2048) toward Carolina (3 cells off) and El (6 cells off), all in a row.
    const { world } = makeRun(['##########', '#@..l..e.#', '##########'], OPTIONS, 1);
    const man = world.actors.find((a) => a.team === 'enemy')!;
    expect(pickTarget(world, man, man.ai!, 230, 700, false, 230)?.team).toBe('player');
    const carolina = world.actors.find((a) => a.name === 'carolina')!;
    // Four times nearer than El: she is the nearer even counted 2.5 times farther.
    carolina.x = man.x - 16;
    expect(pickTarget(world, man, man.ai!, 230, 700, false, 230)?.name).toBe('carolina');
  });

  it('take in actors who join the world, and drop the fallen', () => {
    const run = makeRun(ROWS, OPTIONS, 1);
    const { world } = run;
    runFor(run, 2);
    const before = rosterFor(world, 'ally').actors.length;
    const extra = makeActor(world, 'henchman', 200, 40, 0, null, -1);
    world.actors.push(extra);
    expect(rosterFor(world, 'ally').actors).toContain(extra);
    expect(rosterFor(world, 'ally').actors.length).toBe(before + 1);
    extra.alive = false;
    const campa = world.actors.find((a) => a.name === 'campa')!;
    pickTarget(world, campa, campa.ai!, 1000, -1, false, 1000);
    expect(rosterFor(world, 'ally').actors).not.toContain(extra);
  });

  it('keep a man of Bucho\'s from shooting through one of his own, and not through a fallen one', () => {
    // Both men face west down the corridor at El; the far one has his fellow in the line of fire.
    const { world } = makeRun(['############', '#@....e..e.#', '############'], OPTIONS, 1);
    const [near, far] = world.actors.filter((a) => a.team === 'enemy') as [Actor, Actor];
    const el = world.actors[0]!;
    expect(tryFire(world, far, far.ai!, el.x, el.y, false)).toBe(Fire.FriendInLine);
    near.alive = false;
    expect(tryFire(world, far, far.ai!, el.x, el.y, false)).toBe(Fire.Fired);
  });

  it('are never shared between a world and its clone', () => {
    const run = makeRun(ROWS, OPTIONS, 2);
    runFor(run, 5);
    const copy = cloneWorld(run.world);
    const mine = rosterFor(run.world, 'enemy').actors;
    const theirs = rosterFor(copy, 'enemy').actors;
    expect(ids(theirs)).toEqual(ids(mine));
    for (const a of theirs) expect(copy.actors).toContain(a);
    for (const a of mine) expect(run.world.actors).toContain(a);
  });
});
