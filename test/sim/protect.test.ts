// Lives that must not be lost: a protected death ends the run with its reason; so does El's.
import { describe, expect, it } from 'vitest';
import { damage } from '../../src/sim/combat';
import { AiMode } from '../../src/sim/ai/ai-state';
import { Button } from '../../src/sim/input';
import { makeRun, NO_INPUT, open, put, runFor, runUntil, tick, wall } from './ai/helpers';

const W = 24;

function row(items: Record<number, string>): string {
  return put(open(W), items);
}

describe('protected lives', () => {
  it('Carolina killed: the run is lost that very tick, and says why', () => {
    const rows = [wall(W), open(W), row({ 3: '@', 6: 'l', 18: 'c' }), open(W), wall(W)];
    const run = makeRun(rows, { protect: ['carolina1'], actor: (s) => ({ ...s, name: s.archetype === 'carolina' ? 'carolina1' : s.name }) });
    const carolina = run.world.actors.find((a) => a.arch === 'carolina')!;
    const bystander = run.world.actors.find((a) => a.arch === 'civilian')!;
    tick(run);
    // An unprotected death changes nothing.
    damage(run.world, bystander, 99, 0, bystander.x, bystander.y);
    tick(run);
    expect(run.world.outcome).toBe(null);
    expect(run.world.failure).toBe(null);
    damage(run.world, carolina, 99, 0, carolina.x, carolina.y);
    const t = run.world.tick;
    tick(run);
    expect(run.world.tick).toBe(t + 1);
    expect(run.world.outcome).toBe('dead');
    expect(run.world.failure).toBe('Carolina was killed');
    expect(run.world.events).toContainEqual({ type: 'failure', reason: 'Carolina was killed' });
    expect(run.world.events).toContainEqual({ type: 'outcome', outcome: 'dead' });
  });

  it('the boy shot by El: the run is lost, and it counts as a civilian hit', () => {
    const rows = [wall(W), open(W), row({ 3: '@', 9: 'b' }), open(W), wall(W)];
    const run = makeRun(rows, { protect: ['kid'], actor: (s) => ({ ...s, name: 'kid' }) });
    const t = runUntil(run, 200, (w) => w.outcome !== null, () => ({ ...NO_INPUT, aim: 0, buttons: run.world.tick % 2 === 0 ? Button.Fire : 0 }));
    expect(t).toBeGreaterThan(0);
    expect(run.world.failure).toBe('The boy was shot');
    expect(run.world.stats.civiliansHit).toBeGreaterThanOrEqual(1);
  });

  it('El falls: failure says so', () => {
    const rows = [wall(W), open(W), row({ 3: '@' }), open(W), wall(W)];
    const run = makeRun(rows, {}, 1, true);
    const el = run.world.actors[0]!;
    damage(run.world, el, el.hp, 0, el.x, el.y);
    tick(run);
    expect(run.world.outcome).toBe('dead');
    expect(run.world.failure).toBe('El Mariachi fell');
  });

  it('the boy wanders near his spot and cowers where he stands when shooting starts', () => {
    const rows = [wall(W), open(W), open(W), row({ 3: '@', 14: 'b' }), open(W), open(W), wall(W)];
    const run = makeRun(rows, {}, 9);
    const boy = run.world.actors.find((a) => a.arch === 'boy')!;
    const home = { x: boy.x, y: boy.y };
    let far = 0;
    let moved = 0;
    for (let i = 0; i < 900; i++) {
      tick(run);
      far = Math.max(far, Math.hypot(boy.x - home.x, boy.y - home.y));
      if (boy.x !== boy.px || boy.y !== boy.py) moved++;
    }
    expect(moved).toBeGreaterThan(30);
    expect(far).toBeLessThanOrEqual(48);
    // A shot (El fires north, away from him): he drops and stays put.
    // (The first pull slides the pistols out; hold the trigger until the first shot.)
    const shot = runUntil(run, 60, (w) => w.events.some((e) => e.type === 'shot'), () => ({ ...NO_INPUT, aim: 3072, buttons: Button.Fire }));
    expect(shot).toBeGreaterThan(0);
    expect(boy.ai!.mode).toBe(AiMode.Cower);
    const at = { x: boy.x, y: boy.y };
    runFor(run, 200);
    expect(boy.ai!.mode).toBe(AiMode.Cower);
    expect([boy.x, boy.y]).toEqual([at.x, at.y]);
  });
});
