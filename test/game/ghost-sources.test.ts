import { describe, expect, it } from 'vitest';
import { Ghost } from '../../src/game/ghost';
import { loadLevel } from '../../src/game/level-catalog';
import { fullRunToText } from '../../src/replay/full-run-file';
import { recordReplay } from '../../src/replay/record';
import { validateReplay } from '../../src/replay/replay-file';
import { stateHash } from '../../src/sim';
import { FullGameRun } from '../../src/speedrun/full-game';
import { recordFullRun } from '../../src/speedrun/full-run-record';
import { emptyRecords } from '../../src/speedrun/records';
import { resultsText, seedText } from '../../src/scenes/results-rows';
import { botInputs } from './session-helpers';

const bar = loadLevel('bar');
const clear = botInputs(bar, 1995);

describe('ghosts from any replay', () => {
  it('races an imported replay on its own board and version of the level only', () => {
    const checked = validateReplay(JSON.parse(JSON.stringify(recordReplay(bar, 1995, clear))));
    const ghost = Ghost.fromChecked(checked, bar, 1995)!;
    ghost.stepTo(clear.length + 10);
    expect(ghost.world.outcome).toBe('cleared');
    expect(stateHash(ghost.world)).toBe(checked.replay.hash);
    expect(Ghost.fromChecked(checked, bar, 1996)).toBeNull();
    const moved = { ...bar, actors: bar.actors.map((a, i) => (i === 0 ? { ...a, x: a.x + 16 } : a)) };
    expect(Ghost.fromChecked(checked, moved, 1995)).toBeNull();
  });

  it('races the clearing attempt of a level in a saved full-game run', () => {
    const run = new FullGameRun([{ id: 'bar', title: 'El Tarasco', seed: 1995 }], emptyRecords(), null);
    run.endAttempt(clear.slice(0, 100), null);
    run.endAttempt(clear, 'cleared');
    const text = fullRunToText(recordFullRun(run, () => bar));
    const ghost = Ghost.fromFullRunText(text, 0, bar, 1995)!;
    // The clear, not the attempt restarted at tick 100 (which ends unfinished).
    ghost.stepTo(99_999);
    expect(ghost.world.outcome).toBe('cleared');
    expect(Ghost.fromFullRunText(text, 1, bar, 1995)).toBeNull();
    expect(Ghost.fromFullRunText('{', 0, bar, 1995)).toBeNull();
  });
});

describe('results text', () => {
  const base = {
    level: 'bar', mode: 'il' as const, outcome: 'cleared' as const, ticks: 600, grade: 'A', newBest: false, splits: [], hadPb: false, sumOfBest: null,
    stats: { kills: 3, shotsFired: 4, shotsHit: 2, damageTaken: 1, civiliansHit: 0 } as never, seed: 1995, randomSeed: false, category: 'bar', splitNames: [],
  };
  it('names the board: fixed, random or chosen; a full game by its run seed', () => {
    expect(seedText(base, true)).toBe('seed 1995 (fixed board)');
    expect(seedText({ ...base, seed: 77, randomSeed: true }, false)).toBe('seed 77 (random)');
    expect(seedText({ ...base, seed: 7 }, false)).toBe('seed 7 (chosen board)');
    expect(seedText({ ...base, mode: 'full', seed: 99, randomSeed: true }, false)).toBe('run seed 99 (random)');
    expect(seedText({ ...base, mode: 'full' }, false)).toBe('fixed boards');
  });

  it('marks practice, and gives a finished full game its one clock', () => {
    const practice = resultsText({ ...base, mode: 'practice', category: null, practiceFrom: 'split 1: Clear out' }, 'El Tarasco', 2100, 1995);
    expect(practice.headline).toBe('PRACTICE  CLEARED');
    expect(practice.note).toBe('PRACTICE from split 1: Clear out: not counted');
    const full = resultsText({ ...base, mode: 'full', category: 'full', full: { ticks: 9000, cleared: 5, levels: 5, attempts: 8, finished: true } }, 'El Rancho', 4800, 1212);
    expect(full.headline).toBe('FULL GAME');
    expect(full.rows).toEqual([['Time', '2:30.000'], ['Levels', '5 of 5'], ['Attempts', '8 (3 restarts)']]);
  });

  it('says FAILED when the run is lost with El alive, YOU DIED when he is not', () => {
    const lost = resultsText({ ...base, outcome: 'dead', failure: 'Carolina was killed', playerAlive: true }, 'Los Tejados', 3400, 704);
    expect(lost.headline).toBe('FAILED');
    expect(lost.note).toBe('Carolina was killed');
    expect(resultsText({ ...base, outcome: 'dead', failure: 'El Mariachi fell to the street below', playerAlive: false }, 'Los Tejados', 3400, 704).headline).toBe('YOU DIED');
  });
});
