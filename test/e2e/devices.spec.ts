// The other ways in: a gamepad (faked through navigator.getGamepads, as the page would see a
// real one), settings that survive a reload, and R to restart after dying.
import { expect, test } from '@playwright/test';
import { OUTCOME_PAUSE_TICKS } from '../../src/game/end-timing';
import { advance, deathRun, hook, menuKey, noErrors, waitForScene, watchErrors } from './helpers';

test('a gamepad moves El with the left stick and opens the pause menu with Start', async ({ page }) => {
  await page.addInitScript(() => {
    const pad = {
      id: 'Fake pad (STANDARD GAMEPAD)', index: 0, connected: true, mapping: 'standard', timestamp: 0,
      axes: [0, 0, 0, 0],
      buttons: Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 })),
    };
    (window as unknown as { __pad: typeof pad }).__pad = pad;
    Object.defineProperty(navigator, 'getGamepads', { value: () => [pad, null, null, null] });
  });
  const errors = watchErrors(page);
  // On the test clock: the stick is held across an exact second of game time.
  await page.goto('./?level=bar&clock=manual');
  await waitForScene(page, 'play');
  const start = (await hook(page)).player!;
  // Left stick fully up (north) for a second.
  await page.evaluate(() => {
    const pad = (window as unknown as { __pad: { axes: number[]; timestamp: number } }).__pad;
    pad.axes[1] = -1;
    pad.timestamp++;
  });
  await advance(page, 60);
  expect((await hook(page)).player!.y).toBeLessThan(start.y - 30);
  await page.evaluate(() => {
    const pad = (window as unknown as { __pad: { axes: number[]; buttons: { pressed: boolean; value: number }[]; timestamp: number } }).__pad;
    pad.axes[1] = 0;
    pad.buttons[9] = { pressed: true, value: 1 };
    pad.timestamp++;
  });
  await waitForScene(page, 'pause');
  await noErrors(errors);
});

test('settings are saved and still there after a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await waitForScene(page, 'title');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'levelSelect');
  // Settings comes after the levels, Full game, Random seed, Practice... and Replays...
  await menuKey(page, 'ArrowDown', 5);
  await menuKey(page, 'Enter');
  await waitForScene(page, 'settings');
  // Master volume is the first line: turn it down twice.
  await menuKey(page, 'ArrowLeft', 2);
  await page.screenshot({ path: 'test-results/settings.png' });
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('desperado.settings') ?? 'null'));
  expect(JSON.stringify(saved)).toContain('"master":0.6');
  await page.reload();
  await waitForScene(page, 'title');
  const again = await page.evaluate(() => localStorage.getItem('desperado.settings') ?? '');
  expect(again).toContain('"master":0.6');
  await noErrors(errors);
});

test('after dying, R restarts the level from the kill-cam', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  const run = deathRun('bar');
  // On the test clock: exactly to the death and the pause on it, then the kill-cam shows.
  await page.goto(`./?level=bar&seed=${run.seed}&inputs=${run.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  await advance(page, run.ticks + OUTCOME_PAUSE_TICKS.dead);
  expect((await hook(page)).outcome).toBe('dead');
  await waitForScene(page, 'killcam');
  await page.keyboard.press('KeyR');
  await page.waitForFunction(() => window.__game?.scene === 'play' && window.__game.outcome === null, undefined, { timeout: 20_000 });
  expect((await hook(page)).tick).toBe(0);
  expect((await hook(page)).player!.hp).toBe(6);
  await noErrors(errors);
});
