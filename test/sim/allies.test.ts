// Allies fight beside El; Bucho's men pick the nearest hostile they see, El or an ally.
import { describe, expect, it } from 'vitest';
import { AiMode } from '../../src/sim/ai/ai-state';
import { cloneWorld } from '../../src/sim/clone';
import { damage } from '../../src/sim/combat';
import { stateHash } from '../../src/sim/hash';
import { Button } from '../../src/sim/input';
import { step } from '../../src/sim/step';
import type { Actor } from '../../src/sim/world';
import { eventTicks, makeRun, NO_INPUT, open, put, runFor, runUntil, tick, wall, type Run } from './ai/helpers';
import { elView } from './el-view';

const W = 30;

function byArch(run: Run, arch: string, index = 0): Actor {
  return run.world.actors.filter((a) => a.arch === arch)[index]!;
}

/** A street: El west, an ally beside him, a henchman far east. */
function street(ally: string, henchX = 20): Run {
  const rows = [wall(W), open(W), put(open(W), { 3: '@', 5: ally, [henchX]: 'e' }), open(W), wall(W)];
  // Everyone faces everyone: the ally east, the henchman west.
  return makeRun(rows, { actor: (s) => ({ ...s, facing: s.archetype === 'henchman' ? 2048 : 0 }) }, 3);
}

