// The duel: the window is tick exact with inclusive bounds. With cue C and window N, counting the
// standoff's ticks from 1: a pull on C-1 is early, on C or C+N wins, on C+N+1 (or none) is too late.
import { describe, expect, it } from 'vitest';
import { DuelPhase } from '../../src/sim/duel-state';
import { DUEL_EARLY_DAMAGE, DUEL_SHOCK_TICKS } from '../../src/sim/duel';
import { Button } from '../../src/sim/input';
import { makeRun, NO_INPUT, open, put, runFor, runUntil, tick, wall, type Run } from './ai/helpers';

const W = 24;
const CUE = 120;
const WINDOW = 20;

function ranch(): Run {
  const rows = [wall(W), open(W), put(open(W), { 3: '@', 5: 'l', 14: 'B' }), put(open(W), { 18: 'e' }), wall(W)];
  return makeRun(rows, {
    protect: ['carolina'],
    objectives: [
      { type: 'duel', target: 'bucho', cue: CUE, window: WINDOW, text: 'Face Bucho' },
      { type: 'eliminate', group: '', text: 'Fight your way out' },
    ],
    actor: (s) => ({ ...s, name: s.archetype === 'henchman' ? 'guard' : s.archetype, facing: 2048 }),
  }, 1, true);
}

/** Runs the standoff, pulling the trigger on standoff tick `pull` (0: never), up to tick `until`. */
function duel(pull: number, until: number): Run {
  const run = ranch();
  for (let t = 1; t <= until && run.world.outcome === null; t++) {
    tick(run, { ...NO_INPUT, aim: 0, buttons: t === pull ? Button.Fire : 0 });
  }
  return run;
}

function types(run: Run): string[] {
  return run.log.map(({ e }) => e.type).filter((t) => t.startsWith('duel'));
}

function actor(run: Run, arch: string) {
  return run.world.actors.find((a) => a.arch === arch)!;
}

