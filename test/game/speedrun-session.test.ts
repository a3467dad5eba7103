// The Play scene's speedrun bookkeeping without Phaser: attempts are played here the way the scene
// plays them (record the input, step, read the splits), over real records in memory storage.
import { describe, expect, it } from 'vitest';
import { FullGameSession } from '../../src/game/full-game-session';
import { loadLevel } from '../../src/game/level-catalog';
import { SpeedrunSession } from '../../src/game/speedrun-session';
import { parseReplay } from '../../src/replay/replay-file';
import { stateHash, step, type TickInput, type World } from '../../src/sim';
import type { PlayData } from '../../src/game/play-data';
import { botInputs, fakeServices } from './session-helpers';

const bar = loadLevel('bar');
const church = loadLevel('church');
const barClear = botInputs(bar, 1995);

/** Plays `inputs` (at most `limit` ticks) into the session's current attempt, as Play does. */
function play(session: SpeedrunSession, world: World, inputs: readonly TickInput[], limit = Infinity): void {
  while (world.outcome === null && world.tick < limit && world.tick < inputs.length) {
    const input = inputs[world.tick]!;
    session.tracker.recordInput(input);
    step(world, input);
    session.onTick(world);
  }
  if (world.outcome !== null) session.onOutcome(world);
}

const quiet = () => {};

describe('speedrun session', () => {
  it('an individual level: every start is an attempt, a clear is the PB with its replay', () => {
    const svc = fakeServices();
    const s = new SpeedrunSession(svc, bar, { level: 'bar' }, quiet);
    let world = s.newAttempt(null, quiet);
    play(s, world, barClear, 50);
    world = s.newAttempt({ inputs: s.tracker.inputs, outcome: null }, quiet);
    play(s, world, barClear);
    expect(world.outcome).toBe('cleared');
    const next = s.finish(world, quiet);
    expect(next.kind).toBe('results');
    if (next.kind !== 'results') return;
    expect(next.data).toMatchObject({ mode: 'il', category: 'bar', seed: 1995, randomSeed: false, newBest: true, ticks: barClear.length });
    expect(svc.records.records('bar')).toMatchObject({ attempts: 2, finishes: 1 });
    expect(parseReplay(next.data.replay!.text).replay).toMatchObject({ level: 'bar', seed: 1995, ticks: barClear.length, outcome: 'cleared' });
    expect(svc.sent.filter((c) => c === 'starttimer')).toHaveLength(2);
  });

  it('random seed: a new board at each attempt, marked, and kept apart from the fixed board', () => {
    const svc = fakeServices();
    svc.settings = { ...svc.settings, randomSeed: true };
    const s = new SpeedrunSession(svc, bar, { level: 'bar' }, quiet);
    s.newAttempt(null, quiet);
    const first = s.seed;
    expect(s.randomSeed).toBe(true);
    expect(s.category).toBe('bar/random');
    s.newAttempt({ inputs: [], outcome: null }, quiet);
    expect(s.seed).not.toBe(first);
    expect(svc.records.records('bar/random').attempts).toBe(2);
    expect(svc.records.records('bar').attempts).toBe(0);
    // A board chosen in the URL is not drawn, but it is not the fixed board either.
    const chosen = new SpeedrunSession(fakeServices(), bar, { level: 'bar', seed: 7 }, quiet);
    chosen.newAttempt(null, quiet);
    expect([chosen.seed, chosen.randomSeed, chosen.category]).toEqual([7, false, 'bar/random']);
  });

  it('practice from a split: the PB\'s state at its tick, compared with the PB, never saved', () => {
    const svc = fakeServices();
    const il = new SpeedrunSession(svc, bar, { level: 'bar' }, quiet);
    const w = il.newAttempt(null, quiet);
    play(il, w, barClear);
    il.finish(w, quiet);
    const t1 = svc.records.records('bar').pb!.segments[0]!.ticks;
    const before = JSON.stringify([svc.records.records('bar'), svc.records.runs()]);

    const s = new SpeedrunSession(svc, bar, { level: 'bar', practice: 1 }, quiet);
    const world = s.newAttempt(null, quiet);
    expect(world.tick).toBe(t1);
    expect(stateHash(world)).toBe(stateHash(replayTo(barClear, t1)));
    expect(s.category).toBeNull();
    expect(s.ghost!.world.tick).toBe(t1);
    play(s, world, barClear);
    expect(s.tracker.splits.map((x) => x.delta)).toEqual([0]);
    const next = s.finish(world, quiet);
    expect(next.kind === 'results' && next.data).toMatchObject({ mode: 'practice', practiceFrom: expect.stringMatching(/^split 1: /), newBest: false, category: null });
    expect(next.kind === 'results' && next.data.replay).toBeUndefined();
    expect(JSON.stringify([svc.records.records('bar'), svc.records.runs()])).toBe(before);
  });

  it('practice without a PB says so and starts from the start', () => {
    const notices: string[] = [];
    const s = new SpeedrunSession(fakeServices(), bar, { level: 'bar', practice: 1 }, (n) => notices.push(n));
    expect(s.newAttempt(null, quiet).tick).toBe(0);
    expect(notices).toEqual([expect.stringMatching(/^Practice: practice from split 1 needs a personal best on El Tarasco/)]);
  });

  it('a full-game level: restarts stay on the run\'s clock, a clear moves on to the next level', () => {
    const svc = fakeServices();
    const full = FullGameSession.start(svc);
    const data: PlayData = { level: 'bar', full };
    const s = new SpeedrunSession(svc, bar, data, quiet);
    let world = s.newAttempt(null, quiet);
    play(s, world, barClear, 120);
    expect(s.timer(world)).toBe(120);
    world = s.newAttempt({ inputs: s.tracker.inputs, outcome: world.outcome }, quiet);
    expect(s.timer(world)).toBe(120);
    play(s, world, barClear);
    // Counted at the tick of the clear; a restart now would not take it back.
    expect(s.timer(world)).toBe(120 + barClear.length);
    expect(s.canRestartLevel).toBe(false);
    expect(svc.sent).toContain('split');
    const next = s.finish(world, quiet);
    expect(next).toEqual({ kind: 'level', data: { level: 'church', full } });
    expect(svc.records.records('full')).toMatchObject({ attempts: 1, pb: null });
    expect(svc.records.records('bar').attempts).toBe(0);

    const c = new SpeedrunSession(svc, church, { level: 'church', full }, quiet);
    const cw = c.newAttempt(null, quiet);
    expect(c.seed).toBe(2611);
    play(c, cw, botInputs(church, 2611), 30);
    expect(c.view(cw)).toMatchObject({ mode: 'full', levelIndex: 1, timer: 120 + barClear.length + 30, levelSplits: [{ name: 'El Tarasco', segmentTicks: 120 + barClear.length }] });
    full.restart(svc);
    expect(full.run.index).toBe(0);
    expect(svc.records.records('full').attempts).toBe(2);
  });
});

function replayTo(inputs: readonly TickInput[], tick: number): World {
  const s = new SpeedrunSession(fakeServices(), bar, { level: 'bar' }, quiet);
  const world = s.newAttempt(null, quiet);
  for (let i = 0; i < tick; i++) step(world, inputs[i]!);
  return world;
}
