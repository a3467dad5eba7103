import { describe, expect, it } from 'vitest';
import { ANGLE_UNITS, angleDiff, angleOf, cosA, sinA } from '../../src/sim/math';

const TURN = 2 * Math.PI;

describe('deterministic trig', () => {
  it('matches the platform sin/cos to 1e-12 at every table angle', () => {
    let worst = 0;
    for (let a = 0; a < ANGLE_UNITS; a++) {
      const r = (a * TURN) / ANGLE_UNITS;
      worst = Math.max(worst, Math.abs(sinA(a) - Math.sin(r)), Math.abs(cosA(a) - Math.cos(r)));
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it('has exact cardinal values and wraps any integer', () => {
    expect([sinA(0), cosA(0), sinA(1024), cosA(2048), sinA(3072)]).toEqual([0, 1, 1, -1, -1]);
    expect(sinA(1024 + ANGLE_UNITS * 3)).toBe(1);
    expect(sinA(-1024)).toBe(-1);
  });

  it('angleOf inverts the table to the nearest unit and agrees with atan2', () => {
    for (let a = 0; a < ANGLE_UNITS; a += 7) {
      expect(angleOf(cosA(a) * 100, sinA(a) * 100)).toBe(a);
      const ref = Math.round(((Math.atan2(sinA(a), cosA(a)) + TURN) % TURN) * ANGLE_UNITS / TURN) % ANGLE_UNITS;
      expect(Math.abs(angleDiff(angleOf(cosA(a), sinA(a)), ref))).toBeLessThanOrEqual(0);
    }
    expect(angleOf(0, 0)).toBe(0);
    expect(angleOf(0, 5)).toBe(1024);
    expect(angleOf(-3, 0)).toBe(2048);
  });

  it('angleDiff is the signed shortest turn', () => {
    expect(angleDiff(10, 20)).toBe(10);
    expect(angleDiff(4090, 6)).toBe(12);
    expect(angleDiff(6, 4090)).toBe(-12);
    expect(angleDiff(0, 2048)).toBe(-2048);
  });
});
