// A phone: 412x915 CSS px at DPR 2.6 with a touch screen, held sideways to play. Taps through the
// title and level select, walks El with the left stick, aims and fires with the right until a man
// goes down; upright, the page asks for landscape with the level paused underneath. Fingers are
// real touch events (Chrome DevTools Protocol, several at once); game time runs on the test clock.
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { loadLevelIndex } from '../../src/headless/level-files';
import { advance, frames, hook, noErrors, waitForScene, watchErrors } from './helpers';

const PHONE = { deviceScaleFactor: 2.6, isMobile: true, hasTouch: true };
const LANDSCAPE = { width: 915, height: 412 };
const PORTRAIT = { width: 412, height: 915 };

test.describe.configure({ timeout: 180_000 });
test.use({ ...PHONE, viewport: LANDSCAPE });

type Point = { x: number; y: number };

/** Game pixels (1280x720) to the page's CSS pixels, through the canvas's letterboxed box. */
async function toClient(page: Page, p: Point): Promise<Point> {
  const r = await page.evaluate(() => {
    const b = document.querySelector('canvas')!.getBoundingClientRect();
    return { left: b.left, top: b.top, width: b.width, height: b.height };
  });
  return { x: r.left + (p.x * r.width) / 1280, y: r.top + (p.y * r.height) / 720 };
}

/** The fingers on the glass (id -> game pixels); every change is sent as one touch event. */
class Fingers {
  private readonly down = new Map<number, Point>();
  constructor(private readonly page: Page, private readonly cdp: CDPSession) {}

  async set(id: number, at: Point | null): Promise<void> {
    const had = this.down.size;
    if (at) this.down.set(id, at);
    else this.down.delete(id);
    const points = await Promise.all([...this.down].map(async ([pid, p]) => ({ id: pid, ...(await toClient(this.page, p)) })));
    const type = points.length === 0 ? 'touchEnd' : points.length > had ? 'touchStart' : 'touchMove';
    await this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  }

  async tap(at: Point): Promise<void> {
    await this.set(99, at);
    await this.set(99, null);
  }
}

async function fingers(page: Page): Promise<Fingers> {
  return new Fingers(page, await page.context().newCDPSession(page));
}

async function touchButton(page: Page, id: string): Promise<{ x: number; y: number; r: number }> {
  const b = await page.evaluate((which) => window.__game!.touch?.buttons.find((x) => x.id === which) ?? null, id);
  expect(b, `touch button ${id}`).not.toBeNull();
  return b!;
}

/** A button's diameter in CSS pixels, from its radius in game pixels. */
async function cssDiameter(page: Page, r: number): Promise<number> {
  const width = await page.evaluate(() => document.querySelector('canvas')!.getBoundingClientRect().width);
  return (2 * r * width) / 1280;
}

test('tap to start, tap a scene, walk with the left stick, aim and fire with the right: a man goes down', async ({ page }) => {
  const errors = watchErrors(page);
  const touch = await fingers(page);
  await page.goto('./?clock=manual');
  await waitForScene(page, 'title');
  await frames(page, 4);
  await page.screenshot({ path: 'test-results/touch-title.png' });
  await touch.tap({ x: 640, y: 400 });
  await waitForScene(page, 'levelSelect');
  await frames(page, 4);
  await page.screenshot({ path: 'test-results/touch-level-select.png' });
  // The first line is the bar; a tap a little below its words still lands on its band.
  expect(await page.evaluate(() => window.__game!.menuLine)).toMatch(/^1\./);
  await touch.tap({ x: 400, y: 170 + 26 });
  await waitForScene(page, 'play');
  expect((await hook(page)).level).toBe('bar');
  await page.waitForFunction(() => window.__game!.touch?.shown === true, null, { timeout: 30_000 });

  // Thumb-sized on this screen: 11 mm is 69 CSS px at the 160-per-inch CSS pixel of a phone.
  const radius = (await touchButton(page, 'dive')).r;
  expect(await cssDiameter(page, radius)).toBeCloseTo((11 * 160) / 25.4, 0);

  // Walk north through the front door: the left thumb lands low on the left and pushes up.
  const home = { x: 260, y: 560 };
  const start = (await hook(page)).player!;
  await touch.set(1, home);
  await touch.set(1, { x: home.x, y: home.y - 3 * radius });
  for (let i = 0; i < 40 && (await hook(page)).player!.y > start.y - 48; i++) {
    // (Someone may be standing in the doorway: step aside now and then, as play.spec does.)
    if (i % 10 === 9) {
      await touch.set(1, { x: home.x + (i % 20 === 9 ? -3 : 3) * radius, y: home.y - 3 * radius });
      await advance(page, 7);
      await touch.set(1, { x: home.x, y: home.y - 3 * radius });
    }
    await advance(page, 6);
  }
  const inside = (await hook(page)).player!;
  expect(inside.y).toBeLessThan(start.y - 40);
  await touch.set(1, null);

  // Focus (bullet time) with its button, then the right thumb aims at the nearest hostile and
  // pushes past the dead zone to fire, lets the stick back to the centre, and again.
  const focus = await touchButton(page, 'focus');
  await touch.tap(focus);
  await advance(page, 2);
  const aimHome = { x: 820, y: 560 };
  const before = (await hook(page)).enemiesAlive;
  await touch.set(2, aimHome);
  let shot = false;
  for (let i = 0; i < 60 && (await hook(page)).enemiesAlive === before; i++) {
    const h = await hook(page);
    if (h.outcome) break;
    const me = h.player!;
    const target = [...h.enemies].sort((a, b) => Math.hypot(a.x - me.x, a.y - me.y) - Math.hypot(b.x - me.x, b.y - me.y))[0]!;
    const d = Math.hypot(target.x - me.x, target.y - me.y);
    await touch.set(2, { x: aimHome.x + ((target.x - me.x) / d) * radius, y: aimHome.y + ((target.y - me.y) / d) * radius });
    await advance(page, 5);
    if (!shot && i === 0) {
      await page.screenshot({ path: 'test-results/touch-play.png' });
      shot = true;
    }
    await touch.set(2, aimHome);
    await advance(page, 4);
  }
  await touch.set(2, null);
  const after = await hook(page);
  expect(after.enemiesAlive).toBeLessThan(before);

  // The pause button pauses; the pause menu's Resume takes a tap.
  if (after.outcome === null) {
    await touch.tap(await touchButton(page, 'pause'));
    await waitForScene(page, 'pause');
    await frames(page, 2);
    // Resume is the pause menu's first line (at the panel's middle, 50 px above its centre).
    await touch.tap({ x: 640, y: 360 - 50 + 10 });
    await waitForScene(page, 'play');
  }
  await noErrors(errors);
});

