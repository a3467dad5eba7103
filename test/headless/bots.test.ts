import { describe, expect, it } from 'vitest';
import { BOTS, findBot } from '../../src/headless/bots';
import { loadLevel } from '../../src/headless/level-files';
import { runEpisode } from '../../src/headless/run-episode';

const bar = loadLevel('bar');

describe('bots', () => {
  it('are deterministic: the same seed plays the same game', () => {
    for (const bot of BOTS) {
      const a = runEpisode(bar, 77, bot, 1200).result;
      const b = runEpisode(bar, 77, bot, 1200).result;
      expect(b).toEqual(a);
    }
  });

  it('aggressive clears the bar on most seeds; idle and random do not', () => {
    const clears = (name: string) => {
      let n = 0;
      for (let seed = 1; seed <= 12; seed++) if (runEpisode(bar, seed, findBot(name)!, 6000).result.outcome === 'cleared') n++;
      return n;
    };
    expect(clears('aggressive')).toBeGreaterThanOrEqual(6);
    expect(clears('idle')).toBe(0);
    expect(clears('random')).toBeLessThanOrEqual(1);
  }, 60_000);
});
