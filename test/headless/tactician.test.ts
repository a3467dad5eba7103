// The tactician bot: each of the film's mechanics it must handle, in small worlds where the wrong
// move shows (a pull outside the duel's window, no dive under the knives or the car, a dive over a
// gap, a shot through the boy), and whole runs of every film level.
import { describe, expect, it } from 'vitest';
import {
  AiMode, angleOf, Button, createWorld, DuelPhase, igniteArea, Slot, step, TILE, type TickInput, type World,
} from '../../src/sim';
import { aggressiveBot } from '../../src/headless/bots/aggressive';
import type { BotDef } from '../../src/headless/bots/bot';
import { botForLevel } from '../../src/headless/bots/level-bots';
import { diveLanding } from '../../src/headless/bots/tactician/dive';
import { drawTick } from '../../src/headless/bots/tactician/duel-timing';
import { grenadeRest } from '../../src/headless/bots/tactician/grenade';
import { tacticianBot } from '../../src/headless/bots/tactician/tactician';
import { chooseSlot } from '../../src/headless/bots/tactician/weapon-choice';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { runEpisode } from '../../src/headless/run-episode';
import { asciiLevel, type AsciiOptions } from '../sim/ascii-level';
import { open, put, wall } from '../sim/ai/helpers';

/** Plays the tactician in a world for up to `ticks`, calling `watch` with each input and the world after it. */
function play(world: World, ticks: number, watch: (input: TickInput, w: World) => void = () => {}, seed = 1): void {
  const bot = tacticianBot.create(seed);
  for (let i = 0; i < ticks && world.outcome === null; i++) {
    const input = bot.act(world);
    step(world, input);
    watch(input, world);
  }
}

function world(rows: string[], options: AsciiOptions = {}, seed = 1): World {
  return createWorld(asciiLevel(rows, options), seed);
}

function actor(w: World, arch: string) {
  return w.actors.find((a) => a.arch === arch)!;
}

describe('the tactician: the duel', () => {
  const CUE = 120;
  const WINDOW = 12;
  const rows = [wall(24), open(24), put(open(24), { 3: '@', 14: 'B' }), open(24), wall(24)];
  const options: AsciiOptions = {
    objectives: [
      { type: 'duel', target: 'bucho', cue: CUE, window: WINDOW, text: 'Face Bucho' },
      { type: 'eliminate', group: '', text: 'Out' },
    ],
    actor: (s) => ({ ...s, name: 'bucho' }),
  };

  it('pulls once, on the middle tick of the window, and wins', () => {
    const w = world(rows, options);
    const pulls: number[] = [];
    let held = false;
    play(w, CUE + WINDOW + 5, (input, after) => {
      const fire = (input.buttons & Button.Fire) !== 0;
      // The standoff starts on the first step, so its tick is the world's (after a win the duel's
      // own counter restarts for the stunned moment).
      if (fire && !held && after.duel.objective === 0) pulls.push(after.tick);
      held = fire;
    });
    expect(pulls).toEqual([CUE + WINDOW / 2]);
    expect(w.duel.phase).toBe(DuelPhase.Won);
    expect(actor(w, 'bucho').alive).toBe(false);
  });

  it('draws on the tick the window says, whatever the cue and width', () => {
    expect(drawTick({ type: 'duel', target: 'b', cue: 180, window: 12, text: '' })).toBe(186);
    expect(drawTick({ type: 'duel', target: 'b', cue: 30, window: 0, text: '' })).toBe(30);
    expect(drawTick({ type: 'duel', target: 'b', cue: 0, window: 3, text: '' })).toBe(2);
  });

  it('at the ranch without Carolina, walks in through the calm men without a shot and wins the duel', () => {
    // Carolina opens fire on the calm men as she walks in (an ally-AI matter); without her the walk
    // in is the bot's alone.
    const ranch = loadLevel('ranch');
    const alone = { ...ranch, protect: [], actors: ranch.actors.filter((a) => a.name !== 'carolina') };
    for (const seed of [1212, 1213]) {
      const w = createWorld(alone, seed);
      let shotsBeforeDuel = 0;
      play(w, 3000, (_, after) => {
        if (after.duel.phase === DuelPhase.None) shotsBeforeDuel += after.events.filter((e) => e.type === 'shot').length;
      }, seed);
      expect(shotsBeforeDuel).toBe(0);
      expect(w.duel.phase).toBe(DuelPhase.Won);
    }
  }, 30_000);
});

