// Civilians never fight: gunfire sends them running away from it, then they cower, then they get up.
import { describe, expect, it } from 'vitest';
import { AiMode } from '../../../src/sim/ai/ai-state';
import { makeRun, open, player, put, runUntil, tick, wall } from './helpers';

const W = 30;

function bar(): string[] {
  const rows = [wall(W), open(W), open(W), open(W), open(W), open(W), open(W), open(W), wall(W)];
  rows[4] = put(rows[4]!, { 8: '@', 12: 'c' });
  return rows;
}

describe('civilians', () => {
  it('flee away from gunfire, then cower, and never shoot', () => {
    for (const seed of [1, 2, 3]) {
      const run = makeRun(bar(), {}, seed);
      const c = run.world.actors.find((a) => a.team === 'civilian')!;
      const p = player(run);
      // Quiet: the civilian stays put.
      runUntil(run, 120, () => false);
      expect(c.ai!.mode).toBe(AiMode.Post);
      expect(Math.hypot(c.x - (12 * 16 + 8), c.y - (4 * 16 + 8))).toBeLessThan(1);
      // El fires once into the south wall.
      let shotX = 0;
      let shotY = 0;
      runUntil(run, 40, (w) => {
        const s = w.events.find((e) => e.type === 'shot');
        if (s && s.type === 'shot') {
          shotX = s.x;
          shotY = s.y;
        }
        return s !== undefined;
      }, () => ({ moveX: 0, moveY: 0, aim: 1024, buttons: 1 }));
      expect(shotX).toBeGreaterThan(0);
      const d0 = Math.hypot(c.x - shotX, c.y - shotY);
      tick(run);
      expect(c.ai!.mode).toBe(AiMode.Flee);
      expect(run.log.some(({ e }) => e.type === 'alert' && e.actor === c.id && e.cause === 'sound')).toBe(true);
      // Running: faster than walking, away from the shot.
      runUntil(run, 60, () => false);
      const d1 = Math.hypot(c.x - shotX, c.y - shotY);
      expect(d1).toBeGreaterThan(d0 + 50);
      expect(runUntil(run, 300, () => c.ai!.mode === AiMode.Cower)).toBeGreaterThan(0);
      const crouchX = c.x;
      runUntil(run, 100, () => false);
      expect(c.ai!.mode).toBe(AiMode.Cower);
      expect(c.x).toBe(crouchX);
      expect(run.log.some(({ e }) => e.type === 'shot' && e.actor === c.id)).toBe(false);
      // In time the quiet brings them back to where they stood.
      expect(runUntil(run, 1200, () => c.ai!.mode === AiMode.Post && c.ai!.aware === false)).toBeGreaterThan(0);
      expect(p.alive).toBe(true);
    }
  });

  it('a cowering civilian El bumps into scrambles out of the way', () => {
    const run = makeRun(bar(), {}, 4);
    const c = run.world.actors.find((a) => a.team === 'civilian')!;
    const p = player(run);
    runUntil(run, 40, () => false, () => ({ moveX: 0, moveY: 0, aim: 1024, buttons: 1 }));
    expect(runUntil(run, 400, () => c.ai!.mode === AiMode.Cower)).toBeGreaterThan(0);
    // El walks up to him.
    const met = runUntil(run, 600, () => c.ai!.mode === AiMode.Flee, (w) => {
      const dx = c.x - w.actors[0]!.x;
      const dy = c.y - w.actors[0]!.y;
      const d = Math.hypot(dx, dy) || 1;
      return { moveX: Math.round((dx / d) * 127), moveY: Math.round((dy / d) * 127), aim: 0, buttons: 0 };
    });
    expect(met).toBeGreaterThan(0);
    expect(Math.hypot(c.x - p.x, c.y - p.y)).toBeLessThan(20);
    runUntil(run, 40, () => false);
    expect(Math.hypot(c.x - p.x, c.y - p.y)).toBeGreaterThan(30);
  });
});
