import { describe, expect, it } from 'vitest';
import { coverProtects, createWorld, newTraceHit, playerOf, step } from '../../src/sim';
import { BOTS, findBot } from '../../src/headless/bots';
import { asciiLevel } from '../sim/ascii-level';
import { visibleEnemy } from '../../src/headless/bots/senses';
import { loadLevel } from '../../src/headless/level-files';
import { runEpisode } from '../../src/headless/run-episode';

const bar = loadLevel('bar');

const clears = (name: string, seeds = 12) => {
  let n = 0;
  for (let seed = 1; seed <= seeds; seed++) if (runEpisode(bar, seed, findBot(name)!, 6000).result.outcome === 'cleared') n++;
  return n;
};

/** Ticks El spends with an enemy in sight and low cover between them, over seeds 1..n. */
function shieldedTicks(name: string, seeds: number): number {
  const hit = newTraceHit();
  let shielded = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const world = createWorld(bar, seed);
    const policy = findBot(name)!.create(seed);
    while (world.outcome === null && world.tick < 3000) {
      const me = playerOf(world);
      const t = visibleEnemy(world, me, hit);
      if (t && coverProtects(world, me.x, me.y, t.x, t.y)) shielded++;
      step(world, policy.act(world));
    }
  }
  return shielded;
}

describe('bots', () => {
  it('are deterministic: the same seed plays the same game', () => {
    for (const bot of BOTS) {
      const a = runEpisode(bar, 77, bot, 1200).result;
      const b = runEpisode(bar, 77, bot, 1200).result;
      expect(b).toEqual(a);
    }
  });

  it('aggressive clears the bar on most seeds; idle and random do not', () => {
    expect(clears('aggressive')).toBeGreaterThanOrEqual(6);
    expect(clears('idle')).toBe(0);
    expect(clears('random')).toBeLessThanOrEqual(1);
  }, 60_000);

  it('careful is deterministic over whole runs and clears the bar on some seeds', () => {
    const careful = findBot('careful')!;
    for (const seed of [5, 6]) expect(runEpisode(bar, seed, careful, 6000).result).toEqual(runEpisode(bar, seed, careful, 6000).result);
    expect(clears('careful')).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('careful walks behind a table between El and the enemy, and fires over it', () => {
    // Tavo (6 hit points) stands north of a table; El starts south-west of it.
    const level = asciiLevel([
      '##############',
      '#............#',
      '#.....e......#',
      '#............#',
      '#............#',
      '#............#',
      '#.....TT.....#',
      '#............#',
      '#...@........#',
      '#............#',
      '##############',
    ], { actor: (s) => ({ ...s, archetype: 'tavo' }) });
    const play = (name: string) => {
      const world = createWorld(level, 1);
      const policy = findBot(name)!.create(1);
      let shielded = 0;
      let shotsShielded = 0;
      while (world.tick < 240) {
        step(world, policy.act(world));
        const me = playerOf(world);
        const tavo = world.actors[1]!;
        const covered = tavo.alive && coverProtects(world, me.x, me.y, tavo.x, tavo.y);
        if (covered) shielded++;
        for (const e of world.events) if (covered && e.type === 'shot' && e.actor === me.id) shotsShielded++;
      }
      const me = playerOf(world);
      return { shielded, shotsShielded, cell: [Math.floor(me.x / 16), Math.floor(me.y / 16)], tavoDead: !world.actors[1]!.alive };
    };
    const careful = play('careful');
    expect(careful.shielded).toBeGreaterThan(5);
    expect(careful.shotsShielded).toBeGreaterThan(0);
    expect(careful.tavoDead).toBe(true);
    // It ends up right behind the table, in the cell south of it.
    expect(careful.cell[1]).toBe(7);
    expect([6, 7]).toContain(careful.cell[0]);
    expect(play('aggressive').shielded).toBe(0);
  });

  it('careful spends more time shielded by cover in the bar than aggressive does', () => {
    expect(shieldedTicks('careful', 40)).toBeGreaterThan(shieldedTicks('aggressive', 40) * 2);
  }, 30_000);
});
