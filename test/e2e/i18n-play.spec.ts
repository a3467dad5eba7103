// Playing in Spanish (?lang=es) on the test clock: the HUD's words, a story caption from the map
// and the kill-cam's "who killed him" all come out in Spanish; the screenshots are looked at.
import { expect, test, type Page } from '@playwright/test';
import { setLang } from '../../src/i18n';
import { advance, clearRun, deathRun, hook, menuKey, noErrors, playDeathToKillcam, waitForScene, watchErrors } from './helpers';

test.describe.configure({ timeout: 120_000 });

function hud(page: Page) {
  return page.evaluate(() => window.__game!.hud);
}

/** Moves the open menu's selection down to the line `text` (each line seen once at most). */
async function selectLine(page: Page, text: string): Promise<void> {
  await page.waitForFunction(() => window.__game?.menuLine != null, undefined, { timeout: 20_000 });
  const seen: string[] = [];
  for (let line = await page.evaluate(() => window.__game!.menuLine); line !== text; line = await page.evaluate(() => window.__game!.menuLine)) {
    expect(seen, `"${text}" in the menu`).not.toContain(line);
    seen.push(line!);
    await menuKey(page, 'ArrowDown');
  }
}

test('the bar in Spanish: objective, hint, ammo, enemies left, focus and the first story caption', async ({ page }) => {
  const errors = watchErrors(page);
  const run = clearRun('bar', 1995);
  await page.goto(`./?lang=es&level=bar&seed=1995&inputs=${run.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  await page.waitForFunction(() => window.__game?.hud !== null, undefined, { timeout: 30_000 });
  const start = (await hud(page))!;
  expect(start.objective).toBe('Limpia El Tarasco');
  expect(start.focus).toBe('ENFOQUE');
  expect(start.weapon).toBe('Pistolas de manga');
  expect(start.spare).toMatch(/^\d+ de reserva$/);
  expect(start.enemiesLeft).toMatch(/^quedan \d+$/);
  expect(start.hint).toContain(': saca las pistolas de la manga');
  expect(start.hint).toContain('Espacio: lánzate');
  // The first trigger's conversation starts on tick 26 of this run.
  await advance(page, 40);
  await page.waitForFunction(() => (window.__game?.hud?.story.length ?? 0) > 0, undefined, { timeout: 30_000 });
  const story = (await hud(page))!.story;
  expect(story[0]).toBe('Buscemi: ...cuerpos por todos lados. ¿Y el que lo hizo? El mexicano más grande que he visto.');
  await page.screenshot({ path: 'test-results/i18n-play-hud-es.png' });
  await noErrors(errors);
});

test('the kill-cam in Spanish names who killed El in Spanish', async ({ page }) => {
  const errors = watchErrors(page);
  // Node works out the same words the page will show: in Spanish.
  setLang('es');
  const run = deathRun('bar');
  setLang('en');
  await page.goto(`./?lang=es&level=bar&seed=${run.seed}&inputs=${run.encoded}&clock=manual`);
  await waitForScene(page, 'play');
  expect((await hook(page)).tick).toBe(0);
  await playDeathToKillcam(page, run);
  const killcam = (await page.evaluate(() => window.__game!.killcam))!;
  expect(killcam.killedBy).toBe(run.killedBy);
  expect(killcam.killedBy).toMatch(/^(un |una |el |la |Tavo|su propia)/);
  await advance(page, 30);
  await page.screenshot({ path: 'test-results/i18n-play-killcam-es.png' });
  await noErrors(errors);
});

test('switching to Español in Settings from the pause menu redraws the HUD of the level under it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=en&level=bar&clock=manual');
  await waitForScene(page, 'play');
  await page.waitForFunction(() => window.__game?.hud !== null, undefined, { timeout: 30_000 });
  expect((await hud(page))!.objective).toBe('Clear out El Tarasco');
  expect((await hud(page))!.focus).toBe('FOCUS');
  await page.keyboard.press('Escape');
  await waitForScene(page, 'pause');
  await selectLine(page, 'Settings');
  await menuKey(page, 'Enter');
  await page.waitForFunction(() => window.__game?.settings?.page === 'main', undefined, { timeout: 20_000 });
  // Auto -> English -> Español: step until the HUD underneath is Spanish (the page is redrawn
  // after each step, its selection back at the top, so the row is found again each time).
  for (let i = 0; i < 3 && (await hud(page))!.objective !== 'Limpia El Tarasco'; i++) {
    await selectLine(page, 'Language');
    await menuKey(page, 'ArrowRight');
  }
  const after = (await hud(page))!;
  expect(after.objective).toBe('Limpia El Tarasco');
  expect(after.focus).toBe('ENFOQUE');
  expect(after.hint).toContain('Espacio: lánzate');
  await noErrors(errors);
});