test('held upright, the page asks for landscape and the level waits paused; turned, it resumes by tap', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize(PORTRAIT);
  const touch = await fingers(page);
  await page.goto('./?level=bar&clock=manual');
  await expect(page.locator('#turn-sideways')).toBeVisible();
  await waitForScene(page, 'pause');
  const tick = (await hook(page)).tick;
  await advance(page, 30);
  expect((await hook(page)).tick).toBe(tick);
  await page.screenshot({ path: 'test-results/touch-portrait.png' });

  await page.setViewportSize(LANDSCAPE);
  await expect(page.locator('#turn-sideways')).toBeHidden();
  await frames(page, 4);
  await touch.tap({ x: 640, y: 360 - 50 + 10 });
  await waitForScene(page, 'play');
  await advance(page, 30);
  expect((await hook(page)).tick).toBe(tick + 30);
  await noErrors(errors);
});

test('left-handed: the Settings row takes a tap and mirrors the controls', async ({ page }) => {
  const errors = watchErrors(page);
  const touch = await fingers(page);
  await page.goto('./?clock=manual');
  await waitForScene(page, 'title');
  await touch.tap({ x: 640, y: 400 });
  await waitForScene(page, 'levelSelect');
  await frames(page, 4);
  // Level select: the levels, Full game, Random seed, Practice..., Replays..., then Settings.
  const levels = loadLevelIndex().levels.length;
  await touch.tap({ x: 400, y: 170 + (levels + 4) * 40 + 10 });
  await waitForScene(page, 'settings');
  await frames(page, 4);
  // A value steps down on its left half and up on its right half (a finger has no right button):
  // Master volume's bar ends at the menu's right edge (x 1080) and is about 180 px wide.
  const master = () => page.evaluate(() => (localStorage.getItem('desperado.settings') ?? '').match(/"master":([\d.]+)/)?.[1] ?? null);
  await touch.tap({ x: 930, y: 140 + 10 });
  await frames(page, 2);
  expect(await master()).toBe('0.7');
  await touch.tap({ x: 1070, y: 140 + 10 });
  await touch.tap({ x: 1070, y: 140 + 10 });
  await frames(page, 2);
  expect(await master()).toBe('0.9');
  // Settings: three volumes, shake, captions, language, gamepad, then this row (36 px lines).
  await touch.tap({ x: 400, y: 140 + 7 * 36 + 10 });
  await frames(page, 2);
  expect(await page.evaluate(() => window.__game!.menuLine)).toBe('Left-handed touch controls');
  expect(await page.evaluate(() => localStorage.getItem('desperado.settings') ?? '')).toContain('"touchLeftHanded":true');
  await page.screenshot({ path: 'test-results/touch-settings.png' });

  await page.goto('./?level=bar&clock=manual');
  await waitForScene(page, 'play');
  await touch.set(1, { x: 900, y: 560 });
  await page.waitForFunction(() => window.__game!.touch?.shown === true, null, { timeout: 30_000 });
  const t = await page.evaluate(() => window.__game!.touch!);
  expect(t.leftHanded).toBe(true);
  expect(t.buttons.find((b) => b.id === 'dive')!.x).toBeLessThan(640);
  // The right thumb now moves El.
  const start = (await hook(page)).player!;
  await touch.set(1, { x: 900, y: 300 });
  await advance(page, 30);
  expect((await hook(page)).player!.y).toBeLessThan(start.y - 10);
  await page.screenshot({ path: 'test-results/touch-left-handed.png' });
  await touch.set(1, null);
  await noErrors(errors);
});

test('a tablet gets the same 11 mm buttons, smaller in game pixels', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const touch = await fingers(page);
  await page.goto('./?level=bar&clock=manual');
  await waitForScene(page, 'play');
  await touch.tap({ x: 300, y: 500 });
  await page.waitForFunction(() => window.__game!.touch?.shown === true, null, { timeout: 30_000 });
  const dive = await touchButton(page, 'dive');
  expect(await cssDiameter(page, dive.r)).toBeCloseTo((11 * 160) / 25.4, 0);
  await page.screenshot({ path: 'test-results/touch-tablet.png' });
  await noErrors(errors);
});
