// The rules behind the film's set pieces: a spared actor (Bucho below the rooftops), no friendly fire
// on El's side, the protected boy harmed only by El, leaving an exit together, triggers that wait
// for the story, and El's friends leaving calm men alone.
import { describe, expect, it } from 'vitest';
import { AiMode } from '../../src/sim/ai/ai-state';
import { damage, fireBullet } from '../../src/sim/combat';
import { explode } from '../../src/sim/explosion';
import { unharmedBy } from '../../src/sim/friendly-fire';
import { AT_HIS_SIDE } from '../../src/sim/rules';
import type { Objective, TriggerZone } from '../../src/sim/level-data';
import type { Actor } from '../../src/sim/world';
import { Button, makeRun, NO_INPUT, open, put, runFor, runUntil, tick, wall, type Run } from './ai/helpers';

const W = 24;
const SPARE = 'Not like this. Bucho must face you at the ranch.';

function byArch(run: Run, arch: string): Actor {
  return run.world.actors.find((a) => a.arch === arch)!;
}

const firing = (aim: number) => (w: { tick: number }) => ({ ...NO_INPUT, aim, buttons: w.tick % 2 === 0 ? Button.Fire : 0 });

describe('a spared actor', () => {
  const rows = [wall(W), open(W), put(open(W), { 3: '@', 14: 'B' }), open(W), put(open(W), { 6: 'l', 20: 'e' }), wall(W)];
  const spared = () => makeRun(rows, { actor: (s) => (s.archetype === 'bucho' ? { ...s, spare: SPARE } : s) });

  it('loses the run on El\'s first hit, lethal or not, with the level\'s text', () => {
    const run = spared();
    const bucho = byArch(run, 'bucho');
    const t = runUntil(run, 120, (w) => w.outcome !== null, firing(0));
    expect(t).toBeGreaterThan(0);
    expect(run.world.outcome).toBe('dead');
    expect(run.world.failure).toBe(SPARE);
    expect(run.log.filter(({ e }) => e.type === 'failure').map(({ e }) => e)).toEqual([{ type: 'failure', reason: SPARE }]);
    // A sleeve pistol round is 2 of his 8: he is hit, not dead, and still it is over.
    expect(bucho.alive).toBe(true);
    expect(bucho.hp).toBe(bucho.maxHp - 2);
  });

  it('notices nothing: gunfire, the alarm and a body leave him calm and still; nobody else can harm him', () => {
    const run = spared();
    const bucho = byArch(run, 'bucho');
    const carolina = byArch(run, 'carolina');
    const at = [bucho.x, bucho.y, bucho.aim];
    // El fires away from him, then a henchman dies in plain view; Carolina never takes Bucho on.
    let aimedAt = 0;
    const watch = () => {
      if (carolina.ai!.target === bucho.id) aimedAt++;
    };
    for (let i = 0; i < 60; i++) {
      tick(run, firing(3072)(run.world));
      watch();
    }
    damage(run.world, byArch(run, 'henchman'), 99, run.world.playerId, 0, 0);
    // El keeps aiming north: a last tap of fire still kept by the input buffer goes there too.
    for (let i = 0; i < 120; i++) {
      tick(run, { ...NO_INPUT, aim: 3072 });
      watch();
    }
    expect(aimedAt).toBe(0);
    expect(bucho.ai!.calm).toBe(true);
    expect(bucho.ai!.aware).toBe(false);
    expect([bucho.x, bucho.y, bucho.aim]).toEqual(at);
    expect(run.log.some(({ e }) => e.type === 'alert' && e.actor === bucho.id)).toBe(false);
    expect(run.log.some(({ e }) => e.type === 'shot' && e.actor === bucho.id)).toBe(false);
    // A stray of hers, or anyone's blast, would do him no harm.
    damage(run.world, bucho, 3, carolina.id, bucho.x, bucho.y);
    explode(run.world, bucho.x, bucho.y, 40, 8, 0, 'grenade');
    expect(bucho.hp).toBe(bucho.maxHp);
    tick(run);
    expect(run.world.failure).toBe(null);
  });
});

describe('no friendly fire on El\'s side', () => {
  it('El\'s rounds pass through Carolina and hit the man behind her', () => {
    const run = makeRun([wall(W), put(open(W), { 3: '@', 7: 'l', 12: 'e' }), wall(W)]);
    const carolina = byArch(run, 'carolina');
    const henchman = byArch(run, 'henchman');
    for (const a of [carolina, henchman]) a.ai = null;
    const el = run.world.actors[0]!;
    fireBullet(run.world, el, 'sleevePistols', el.x + 9, el.y, 0, 0, 0);
    runFor(run, 10);
    expect(carolina.hp).toBe(carolina.maxHp);
    expect(henchman.hp).toBe(henchman.maxHp - 2);
  });

  it('a friend\'s blast spares El and the others; El\'s own grenade still hurts him; an enemy is hit', () => {
    const run = makeRun([wall(W), put(open(W), { 3: '@', 7: 'l', 9: 'e', 18: 'q' }), wall(W)], {}, 1, true);
    const [el, quino, carolina, henchman] = [run.world.actors[0]!, byArch(run, 'quino'), byArch(run, 'carolina'), byArch(run, 'henchman')];
    explode(run.world, carolina.x, carolina.y, 56, 10, quino.id, 'quinoCase');
    expect([el.hp, carolina.hp]).toEqual([el.maxHp, carolina.maxHp]);
    expect(henchman.alive).toBe(false);
    explode(run.world, el.x, el.y, 30, 2, el.id, 'grenade');
    expect(el.hp).toBe(el.maxHp - 2);
    expect(quino.hp).toBe(quino.maxHp);
  });
});

