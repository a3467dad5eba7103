// Behaviour chosen by data: every archetype's brain has an entry in the one dispatch table, and
// every mode change runs the old mode's end and the new mode's begin, in that order.
import { afterEach, describe, expect, it } from 'vitest';
import { AiMode, Tactic } from '../../../src/sim/ai/ai-state';
import { updateAlly } from '../../../src/sim/ai/ally';
import { BRAINS } from '../../../src/sim/ai/brains';
import { updateCar } from '../../../src/sim/ai/car';
import { updateHenchman } from '../../../src/sim/ai/henchman';
import { cowerTicksOf, LOOK_MAX, LOOK_MIN, MODES, setMode, SEARCH_POINTS_MAX, SEARCH_POINTS_MIN, type ModeDef } from '../../../src/sim/ai/modes';
import { navigate } from '../../../src/sim/ai/navigate';
import { ARCHETYPE_IDS, ARCHETYPES, isVehicle } from '../../../src/sim/archetypes';
import { stateHash } from '../../../src/sim/hash';
import { enemy, makeRun, open, put, wall } from './helpers';

describe('brains', () => {
  it('every archetype names a brain the table has; only El runs none', () => {
    for (const id of ARCHETYPE_IDS) {
      const def = ARCHETYPES[id];
      expect(BRAINS[def.brain], id).toBeDefined();
      expect(def.brain === 'player', id).toBe(def.team === 'player');
      if (def.brain !== 'player') expect(BRAINS[def.brain].update, id).toBeTypeOf('function');
    }
  });

  it('the car is the one vehicle, and it runs the car brain', () => {
    const vehicles = ARCHETYPE_IDS.filter((id) => isVehicle({ arch: id }));
    expect(vehicles).toEqual(['lieutenant']);
    expect(BRAINS[ARCHETYPES.lieutenant.brain].update).toBe(updateCar);
    expect(BRAINS.car.hear).toBeUndefined();
  });

  it('allies run the ally brain (not the henchman one), enemies a fighting brain, civilians a civilian one', () => {
    for (const id of ARCHETYPE_IDS) {
      const def = ARCHETYPES[id];
      if (def.team === 'ally') expect(BRAINS[def.brain].update, id).toBe(updateAlly);
      if (def.team === 'enemy') expect(['henchman', 'navajas', 'car'], id).toContain(def.brain);
      if (def.team === 'civilian') expect(['civilian', 'boy'], id).toContain(def.brain);
    }
    expect(BRAINS.henchman.update).toBe(updateHenchman);
    expect(ARCHETYPES.boy.brain).toBe('boy');
    // Only Bucho's men answer the alarm.
    const answer = (Object.keys(BRAINS) as (keyof typeof BRAINS)[]).filter((b) => BRAINS[b].alarm);
    expect(answer.sort()).toEqual(['henchman', 'navajas']);
  });
});

describe('modes', () => {
  const saved = new Map<AiMode, ModeDef>();
  afterEach(() => {
    for (const [mode, def] of saved) (MODES as Record<AiMode, ModeDef>)[mode] = def;
    saved.clear();
  });
  const patch = (mode: AiMode, def: ModeDef) => {
    saved.set(mode, MODES[mode]);
    (MODES as Record<AiMode, ModeDef>)[mode] = { ...MODES[mode], ...def };
  };
  const henchmanRun = () => makeRun([wall(16), open(16), put(open(16), { 2: '@', 12: 'e' }), open(16), wall(16)]);

  it('setMode runs the old mode\'s end, resets, then the new mode\'s begin', () => {
    const run = henchmanRun();
    const e = enemy(run);
    const ai = e.ai!;
    const order: string[] = [];
    patch(ai.mode, { end: (_w, _a, s) => order.push(`end ${s.mode} ticks ${s.modeTicks}`) });
    patch(AiMode.Chase, { begin: (_w, _a, s) => order.push(`begin ${s.mode} ticks ${s.modeTicks}`) });
    const from = ai.mode;
    ai.modeTicks = 17;
    setMode(run.world, e, ai, AiMode.Chase);
    expect(order).toEqual([`end ${from} ticks 17`, `begin ${AiMode.Chase} ticks 0`]);
  });

  it('every way into Engage starts from Hold with sight counted afresh', () => {
    const run = henchmanRun();
    const e = enemy(run);
    const ai = e.ai!;
    setMode(run.world, e, ai, AiMode.Cover);
    expect(ai.coverLeft).toBe(-1);
    ai.lostTicks = 9;
    ai.tactic = Tactic.Flank;
    setMode(run.world, e, ai, AiMode.Engage);
    expect(ai.lostTicks).toBe(0);
    expect(ai.tactic).toBe(Tactic.Hold);
  });

  it('a search begins where he stands, looking the way he faces, with a few points to visit', () => {
    const run = henchmanRun();
    const e = enemy(run);
    e.aim = 1234;
    setMode(run.world, e, e.ai!, AiMode.Search);
    expect(e.ai!.searchX).toBe(e.x);
    expect(e.ai!.faceAngle).toBe(1234);
    expect(e.ai!.searchLeft).toBeGreaterThanOrEqual(SEARCH_POINTS_MIN);
    expect(e.ai!.searchLeft).toBeLessThanOrEqual(SEARCH_POINTS_MAX);
    expect(e.ai!.timer).toBeGreaterThanOrEqual(LOOK_MIN);
    expect(e.ai!.timer).toBeLessThanOrEqual(LOOK_MAX);
  });

  it('cowering lasts what the archetype says (the boy stays down longer)', () => {
    const run = makeRun([wall(12), put(open(12), { 2: '@', 6: 'c', 9: 'b' }), wall(12)]);
    const [, civ, boy] = run.world.actors;
    for (const a of [civ!, boy!]) {
      setMode(run.world, a, a.ai!, AiMode.Cower);
      const [min, max] = cowerTicksOf(a);
      expect(a.ai!.timer).toBeGreaterThanOrEqual(min);
      expect(a.ai!.timer).toBeLessThanOrEqual(max);
    }
    expect(cowerTicksOf(boy!)[0]).toBeGreaterThan(cowerTicksOf(civ!)[0]);
  });
});

describe('navigate', () => {
  it('keeps nothing between calls outside the world: interleaved walkers match walkers alone', () => {
    const rows = [wall(20), open(20), put(open(20), { 2: '@', 17: 'e' }), put(open(20), { 9: '#' }), open(20), wall(20)];
    const walk = (runs: ReturnType<typeof makeRun>[]) => {
      for (let t = 0; t < 90; t++) {
        for (const run of runs) {
          const e = enemy(run);
          navigate(run.world, e, e.ai!, 20 + (t % 3) * 16, 70, 1.2, 64);
        }
      }
      return runs.map((r) => stateHash(r.world));
    };
    const alone = [walk([makeRun(rows)])[0], walk([makeRun(rows, {}, 2)])[0]];
    expect(walk([makeRun(rows), makeRun(rows, {}, 2)])).toEqual(alone);
  });
});
