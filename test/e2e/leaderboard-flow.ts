// The leaderboard's browser steps, shared by the spec against a stand-in API and the one against
// the real `npm run server`: clear the bar with a recorded run, walk menus by their lines.
import { expect, type Page } from '@playwright/test';
import { OUTCOME_PAUSE_TICKS } from '../../src/game/end-timing';
import { advance, frames, hook, menuKey, recordRun, waitForScene } from './helpers';

export const BAR_SEED = 1995;
export const barRun = recordRun('bar', BAR_SEED, 'aggressive', 0);
export const waitFor = (page: Page, fn: string, timeout = 30_000) => page.waitForFunction(fn, undefined, { timeout });
export const board = (page: Page) => page.evaluate(() => window.__game!.leaderboard);

/** Clears the bar on its fixed board with the recorded run and waits for the results. */
export async function clearBar(page: Page, base = './'): Promise<void> {
  await page.goto(`${base}?level=bar&seed=${BAR_SEED}&inputs=${barRun.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  await advance(page, barRun.ticks);
  expect((await hook(page)).outcome).toBe('cleared');
  await advance(page, OUTCOME_PAUSE_TICKS.cleared);
  await waitForScene(page, 'results');
  await waitFor(page, 'window.__game?.results !== null');
  await frames(page, 2);
}

/** Walks a menu down to the line `text` and chooses it; returns the lines passed on the way. */
export async function choose(page: Page, text: string): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    const line = await page.evaluate(() => window.__game!.menuLine);
    if (line === text) break;
    seen.push(line ?? '');
    await menuKey(page, 'ArrowDown');
  }
  expect(await page.evaluate(() => window.__game!.menuLine)).toBe(text);
  await menuKey(page, 'Enter');
  return seen;
}

/** From the title to level select -> Leaderboard..., waiting for `entries` runs on the first board. */
export async function openLeaderboard(page: Page, entries: number, base = './'): Promise<void> {
  await page.goto(`${base}?clock=manual`);
  await waitForScene(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'levelSelect');
  await waitFor(page, `window.__game.menuLine !== null`);
  await choose(page, 'Leaderboard...');
  await waitForScene(page, 'leaderboard');
  await waitFor(page, `window.__game.leaderboard?.entries.length === ${entries}`);
}
