// Playing the bar as a player would: real keys and mouse, pause, death and restart, and a whole
// recorded run that must end on the same tick with the same state hash as in Node.
import { expect, test } from '@playwright/test';
import { loadLevelIndex } from '../../src/headless/level-files';
import { KILLCAM_HOLD_TICKS, KILLCAM_SLOWDOWN, OUTCOME_PAUSE_TICKS } from '../../src/game/end-timing';
import { KILLCAM_TICKS } from '../../src/game/killcam-recorder';
import { advance, deathRun, hook, noErrors, recordRun, toScreen, waitForScene, watchErrors } from './helpers';

test.describe.configure({ timeout: 120_000 });

test('title -> level select -> the bar; walk, aim, fire, kill; pause and resume', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await waitForScene(page, 'title');
  await page.screenshot({ path: 'test-results/title.png' });
  await page.keyboard.press('Enter');
  await waitForScene(page, 'levelSelect');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  expect((await hook(page)).level).toBe('bar');

  // Walk north through the front door with real key presses.
  const start = (await hook(page)).player!;
  // (Someone may be standing in the doorway; keep walking, stepping aside now and then.)
  await page.keyboard.down('KeyW');
  for (let i = 0; i < 40 && (await hook(page)).player!.y > start.y - 48; i++) {
    if (i % 10 === 9) await page.keyboard.press(i % 20 === 9 ? 'KeyA' : 'KeyD', { delay: 120 });
    await page.waitForTimeout(100);
  }
  await page.keyboard.up('KeyW');
  const inside = (await hook(page)).player!;
  expect(inside.y).toBeLessThan(start.y - 40);

  // Aim at the nearest enemy with the mouse and fire until someone goes down. Game time runs at
  // full speed even at a software renderer's few fps: focus (bullet time) buys the mouse round
  // trips a little time, as a player would use it.
  await page.keyboard.press('ShiftLeft');
  const before = (await hook(page)).enemiesAlive;
  for (let i = 0; i < 60 && (await hook(page)).enemiesAlive === before; i++) {
    const h = await hook(page);
    if (h.outcome) break;
    const me = h.player!;
    const target = [...h.enemies].sort((a, b) => Math.hypot(a.x - me.x, a.y - me.y) - Math.hypot(b.x - me.x, b.y - me.y))[0]!;
    const at = toScreen(h.camera!, target.x, target.y);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.waitForTimeout(90);
    await page.mouse.up();
    await page.waitForTimeout(60);
  }
  expect((await hook(page)).enemiesAlive).toBeLessThan(before);
  await page.screenshot({ path: 'test-results/play.png' });

  // Pause stops the clock; resuming starts it again.
  if ((await hook(page)).outcome === null) {
    await page.keyboard.press('Escape');
    await waitForScene(page, 'pause');
    const paused = (await hook(page)).tick;
    await page.waitForTimeout(400);
    expect((await hook(page)).tick).toBe(paused);
    await page.screenshot({ path: 'test-results/pause.png' });
    await page.keyboard.press('Escape');
    await waitForScene(page, 'play');
    await page.waitForTimeout(300);
    expect((await hook(page)).tick).toBeGreaterThan(paused);
  }
  await noErrors(errors);
});

test('dying, the kill-cam, the results, then Backspace restarts instantly from tick 0', async ({ page }) => {
  const errors = watchErrors(page);
  const run = deathRun('bar');
  // On the test clock: the death, the pause on it and the whole kill-cam, tick for tick.
  await page.goto(`./?level=bar&seed=${run.seed}&inputs=${run.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  await advance(page, run.ticks);
  const dead = await hook(page);
  expect(dead.outcome).toBe('dead');
  expect(dead.tick).toBe(run.ticks);
  expect(dead.hash).toBe(run.hash);
  await advance(page, OUTCOME_PAUSE_TICKS.dead);
  await waitForScene(page, 'killcam');
  await advance(page, KILLCAM_TICKS * KILLCAM_SLOWDOWN + KILLCAM_HOLD_TICKS);
  await waitForScene(page, 'results');
  await page.screenshot({ path: 'test-results/results-dead.png' });
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.__game?.outcome === null && window.__game.scene === 'play');
  const fresh = await hook(page);
  expect(fresh.tick).toBeLessThan(30);
  expect(fresh.player!.hp).toBe(6);
  await noErrors(errors);
});

test('a recorded clear of the bar replays in the page to the same tick and hash as in Node', async ({ page }) => {
  const errors = watchErrors(page);
  const run = recordRun('bar', 1996, 'aggressive');
  expect(run.outcome).toBe('cleared');
  await page.goto(`./?level=bar&seed=1996&inputs=${run.encoded}`);
  await page.waitForFunction(() => window.__game?.outcome === 'cleared', undefined, { timeout: 90_000 });
  const end = await hook(page);
  expect(end.tick).toBe(run.ticks);
  expect(end.hash).toBe(run.hash);
  await waitForScene(page, 'results');
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/results.png' });
  await noErrors(errors);
});

test('a bad URL gives one readable message and the game still starts', async ({ page }) => {
  await page.goto('./?level=nowhere&seed=abc');
  await waitForScene(page, 'title');
  const notices = await page.locator('.notice').allTextContents();
  expect(notices).toEqual([
    `URL: level "nowhere" does not exist (levels: ${loadLevelIndex().levels.map((l) => l.id).join(', ')})`,
    'URL: seed must be a whole number from 0 to 4294967295, got "abc"',
  ]);
});
