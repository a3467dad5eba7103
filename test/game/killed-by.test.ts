import { describe, expect, it } from 'vitest';
import { killedByInWorld, killedByText, playerDeath, whoText, type DeathEvent } from '../../src/game/killed-by';
import { findBot } from '../../src/headless/bots';
import { loadLevel } from '../../src/headless/level-files';
import { resultsText } from '../../src/scenes/results-rows';
import { createWorld, step } from '../../src/sim';

/** Plays a bot until El dies; the row's text from the death event, and the event. */
function deathOf(level: string, seed: number, bot: string): { text: string; death: DeathEvent } {
  const world = createWorld(loadLevel(level), seed);
  const policy = findBot(bot)!.create(seed);
  while (world.outcome === null && world.tick < 20_000) {
    step(world, policy.act(world));
    const death = playerDeath(world, world.events);
    if (death) return { text: killedByInWorld(world, death), death };
  }
  throw new Error(`${bot} did not die on ${level} seed ${seed}`);
}

describe('Killed by', () => {
  it('names people as a sentence would: an article for the nameless, none for the named', () => {
    expect(whoText('gunman')).toBe('a back-room gunman');
    expect(whoText('henchman')).toBe('a henchman');
    expect(whoText('navajas')).toBe('Navajas');
    expect(whoText('lieutenant')).toBe("Bucho's second in command");
    expect(whoText('boy')).toBe('the boy');
    expect(whoText('nobody-we-know')).toBeNull();
  });

  it('says who and with what for every kind of harm', () => {
    expect(killedByText({ cause: 'round', weapon: 'revolver' }, 'gunman', false)).toBe('a back-room gunman - revolver');
    expect(killedByText({ cause: 'round', weapon: 'knife' }, 'navajas', false)).toBe('Navajas - knives');
    expect(killedByText({ cause: 'knife', weapon: 'knife' }, 'navajas', false)).toBe('Navajas - knives');
    expect(killedByText({ cause: 'ram', weapon: null }, 'lieutenant', false)).toBe("Bucho's second in command - the car");
    expect(killedByText({ cause: 'blast', weapon: 'grenade' }, 'henchman', false)).toBe('a henchman - grenade');
    expect(killedByText({ cause: 'blast', weapon: 'quinoCase' }, 'quino', false)).toBe('Quino - rocket');
    expect(killedByText({ cause: 'blast', weapon: 'grenade' }, 'mariachi', true)).toBe('his own grenade');
    expect(killedByText({ cause: 'fire', weapon: null }, null, false)).toBe('the fire');
    expect(killedByText({ cause: 'fall', weapon: null }, null, false)).toBe('a fall');
    expect(killedByText({ cause: 'round', weapon: 'pistol' }, null, false)).toBe('pistol');
    expect(killedByText({ cause: 'round', weapon: null }, null, false)).toBe('unknown');
  });

  it('reads the death events of real runs', () => {
    const fire = deathOf('rooftops', 704, 'idle');
    expect(fire.death).toMatchObject({ cause: 'fire', weapon: null, by: 0 });
    expect(fire.text).toBe('the fire');
    const roof = deathOf('street', 4242, 'idle');
    expect(roof.death).toMatchObject({ cause: 'round', weapon: 'revolver' });
    expect(roof.text).toBe('a rooftop gunman - revolver');
  });

  it('puts the row on the results of a death only', () => {
    const base = {
      level: 'street', mode: 'il', ticks: 601, stats: { kills: 0, shotsFired: 0, shotsHit: 0, damageTaken: 6, civiliansHit: 0 },
      grade: 'D', newBest: false, splits: [], hadPb: false, sumOfBest: null, seed: 4242, randomSeed: false, category: 'street', splitNames: [],
    } as const;
    const dead = resultsText({ ...base, outcome: 'dead', playerAlive: false, killedBy: 'a rooftop gunman - revolver' }, 'La Calle', 3800, 4242);
    expect(dead.rows).toContainEqual(['Killed by', 'a rooftop gunman - revolver']);
    const cleared = resultsText({ ...base, outcome: 'cleared', killedBy: null }, 'La Calle', 3800, 4242);
    expect(cleared.rows.map((r) => r[0])).not.toContain('Killed by');
  });
});
