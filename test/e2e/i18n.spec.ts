// Spanish and English in the page: ?lang=es puts the title, level select, Settings, pause and the
// results in Spanish (read from window.__game's menu line and results rows); switching Language in
// Settings redraws the open page and the level select under it; ?lang=fr is one notice. Screenshots
// go to test-results/i18n/ to be looked at.
import { expect, test, type Page } from '@playwright/test';
import { KILLCAM_HOLD_TICKS, KILLCAM_SLOWDOWN, OUTCOME_PAUSE_TICKS } from '../../src/game/end-timing';
import { KILLCAM_TICKS } from '../../src/game/killcam-recorder';
import { advance, frames, menuKey, noErrors, recordRun, waitForScene, watchErrors } from './helpers';

test.describe.configure({ timeout: 180_000 });

const SHOTS = 'test-results/i18n';
const waitFor = (page: Page, fn: string, timeout = 30_000) => page.waitForFunction(fn, undefined, { timeout });
const menuLine = (page: Page) => page.evaluate(() => window.__game?.menuLine ?? null);

/** Walks the menu down to the line `text`, then picks it. */
async function choose(page: Page, text: string): Promise<void> {
  await waitFor(page, 'window.__game?.menuLine != null');
  const seen: string[] = [];
  for (let line = await menuLine(page); line !== text; line = await menuLine(page)) {
    expect(seen, `"${text}" in the menu`).not.toContain(line);
    seen.push(line!);
    await menuKey(page, 'ArrowDown');
  }
  await menuKey(page, 'Enter');
}

test('?lang=es: title, level select, Settings and pause in Spanish; Language switches and redraws', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=es');
  await waitForScene(page, 'title', 60_000);
  await page.screenshot({ path: `${SHOTS}/title-es.png` });
  await page.keyboard.press('Enter');
  await waitForScene(page, 'levelSelect');
  await waitFor(page, 'window.__game?.menuLine != null');
  expect(await menuLine(page)).toMatch(/^1\. /);
  await page.screenshot({ path: `${SHOTS}/level-select-es.png` });
  // Pause, over the first level.
  await menuKey(page, 'Enter');
  await waitForScene(page, 'play');
  await page.keyboard.press('Escape');
  await waitFor(page, `window.__game?.menuLine === 'Reanudar'`);
  await page.screenshot({ path: `${SHOTS}/pause-es.png` });
  await choose(page, 'Salir a los niveles');
  await waitForScene(page, 'levelSelect');
  await choose(page, 'Ajustes');
  await waitFor(page, `window.__game?.settings?.page === 'main' && window.__game.menuLine === 'Volumen general'`);
  expect(await page.evaluate(() => window.__game!.settings!.prompt)).toBe('Izq./der.: cambiar    Esc: atrás');
  await page.screenshot({ path: `${SHOTS}/settings-es.png` });
  // Language: Auto (Español here, from ?lang=) -> English: the open page redraws in English at once...
  await choose(page, 'Idioma');
  // The Language row stays selected, redrawn in English: another press steps the language again.
  await waitFor(page, `window.__game?.settings?.prompt === 'Left/right: change    Esc: back' && window.__game.menuLine === 'Language'`);
  await choose(page, 'Back');
  // ...and the level select it was opened over redraws in English too.
  await waitForScene(page, 'levelSelect');
  await choose(page, 'Settings');
  await waitFor(page, `window.__game?.settings?.page === 'main' && window.__game.menuLine === 'Master volume'`);
  await noErrors(errors);
});

test('?lang=es: the results panel in Spanish', async ({ page }) => {
  const errors = watchErrors(page);
  const dead = recordRun('bar', 3, 'random');
  expect(dead.outcome).toBe('dead');
  await page.goto(`./?lang=es&level=bar&seed=3&clock=manual&inputs=${dead.encoded}`);
  await waitForScene(page, 'play', 60_000);
  await advance(page, dead.ticks + OUTCOME_PAUSE_TICKS.dead);
  await waitForScene(page, 'killcam');
  await advance(page, Math.min(dead.ticks, KILLCAM_TICKS) * KILLCAM_SLOWDOWN + KILLCAM_HOLD_TICKS);
  await waitForScene(page, 'results');
  await waitFor(page, 'window.__game?.results != null');
  const results = await page.evaluate(() => window.__game!.results!);
  expect(results.headline).toMatch(/^(MORISTE|FALLASTE)$/);
  expect(results.rows.map(([k]) => k).slice(0, 2)).toEqual(['Tiempo', 'Par']);
  expect(results.menu).toContain('Selección de nivel');
  await frames(page, 2);
  await page.screenshot({ path: `${SHOTS}/results-es.png` });
  await noErrors(errors);
});

test('?lang=fr: one notice naming the languages, the game in English', async ({ page }) => {
  await page.goto('./?lang=fr');
  await waitForScene(page, 'title', 60_000);
  await expect(page.locator('#notices .notice')).toHaveCount(1);
  await expect(page.locator('#notices .notice')).toContainText('lang must be one of en, es, got "fr"');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'levelSelect');
  await waitFor(page, `window.__game?.menuLine?.startsWith('1. ') === true`);
});
