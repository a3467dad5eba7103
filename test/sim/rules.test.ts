import { describe, expect, it } from 'vitest';
import type { TriggerZone } from '../../src/sim/level-data';
import { createWorld, playerOf } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { collect, FIRE, input, run } from './helpers';

const HALL = ['####################', '#@.................#', '#..................#', '####################'];

function zone(name: string, tx: number, delay: number, actions: TriggerZone['actions']): TriggerZone {
  return { name, area: { x: tx * 16, y: 16, w: 16, h: 32 }, delay, actions };
}

describe('triggers', () => {
  it('run their actions once, after their delay, when El enters', () => {
    const level = asciiLevel(HALL, {
      triggers: [zone('talk', 4, 30, [{ type: 'caption', speaker: 'Buscemi', text: 'He was looking for Bucho.' }])],
    });
    const w = createWorld(level, 1);
    const seen: number[] = [];
    for (let i = 0; i < 200; i++) {
      run(w, 1, input({ moveX: i < 100 ? 127 : -127 }));
      if (w.events.some((e) => e.type === 'caption')) seen.push(w.tick);
    }
    expect(seen).toHaveLength(1);
    const entered = Math.ceil((4 * 16 - 24) / 1.7);
    expect(seen[0]).toBeGreaterThan(entered + 25);
  });

  it('spawn a dormant group and sound the alarm', () => {
    const level = asciiLevel(['##########', '#@.....e.#', '##########'], {
      actor: (s) => ({ ...s, dormant: true, group: 'tavo', name: 'tavo' }),
      triggers: [zone('door', 1, 0, [{ type: 'spawn', group: 'tavo' }, { type: 'alarm' }])],
    });
    const w = createWorld(level, 1);
    expect(w.actors).toHaveLength(1);
    const spawned = collect(w, 1, 'spawn');
    expect(spawned).toHaveLength(1);
    expect(w.actors).toHaveLength(2);
    expect(w.actors[1]!.name).toBe('tavo');
    expect(w.alarm).toBe(true);
  });
});

describe('objectives and outcome', () => {
  it('are completed in order, and the level is cleared on the tick the last one is', () => {
    const level = asciiLevel(['############', '#@......e..#', '############'], {
      objectives: [
        { type: 'survive', ticks: 20, text: 'Wait' },
        { type: 'eliminate', group: '', text: 'Clear the bar' },
      ],
    });
    const w = createWorld(level, 1);
    for (const a of w.actors) if (a.ai) a.ai = null;
    const objectives = collect(w, 19, 'objective');
    expect(objectives).toEqual([]);
    expect(collect(w, 1, 'objective').map((o) => o.text)).toEqual(['Clear the bar']);
    let clearedAt = -1;
    for (let i = 0; i < 120 && clearedAt < 0; i++) {
      run(w, 1, input({ buttons: FIRE }));
      if (w.outcome === 'cleared') clearedAt = w.tick;
    }
    const death = w.actors[1]!.diedTick;
    expect(clearedAt).toBe(death);
  });

  it('defeat waits for the named target to appear and die', () => {
    const level = asciiLevel(['##########', '#@.....e.#', '##########'], {
      actor: (s) => ({ ...s, dormant: true, group: 'tavo', name: 'tavo' }),
      objectives: [{ type: 'defeat', target: 'tavo', text: 'Deal with Tavo' }],
    });
    const w = createWorld(level, 1);
    run(w, 100, input({ buttons: FIRE }));
    expect(w.outcome).toBeNull();
  });

  it('ends in "dead" when El dies and in "timeout" at the time limit; a finished world stays still', () => {
    const dead = createWorld(asciiLevel(HALL), 1);
    playerOf(dead).hp = 0;
    playerOf(dead).alive = false;
    run(dead, 1);
    expect(dead.outcome).toBe('dead');
    const out = createWorld(asciiLevel(HALL, { timeLimit: 90 }), 1);
    run(out, 89);
    expect(out.outcome).toBeNull();
    run(out, 1);
    expect(out.outcome).toBe('timeout');
    run(out, 50, input({ moveX: 127 }));
    expect(out.tick).toBe(90);
    expect(playerOf(out).x).toBe(playerOf(out).px);
  });

  it('reach completes inside the exit zone', () => {
    const base = asciiLevel(HALL, { objectives: [{ type: 'reach', exit: 'street', text: 'Step outside' }] });
    const level = { ...base, exits: [{ name: 'street', area: { x: 16 * 15, y: 16, w: 32, h: 32 } }] };
    const w = createWorld(level, 1);
    run(w, 200, input({ moveX: 127 }));
    expect(w.outcome).toBe('cleared');
    expect(playerOf(w).x).toBeGreaterThanOrEqual(16 * 15);
  });
});
