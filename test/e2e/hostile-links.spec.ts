// Hostile replays in the page: #replay= links pasted into a running game and files dropped on it —
// deep JSON, huge strings, text that is not JSON, a level that is not the game's — each give one
// message naming the link or file and the limit or field, never a stack overflow's words, and
// leave every save as it was. A BOM in front of a good replay is read as verify reads it.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { MAX_JSON_DEPTH, STRING_CHARS } from '../../src/limits';
import { dropFile, hook, noErrors, waitForScene, watchErrors } from './helpers';

test.describe.configure({ timeout: 90_000 });

const good = readFileSync('test/replays/bar.json', 'utf8');
const goodJson = JSON.parse(good) as Record<string, unknown>;
const BOM = '\uFEFF';
const b64 = (s: string) => Buffer.from(s).toString('base64url');

/** Every hostile text, with the start of the one message it must give (after "<name>: "). */
const HOSTILE: readonly (readonly [string, string, string])[] = [
  ['deep', '['.repeat(40_000), `expected JSON nested at most ${MAX_JSON_DEPTH} deep, got deeper nesting at line 1, column ${MAX_JSON_DEPTH + 1}`],
  ['checkpoints', JSON.stringify({ ...goodJson, checkpoints: 'a'.repeat(STRING_CHARS.checkpoints + 1) }), `checkpoints: expected checkpoint hashes (16 hex digits each), at most ${STRING_CHARS.checkpoints} characters`],
  ['words', 'this is not a replay', 'expected valid JSON, got a syntax error at line 1, column 1'],
  ['package', JSON.stringify({ ...goodJson, level: 'package.json' }), 'level: expected a level of this game ('],
];

const saves = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
const notices = (page: Page) => page.locator('.notice').allTextContents();

/** Waits for the page to show its n-th notice, and returns that one. */
async function nthNotice(page: Page, n: number): Promise<string> {
  await expect(page.locator('.notice')).toHaveCount(n, { timeout: 30_000 });
  return (await notices(page))[n - 1]!;
}

test('hostile #replay= links pasted into the running game give one message each and touch no save', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?clock=manual');
  await waitForScene(page, 'title');
  const saved = await saves(page);
  let shown = 0;
  for (const [name, text, message] of HOSTILE) {
    await page.evaluate((value) => (window.location.hash = `replay=${value}`), b64(text));
    const notice = await nthNotice(page, ++shown);
    expect(notice, name).toBe(notice.split('\n')[0]);
    expect(notice.startsWith(`replay link: ${message}`), `${name}: ${notice}`).toBe(true);
    expect(notice).not.toMatch(/call stack|RangeError|at \w+ \(/);
    await waitForScene(page, 'title');
    expect((await hook(page)).level).toBeNull();
    expect(await saves(page)).toBe(saved);
  }
  // A BOM before a good replay, as some editors save it: the viewer opens it, as verify does.
  await page.evaluate((value) => (window.location.hash = `replay=${value}`), b64(BOM + good));
  await waitForScene(page, 'replay');
  expect(await notices(page)).toHaveLength(shown);
  expect(await page.evaluate(() => window.__game!.replay!.verified)).toBe(true);
  await noErrors(errors);
});

test('a deep-JSON link opened at boot gives one message, not a stack overflow', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`./?clock=manual#replay=${b64('['.repeat(40_000))}`);
  await waitForScene(page, 'title');
  expect(await notices(page)).toEqual([`replay link: expected JSON nested at most ${MAX_JSON_DEPTH} deep, got deeper nesting at line 1, column ${MAX_JSON_DEPTH + 1}`]);
  await noErrors(errors);
});

test('hostile files dropped on the page give one message each and touch no save', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?clock=manual');
  await waitForScene(page, 'title');
  const saved = await saves(page);
  const files: [string, string, string][] = [
    ...HOSTILE.map(([name, text, message]) => [`${name}.json`, text, message] as [string, string, string]),
    ['deeper.json', '['.repeat(500_000), `expected JSON nested at most ${MAX_JSON_DEPTH} deep`],
    ['huge.json', ' '.repeat(1024 * 1024 + 1), 'expected a replay file of at most 1 MB, got 1048577 bytes'],
  ];
  let shown = 0;
  for (const [name, text, message] of files) {
    await dropFile(page, name, text);
    const notice = await nthNotice(page, ++shown);
    expect(notice.startsWith(`${name}: ${message}`), notice).toBe(true);
    await waitForScene(page, 'title');
    expect(await saves(page)).toBe(saved);
  }
  await dropFile(page, 'bom.json', BOM + good);
  await waitForScene(page, 'replay');
  expect(await page.evaluate(() => window.__game!.replay!.verified)).toBe(true);
  expect(await notices(page)).toHaveLength(shown);
  await noErrors(errors);
});
