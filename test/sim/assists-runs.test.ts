// Assisted runs as runs: their replays carry the assists and verify only with them, they count in
// their own categories, the settings that choose them load from older saves, and game speed slows
// the page's fixed-step clock in whole ticks.
import { describe, expect, it } from 'vitest';
import { FixedStepRunner, TICK_MS } from '../../src/game/fixed-step';
import { runAssistsOf, speedFactor } from '../../src/game/run-assists';
import { verifyReplay, recordReplay } from '../../src/replay/record';
import { parseReplay, replayToText, ReplayError } from '../../src/replay/replay-file';
import { ReplayPlayer } from '../../src/replay/replay-player';
import { resultsText } from '../../src/scenes/results-rows';
import { stepChoice } from '../../src/scenes/settings-assists';
import { createWorld, NO_ASSISTS, type RunAssists, type TickInput } from '../../src/sim';
import { stateHash } from '../../src/sim/hash';
import {
  categoryLabel, fullCategory, ilCategory, isAssistedCategory, isRandomCategory,
} from '../../src/speedrun/categories';
import { FullGameRun } from '../../src/speedrun/full-game';
import { recordFullRun } from '../../src/speedrun/full-run-record';
import { emptyRecords } from '../../src/speedrun/records';
import { SETTINGS_KEY, createSettingsStore } from '../../src/storage/settings';
import { assistMark, assistsText } from '../../src/ui/assist-mark';
import { MemoryStorage } from '../storage/fakes';
import { ARENA, inputStream } from './scripted-run';

const HELPED: RunAssists = { ...NO_ASSISTS, extraHearts: true, aimAssist: true, speed: 60 };

function inputs(n: number): TickInput[] {
  const out: TickInput[] = [];
  const stream = inputStream(11);
  for (let i = 0; i < n; i++) out.push(stream());
  return out;
}

describe('assisted replays', () => {
  const run = inputs(300);

  it('carry the assists in the header and verify with them (viewer included)', () => {
    const replay = recordReplay(ARENA, 5, run, { assists: HELPED });
    expect(replay.assists).toEqual(['speed-60', 'extra-hearts', 'aim-assist']);
    const checked = parseReplay(replayToText(replay), 'helped.json');
    expect(verifyReplay(checked, ARENA)).toMatchObject({ verified: true, hash: replay.hash });
    const viewer = new ReplayPlayer(ARENA, checked);
    viewer.seek(viewer.total);
    expect(stateHash(viewer.world)).toBe(replay.hash);
    // An unassisted run of the same inputs is another run.
    expect(recordReplay(ARENA, 5, run).hash).not.toBe(replay.hash);
  });

  it('fail to verify when the assists field is tampered with', () => {
    const replay = recordReplay(ARENA, 5, run, { assists: HELPED });
    for (const assists of [[], ['speed-60', 'extra-hearts'], ['speed-80', 'extra-hearts', 'aim-assist']]) {
      const forged = parseReplay(replayToText({ ...replay, assists }), 'forged.json');
      const verdict = verifyReplay(forged, ARENA);
      expect(verdict.verified).toBe(false);
      if (!verdict.verified) expect(verdict.reason).toMatch(/diverged from the recording between ticks 0 and 60/);
    }
    // And an unassisted run claimed as assisted fails too.
    const plain = recordReplay(ARENA, 5, run);
    expect(verifyReplay(parseReplay(replayToText({ ...plain, assists: ['no-knockdown'] })), ARENA).verified).toBe(false);
  });

  it('an unknown assist is one readable line naming the field', () => {
    const replay = recordReplay(ARENA, 5, run, { assists: HELPED });
    const text = replayToText({ ...replay, assists: ['god-mode'] });
    expect(() => parseReplay(text, 'odd.json')).toThrow(ReplayError);
    expect(() => parseReplay(text, 'odd.json')).toThrow(/^odd\.json: assists\[0\]: expected an assist \(speed-80, .*long-focus\), got "god-mode"$/);
  });
});

describe('assisted categories', () => {
  it('are never the unassisted ones, on any board', () => {
    expect(ilCategory('bar', true, true)).toBe('bar+assist');
    expect(ilCategory('bar', false, true)).toBe('bar/random+assist');
    expect(ilCategory('bar', true)).toBe('bar');
    expect(fullCategory(false, true)).toBe('full+assist');
    expect(fullCategory(true, true)).toBe('full/random+assist');
    const all = [true, false].flatMap((fixed) => [ilCategory('bar', fixed), ilCategory('bar', fixed, true)]);
    expect(new Set(all).size).toBe(4);
    expect(isAssistedCategory('bar/random+assist')).toBe(true);
    expect(isAssistedCategory('bar/random')).toBe(false);
    expect(isRandomCategory('bar/random+assist')).toBe(true);
    expect(isRandomCategory('bar+assist')).toBe(false);
    expect(categoryLabel('bar/random+assist', 'The Tarasco bar')).toBe('The Tarasco bar (individual level) (random seed) (assisted)');
    expect(categoryLabel('full+assist')).toBe('Full game (assisted)');
  });

  it('a full-game run with assists counts in its own category and records them in every replay', () => {
    const levels = [{ id: ARENA.id, title: 'Arena', seed: 3 }];
    const run = new FullGameRun(levels, emptyRecords(), null, 0, HELPED);
    expect(run.category).toBe('full+assist');
    run.endAttempt(inputs(90), null, 0);
    expect(recordFullRun(run, () => ARENA).levels[0]!.attempts[0]!.assists).toEqual(['speed-60', 'extra-hearts', 'aim-assist']);
    expect(new FullGameRun(levels, emptyRecords(), null).category).toBe('full');
  });
});

