// Every level of the film in the production build: it opens from its URL and plays with every
// sprite it needs (Phaser warns on a missing frame: that fails here), and its golden replay
// (test/replays/<id>.json, a bot's clear recorded in Node) verifies in Chromium to the same tick and
// hash, which proves the sim runs the same in both engines on every level's own mechanics.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadLevelIndex } from '../../src/headless/level-files';
import { encodeReplayLink } from '../../src/replay/replay-link';
import { advance, hook, noErrors, waitForScene, watchErrors } from './helpers';

test.describe.configure({ timeout: 60_000 });

/** Phaser's warnings about textures, which mean a sprite or frame the game asked for is missing. */
function watchMissingArt(page: Page): string[] {
  const missing: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning' && /has no frame|texture/i.test(msg.text())) missing.push(msg.text());
  });
  return missing;
}

for (const entry of loadLevelIndex().levels) {
  test(`${entry.id}: opens from its URL and plays with all its art`, async ({ page }) => {
    const errors = watchErrors(page);
    const missing = watchMissingArt(page);
    // On the test clock, so 90 ticks are 90 ticks however slowly the software renderer draws.
    await page.goto(`./?level=${entry.id}&seed=${entry.seed}&clock=manual`);
    await waitForScene(page, 'play');
    // Walk a little so the cast reacts (aim, alert frames), then look.
    await page.keyboard.down('KeyW');
    await advance(page, 90);
    await page.keyboard.up('KeyW');
    const h = await hook(page);
    expect(h.level).toBe(entry.id);
    expect(h.tick).toBe(90);
    expect(h.player).not.toBeNull();
    await page.screenshot({ path: `test-results/level-${entry.id}.png` });
    expect(missing, missing.join('\n')).toEqual([]);
    await noErrors(errors);
  });

  test(`${entry.id}: its golden replay verifies in Chromium`, async ({ page }) => {
    const errors = watchErrors(page);
    const text = readFileSync(`test/replays/${entry.id}.json`, 'utf8');
    const golden = JSON.parse(text) as { ticks: number; hash: string; outcome: string };
    await page.goto(`./#replay=${encodeReplayLink(text)}`);
    await waitForScene(page, 'replay');
    const v = await page.evaluate(() => window.__game!.replay!);
    expect(v).toMatchObject({ verified: true, ticks: golden.ticks });
    expect(golden.outcome).toBe('cleared');
    await noErrors(errors);
  });
}