describe('the protected boy', () => {
  const rows = [wall(W), put(open(W), { 3: '@', 8: 'b', 14: 'e' }), open(W), put(open(W), { 20: 'v' }), wall(W)];
  const street = () => makeRun(rows, { protect: ['boy'], actor: (s) => (s.archetype === 'boy' ? { ...s, name: 'boy' } : s) });

  it('is harmed by nobody but El: a henchman\'s round flies past him, the car shoves him unhurt', () => {
    const run = street();
    const boy = byArch(run, 'boy');
    const henchman = byArch(run, 'henchman');
    const car = byArch(run, 'lieutenant');
    henchman.ai = null;
    car.ai = null;
    boy.ai = null;
    fireBullet(run.world, henchman, 'pistol', henchman.x - 9, henchman.y, 2048, 0, 0);
    // The round flies on past him (toward El).
    let past = false;
    for (let i = 0; i < 14; i++) {
      tick(run);
      if (run.world.bullets.some((b) => b.owner === henchman.id && b.x < boy.x - 8)) past = true;
    }
    expect(past).toBe(true);
    expect(boy.hp).toBe(boy.maxHp);
    expect(run.log.filter(({ e }) => e.type === 'hit' && e.target === boy.id)).toEqual([]);
    // The car's ram skips whom it cannot harm (car.ts), as blasts do.
    expect(unharmedBy(run.world, boy, car.id)).toBe(true);
    expect(unharmedBy(run.world, boy, run.world.playerId)).toBe(false);
    explode(run.world, boy.x, boy.y, 40, 8, henchman.id, 'grenade');
    expect(boy.hp).toBe(boy.maxHp);
    tick(run);
    expect(run.world.failure).toBe(null);
  });

  it('the car drives through him to get at El: it rams El, and the boy comes out unhurt', () => {
    const run = makeRun([wall(W), open(W), put(open(W), { 2: '@', 11: 'b', 21: 'v' }), open(W), wall(W)], {
      protect: ['boy'], actor: (s) => (s.archetype === 'boy' ? { ...s, name: 'boy' } : s),
    });
    const boy = byArch(run, 'boy');
    boy.ai = null;
    const rammed = runUntil(run, 600, (w) => w.events.some((e) => e.type === 'ram' && e.target === w.playerId));
    expect(rammed).toBeGreaterThan(0);
    expect(boy.hp).toBe(boy.maxHp);
    expect(run.log.some(({ e }) => e.type === 'ram' && e.target === boy.id)).toBe(false);
  });

  it('must not be hit by El: one shotgun pellet (not lethal) loses the run', () => {
    const run = street();
    const boy = byArch(run, 'boy');
    damage(run.world, boy, 1, run.world.playerId, boy.x, boy.y);
    expect(boy.alive).toBe(true);
    tick(run);
    expect(run.world.outcome).toBe('dead');
    expect(run.world.failure).toBe('The boy was shot');
  });

  it('walks at El\'s side once the objective is to take him out, and then nothing harms him', () => {
    const objectives: Objective[] = [{ type: 'reach', exit: 'out', with: ['boy'], text: 'Take the boy to a doctor' }];
    const run = makeRun([wall(W), put(open(W), { 2: '@', 20: 'b' }), open(W), wall(W)], {
      protect: ['boy'], objectives, actor: (s) => ({ ...s, name: 'boy' }), exits: [{ name: 'out', area: { x: 16, y: 16, w: 32, h: 32 } }],
    });
    const boy = byArch(run, 'boy');
    const t = runUntil(run, 600, (w) => w.outcome !== null);
    expect(t).toBeGreaterThan(0);
    expect(run.world.outcome).toBe('cleared');
    expect(Math.hypot(boy.x - run.world.actors[0]!.x, boy.y - run.world.actors[0]!.y)).toBeLessThanOrEqual(AT_HIS_SIDE);
  });

  it('walking out at El\'s side he is one of El\'s own: El\'s round passes him', () => {
    const objectives: Objective[] = [{ type: 'reach', exit: 'out', with: ['boy'], text: 'Take the boy to a doctor' }];
    const run = makeRun([wall(W), put(open(W), { 3: '@', 6: 'b', 12: 'e' }), wall(W)], {
      protect: ['boy'], objectives, actor: (s) => ({ ...s, name: s.archetype }), exits: [{ name: 'out', area: { x: 320, y: 16, w: 16, h: 16 } }],
    });
    const [el, boy, henchman] = [run.world.actors[0]!, byArch(run, 'boy'), byArch(run, 'henchman')];
    henchman.ai = null;
    fireBullet(run.world, el, 'sleevePistols', el.x + 9, el.y, 0, 0, 0);
    runFor(run, 14);
    expect(boy.hp).toBe(boy.maxHp);
    expect(henchman.hp).toBe(henchman.maxHp - 2);
    expect(run.world.failure).toBe(null);
  });
});

