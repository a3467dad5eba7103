// The kill-cam on the test clock (?clock=manual): El's recorded death, the last two seconds
// replayed in slow motion to the very same state, skipped to the results' "Killed by", or cut short
// by Backspace.
import { expect, test, type Page } from '@playwright/test';
import { KILLCAM_HOLD_TICKS, KILLCAM_SLOWDOWN } from '../../src/game/end-timing';
import { KILLCAM_TICKS } from '../../src/game/killcam-recorder';
import { advance, deathRun, playDeathToKillcam, hook, noErrors, waitForScene, watchErrors } from './helpers';


// Page loads and software rendering on a shared 2-core machine take time; the clock keeps it exact.
test.describe.configure({ timeout: 120_000 });

const run = deathRun('bar');

/** Opens the recorded death on the test clock and plays it up to the kill-cam. */
async function toKillcam(page: Page): Promise<void> {
  await page.goto(`./?level=bar&seed=${run.seed}&inputs=${run.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  expect((await hook(page)).tick).toBe(0);
  await playDeathToKillcam(page, run);
}

function killcam(page: Page) {
  return page.evaluate(() => window.__game!.killcam);
}

test('El dies: the kill-cam replays his death to the same state, a key skips to who killed him', async ({ page }) => {
  const errors = watchErrors(page);
  await toKillcam(page);
  const start = (await killcam(page))!;
  expect(start.killedBy).toBe(run.killedBy);
  expect(start.deathTick).toBe(run.ticks);
  const shownFrom = Math.max(0, run.ticks - KILLCAM_TICKS);
  expect(start.tick).toBe(shownFrom);
  // Slow motion: a third of the game clock's ticks move the replay.
  const near = Math.max(0, run.ticks - 12 - shownFrom);
  await advance(page, near * KILLCAM_SLOWDOWN);
  expect((await killcam(page))!.tick).toBe(shownFrom + near);
  await page.screenshot({ path: 'test-results/killcam.png' });
  await advance(page, (run.ticks - shownFrom - near) * KILLCAM_SLOWDOWN);
  const end = (await killcam(page))!;
  expect(end.tick).toBe(run.ticks);
  expect(end.hashAtDeath).toBe(run.hash);
  await page.screenshot({ path: 'test-results/killcam-death.png' });
  expect(await page.evaluate(() => window.__game!.scene)).toBe('killcam');
  await page.keyboard.press('KeyK');
  await waitForScene(page, 'results');
  await page.waitForFunction(() => window.__game?.results !== null, undefined, { timeout: 20_000 });
  const rows = await page.evaluate(() => window.__game!.results!.rows);
  expect(rows).toContainEqual(['Killed by', run.killedBy]);
  expect(await page.evaluate(() => window.__game!.killcam)).toBeNull();
  await noErrors(errors);
});

test('left alone, the kill-cam ends on the death and the results follow', async ({ page }) => {
  const errors = watchErrors(page);
  await toKillcam(page);
  await advance(page, Math.min(run.ticks, KILLCAM_TICKS) * KILLCAM_SLOWDOWN + KILLCAM_HOLD_TICKS);
  await waitForScene(page, 'results');
  await noErrors(errors);
});

test('Backspace during the kill-cam restarts the level at once', async ({ page }) => {
  const errors = watchErrors(page);
  await toKillcam(page);
  await advance(page, 30);
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.__game?.scene === 'play' && window.__game.outcome === null, undefined, { timeout: 20_000 });
  const fresh = await hook(page);
  expect(fresh.tick).toBe(0);
  expect(fresh.player!.hp).toBe(6);
  // The restarted level runs on the test clock as before.
  await advance(page, 10);
  expect((await hook(page)).tick).toBe(10);
  await noErrors(errors);
});
