// One real-time source for the speedrun side: a level run's and a full game's real times are
// measured on the injected clock from the attempt's start (not a scene clock last read minutes
// ago), and LiveSplit hears the run's start, its game time every half second and its splits.
import { describe, expect, it } from 'vitest';
import { FullGameSession } from '../../src/game/full-game-session';
import { loadLevel } from '../../src/game/level-catalog';
import { SpeedrunSession } from '../../src/game/speedrun-session';
import { step, type TickInput, type World } from '../../src/sim';
import { ticksToMs } from '../../src/speedrun/igt';
import { lssTime } from '../../src/speedrun/livesplit';
import { startCommands } from '../../src/speedrun/livesplit-server';
import { botInputs, fakeServices } from '../game/session-helpers';

const bar = loadLevel('bar');
const barClear = botInputs(bar, 1995);
const quiet = () => {};

/** Plays as the Play scene does, real time moving `msPerTick` per tick; returns real time at each split. */
function play(session: SpeedrunSession, world: World, inputs: readonly TickInput[], real: { ms: number }, msPerTick: number): number[] {
  const at: number[] = [];
  while (world.outcome === null && world.tick < inputs.length) {
    const input = inputs[world.tick]!;
    session.tracker.recordInput(input);
    step(world, input);
    real.ms += msPerTick;
    if (session.onTick(world).length > 0) at.push(real.ms);
  }
  if (world.outcome !== null) session.onOutcome(world);
  return at;
}

describe('real time', () => {
  it('a level run\'s first segment is the injected clock\'s time from the attempt\'s start', () => {
    const svc = fakeServices();
    // The page has been open a while: the clock is far from zero when the level starts.
    svc.real.ms = 98_765.4;
    const start = svc.real.ms;
    const s = new SpeedrunSession(svc, bar, { level: 'bar' }, quiet);
    const world = s.newAttempt(null, quiet);
    // A frame or two of loading between the attempt's start and its first tick is real time too.
    svc.real.ms += 40;
    const splits = play(s, world, barClear, svc.real, 17.25);
    expect(world.outcome).toBe('cleared');
    s.finish(world, quiet);
    const segments = svc.records.records('bar').pb!.segments;
    expect(segments[0]!.realMs).toBe(Math.round(splits[0]! - start));
    expect(segments[1]!.realMs).toBe(Math.round(splits[1]! - splits[0]!));
  });

  it('a full game\'s segments run on the same clock from the run\'s start', () => {
    const svc = fakeServices();
    svc.real.ms = 5_000;
    const full = FullGameSession.start(svc);
    const s = new SpeedrunSession(svc, bar, { level: 'bar', full }, quiet);
    const world = s.newAttempt(null, quiet);
    play(s, world, barClear, svc.real, 20);
    expect(full.run.index).toBe(1);
    expect(svc.real.ms - 5_000).toBe(barClear.length * 20);
  });

  it('LiveSplit hears the start, game time every 0.5 s between splits, and each split', () => {
    const svc = fakeServices();
    const s = new SpeedrunSession(svc, bar, { level: 'bar' }, quiet);
    const world = s.newAttempt(null, quiet);
    play(s, world, barClear, svc.real, 16);
    expect(svc.sent.slice(0, 4)).toEqual(startCommands());
    const setTimes = svc.sent.filter((c) => c.startsWith('setgametime'));
    // One per 30 ticks, plus the start's zero and one exact time per split.
    const splits = s.tracker.splits.length;
    expect(splits).toBe(2);
    expect(setTimes.length).toBeGreaterThanOrEqual(Math.floor(barClear.length / 30));
    expect(setTimes.length).toBeLessThanOrEqual(1 + Math.floor(barClear.length / 30) + splits);
    expect(svc.sent.filter((c) => c === 'split')).toHaveLength(splits);
    expect(svc.sent).not.toContain('initgametime');
    // The last game time LiveSplit got before the final split is the clear's own tick.
    const last = svc.sent.lastIndexOf('split');
    expect(svc.sent[last - 1]).toBe(`setgametime ${lssTime(ticksToMs(barClear.length))}`);
  });

  it('practice is not sent to LiveSplit', () => {
    const svc = fakeServices();
    const s = new SpeedrunSession(svc, bar, { level: 'bar', practice: 0 }, quiet);
    const world = s.newAttempt(null, quiet);
    play(s, world, barClear, svc.real, 16);
    expect(svc.sent).toEqual([]);
  });
});

describe('attempt history from play', () => {
  it('a restart mid-run, a death and a clear each end their attempt once, with the segments done', () => {
    const svc = fakeServices();
    const s = new SpeedrunSession(svc, bar, { level: 'bar' }, quiet);
    let world = s.newAttempt(null, quiet);
    // Restarted after the first split.
    const firstSplit = (() => {
      const probe = new SpeedrunSession(fakeServices(), bar, { level: 'bar' }, quiet);
      const w = probe.newAttempt(null, quiet);
      play(probe, w, barClear, { ms: 0 }, 1);
      return probe.tracker.splits[0]!.ticks;
    })();
    play(s, world, barClear.slice(0, firstSplit + 10), svc.real, 16);
    world = s.newAttempt({ inputs: s.tracker.inputs, outcome: world.outcome }, quiet);
    play(s, world, barClear, svc.real, 16);
    s.finish(world, quiet);
    const r = svc.records.records('bar');
    expect(r.attempts).toBe(2);
    expect(r.history.map((a) => [a.id, a.finished, a.segments.length, a.ended !== null])).toEqual([[1, false, 1, true], [2, true, 2, true]]);
    expect(r.history[0]!.segments[0]!.ticks).toBe(firstSplit);
    expect(r.realGolds).toHaveLength(2);
  });

  it('quitting mid-attempt ends it once (LiveSplit resets); quitting after the end changes nothing', () => {
    const svc = fakeServices();
    const s = new SpeedrunSession(svc, bar, { level: 'bar' }, quiet);
    const world = s.newAttempt(null, quiet);
    play(s, world, barClear.slice(0, 120), svc.real, 16);
    svc.sent.length = 0;
    s.abandon(world, quiet);
    expect(svc.sent).toEqual(['reset']);
    const r = svc.records.records('bar');
    expect(r.history.map((a) => [a.id, a.finished, a.ended !== null])).toEqual([[1, false, true]]);
    const done = s.newAttempt(null, quiet);
    play(s, done, barClear, svc.real, 16);
    s.finish(done, quiet);
    svc.sent.length = 0;
    s.abandon(done, quiet);
    expect(svc.sent).toEqual([]);
    expect(svc.records.records('bar').history).toHaveLength(2);
  });
});
