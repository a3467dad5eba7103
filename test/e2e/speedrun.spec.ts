// Speedrun records in the browser: a clear is saved as the PB with its replay, survives a reload,
// and the next run on the same board races its ghost; a saved replay is exported, re-imported,
// watched and raced; a full-game run over the first two levels keeps restarts on its clock and
// splits per level; a random seed is shown on the results and kept apart; practice from a split
// starts at that split's tick and never counts. Inputs are bot runs made here, at test time. Game
// time runs on the test clock (?clock=manual): recorded runs are advanced to their end tick, never
// waited for in real time; menus are waited on through window.__game.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadLevel } from '../../src/headless/level-files';
import { createWorld, stateHash, step } from '../../src/sim';
import { OUTCOME_PAUSE_TICKS } from '../../src/game/end-timing';
import { advance, clearRun, frames, hook, menuKey, noErrors, recordRun, waitForScene, watchErrors } from './helpers';

// Page loads, builds of recorded runs and software rendering on a loaded 2-core machine take time;
// the test clock keeps every tick exact.
test.describe.configure({ timeout: 180_000 });

const BAR_SEED = 1995;
const CHURCH_SEED = 2611;
// A clear on the bar's own board, so a normal start races it.
const barRun = recordRun('bar', BAR_SEED, 'aggressive', 0);

const records = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('desperado.records') ?? 'null')?.value);
const savedRuns = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('desperado.runs') ?? 'null')?.value.runs ?? []);
const speedrun = (page: Page) => page.evaluate(() => window.__game!.speedrun!);
/** The level's tick and the run's timer, read together (the page goes on ticking in between calls). */
const clock = (page: Page) => page.evaluate(() => ({ tick: window.__game!.tick, timer: window.__game!.speedrun!.timer }));
const results = (page: Page) => page.evaluate(() => window.__game!.results!);
const waitFor = (page: Page, fn: string, timeout = 30_000) => page.waitForFunction(fn, undefined, { timeout });

/**
 * Plays the level's recorded inputs from the current tick to their clear (`endTick`), then through
 * the pause on it: on to the results, or in a full game the next level.
 */
async function playToClear(page: Page, endTick: number): Promise<void> {
  const from = (await hook(page)).tick;
  await advance(page, endTick - from);
  const end = await hook(page);
  expect(end.outcome).toBe('cleared');
  expect(end.tick).toBe(endTick);
  await advance(page, OUTCOME_PAUSE_TICKS.cleared);
}

