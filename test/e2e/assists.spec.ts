// Assists in the page: chosen in Settings → Assists and readability, they hold for the next run,
// which the HUD marks; the bar played on the test clock reaches Node's very state hash with the same
// assists (so the page's world has them), the results carry an Assists row, and the saved replay
// names them, in the "bar+assist" category only. Screenshots (test-results/assists/) of the
// Settings page, the HUD mark, and the play field in grey-scale to check foe and friend apart.
import { expect, test, type Page } from '@playwright/test';
import { OUTCOME_PAUSE_TICKS } from '../../src/game/end-timing';
import { findBot } from '../../src/headless/bots';
import { loadLevel } from '../../src/headless/level-files';
import { encodeInputs } from '../../src/replay/input-codec';
import { parseReplay } from '../../src/replay/replay-file';
import { verifyReplay } from '../../src/replay/record';
import { createWorld, NO_ASSISTS, playerOf, stateHash, step, type RunAssists, type TickInput } from '../../src/sim';
import { advance, frames, hook, noErrors, waitForScene, watchErrors } from './helpers';

test.describe.configure({ timeout: 240_000 });

const SHOTS = 'test-results/assists';
const BAR_SEED = 1995;
/** What the test picks in Settings: game speed two steps right of 100%, extra hearts, aim assist. */
const CHOSEN: RunAssists = { ...NO_ASSISTS, speed: 60, extraHearts: true, aimAssist: true };
const NAMES = ['speed-60', 'extra-hearts', 'aim-assist'];
/** Tick the run is looked at (HUD mark, grey-scale) before it is played on to the end. */
const PEEK = 240;
const waitFor = (page: Page, fn: string, timeout = 60_000) => page.waitForFunction(fn, undefined, { timeout });

/** A clear of the bar with CHOSEN on, by the first bot that manages one, played in Node. */
function assistedClear(): { encoded: string; ticks: number; hash: string; hpAt: number } {
  for (const name of ['aggressive', 'careful']) {
    for (let b = 0; b < 10; b++) {
      const world = createWorld(loadLevel('bar'), BAR_SEED, CHOSEN);
      const bot = findBot(name)!.create(b);
      const inputs: TickInput[] = [];
      let hpAt = -1;
      while (world.outcome === null && world.tick < 20_000) {
        const input = bot.act(world);
        inputs.push(input);
        step(world, input);
        if (world.tick === PEEK) hpAt = playerOf(world).hp;
      }
      if (world.outcome === 'cleared' && hpAt > 0) return { encoded: encodeInputs(inputs), ticks: world.tick, hash: stateHash(world), hpAt };
    }
  }
  throw new Error('no bot clears the bar with the assists on');
}

/** Walks the menu in use down to the line `text`, then picks it. */
async function choose(page: Page, text: string): Promise<void> {
  await waitFor(page, 'window.__game?.menuLine != null');
  const seen: string[] = [];
  for (let line = await page.evaluate(() => window.__game!.menuLine); line !== text; line = await page.evaluate(() => window.__game!.menuLine)) {
    expect(seen, `"${text}" in the menu`).not.toContain(line);
    seen.push(line!);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((was) => window.__game!.menuLine !== was, line, { timeout: 10_000 });
  }
  await page.keyboard.press('Enter');
  await frames(page, 2);
}

const savedAssists = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('desperado.settings') ?? 'null')?.value?.assists ?? null);

test('assists chosen in Settings mark the run on the HUD, in the results and in its replay', async ({ page }) => {
  const errors = watchErrors(page);
  const run = assistedClear();
  await page.goto('./');
  await waitForScene(page, 'title', 60_000);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'levelSelect');
  await choose(page, 'Settings');
  await choose(page, 'Assists and readability');
  await waitFor(page, `window.__game?.settings?.page === 'assists' && window.__game.menuLine === 'Game speed'`);
  await page.keyboard.press('ArrowRight');
  await frames(page, 2);
  await page.keyboard.press('ArrowRight');
  await frames(page, 2);
  await expect.poll(() => savedAssists(page).then((a) => a?.speed)).toBe(60);
  await choose(page, 'Extra hearts');
  await choose(page, 'Aim assist');
  await expect.poll(() => savedAssists(page)).toEqual({ speed: 60, extraHearts: true, noKnockdown: false, aimAssist: true, longFocus: false });
  await page.screenshot({ path: `${SHOTS}/settings-assists.png` });

  // The saved settings hold for the next run: the bar with the bot's inputs, on the test clock.
  await page.goto(`./?level=bar&seed=${BAR_SEED}&inputs=${run.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  await advance(page, PEEK);
  const view = await page.evaluate(() => window.__game!.speedrun!);
  expect(view.assists).toEqual(NAMES);
  expect(view.category).toBe('bar+assist');
  // El's hit points as Node's assisted world has them (extra hearts: 6 + 4 at the start).
  expect((await hook(page)).tick).toBe(PEEK);
  expect((await hook(page)).player!.hp).toBe(run.hpAt);
  await page.screenshot({ path: `${SHOTS}/hud-mark.png` });
  // The same field without colour: foe and friend must still differ (looked at by eye).
  await page.evaluate(() => document.querySelector('canvas')!.style.setProperty('filter', 'grayscale(1)'));
  await page.screenshot({ path: `${SHOTS}/markers-grey.png` });
  await page.evaluate(() => document.querySelector('canvas')!.style.removeProperty('filter'));

  await advance(page, run.ticks - PEEK);
  const end = await hook(page);
  expect(end.outcome).toBe('cleared');
  // Node's hash with the same assists: the page's world was created with them.
  expect(end.hash).toBe(run.hash);
  await advance(page, OUTCOME_PAUSE_TICKS.cleared);
  await waitForScene(page, 'results');
  await waitFor(page, 'window.__game?.results != null');
  const results = await page.evaluate(() => window.__game!.results!);
  expect(results.rows).toContainEqual(['Assists', 'speed 60%, extra hearts, aim assist']);
  await page.screenshot({ path: `${SHOTS}/results.png` });

  // The clear is saved as a replay that names its assists, in the assisted category only.
  const stored = await page.evaluate(() => ({
    runs: JSON.parse(localStorage.getItem('desperado.runs') ?? 'null')?.value?.runs ?? [],
    categories: Object.keys(JSON.parse(localStorage.getItem('desperado.records') ?? 'null')?.value?.categories ?? {}),
  }));
  expect(stored.categories).toContain('bar+assist');
  expect(stored.categories).not.toContain('bar');
  const saved = stored.runs.find((r: { category: string }) => r.category === 'bar+assist');
  expect(saved).toBeTruthy();
  const checked = parseReplay(saved.text, 'saved run');
  expect(checked.replay.assists).toEqual(NAMES);
  expect(verifyReplay(checked, loadLevel('bar'))).toMatchObject({ verified: true, hash: run.hash });
  await noErrors(errors);
});
