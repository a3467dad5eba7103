// Speedrun records in the browser: a clear is saved as the PB with its replay, survives a reload,
// and the next run on the same board races its ghost.
import { expect, test } from '@playwright/test';
import { hook, noErrors, recordRun, waitForScene, watchErrors } from './helpers';

test.describe.configure({ timeout: 120_000 });

test('a clear becomes the PB, survives a reload, and the next run races its ghost', async ({ page }) => {
  const errors = watchErrors(page);
  // A clear on the bar's own board (seed 1995), so a normal start races it.
  const run = recordRun('bar', 1995, 'aggressive', 0);
  expect(run.outcome).toBe('cleared');
  await page.goto(`./?level=bar&seed=1995&inputs=${run.encoded}`);
  await page.waitForFunction(() => window.__game?.outcome === 'cleared', undefined, { timeout: 90_000 });
  await waitForScene(page, 'results');
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/results-splits.png' });
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('desperado.records') ?? 'null'));
  const bar = saved.value.categories.bar;
  expect(bar.pb.segments.reduce((n: number, s: { ticks: number }) => n + s.ticks, 0)).toBe(run.ticks);
  expect(saved.value.runs[0].pb).toBe(true);

  await page.goto('./');
  await waitForScene(page, 'title');
  const again = await page.evaluate(() => JSON.parse(localStorage.getItem('desperado.records') ?? 'null'));
  expect(again.value.categories.bar.pb).toEqual(bar.pb);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'levelSelect');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  await page.waitForFunction(() => window.__game?.ghost !== null && (window.__game?.tick ?? 0) > 120);
  const h = await hook(page);
  // Standing still, El stays at the door while the ghost has walked in.
  expect(h.ghost).not.toBeNull();
  expect(Math.hypot(h.ghost!.x - h.player!.x, h.ghost!.y - h.player!.y)).toBeGreaterThan(20);
  await page.screenshot({ path: 'test-results/ghost.png' });
  await noErrors(errors);
});