/** Clears the bar on its fixed board with the recorded run and waits for the results. */
async function clearBar(page: Page): Promise<void> {
  await page.goto(`./?level=bar&seed=${BAR_SEED}&inputs=${barRun.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  await playToClear(page, barRun.ticks);
  await waitForScene(page, 'results');
  await waitFor(page, 'window.__game?.results !== null');
  await frames(page, 2);
}

/** Picks a results menu line by its text. */
async function chooseResult(page: Page, text: string): Promise<void> {
  const menu = (await results(page)).menu;
  const i = menu.indexOf(text);
  expect(i, `"${text}" in ${menu.join(' | ')}`).toBeGreaterThanOrEqual(0);
  await menuKey(page, 'ArrowDown', i);
  await menuKey(page, 'Enter');
}

test('a clear becomes the PB, survives a reload, and the next run races its ghost', async ({ page }) => {
  const errors = watchErrors(page);
  expect(barRun.outcome).toBe('cleared');
  await clearBar(page);
  await page.screenshot({ path: 'test-results/results-splits.png' });
  const bar = (await records(page)).categories.bar;
  expect(bar.pb.segments.reduce((n: number, s: { ticks: number }) => n + s.ticks, 0)).toBe(barRun.ticks);
  expect((await savedRuns(page))[0].pb).toBe(true);
  expect((await results(page)).seed).toBe(`seed ${BAR_SEED} (fixed board)`);

  await page.goto('./?clock=manual');
  await waitForScene(page, 'title');
  expect((await records(page)).categories.bar.pb).toEqual(bar.pb);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'levelSelect');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await advance(page, 121);
  const h = await hook(page);
  expect(h.tick).toBe(121);
  // Standing still, El stays at the door while the ghost has walked in.
  expect(h.ghost).not.toBeNull();
  expect(Math.hypot(h.ghost!.x - h.player!.x, h.ghost!.y - h.player!.y)).toBeGreaterThan(20);
  await page.screenshot({ path: 'test-results/ghost.png' });
  await noErrors(errors);
});

test('a finished run is exported, re-imported, watched to its end and raced', async ({ page }) => {
  const errors = watchErrors(page);
  await clearBar(page);
  const download = page.waitForEvent('download');
  await chooseResult(page, 'Save replay (.json)');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^desperado-bar-1995-0m\d\d\.\d{3}s\.json$/);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'desperado-replay', level: 'bar', seed: BAR_SEED, ticks: barRun.ticks, outcome: 'cleared', hash: barRun.hash });

  await page.goto('./?clock=manual');
  await waitForScene(page, 'title');
  await page.setInputFiles('#replay-file-input', { name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await waitForScene(page, 'replay');
  expect(await page.evaluate(() => window.__game!.replay)).toMatchObject({ verified: true, ticks: barRun.ticks });
  for (let i = 0; i < 3; i++) await menuKey(page, 'Equal');
  await waitFor(page, 'window.__game.replay.speed === 8');
  // Watched to its end at 8x: eight replay ticks for each tick of game time.
  await advance(page, Math.ceil(barRun.ticks / 8));
  const end = await hook(page);
  expect(end.outcome).toBe('cleared');
  expect(end.tick).toBe(barRun.ticks);
  expect(end.hash).toBe(barRun.hash);

  // G races it: the level on the replay's board, with its El as the ghost.
  await menuKey(page, 'KeyG');
  await waitForScene(page, 'play');
  await advance(page, 91);
  expect((await hook(page)).tick).toBe(91);
  expect((await hook(page)).ghost).not.toBeNull();
  const race = await speedrun(page);
  expect(race).toMatchObject({ mode: 'race', seed: BAR_SEED, category: 'bar', racing: file.suggestedFilename() });
  await page.screenshot({ path: 'test-results/race.png' });
  await noErrors(errors);
});

test('a full-game run: a restart stays on the clock, one split per level, the chord restarts the run', async ({ page }) => {
  const errors = watchErrors(page);
  const church = clearRun('church', CHURCH_SEED);
  await page.goto(`./?mode=full&inputs=${barRun.encoded},${church.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  expect(await speedrun(page)).toMatchObject({ mode: 'full', category: 'full', levelIndex: 0, levelCount: 5, seed: BAR_SEED });
  await advance(page, 100);
  expect((await hook(page)).tick).toBe(100);
  await page.keyboard.press('Backspace');
  await waitFor(page, 'window.__game.tick === 0');
  const after = await clock(page);
  const lost = after.timer - after.tick;
  expect(lost).toBe(100);

  // The bar again, cleared: its split holds the restart; the church follows on the run's clock.
  await playToClear(page, barRun.ticks);
  await waitFor(page, `window.__game.speedrun?.levelIndex === 1 && window.__game.level === 'church'`);
  let s = await speedrun(page);
  expect(s.seed).toBe(CHURCH_SEED);
  expect(s.levelSplits).toEqual([{ name: 'El Tarasco', segmentTicks: lost + barRun.ticks, ticks: lost + barRun.ticks, delta: null, gold: false }]);
  expect((await hook(page)).tick).toBe(0);
  await advance(page, 61);
  let c = await clock(page);
  expect(c.tick).toBe(61);
  expect(c.timer).toBe(lost + barRun.ticks + c.tick);
  await page.screenshot({ path: 'test-results/full-game-hud.png' });

  await playToClear(page, church.ticks);
  await waitFor(page, `window.__game.speedrun?.levelIndex === 2 && window.__game.level === 'rooftops'`);
  s = await speedrun(page);
  const total = lost + barRun.ticks + church.ticks;
  expect(s.levelSplits.map((x) => [x.segmentTicks, x.ticks])).toEqual([[lost + barRun.ticks, lost + barRun.ticks], [church.ticks, total]]);
  await advance(page, 6);
  c = await clock(page);
  expect(c.tick).toBe(6);
  expect(c.timer).toBe(total + c.tick);
  // Not finished: no full-game PB yet, one attempt at the run counted.
  expect((await records(page)).categories.full).toMatchObject({ pb: null, attempts: 1 });

  // Shift + Backspace: the whole run again, from the first level, nothing spent.
  await page.keyboard.down('ShiftLeft');
  await page.keyboard.press('Backspace');
  await page.keyboard.up('ShiftLeft');
  await waitFor(page, `window.__game.level === 'bar' && window.__game.speedrun?.levelIndex === 0`);
  expect((await speedrun(page)).levelSplits).toEqual([]);
  c = await clock(page);
  expect(c.timer).toBe(c.tick);
  expect((await records(page)).categories.full.attempts).toBe(2);
  await noErrors(errors);
});

test('a random seed is drawn at the start, shown on the results and kept apart from the fixed board', async ({ page }) => {
  const errors = watchErrors(page);
  // The seed the page will draw, and a bot clear of the bar on it.
  let seed = 4000;
  let run = recordRun('bar', seed, 'aggressive', 0);
  while (run.outcome !== 'cleared') run = recordRun('bar', ++seed, 'aggressive', 0);
  await page.addInitScript((s) => {
    const real = crypto.getRandomValues.bind(crypto);
    crypto.getRandomValues = (<T extends ArrayBufferView | null>(a: T): T => {
      if (a instanceof Uint32Array && a.length === 1) {
        a[0] = s;
        return a;
      }
      return real(a as never) as T;
    }) as typeof crypto.getRandomValues;
  }, seed);
  await page.goto('./');
  await waitForScene(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'levelSelect');
  // The bar, Full game, then the Random seed toggle.
  await menuKey(page, 'ArrowDown', 2);
  await menuKey(page, 'Enter');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('desperado.settings')!).value.randomSeed)).toBe(true);
  await page.screenshot({ path: 'test-results/level-select.png' });

  await page.goto(`./?level=bar&inputs=${run.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  expect(await speedrun(page)).toMatchObject({ mode: 'il', seed, randomSeed: true, category: 'bar/random' });
  await playToClear(page, run.ticks);
  await waitForScene(page, 'results');
  await waitFor(page, 'window.__game?.results !== null');
  expect((await results(page)).seed).toBe(`seed ${seed} (random)`);
  await page.screenshot({ path: 'test-results/results-random-seed.png' });
  const saved = await records(page);
  expect(saved.categories['bar/random'].pb.segments.reduce((n: number, x: { ticks: number }) => n + x.ticks, 0)).toBe(run.ticks);
  expect(saved.categories.bar?.pb ?? null).toBeNull();
  const kept = JSON.parse((await savedRuns(page))[0].text);
  expect(kept).toMatchObject({ seed, randomSeed: true, level: 'bar' });
  await noErrors(errors);
});

test('practice from a split starts at its tick in the PB\'s state and is never saved', async ({ page }) => {
  const errors = watchErrors(page);
  await clearBar(page);
  const before = await records(page);
  const runsBefore = await savedRuns(page);
  const t1 = before.categories.bar.pb.segments[0].ticks as number;
  /** The PB's state at `tick`, worked out in Node. */
  const pbHashAt = (tick: number) => {
    const world = createWorld(loadLevel('bar'), BAR_SEED);
    for (let i = 0; i < tick; i++) step(world, barRun.inputs[i]!);
    return stateHash(world);
  };

  // From the level select: Practice... (past the bar, the church it unlocked, Full game and
  // Random seed), the bar, one step right to split 1.
  await page.goto('./?clock=manual');
  await waitForScene(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'levelSelect');
  await menuKey(page, 'ArrowDown', 4);
  await menuKey(page, 'Enter');
  await menuKey(page, 'ArrowRight');
  await page.screenshot({ path: 'test-results/practice-menu.png' });
  await menuKey(page, 'Enter');
  await waitForScene(page, 'play');
  // The headless fast-forward to the split is done before the first frame: control starts there.
  const start = await hook(page);
  expect(start.tick).toBe(t1);
  expect(start.hash).toBe(pbHashAt(t1));
  expect(await speedrun(page)).toMatchObject({ mode: 'practice', category: null, startTick: t1, practiceFrom: expect.stringMatching(/^split 1: /) });
  await advance(page, 31);
  expect((await hook(page)).tick).toBe(t1 + 31);
  await page.screenshot({ path: 'test-results/practice-hud.png' });
  await page.keyboard.press('Backspace');
  await waitFor(page, `window.__game.tick === ${t1}`);

  // Played on with the PB's own inputs from the split: the PB's very states, then a clear, marked
  // practice, not saved.
  await page.goto(`./?level=bar&practice=1&inputs=${barRun.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  const at = await hook(page);
  expect(at.tick).toBe(t1);
  expect(at.hash).toBe(pbHashAt(t1));
  await advance(page, 100);
  expect((await hook(page)).hash).toBe(pbHashAt(t1 + 100));
  await playToClear(page, barRun.ticks);
  await waitForScene(page, 'results');
  await waitFor(page, 'window.__game?.results !== null');
  const shown = await results(page);
  expect(shown.headline).toBe('PRACTICE  CLEARED');
  expect(shown.note).toMatch(/^PRACTICE from split 1: .*: not counted$/);
  expect(shown.newBest).toBe(false);
  expect(shown.menu).not.toContain('Save replay (.json)');
  expect(await records(page)).toEqual(before);
  expect(await savedRuns(page)).toEqual(runsBefore);
  await noErrors(errors);
});