describe('the tactician: Navajas', () => {
  const rows = [wall(30), open(30), open(30), open(30), put(open(30), { 4: '@', 14: 'n' }), open(30), open(30), open(30), wall(30)];

  it('dives out of the fan in the last ticks of the wind-up', () => {
    const w = world(rows);
    const el = w.actors[0]!;
    const navajas = actor(w, 'navajas');
    // His arm is up, aimed straight at El; the blades fly in 3 ticks.
    navajas.ai!.windupLeft = 3;
    navajas.ai!.windupAngle = angleOf(el.x - navajas.x, el.y - navajas.y);
    const input = tacticianBot.create(1).act(w);
    expect(input.buttons & Button.Dive).toBe(Button.Dive);
    // Square to the throw (east-west): north or south.
    expect(Math.abs(input.moveX)).toBeLessThan(Math.abs(input.moveY));
  });

  it('does not dive at a wind-up aimed well away from him', () => {
    const w = world(rows);
    const el = w.actors[0]!;
    const navajas = actor(w, 'navajas');
    navajas.ai!.windupLeft = 3;
    navajas.ai!.windupAngle = angleOf(el.x - navajas.x, el.y - navajas.y + 120);
    expect(tacticianBot.create(1).act(w).buttons & Button.Dive).toBe(0);
  });

  it('in a long fight with him, dives during his wind-ups and no knife lands', () => {
    // Whether a dodge comes during the wind-up or across the blades in flight varies by seed (the
    // input buffer moved seed 1 to the latter): counted over four seeds, three a fight on average.
    let allDivesInWindup = 0;
    for (const seed of [1, 2, 3, 4]) {
      const w = world(rows, {}, seed);
      // Too tough to shoot down in one wind-up, so every throw must be dodged.
      const navajas = actor(w, 'navajas');
      navajas.hp = 10_000;
      let windups = 0;
      let divesInWindup = 0;
      let knifeHits = 0;
      let up = false;
      play(w, 1500, (_, after) => {
        for (const e of after.events) {
          if (e.type === 'hit' && e.target === after.playerId) knifeHits++;
          if (e.type === 'dive' && up) divesInWindup++;
        }
        const now = (navajas.ai?.windupLeft ?? 0) > 0;
        if (now && !up) windups++;
        up = now;
      }, seed);
      expect(windups).toBeGreaterThanOrEqual(10);
      allDivesInWindup += divesInWindup;
      expect(knifeHits).toBe(0);
    }
    expect(allDivesInWindup).toBeGreaterThanOrEqual(12);
  }, 60_000);
});

describe('the tactician: gaps', () => {
  const rows = [wall(16), open(16), open(16), put(open(16), { 7: '@' }), '#~~~~~~~~~~~~~~#', '#~~~~~~~~~~~~~~#', open(16), wall(16)];

  it('never takes a dive whose flight passes over a gap', () => {
    const w = world(rows);
    const el = w.actors[0]!;
    expect(diveLanding(w, el, 0, 1)).toBeNull();
    expect(diveLanding(w, el, 0.7071, 0.7071)).toBeNull();
    expect(diveLanding(w, el, 0, -1)).not.toBeNull();
    expect(diveLanding(w, el, 1, 0)).not.toBeNull();
  });

  /** A round along the edge from the east: square to it is north (floor) or south (the gap). */
  function shootAlongTheEdge(w: World): void {
    const el = w.actors[0]!;
    w.bullets.push({ id: 999, owner: 0, weapon: 'pistol', x: el.x + 40, y: el.y, ox: el.x + 40, oy: el.y, vx: -13, vy: 0, damage: 2, pierce: 0, lastHit: -1, travelled: 0, range: 460, alive: true });
  }

  it('dodges a round coming along the edge by diving away from the gap, never into it', () => {
    for (const seed of [1, 2, 3, 4]) {
      const w = world(rows, {}, seed);
      shootAlongTheEdge(w);
      const first = tacticianBot.create(seed).act(w);
      expect(first.buttons & Button.Dive).toBe(Button.Dive);
      expect(first.moveY).toBeLessThan(0);
      play(w, 60, () => {}, seed);
      expect(w.failure).toBeNull();
    }
  });

  it('with the gap one way and a wall the other, takes no dive that falls', () => {
    const boxed = [wall(16), wall(16), wall(16), put(open(16), { 7: '@' }), '#~~~~~~~~~~~~~~#', '#~~~~~~~~~~~~~~#', open(16), wall(16)];
    for (const seed of [1, 2, 3, 4]) {
      const w = world(boxed, {}, seed);
      w.actors[0]!.hp = 1_000;
      shootAlongTheEdge(w);
      play(w, 60, () => {}, seed);
      expect(w.failure).toBeNull();
      expect(w.actors[0]!.alive).toBe(true);
    }
  });

  it('crosses the rooftops without a fall', () => {
    const rooftops = loadLevel('rooftops');
    for (const seed of [704, 705, 706]) {
      const { world: w } = runEpisode(rooftops, seed, tacticianBot, 6000);
      expect(w.failure ?? '').not.toContain('fell');
    }
  }, 30_000);
});

