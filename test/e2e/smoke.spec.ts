// Smoke: the production build boots to the title in both renderers, with a
// clean console.
import { expect, test, type Page } from '@playwright/test';

/** Collects console errors and uncaught page errors for the whole test. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

async function bootToTitle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#game canvas')).toHaveCount(1);
  await page.waitForFunction(() => window.__game?.scene === 'title', undefined, { timeout: 20_000 });
  // Let a few frames render before anyone looks at the pixels.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Counts non-black pixels of the game canvas as seen on screen. */
async function litPixels(page: Page): Promise<number> {
  const png = await page.locator('#game canvas').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let lit = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) > 60) lit++;
    return lit;
  }, png.toString('base64'));
}

test('boots to the title in WebGL', async ({ page }) => {
  const errors = watchErrors(page);
  // Forced: headless Chromium's WebGL is software-only, where the game picks Canvas by itself.
  await bootToTitle(page, './?renderer=webgl&audio=on');

  const hook = await page.evaluate(() => {
    const g = window.__game!;
    return { scene: g.scene, level: g.level, tick: g.tick, outcome: g.outcome, hash: g.hash(), player: g.player, enemiesAlive: g.enemiesAlive, renderer: g.renderer };
  });
  expect(hook).toEqual({ scene: 'title', level: null, tick: 0, outcome: null, hash: '', player: null, enemiesAlive: 0, renderer: 'webgl' });
  // Read-only: assignments neither throw in sloppy page code nor stick.
  expect(await page.evaluate(() => { try { (window as unknown as { __game: unknown }).__game = 1; } catch { /* strict */ } return typeof window.__game; })).toBe('object');

  expect(await litPixels(page)).toBeGreaterThan(2000); // the title is drawn
  await page.screenshot({ path: 'test-results/smoke-title.png' });
  expect(errors).toEqual([]);
});

test('?renderer=canvas renders with the Canvas renderer', async ({ page }) => {
  const errors = watchErrors(page);
  await bootToTitle(page, './?renderer=canvas&audio=on');
  expect(await page.evaluate(() => window.__game?.renderer)).toBe('canvas');
  expect(await litPixels(page)).toBeGreaterThan(2000);
  await page.screenshot({ path: 'test-results/smoke-title-canvas.png' });
  expect(errors).toEqual([]);
});

test('falls back to Canvas when WebGL is unavailable', async ({ page }) => {
  // Simulate a browser/GPU without WebGL: every WebGL context request fails.
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/i.test(type)) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  const errors = watchErrors(page);
  await bootToTitle(page, './');
  expect(await page.evaluate(() => window.__game?.renderer)).toBe('canvas');
  expect(await litPixels(page)).toBeGreaterThan(2000);
  expect(errors).toEqual([]);
});
