// Playing the bar as a player would: real keys and mouse, pause, death and restart, and a whole
// recorded run that must end on the same tick with the same state hash as in Node. Game time runs
// on the test clock (?clock=manual): every wait for progress is an exact advance(n).
import { expect, test } from '@playwright/test';
import { loadLevelIndex } from '../../src/headless/level-files';
import { KILLCAM_HOLD_TICKS, KILLCAM_SLOWDOWN, OUTCOME_PAUSE_TICKS } from '../../src/game/end-timing';
import { KILLCAM_TICKS } from '../../src/game/killcam-recorder';
import { advance, deathRun, playDeathToKillcam, frames, hook, noErrors, recordRun, toScreen, waitForScene, watchErrors } from './helpers';

test.describe.configure({ timeout: 120_000 });

test('title -> level select -> the bar; walk, aim, fire, kill; pause and resume', async ({ page }) => {
  const errors = watchErrors(page);
  // On the test clock: keys are held across exact stretches of game time, however slow the frames.
  await page.goto('./?clock=manual&audio=on');
  await waitForScene(page, 'title');
  await page.screenshot({ path: 'test-results/title.png' });
  await page.keyboard.press('Enter');
  await waitForScene(page, 'levelSelect');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  expect((await hook(page)).level).toBe('bar');
  expect((await hook(page)).tick).toBe(0);

  // Walk north through the front door with real key presses, for at most 4 s of game time.
  const start = (await hook(page)).player!;
  // (Someone may be standing in the doorway; keep walking, stepping aside now and then.)
  await page.keyboard.down('KeyW');
  for (let i = 0; i < 40 && (await hook(page)).player!.y > start.y - 48; i++) {
    if (i % 10 === 9) {
      const side = i % 20 === 9 ? 'KeyA' : 'KeyD';
      await page.keyboard.down(side);
      await advance(page, 7);
      await page.keyboard.up(side);
    }
    await advance(page, 6);
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
    await advance(page, 5);
    await page.mouse.up();
    await advance(page, 4);
  }
  expect((await hook(page)).enemiesAlive).toBeLessThan(before);
  await page.screenshot({ path: 'test-results/play.png' });

  // Pause stops the clock: game time granted while paused moves nothing; resumed, it plays again.
  if ((await hook(page)).outcome === null) {
    await page.keyboard.press('Escape');
    await waitForScene(page, 'pause');
    const paused = (await hook(page)).tick;
    await advance(page, 60);
    expect((await hook(page)).tick).toBe(paused);
    await page.screenshot({ path: 'test-results/pause.png' });
    await page.keyboard.press('Escape');
    await waitForScene(page, 'play');
    await advance(page, 30);
    expect((await hook(page)).tick).toBe(paused + 30);
  }
  await noErrors(errors);
});

test('dying, the kill-cam, the results, then Backspace restarts instantly from tick 0', async ({ page }) => {
  const errors = watchErrors(page);
  const run = deathRun('bar');
  // On the test clock: the death, the pause on it and the whole kill-cam, tick for tick.
  await page.goto(`./?level=bar&seed=${run.seed}&inputs=${run.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  await playDeathToKillcam(page, run);
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
  // On the test clock: to the very tick of the clear, then through the pause on it.
  await page.goto(`./?level=bar&seed=1996&inputs=${run.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  await advance(page, run.ticks - 1);
  expect((await hook(page)).outcome).toBeNull();
  await advance(page, 1);
  const end = await hook(page);
  expect(end.outcome).toBe('cleared');
  expect(end.tick).toBe(run.ticks);
  expect(end.hash).toBe(run.hash);
  await advance(page, OUTCOME_PAUSE_TICKS.cleared);
  await waitForScene(page, 'results');
  await page.waitForFunction(() => window.__game?.results !== null, undefined, { timeout: 20_000 });
  await frames(page, 3);
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