describe('the tactician: friends in the line of fire', () => {
  const options: AsciiOptions = { actor: (s) => (s.archetype === 'boy' ? { ...s, name: 'boy' } : s), protect: ['boy'] };

  it('holds fire when the boy stands beyond the man it aims at, and fires once he is clear', () => {
    const inLine = world([wall(20), open(20), put(open(20), { 2: '@', 8: 'e', 16: 'b' }), open(20), open(20), wall(20)], options);
    const held = tacticianBot.create(1).act(inLine);
    expect(held.buttons & Button.Fire).toBe(0);
    const clear = world([wall(20), open(20), put(open(20), { 2: '@', 8: 'e' }), open(20), put(open(20), { 16: 'b' }), wall(20)], options);
    expect(tacticianBot.create(1).act(clear).buttons & Button.Fire).toBe(Button.Fire);
  });

  it('holds fire when an ally stands between', () => {
    const w = world([wall(20), open(20), put(open(20), { 2: '@', 5: 'a', 12: 'e' }), open(20), wall(20)]);
    expect(tacticianBot.create(1).act(w).buttons & Button.Fire).toBe(0);
  });

  it('never hits the boy in a fight across the street', () => {
    // The boy cowers right behind the men El fights: a miss, or a round through, would find him.
    for (const seed of [5, 6, 7]) {
      const rows = [wall(30), open(30), open(30), put(open(30), { 3: '@', 14: 'e', 26: 'b' }), put(open(30), { 15: 'e' }), open(30), open(30), wall(30)];
      const w = world(rows, options, seed);
      w.actors[0]!.hp = 1_000;
      play(w, 900, () => {}, seed);
      expect(w.stats.civiliansHit).toBe(0);
      expect(w.stats.kills).toBe(2);
    }
  }, 20_000);
});

describe('the tactician: guns by range', () => {
  const rows = [wall(40), put(open(40), { 2: '@', 5: 'e', 12: 'e', 30: 'e' }), wall(40)];

  it('the sawed-off up close, the pistols in between, the Wildey far off and on the car', () => {
    const w = world(rows, { loadout: { sawedOff: 8, wildey: 6 } });
    const el = w.actors[0]!;
    const [near, mid, far] = w.actors.filter((a) => a.team === 'enemy');
    const d = (a: { x: number }) => a.x - el.x;
    expect(chooseSlot(w, near!, d(near!))).toBe(Slot.SawedOff);
    expect(chooseSlot(w, mid!, d(mid!))).toBe(Slot.Sleeves);
    expect(chooseSlot(w, far!, d(far!))).toBe(Slot.Wildey);
    const car = world([wall(40), put(open(40), { 2: '@', 8: 'v' }), wall(40)], { loadout: { sawedOff: 8, wildey: 6 } });
    const c = actor(car, 'lieutenant');
    expect(chooseSlot(car, c, c.x - car.actors[0]!.x)).toBe(Slot.Wildey);
  });

  it('never picks a gun with nothing left in it', () => {
    const w = world(rows, { loadout: { sawedOff: 0, wildey: 0 } });
    const el = w.actors[0]!;
    for (const e of w.actors.filter((a) => a.team === 'enemy')) expect(chooseSlot(w, e, e.x - el.x)).toBe(Slot.Sleeves);
  });
});