describe('the duel', () => {
  it('freezes El and keeps everyone calm until the cue, which comes on tick `cue`', () => {
    const run = ranch();
    const el = run.world.actors[0]!;
    const x = el.x;
    runFor(run, CUE, () => ({ ...NO_INPUT, moveX: 127, aim: 0 }));
    expect(el.x).toBe(x);
    expect(el.weapon).toBe(null);
    expect(run.log.filter(({ e }) => e.type === 'shot')).toEqual([]);
    expect(run.log.filter(({ e }) => e.type.startsWith('duel')).map(({ tick: t, e }) => [t, e.type])).toEqual([[1, 'duelStart'], [CUE, 'duelCue']]);
    expect(run.world.duel.phase).toBe(DuelPhase.Standoff);
  });

  it('one tick early: Bucho draws first, El is hit, the ranch turns hostile, Bucho still stands', () => {
    const run = duel(CUE - 1, CUE + 5);
    const el = run.world.actors[0]!;
    expect(types(run)).toEqual(['duelStart', 'duelEarly']);
    expect(el.hp).toBe(el.maxHp - DUEL_EARLY_DAMAGE);
    expect(run.world.alarm).toBe(true);
    expect(actor(run, 'bucho').alive).toBe(true);
    expect(run.world.objective).toBe(0);
    expect(run.world.outcome).toBe(null);
    // El can move again.
    const x = el.x;
    runFor(run, 10, () => ({ ...NO_INPUT, moveX: 127 }));
    expect(el.x).toBeGreaterThan(x);
  });

  it('on the cue tick itself (first tick of the window): El wins, then the fight out', () => {
    const run = duel(CUE, CUE + 2);
    expect(types(run)).toEqual(['duelStart', 'duelCue', 'duelWon']);
    const bucho = actor(run, 'bucho');
    expect(bucho.alive).toBe(false);
    expect(bucho.diedTick).toBe(CUE);
    expect(run.world.actors[0]!.weapon).toBe('sleevePistols');
    expect(run.world.objective).toBe(1);
    expect(run.world.stats.kills).toBe(1);
    // His men stand stunned for DUEL_SHOCK_TICKS; then the alarm, on the tick exactly.
    expect(run.world.alarm).toBe(false);
    const alarm = runUntil(run, DUEL_SHOCK_TICKS + 5, (w) => w.alarm);
    expect(alarm).toBe(CUE + DUEL_SHOCK_TICKS);
  });

  it('calm men stay calm through the standoff and the stunned moment; El firing again wakes them', () => {
    const calmRanch = (): Run => {
      const rows = [wall(W), open(W), put(open(W), { 3: '@', 5: 'l', 14: 'B' }), put(open(W), { 18: 'e' }), wall(W)];
      return makeRun(rows, {
        protect: ['carolina'],
        objectives: [
          { type: 'duel', target: 'bucho', cue: CUE, window: WINDOW, text: 'Face Bucho' },
          { type: 'eliminate', group: '', text: 'Fight your way out' },
        ],
        actor: (s) => ({ ...s, name: s.archetype === 'henchman' ? 'guard' : s.archetype, facing: 2048, calm: s.archetype !== 'carolina' }),
      }, 1, true);
    };
    const quiet = calmRanch();
    const guard = quiet.world.actors.find((a) => a.name === 'guard')!;
    runFor(quiet, CUE + DUEL_SHOCK_TICKS - 1, (w) => ({ ...NO_INPUT, aim: 0, buttons: w.tick === CUE - 1 ? Button.Fire : 0 }));
    expect(types(quiet)).toEqual(['duelStart', 'duelCue', 'duelWon']);
    expect(guard.ai!.calm).toBe(true);
    expect(quiet.log.filter(({ e }) => e.type === 'alert' && e.actor === guard.id)).toEqual([]);
    tick(quiet);
    expect(quiet.world.alarm).toBe(true);
    expect(guard.ai!.calm).toBe(false);
    // A second shot during the stunned moment: heard, so the guard wakes before the alarm.
    const loud = calmRanch();
    const guard2 = loud.world.actors.find((a) => a.name === 'guard')!;
    runFor(loud, CUE + 30, (w) => ({ ...NO_INPUT, aim: 3072, buttons: w.tick === CUE - 1 || w.tick >= CUE + 20 ? Button.Fire : 0 }));
    expect(loud.world.alarm).toBe(false);
    expect(guard2.ai!.calm).toBe(false);
  });

  it('on the last tick of the window (cue + window): El still wins', () => {
    const run = duel(CUE + WINDOW, CUE + WINDOW + 2);
    expect(types(run)).toEqual(['duelStart', 'duelCue', 'duelWon']);
    expect(actor(run, 'bucho').diedTick).toBe(CUE + WINDOW);
    expect(actor(run, 'carolina').alive).toBe(true);
    expect(run.world.outcome).toBe(null);
  });

  it('one tick late: Bucho shoots Carolina and the run is lost', () => {
    const run = duel(CUE + WINDOW + 1, CUE + WINDOW + 5);
    expect(types(run)).toEqual(['duelStart', 'duelCue', 'duelLate']);
    expect(actor(run, 'bucho').alive).toBe(true);
    expect(actor(run, 'carolina').diedTick).toBe(CUE + WINDOW + 1);
    expect(run.world.outcome).toBe('dead');
    expect(run.world.failure).toBe('Carolina was killed');
  });

  it('never drawing is too late on the same tick', () => {
    const run = duel(0, CUE + WINDOW + 5);
    expect(run.world.tick).toBe(CUE + WINDOW + 1);
    expect(run.world.failure).toBe('Carolina was killed');
  });

  it('a trigger held since before the standoff is not a pull', () => {
    const run = ranch();
    run.world.actors[0]!.prevButtons = Button.Fire;
    runFor(run, CUE + 3, () => ({ ...NO_INPUT, buttons: Button.Fire }));
    expect(types(run)).toEqual(['duelStart', 'duelCue']);
  });
});