describe('allies', () => {
  it('Campa sees a henchman and kills him with bursts from his case', () => {
    const run = street('a');
    const campa = byArch(run, 'campa');
    const e = byArch(run, 'henchman');
    // El holds fire; Campa does the work.
    const t = runUntil(run, 900, () => !e.alive);
    expect(t).toBeGreaterThan(0);
    expect(campa.alive).toBe(true);
    const deaths = run.log.filter(({ e: ev }) => ev.type === 'death');
    expect(deaths.length).toBe(1);
    expect(deaths[0]!.e).toMatchObject({ actor: e.id, by: campa.id });
    // Bursts: at least one run of shots 4 ticks apart.
    const shots = eventTicks(run, 'shot', campa.id);
    expect(shots.length).toBeGreaterThan(2);
    expect(shots[1]! - shots[0]!).toBe(4);
    // Kills by allies are not El's.
    expect(run.world.stats.kills).toBe(0);
  });

  it('an ally never fires through El', () => {
    // El stands between Carolina and the henchman, in a corridor one cell wide.
    const rows = [wall(W), put(wall(W), {}), put(open(W), { 2: 'l', 5: '@', 14: 'e' }), wall(W), wall(W)];
    const run = makeRun(rows, { actor: (s) => ({ ...s, facing: s.archetype === 'henchman' ? 2048 : 0 }) }, 4);
    const carolina = byArch(run, 'carolina');
    const e = byArch(run, 'henchman');
    e.hp = 1_000_000;
    runFor(run, 400);
    // She has seen the henchman past El, but cannot get around him: not one shot.
    expect(carolina.ai!.target).toBe(e.id);
    expect(carolina.ai!.mode).toBe(AiMode.Engage);
    expect(eventTicks(run, 'shot', carolina.id)).toEqual([]);
    expect(run.log.some(({ e: ev }) => ev.type === 'hit' && ev.by === carolina.id)).toBe(false);
  });

  it('an ally who cannot shoot past a spared man comes back to El instead of going at the enemy', () => {
    // Carolina half the street from El; a henchman east of her with a spared Bucho just behind him (the
    // rooftops' street below): her cone takes Bucho in, so she must neither fire nor stay out there.
    const rows = [wall(W), open(W), put(open(W), { 2: '@', 12: 'l', 22: 'e', 24: 'B' }), open(W), wall(W)];
    const run = makeRun(rows, { actor: (s) => ({ ...s, facing: s.archetype === 'carolina' ? 0 : 2048, ...(s.archetype === 'bucho' ? { spare: 'Not like this.' } : {}) }) }, 4);
    const carolina = byArch(run, 'carolina');
    const e = byArch(run, 'henchman');
    const bucho = byArch(run, 'bucho');
    const el = run.world.actors[0]!;
    e.hp = 1_000_000;
    carolina.hp = 1_000_000;
    const seen = runUntil(run, 120, () => carolina.ai!.target === e.id && carolina.ai!.mode === AiMode.Engage);
    expect(seen).toBeGreaterThan(0);
    // The henchman and Bucho held where they are (as the street men out of reach are).
    const [ex, ey, bx, by] = [e.x, e.y, bucho.x, bucho.y];
    runFor(run, 300, () => {
      e.x = ex;
      e.y = ey;
      bucho.x = bx;
      bucho.y = by;
      return NO_INPUT;
    });
    expect(eventTicks(run, 'shot', carolina.id)).toEqual([]);
    expect(Math.hypot(carolina.x - el.x, carolina.y - el.y)).toBeLessThan(80);
  });

  it('Campa allows for his spray: no burst while the boy stands near his line of fire', () => {
    // The boy a cell off the line, halfway to the henchman: a straight line misses him, a spray would not.
    const rows = [wall(W), open(W), put(open(W), { 12: 'b' }), put(open(W), { 3: '@', 5: 'a', 20: 'e' }), open(W), wall(W)];
    const run = makeRun(rows, { actor: (s) => ({ ...s, facing: s.archetype === 'henchman' ? 2048 : 0 }) }, 3);
    const campa = byArch(run, 'campa');
    const boy = byArch(run, 'boy');
    const e = byArch(run, 'henchman');
    e.hp = 1_000_000;
    // Keep the boy where he is (he would otherwise wander off the line).
    runFor(run, 240, () => {
      boy.x = 12 * 16 + 8;
      boy.y = 2 * 16 + 8;
      return NO_INPUT;
    });
    expect(campa.ai!.target).toBe(e.id);
    expect(eventTicks(run, 'shot', campa.id)).toEqual([]);
    expect(boy.hp).toBe(boy.maxHp);
  });

  it('townspeople run from an ally\'s gunfire as from anyone\'s', () => {
    // The townsman well off the line of fire, some way from Campa.
    const rows = [wall(W), open(W), put(open(W), { 3: '@', 5: 'a', 20: 'e' }), open(W), open(W), open(W), put(open(W), { 10: 'c' }), wall(W)];
    const run = makeRun(rows, { actor: (s) => ({ ...s, facing: s.archetype === 'henchman' ? 2048 : 0 }) }, 3);
    const campa = byArch(run, 'campa');
    const civ = byArch(run, 'civilian');
    const t = runUntil(run, 300, () => eventTicks(run, 'shot', campa.id).length > 0);
    expect(t).toBeGreaterThan(0);
    // Campa fired first (the henchman is still reacting): the townsman runs from that shot.
    expect(eventTicks(run, 'shot').filter((x) => x <= t).length).toBe(1);
    expect(civ.ai!.mode).toBe(AiMode.Flee);
  });

  it('with nothing in sight an ally follows El and stops a few steps from him', () => {
    const rows = [wall(W), open(W), put(open(W), { 3: 'q', 5: '@' }), open(W), wall(W)];
    const run = makeRun(rows, {}, 5);
    const quino = byArch(run, 'quino');
    const el = run.world.actors[0]!;
    // El walks east for 2 s, then waits.
    runFor(run, 120, () => ({ ...NO_INPUT, moveX: 127 }));
    runFor(run, 180);
    const d = Math.hypot(quino.x - el.x, quino.y - el.y);
    expect(el.x).toBeGreaterThan(quino.x);
    expect(d).toBeLessThanOrEqual(56);
    expect(d).toBeGreaterThanOrEqual(20);
    expect(quino.ai!.mode).toBe(AiMode.Post);
  });

  it('a henchman shoots an ally when El is out of sight', () => {
    // El behind a wall in the west room; Campa out in the open, in the henchman's view.
    const rows = [
      wall(W),
      put(open(W), { 7: '#' }),
      put(open(W), { 3: '@', 7: '#', 10: 'a', 20: 'e' }),
      put(open(W), { 7: '#' }),
      wall(W),
    ];
    const run = makeRun(rows, { actor: (s) => ({ ...s, facing: s.archetype === 'henchman' ? 2048 : 2048 }) }, 6);
    const campa = byArch(run, 'campa');
    const e = byArch(run, 'henchman');
    // Campa faces away and cannot fire back: this is about the henchman's choice of target.
    campa.weapon = null;
    const hp = campa.hp;
    const t = runUntil(run, 600, () => campa.hp < hp);
    expect(t).toBeGreaterThan(0);
    expect(e.ai!.target).toBe(campa.id);
    expect(run.log.some(({ e: ev }) => ev.type === 'hit' && ev.target === campa.id && ev.by === e.id)).toBe(true);
  });

  it('a henchman seeing El and an ally goes for the nearer one', () => {
    const rows = [wall(W), open(W), put(open(W), { 3: '@', 14: 'l', 20: 'e' }), open(W), wall(W)];
    const run = makeRun(rows, { actor: (s) => ({ ...s, facing: 2048 }) }, 7);
    const carolina = byArch(run, 'carolina');
    const e = byArch(run, 'henchman');
    runUntil(run, 60, () => e.ai!.seesTarget);
    expect(e.ai!.target).toBe(carolina.id);
  });

  it('a dead ally drops his case, and El can pick it up and fire it', () => {
    const rows = [wall(W), open(W), put(open(W), { 3: '@', 4: 'a' }), open(W), wall(W)];
    const run = makeRun(rows, {}, 8);
    const campa = byArch(run, 'campa');
    const rounds = campa.rounds;
    damage(run.world, campa, campa.hp, 0, campa.x, campa.y);
    expect(campa.alive).toBe(false);
    const drop = run.world.events.find((ev) => ev.type === 'drop');
    expect(drop).toMatchObject({ weapon: 'campaCase', rounds });
    tick(run);
    expect(run.world.pickups.map((p) => p.weapon)).toEqual(['campaCase']);
    tick(run, { ...NO_INPUT, buttons: Button.Use });
    const el = elView(run.world);
    expect(el.carried).toBe('campaCase');
    expect(el.weapon).toBe('campaCase');
    runFor(run, 12);
    runFor(run, 20, () => ({ ...NO_INPUT, aim: 0, buttons: Button.Fire }));
    expect(el.carriedRounds).toBeLessThan(rounds);
  });

  it('is deterministic with allies fighting (and clone-and-continue agrees)', () => {
    const rows = [
      wall(W),
      put(open(W), { 16: 'e', 24: 'g' }),
      put(open(W), { 3: '@', 5: 'a', 12: 'T', 18: 'c' }),
      put(open(W), { 4: 'q', 6: 'l', 12: 'T', 22: 'e' }),
      put(open(W), { 14: 'b', 26: 'e' }),
      wall(W),
    ];
    const play = (clone: boolean) => {
      let r = makeRun(rows, { actor: (s) => ({ ...s, facing: 2048 }) }, 11);
      for (let i = 0; i < 900; i++) {
        if (clone && i % 97 === 0) r = { world: cloneWorld(r.world), log: [] };
        step(r.world, { ...NO_INPUT, aim: 0, moveX: i % 240 < 60 ? 127 : 0, buttons: i % 30 < 4 ? Button.Fire : 0 });
      }
      return r.world;
    };
    const a = play(false);
    const b = play(true);
    expect(stateHash(a)).toBe(stateHash(b));
    // They did fight: some hostile died.
    expect(a.actors.some((x) => x.team === 'enemy' && !x.alive)).toBe(true);
    expect(a.actors.filter((x) => x.team === 'ally').some((x) => x.ai!.target > 0)).toBe(true);
  });
});