describe('assist settings', () => {
  it('settings saved before assists existed load with every assist off, nothing set aside', () => {
    const mem = new MemoryStorage();
    mem.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, value: { ghost: false, showCaptions: true } }));
    const r = createSettingsStore(mem).load();
    expect(r.notice).toBeUndefined();
    expect(r.value).toMatchObject({ ghost: false, showCaptions: true, reduceFlashes: false, captionSize: 'normal' });
    expect(runAssistsOf(r.value.assists)).toEqual(NO_ASSISTS);
  });

  it('keeps the chosen assists, and a bad game speed makes the record corrupt (set aside, defaults)', () => {
    const mem = new MemoryStorage();
    const store = createSettingsStore(mem);
    const chosen = { speed: 50 as const, extraHearts: true, noKnockdown: false, aimAssist: false, longFocus: true };
    store.save({ ...store.load().value, assists: chosen, captionSize: 'large' });
    const back = createSettingsStore(mem).load().value;
    expect(back.assists).toEqual(chosen);
    expect(back.captionSize).toBe('large');
    mem.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, value: { assists: { speed: 30 } } }));
    const bad = createSettingsStore(mem).load();
    expect(bad.notice).toBeTruthy();
    expect(bad.value.assists.speed).toBe(100);
  });

  it('left/right step through the choices and stop at the ends', () => {
    expect(stepChoice([100, 80, 60, 50], 100, 1)).toBe(80);
    expect(stepChoice([100, 80, 60, 50], 50, 1)).toBe(50);
    expect(stepChoice([100, 80, 60, 50], 100, -1)).toBe(100);
    expect(stepChoice(['small', 'normal', 'large'], 'normal', -1)).toBe('small');
  });
});

describe('the marks', () => {
  it('HUD mark and results row say the run was assisted; an unassisted run shows neither', () => {
    expect(assistMark([])).toBe('');
    expect(assistMark(['extra-hearts'])).toBe('ASSIST');
    expect(assistMark(['speed-60', 'aim-assist'])).toBe('ASSIST 60%');
    expect(assistsText(['speed-60', 'extra-hearts', 'long-focus'])).toBe('speed 60%, extra hearts, longer bullet time');
    const base = {
      level: 'bar', mode: 'il' as const, outcome: 'cleared' as const, ticks: 600, stats: { kills: 1, shotsFired: 2, shotsHit: 1, damageTaken: 0, civiliansHit: 0 },
      grade: 'A', newBest: false, splits: [], hadPb: false, sumOfBest: null, failure: null, playerAlive: true, seed: 1, randomSeed: false,
      category: 'bar+assist', splitNames: [],
    };
    const rows = resultsText({ ...base, assists: ['aim-assist'] }, 'Bar', 3600, 1).rows;
    expect(rows).toContainEqual(['Assists', 'aim assist']);
    expect(resultsText({ ...base, category: 'bar' }, 'Bar', 3600, 1).rows.map((r) => r[0])).not.toContain('Assists');
  });
});

describe('game speed', () => {
  it('at 50% the fixed-step clock runs half the ticks per second of game time, in whole ticks', () => {
    const count = (speed: RunAssists['speed']) => {
      const runner = new FixedStepRunner(createArena());
      runner.speed = speedFactor({ ...NO_ASSISTS, speed });
      // Primed by 0.3 of a tick so no frame ends on a tick boundary (float rounding decides nothing).
      runner.advance(0.3 * TICK_MS / runner.speed, () => IDLE, () => {});
      let ticks = 0;
      const perSecond: number[] = [];
      for (let s = 0; s < 3; s++) {
        const before = ticks;
        for (let f = 0; f < 60; f++) ticks += runner.advance(1000 / 60, () => IDLE, () => {});
        perSecond.push(ticks - before);
      }
      expect(runner.world.tick).toBe(ticks);
      return perSecond;
    };
    expect(count(100)).toEqual([60, 60, 60]);
    expect(count(50)).toEqual([30, 30, 30]);
    expect(count(80)).toEqual([48, 48, 48]);
    // The manual test clock hands out exact ticks whatever the speed.
    const manual = new FixedStepRunner(createArena());
    manual.speed = 0.5;
    expect(manual.runTicks(40, () => IDLE, () => {})).toBe(40);
  });
});

const IDLE: TickInput = { moveX: 0, moveY: 0, aim: 0, buttons: 0 };
const createArena = () => createWorld(ARENA, 1);
