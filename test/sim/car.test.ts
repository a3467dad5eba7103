// The car: drives at El, rams (damage and a shove), nobody can push it, and it stops for good when
// its hit points (the driver) run out.
import { describe, expect, it } from 'vitest';
import { RAM_DAMAGE } from '../../src/sim/ai/car';
import { damage } from '../../src/sim/combat';
import { makeRun, open, put, runFor, runUntil, tick, wall } from './ai/helpers';

const W = 40;

function street(): string[] {
  return [wall(W), open(W), open(W), put(open(W), { 4: '@', 22: 'v' }), open(W), open(W), wall(W)];
}

describe('the car', () => {
  it('drives at El and rams him: damage and a shove, then comes round again', () => {
    const run = makeRun(street(), {}, 1, true);
    const el = run.world.actors[0]!;
    const car = run.world.actors.find((a) => a.arch === 'lieutenant')!;
    const hp = el.hp;
    const t = runUntil(run, 400, () => run.log.some(({ e }) => e.type === 'ram'));
    expect(t).toBeGreaterThan(0);
    const ram = run.log.find(({ e }) => e.type === 'ram')!.e;
    expect(ram).toMatchObject({ car: car.id, target: el.id });
    expect(el.hp).toBe(hp - RAM_DAMAGE);
    // Shoved: El moved this tick although he stood still.
    expect(Math.hypot(el.x - el.px, el.y - el.py)).toBeGreaterThan(10);
    runFor(run, 400);
    expect(run.log.filter(({ e }) => e.type === 'ram').length).toBeGreaterThan(1);
  });

  it('bodies do not push it', () => {
    const rows = [wall(W), open(W), put(open(W), { 10: 'v', 11: 'c' }), open(W), wall(W)];
    const run = makeRun(rows, {}, 2);
    const car = run.world.actors.find((a) => a.arch === 'lieutenant')!;
    const civ = run.world.actors.find((a) => a.arch === 'civilian')!;
    const x = car.x;
    tick(run);
    expect(car.x).toBe(x);
    expect(civ.x - car.x).toBeGreaterThanOrEqual(car.radius + civ.radius - 1e-9);
  });

  it('stops where it is when its driver dies (the car is shot to pieces)', () => {
    const run = makeRun(street(), {}, 3, true);
    const el = run.world.actors[0]!;
    const car = run.world.actors.find((a) => a.arch === 'lieutenant')!;
    runFor(run, 40);
    expect(car.x).toBeLessThan(22 * 16);
    damage(run.world, car, car.hp - 1, el.id, car.x, car.y);
    expect(car.alive).toBe(true);
    damage(run.world, car, 1, el.id, car.x, car.y);
    expect(car.alive).toBe(false);
    expect(run.world.stats.kills).toBe(1);
    const at = { x: car.x, y: car.y };
    const hp = el.hp;
    runFor(run, 300);
    expect([car.x, car.y]).toEqual([at.x, at.y]);
    expect(run.log.filter(({ tick: t, e }) => e.type === 'ram' && t > 40).length).toBe(0);
    expect(el.hp).toBe(hp);
  });

  it('given a patrol path it races round it until it spots someone', () => {
    // El far off behind a wall: the car loops its two points without seeing him.
    const rows = [wall(W), open(W), open(W), put(open(W), { 30: 'v' }), open(W), open(W), put(wall(W), {}), put(open(W), { 4: '@' }), wall(W)];
    const path = [{ x: 8 * 16, y: 3 * 16 + 8 }, { x: 34 * 16, y: 3 * 16 + 8 }];
    const run = makeRun(rows, { actor: (s) => ({ ...s, behavior: 'patrol', path, facing: 2048 }) }, 4);
    const car = run.world.actors.find((a) => a.arch === 'lieutenant')!;
    let minX = car.x;
    let maxX = car.x;
    let top = 0;
    for (let i = 0; i < 600; i++) {
      tick(run);
      minX = Math.min(minX, car.x);
      maxX = Math.max(maxX, car.x);
      top = Math.max(top, Math.hypot(car.x - car.px, car.y - car.py));
    }
    expect(minX).toBeLessThan(8 * 16 + 14);
    expect(maxX).toBeGreaterThan(34 * 16 - 14);
    expect(top).toBeCloseTo(3, 5);
    expect(car.ai!.target).toBe(0);
  });
});
