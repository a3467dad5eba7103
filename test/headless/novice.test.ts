// The novice bot: deterministic, and held to its human limits (the aim's turn rate, a reaction
// time before the first shot at a man, nothing known off screen or behind a wall); and it can
// clear the bar.
import { describe, expect, it } from 'vitest';
import {
  angleDiff, Button, createWorld, loadedIn, newTraceHit, playerOf, step, TraceMode, traceSegment, type TickInput,
  type World,
} from '../../src/sim';
import { REACTION_TICKS, TURN_PER_TICK } from '../../src/headless/bots/novice/human-limits';
import { noviceBot, type NoviceBot } from '../../src/headless/bots/novice/novice';
import { inView } from '../../src/headless/bots/novice/view';
import { loadLevel } from '../../src/headless/level-files';
import { summarise } from '../../src/headless/cli/summary';
import { runEpisode, type EpisodeResult } from '../../src/headless/run-episode';
import { asciiLevel } from '../sim/ascii-level';
import { open, put, wall } from '../sim/ai/helpers';

const bar = loadLevel('bar');
const eliminate = { objectives: [{ type: 'eliminate' as const, group: '', text: 'Them' }] };

/** Plays the novice for up to `ticks`; `watch` sees each input with the world it was chosen in (before the step). */
function play(world: World, ticks: number, seed: number, watch: (input: TickInput, w: World, bot: NoviceBot) => void): void {
  const bot = noviceBot.create(seed) as NoviceBot;
  for (let i = 0; i < ticks && world.outcome === null; i++) {
    const input = bot.act(world);
    watch(input, world, bot);
    step(world, input);
  }
}

/** Row `r`'s items for put(): a column on every row, and things on one row each ([row, column, char]). */
function items(r: number, every: [number, string], ...once: [number, number, string][]): Record<number, string> {
  const out: Record<number, string> = { [every[0]]: every[1] };
  for (const [row, column, ch] of once) if (row === r) out[column] = ch;
  return out;
}

/** A real shot can leave: Fire with a drawn, loaded gun (not the click that draws or reloads). */
function shoots(input: TickInput, w: World): boolean {
  const me = playerOf(w);
  const p = w.player;
  return (input.buttons & Button.Fire) !== 0 && me.weapon !== null && p.reloadLeft === 0 && (p.slot !== 0 || loadedIn(p, 'sleevePistols') > 0);
}

describe('the novice', () => {
  it('is deterministic: the same seed gives the same inputs', () => {
    const inputs = (): TickInput[] => {
      const out: TickInput[] = [];
      play(createWorld(bar, 7), 900, 7, (input) => out.push(input));
      return out;
    };
    expect(inputs()).toEqual(inputs());
    expect(runEpisode(bar, 8, noviceBot, 900).result).toEqual(runEpisode(bar, 8, noviceBot, 900).result);
  }, 60_000);

  it('never turns its aim faster than the limit, and shoots only at men on screen, in sight, reacted to', () => {
    const hit = newTraceHit();
    let shots = 0;
    for (const seed of [1995, 1996]) {
      const world = createWorld(bar, seed);
      let last = playerOf(world).aim;
      play(world, 1500, seed, (input, w, bot) => {
        expect(Math.abs(angleDiff(last, input.aim))).toBeLessThanOrEqual(TURN_PER_TICK);
        last = input.aim;
        if (!shoots(input, w)) return;
        shots++;
        const me = playerOf(w);
        // Some living enemy on this screen, in El's line of sight, seen since REACTION_TICKS before the shot.
        const fair = w.actors.some((a) => {
          if (!a.alive || a.team !== 'enemy') return false;
          const s = bot.perception.sighting(a.id);
          if (!s || !inView(bot.lastView!, a.x, a.y)) return false;
          if (traceSegment(w, me.x, me.y, a.x, a.y, TraceMode.Eyes, me.x, me.y, hit).t < 1) return false;
          return w.tick + 1 - s.firstSeen >= REACTION_TICKS;
        });
        expect(fair).toBe(true);
      });
    }
    expect(shots).toBeGreaterThan(20);
  }, 60_000);

  // El penned in on the west by a gap in the floor (eyes and rounds cross it, feet do not), a calm
  // gunman east of it at `column`.
  const pen = (column: number) =>
    asciiLevel([wall(44), ...[1, 2, 3, 4, 5, 6].map((r) => put(open(44), items(r, [7, '~'], [1, 6, '@'], [4, column, 'g']))), wall(44)], {
      ...eliminate, actor: (s) => ({ ...s, calm: true }),
    });

  it('does not react to a man in its line of sight but off the screen', () => {
    // At column 27 (x = 440) he is beyond the view's right edge (427 px: the level's left edge holds
    // it) and within the tactician's range: the tactician, who knows everything, shoots him at once.
    const world = createWorld(pen(27), 1);
    play(world, 600, 1, (input) => expect(input.buttons & Button.Fire).toBe(0));
    expect(playerOf(world).weapon).toBeNull();
  }, 30_000);

  it('on screen, draws on him no sooner than a reaction time after he came into view', () => {
    const world = createWorld(pen(20), 1);
    const fires: number[] = [];
    play(world, 600, 1, (input, w) => {
      if (input.buttons & Button.Fire) fires.push(w.tick + 1);
    });
    expect(fires.length).toBeGreaterThan(0);
    // He was on screen from the first tick.
    expect(fires[0]).toBeGreaterThanOrEqual(REACTION_TICKS);
  }, 30_000);

  it('does not react to a man behind a wall, though he is on the screen', () => {
    const rows = [wall(40), ...[1, 2, 3, 4, 5, 6].map((r) => put(open(40), items(r, [12, '#'], [2, 4, '@'], [3, 18, 'g']))), wall(40)];
    const world = createWorld(asciiLevel(rows, eliminate), 1);
    let seenByHim = false;
    play(world, 600, 1, (input, w, bot) => {
      expect(input.buttons & Button.Fire).toBe(0);
      const g = w.actors.find((a) => a.arch === 'gunman')!;
      seenByHim ||= inView(bot.lastView!, g.x, g.y);
      expect(bot.perception.sighting(g.id)).toBeNull();
    });
    expect(seenByHim).toBe(true);
    expect(playerOf(world).weapon).toBeNull();
  }, 30_000);

  it('clears the bar on some seed', () => {
    const outcomes = [1995, 1996, 1997, 1998, 1999].map((seed) => runEpisode(bar, seed, noviceBot, 6000).result.outcome);
    expect(outcomes).toContain('cleared');
  }, 60_000);
});

describe('attempts to a first clear (the sim summary)', () => {
  const run = (outcome: EpisodeResult['outcome'], seed: number): EpisodeResult => ({
    level: 'bar', seed, bot: 'novice', outcome, ticks: 100, igt: '', kills: 0, shots: 0, hits: 0, damageTaken: 0, killer: null, hash: '',
  });

  it('is the mean over every seed-ordered start of the attempts until a clear, wrapping round', () => {
    // From seed 0: 2 attempts; from 1: 1; from 2: 2, 3, 0, 1 = 4; from 3: 3.
    const results = [run('dead', 0), run('cleared', 1), run('dead', 2), run('timeout', 3)];
    expect(summarise(results).attemptsToFirstClear).toBe(2.5);
    expect(summarise([run('cleared', 0), run('cleared', 1)]).attemptsToFirstClear).toBe(1);
    expect(summarise([run('dead', 0)]).attemptsToFirstClear).toBeNull();
  });
});
