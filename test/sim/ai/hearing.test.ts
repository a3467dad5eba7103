// Hearing: gunfire alerts enemies within the weapon's loudness, each wall cell in between damping it.
import { describe, expect, it } from 'vitest';
import { hearNoise } from '../../../src/sim/ai/ai-hooks';
import { AiMode } from '../../../src/sim/ai/ai-state';
import { WALL_DAMPING } from '../../../src/sim/ai/perception';
import { WEAPONS } from '../../../src/sim/weapons';
import { enemy, eventTicks, makeRun, open, put, runUntil, wall } from './helpers';

const W = 30;

/** El at column 2, a henchman at column 16 facing away east (cannot see him); optional wall columns. */
function level(walls: number[]): string[] {
  const rows = [wall(W), open(W), open(W), open(W), wall(W)];
  for (let y = 1; y <= 3; y++) for (const x of walls) rows[y] = put(rows[y]!, { [x]: '#' });
  rows[2] = put(rows[2]!, { 2: '@', 16: 'e' });
  return rows;
}

function shootNorthAndListen(rows: string[]) {
  const run = makeRun(rows, { actor: (s) => ({ ...s, facing: 0 }) }, 11);
  const e = enemy(run);
  // Pistols slide out, then El fires a few rounds into the wall to the north.
  runUntil(run, 40, () => false, () => ({ moveX: 0, moveY: 0, aim: 3072, buttons: 1 }));
  runUntil(run, 30, () => false);
  return { run, e, shots: eventTicks(run, 'shot', run.world.playerId).length };
}

describe('hearing', () => {
  it('a shot in the open is heard, the same shot behind two walls is not', () => {
    const distance = 14 * 16;
    const loudness = WEAPONS.sleevePistols.loudness;
    // The numbers the test relies on: in range in the open, out of range through two walls.
    expect(distance).toBeLessThan(loudness);
    expect(distance + 2 * WALL_DAMPING).toBeGreaterThan(loudness);

    const openRoom = shootNorthAndListen(level([]));
    expect(openRoom.shots).toBeGreaterThan(0);
    const alerts = openRoom.run.log.filter(({ e }) => e.type === 'alert' && e.actor === openRoom.e.id);
    expect(alerts.length).toBe(1);
    expect(alerts[0]!.e).toMatchObject({ cause: 'sound' });
    expect(openRoom.e.ai!.aware).toBe(true);

    const walled = shootNorthAndListen(level([7, 11]));
    expect(walled.shots).toBeGreaterThan(0);
    expect(eventTicks(walled.run, 'alert', walled.e.id)).toEqual([]);
    expect(walled.e.ai!.mode).toBe(AiMode.Post);
  });

  it('one thin wall only damps: a loud shot close by is still heard through it', () => {
    const run = makeRun(level([9]), { actor: (s) => ({ ...s, facing: 0 }) }, 2);
    const e = enemy(run);
    hearNoise(run.world, 12 * 16, 2.5 * 16, 300, run.world.playerId);
    expect(e.ai!.aware).toBe(true);
  });

  it('the heard position becomes the last known position and the listener goes there', () => {
    const rows = level([]);
    const run = makeRun(rows, { actor: (s) => ({ ...s, facing: 0 }) }, 4);
    const e = enemy(run);
    runUntil(run, 40, () => false, () => ({ moveX: 0, moveY: 0, aim: 3072, buttons: 1 }));
    expect(e.ai!.mode === AiMode.Chase || e.ai!.mode === AiMode.Engage).toBe(true);
    const p = run.world.actors[0]!;
    // The last known position is where the shot came from: at El's muzzle.
    expect(Math.abs(e.ai!.lastSeenX - p.x)).toBeLessThan(16);
    expect(Math.abs(e.ai!.lastSeenY - p.y)).toBeLessThan(16);
  });
});