describe('reach <exit> with a companion', () => {
  const objectives: Objective[] = [{ type: 'reach', exit: 'gate', with: ['carolina'], text: 'Both of you' }];

  function gate(carolinaCol: number): Run {
    const run = makeRun([wall(W), put(open(W), { 2: '@', [carolinaCol]: 'l' }), wall(W)], {
      objectives, actor: (s) => ({ ...s, name: 'carolina' }), exits: [{ name: 'gate', area: { x: 16, y: 16, w: 32, h: 16 } }],
    });
    // Carolina stands where she is put (no AI), so only the rule is tested.
    byArch(run, 'carolina').ai = null;
    return run;
  }

  it('is not done while she is neither inside nor at his side', () => {
    const run = gate(12);
    runFor(run, 5);
    expect(run.world.outcome).toBe(null);
  });

  it('is done with her inside the exit, or within AT_HIS_SIDE of El', () => {
    const inside = gate(3);
    tick(inside);
    expect(inside.world.outcome).toBe('cleared');
    // Five cells from the exit's edge but 48 px from El: beside him.
    const beside = gate(5);
    expect(byArch(beside, 'carolina').x - beside.world.actors[0]!.x).toBe(AT_HIS_SIDE);
    tick(beside);
    expect(beside.world.outcome).toBe('cleared');
  });

  it('lets the dead go', () => {
    const run = gate(12);
    const carolina = byArch(run, 'carolina');
    carolina.alive = false;
    tick(run);
    expect(run.world.outcome).toBe('cleared');
  });
});

describe('a trigger with `after`', () => {
  it('starts only once that many objectives are done, El inside its area then', () => {
    const triggers: TriggerZone[] = [{ name: 'limo', area: { x: 0, y: 0, w: W * 16, h: 48 }, delay: 5, after: 1, actions: [{ type: 'caption', speaker: 'Henchman', text: 'There!' }] }];
    const objectives: Objective[] = [
      { type: 'defeat', target: 'henchman0', text: 'Him' },
      { type: 'survive', ticks: 1e9, text: 'Then wait' },
    ];
    const run = makeRun([wall(W), put(open(W), { 3: '@', 20: 'e' }), wall(W)], { triggers, objectives });
    const henchman = byArch(run, 'henchman');
    henchman.ai = null;
    runFor(run, 100);
    expect(run.log.some(({ e }) => e.type === 'caption')).toBe(false);
    damage(run.world, henchman, 99, 0, 0, 0);
    tick(run);
    const done = run.world.tick;
    const t = runUntil(run, 20, (w) => w.events.some((e) => e.type === 'caption'));
    // The delay counts from the first tick the objective is done: delay 5 acts 6 ticks later.
    expect(t).toBe(done + 6);
  });
});

describe('El\'s friends and calm men', () => {
  it('Carolina never fires first at a calm man; once he is roused she fights him', () => {
    const run = makeRun([wall(W), put(open(W), { 3: '@', 5: 'l', 14: 'e' }), wall(W)], {
      actor: (s) => (s.archetype === 'henchman' ? { ...s, calm: true, facing: 2048 } : s),
    });
    const carolina = byArch(run, 'carolina');
    const henchman = byArch(run, 'henchman');
    runFor(run, 240);
    expect(run.log.some(({ e }) => e.type === 'shot')).toBe(false);
    expect(carolina.ai!.mode).toBe(AiMode.Post);
    henchman.ai!.calm = false;
    const shot = runUntil(run, 240, (w) => w.events.some((e) => e.type === 'shot' && e.actor === carolina.id));
    expect(shot).toBeGreaterThan(0);
  });

  it('Bucho\'s men shoot El before a protected Carolina unless she is much nearer', () => {
    // El 10 cells from the henchman, Carolina 7: she is nearer, yet counts 2.5 times as far.
    const run = makeRun([wall(W), put(open(W), { 3: '@', 13: 'e' }), put(open(W), { 6: 'l' }), wall(W)], {
      protect: ['carolina1'], actor: (s) => ({ ...s, name: `${s.archetype}1`, facing: 2048 }),
    });
    const henchman = byArch(run, 'henchman');
    byArch(run, 'carolina').ai = null;
    runUntil(run, 60, () => henchman.ai!.target !== 0);
    expect(henchman.ai!.target).toBe(run.world.playerId);
  });
});