describe('the tactician: fire and the car', () => {
  it('walks off a burning floor and around the fire to its goal', () => {
    const rows = [wall(14), '#,,,,,,,,,,,,#', '#,,,,,,,,,,,,#', '#,,@,,,,,,,,,#', '#,,,,,,,,,,,,#', '#,,,,,,,,,,,,#', wall(14)];
    const level = {
      ...asciiLevel(rows),
      exits: [{ name: 'out', area: { x: 11 * TILE, y: 3 * TILE, w: TILE, h: TILE } }],
      objectives: [{ type: 'reach' as const, exit: 'out', text: 'Out' }],
    };
    const w = createWorld(level, 1);
    // A wall of fire across the way, open at the top row, and El's own cell burning.
    igniteArea(w, { x: 6 * TILE, y: 2 * TILE, w: TILE, h: 4 * TILE });
    igniteArea(w, { x: 3 * TILE, y: 3 * TILE, w: TILE, h: TILE });
    const burntCells = new Set<number>();
    let ticksInFire = 0;
    const el = w.actors[0]!;
    play(w, 600, (_, after) => {
      const i = Math.floor(el.y / TILE) * after.level.width + Math.floor(el.x / TILE);
      if (after.burn[i] === 1) {
        ticksInFire++;
        burntCells.add(i);
      }
    });
    expect(w.outcome).toBe('cleared');
    // Only the way off the cell it started on.
    expect(ticksInFire).toBeLessThan(12);
    expect([...burntCells].every((i) => i === 3 * 14 + 3)).toBe(true);
  });

  it('dives square to the car just before it arrives', () => {
    const rows = [wall(40), open(40), open(40), open(40), put(open(40), { 4: '@', 10: 'v' }), open(40), open(40), open(40), wall(40)];
    const w = world(rows);
    const el = w.actors[0]!;
    const car = actor(w, 'lieutenant');
    // Driving straight at El at top speed, three ticks from contact.
    car.ai!.mode = AiMode.Engage;
    car.ai!.driveSpeed = 3;
    car.aim = 2048;
    car.x = el.x + car.radius + el.radius + 6 + 9;
    const input = tacticianBot.create(1).act(w);
    expect(input.buttons & Button.Dive).toBe(Button.Dive);
    expect(Math.abs(input.moveY)).toBeGreaterThan(Math.abs(input.moveX));
  });

  it('keeps out of an armoured car\'s way where a bot that does not dive is run down', () => {
    const rows = [wall(40), open(40), open(40), open(40), put(open(40), { 4: '@', 26: 'v' }), open(40), open(40), open(40), wall(40)];
    const rams = (bot: BotDef): number => {
      let n = 0;
      for (let seed = 1; seed <= 6; seed++) {
        const w = world(rows, {}, seed);
        w.actors[0]!.hp = 1_000;
        actor(w, 'lieutenant').hp = 10_000;
        const policy = bot.create(seed);
        for (let i = 0; i < 900; i++) {
          step(w, policy.act(w));
          for (const e of w.events) if (e.type === 'ram' && e.target === w.playerId) n++;
        }
      }
      return n;
    };
    expect(rams(tacticianBot)).toBeLessThanOrEqual(1);
    expect(rams(aggressiveBot)).toBeGreaterThan(20);
  }, 30_000);
});

describe('the tactician: grenades', () => {
  it('knows where its grenade will go off: the sim flight replayed, bounces and all', () => {
    const rows = [wall(20), open(20), put(open(20), { 3: '@' }), open(20), put(open(20), { 8: '#' }), open(20), wall(20)];
    const w = world(rows, { loadout: { grenades: 1 } });
    const el = w.actors[0]!;
    const aim = angleOf(5, 2);
    const [gx, gy] = grenadeRest(w, el, aim);
    let blast: { x: number; y: number } | null = null;
    for (let i = 0; i < 100 && !blast; i++) {
      step(w, { moveX: 0, moveY: 0, aim, buttons: i === 0 ? Button.Throw : 0 });
      for (const e of w.events) if (e.type === 'explosion') blast = { x: e.x, y: e.y };
    }
    expect(blast).not.toBeNull();
    expect(blast!.x).toBeCloseTo(gx, 6);
    expect(blast!.y).toBeCloseTo(gy, 6);
  });

  it('throws one at two men together, and none with a friend near them', () => {
    const pair = world([wall(20), open(20), put(open(20), { 2: '@', 8: 'e', 9: 'e' }), open(20), wall(20)], { loadout: { grenades: 1 } });
    expect(tacticianBot.create(1).act(pair).buttons & Button.Throw).toBe(Button.Throw);
    const withFriend = world([wall(20), open(20), put(open(20), { 2: '@', 8: 'e', 9: 'e' }), put(open(20), { 9: 'c' }), wall(20)], { loadout: { grenades: 1 } });
    expect(tacticianBot.create(1).act(withFriend).buttons & Button.Throw).toBe(0);
  });
});

describe('the tactician: the film', () => {
  it('is the best bot of every level and clears each on most seeds', () => {
    const index = loadLevelIndex();
    for (const entry of index.levels) {
      expect(botForLevel(entry.id)).toBe('tactician');
      const level = loadLevel(entry.id);
      let cleared = 0;
      for (let s = entry.seed; s < entry.seed + 4; s++) if (runEpisode(level, s, tacticianBot, 12000).result.outcome === 'cleared') cleared++;
      expect(cleared, entry.id).toBeGreaterThanOrEqual(3);
    }
  }, 120_000);

  it('plays the same game from the same seed', () => {
    const street = loadLevel('street');
    const a = runEpisode(street, 4242, tacticianBot, 3000).result;
    expect(runEpisode(street, 4242, tacticianBot, 3000).result).toEqual(a);
  }, 30_000);
});
