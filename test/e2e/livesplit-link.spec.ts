// The LiveSplit server link in the page against a stand-in of LiveSplit's server (WebSocket only at
// /livesplit, unknown commands rejected): a bar run played by ticks on the test clock reaches it as
// starttimer ... split with nothing refused, and a page opened before LiveSplit started connects
// once it starts (the link dials again with its backoff). Game time is the test clock's; only the
// connection itself is waited for, on the stand-in's side, with generous timeouts.
import { expect, test, type Page } from '@playwright/test';
import { OUTCOME_PAUSE_TICKS } from '../../src/game/end-timing';
import { startCommands } from '../../src/speedrun/livesplit-server';
import { startStandIn, type StandIn } from '../speedrun/livesplit-stand-in';
import { advance, frames, hook, noErrors, recordRun, waitForScene, watchErrors } from './helpers';

test.describe.configure({ timeout: 180_000 });

const BAR_SEED = 1995;
const barRun = recordRun('bar', BAR_SEED, 'aggressive', 0);

/** Settings saved as a player would have them: the link on, pointing at `url`. */
async function linkOn(page: Page, url: string): Promise<void> {
  await page.addInitScript((u) => {
    localStorage.setItem('desperado.settings', JSON.stringify({ version: 1, value: { liveSplit: true, liveSplitUrl: u } }));
  }, url);
}

/** The link's state as the page's speedrun view says it (published on the next tick). */
async function linkState(page: Page): Promise<string> {
  await advance(page, 1);
  return page.evaluate(() => window.__game!.speedrun!.liveSplit);
}

let standIn: StandIn | null = null;
test.afterEach(async () => {
  await standIn?.close();
  standIn = null;
});

test('a bar run by ticks reaches LiveSplit as starttimer ... split, nothing refused', async ({ page }) => {
  expect(barRun.outcome).toBe('cleared');
  standIn = await startStandIn();
  const errors = watchErrors(page);
  await linkOn(page, standIn.url);
  await page.goto(`./?level=bar&seed=${BAR_SEED}&inputs=${barRun.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  await expect.poll(() => standIn!.received.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(startCommands().length);
  await advance(page, barRun.ticks);
  expect((await hook(page)).outcome).toBe('cleared');
  await advance(page, OUTCOME_PAUSE_TICKS.cleared);
  await waitForScene(page, 'results');
  const received = standIn.received;
  await expect.poll(() => received.filter((c) => c === 'split').length, { timeout: 30_000 }).toBe(2);
  console.log(`stand-in LiveSplit received ${received.length} commands:\n  ${received.join('\n  ')}`);
  expect(received.slice(0, 4)).toEqual(startCommands());
  expect(received.at(-1)).toBe('split');
  // Game time moved between the splits: one setgametime per half second of the run, about.
  const setTimes = received.filter((c) => c.startsWith('setgametime')).length;
  expect(setTimes).toBeGreaterThanOrEqual(Math.floor(barRun.ticks / 30));
  expect(standIn.errors).toEqual([]);
  await noErrors(errors);
});

test('the link recovers when LiveSplit starts after the page', async ({ page }) => {
  // A port nothing listens on yet.
  const probe = await startStandIn();
  const port = probe.port;
  await probe.close();
  const errors = watchErrors(page);
  await linkOn(page, `ws://127.0.0.1:${port}/livesplit`);
  await page.goto('./?level=bar&seed=1995&clock=manual');
  await waitForScene(page, 'play');
  await expect.poll(() => linkState(page), { timeout: 60_000 }).toBe('refused');
  standIn = await startStandIn(port);
  // The link dials again on its backoff (1, 2, 4, 8, then every 15 s): wait on the stand-in.
  await expect.poll(() => standIn!.connections, { timeout: 90_000 }).toBeGreaterThanOrEqual(1);
  await expect.poll(() => linkState(page), { timeout: 30_000 }).toBe('connected');
  // A restart now starts LiveSplit's timer.
  await page.keyboard.press('Backspace');
  await frames(page, 3);
  await advance(page, 60);
  await expect.poll(() => standIn!.received.slice(0, 4), { timeout: 30_000 }).toEqual(startCommands());
  expect(standIn.errors).toEqual([]);
  console.log(`after LiveSplit started: ${standIn.received.slice(0, 6).join(', ')} ...`);
  // The browser reports each refused dial itself; nothing else may be an error.
  await noErrors(errors.filter((e) => !/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/livesplit' failed/.test(e)));
});
