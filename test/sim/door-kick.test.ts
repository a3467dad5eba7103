import { describe, expect, it } from 'vitest';
import { Button } from '../../src/sim/input';
import { Cell } from '../../src/sim/level-data';
import { KNOCKDOWN_TICKS } from '../../src/sim/knockdown';
import { createWorld, playerOf, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { collect, input, run } from './helpers';

const USE = input({ buttons: Button.Use });

function world(rows: string[], mindless = true): World {
  const w = createWorld(asciiLevel(rows), 1);
  if (mindless) for (const a of w.actors) a.ai = null;
  return w;
}

describe('door kicks', () => {
  it('Use on a closed door bursts it open away from El and knocks down the man in its swing', () => {
    const w = world([
      '##########',
      '#e.@De.e.#',
      '##########',
    ]);
    const [near, behind, farther] = [w.actors[1]!, w.actors[2]!, w.actors[3]!];
    const events: string[] = [];
    step1(w, events);
    expect(events).toEqual(['door', 'doorKick', 'knockdown', 'hit']);
    expect(w.doors[0]).toMatchObject({ open: true, swing: 1 });
    expect(w.cells[1 * w.level.width + 4]).toBe(Cell.Floor);
    expect(behind.stunLeft).toBe(KNOCKDOWN_TICKS);
    expect(behind.hp).toBe(behind.maxHp - 1);
    // Nobody else: not the man on El's side, not the one two cells past the door.
    for (const a of [near, farther]) expect([a.stunLeft, a.hp]).toEqual([0, a.maxHp]);
  });

  it('swings the other way when kicked from the east', () => {
    const w = world(['##########', '#..eD@...#', '##########']);
    const man = w.actors[1]!;
    run(w, 1, USE);
    expect(w.doors[0]!.swing).toBe(-1);
    expect(man.stunLeft).toBe(KNOCKDOWN_TICKS);
  });

  it('a kicked-down henchman does nothing until he gets up', () => {
    const w = world(['##########', '#..@De...#', '##########'], false);
    const man = w.actors[1]!;
    run(w, 1, USE);
    // His own update later in the kick's tick already counts one tick of it.
    expect(man.stunLeft).toBe(KNOCKDOWN_TICKS - 1);
    const x = man.x;
    expect(collect(w, KNOCKDOWN_TICKS - 2, 'shot')).toEqual([]);
    expect(man.x).toBe(x);
    expect(man.stunLeft).toBe(1);
    // Back on his feet he fights: El stands in plain sight two cells away.
    expect(collect(w, 120, 'shot').some((s) => s.actor === man.id)).toBe(true);
  });

  it('walking into a door still opens it gently: no kick, nobody knocked down', () => {
    const w = world(['##########', '#.@.D.e..#', '##########']);
    const kicks = collect(w, 40, 'doorKick', input({ moveX: 127 }));
    expect(w.doors[0]!.open).toBe(true);
    expect(kicks).toEqual([]);
    expect(w.actors[1]!.stunLeft).toBe(0);
    expect(playerOf(w).hp).toBe(playerOf(w).maxHp);
  });
});

/** One tick of Use, recording the types of the events it made. */
function step1(w: World, out: string[]): void {
  run(w, 1, USE);
  for (const e of w.events) out.push(e.type);
}

describe('knock-down bookkeeping', () => {
  it('a kick that hurts is not counted as a shot that hit', () => {
    const w = world(['##########', '#..@De...#', '##########']);
    run(w, 1, USE);
    expect(w.stats).toMatchObject({ shotsFired: 0, shotsHit: 0 });
    expect(w.actors[1]!.hp).toBe(w.actors[1]!.maxHp - 1);
  });
});
