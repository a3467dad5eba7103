// turnTowardVec skips angleOf when the facing is already aligned or when the direction is clearly
// more than the turn rate to one side: it must leave exactly the facing turnToward(a, angleOf(...))
// leaves, for every facing, many directions (near the rate's edge and near straight behind too) and
// every rate the AI uses.
import { describe, expect, it } from 'vitest';
import { angleOf, ANGLE_UNITS, cosA, sinA } from '../../../src/sim/math';
import { turnToward, turnTowardVec } from '../../../src/sim/ai/navigate';
import type { Actor } from '../../../src/sim/world';

/** Just the field the turn reads and writes. */
function facing(aim: number): Actor {
  return { aim } as Actor;
}

/** Directions around the facing: on every whole unit off it, half units, and a hair either side. */
function directions(aim: number, rate: number, length: number): [number, number][] {
  const out: [number, number][] = [];
  const offsets: number[] = [];
  for (const base of [0, rate - 1, rate, rate + 1, rate + 2, rate + 3, ANGLE_UNITS / 2 - rate - 3, ANGLE_UNITS / 2 - 1, ANGLE_UNITS / 2]) {
    for (const side of [1, -1]) {
      for (const frac of [0, 0.5, 1e-9, -1e-9, 0.4999999, 0.5000001]) offsets.push(side * (base + frac));
    }
  }
  for (let k = 0; k < ANGLE_UNITS; k += 61) offsets.push(k + 0.3);
  for (const off of offsets) {
    const t = ((aim + off) * 2 * Math.PI) / ANGLE_UNITS;
    // Test input only: the sim itself never calls Math.cos/sin.
    out.push([Math.cos(t) * length, Math.sin(t) * length]);
  }
  // Table directions exactly, and the axes.
  out.push([cosA(aim + rate) * length, sinA(aim + rate) * length], [cosA(aim - rate - 2) * length, sinA(aim - rate - 2) * length]);
  out.push([length, 0], [0, length], [-length, 0], [0, -length], [0, 0]);
  return out;
}

describe('turnTowardVec', () => {
  it('leaves the same facing as turnToward(angleOf(dx, dy)) for every facing and rate', () => {
    let checked = 0;
    let fast = 0;
    const wrong: string[] = [];
    for (const rate of [10, 24, 30, 40, 48, 64, 72, 80, 96, 512, 1020, 1024]) {
      for (let aim = 0; aim < ANGLE_UNITS; aim += 37) {
        for (const length of [0.37, 13, 900]) {
          for (const [dx, dy] of directions(aim, rate, length)) {
            const viaAngle = facing(aim);
            if (dx !== 0 || dy !== 0) {
              const c = cosA(aim);
              const s = sinA(aim);
              const dot = c * dx + s * dy;
              const cross = c * dy - s * dx;
              // Aligned within the tolerance: neither turns.
              if (!(dot > 0 && Math.abs(cross) <= dot * 0.02)) turnToward(viaAngle, angleOf(dx, dy), rate);
            }
            const viaVec = facing(aim);
            turnTowardVec(viaVec, dx, dy, rate);
            if (viaVec.aim !== viaAngle.aim) wrong.push(`aim ${aim} rate ${rate} (${dx}, ${dy}): ${viaVec.aim} not ${viaAngle.aim}`);
            if (Math.abs(viaVec.aim - aim) === rate || Math.abs(viaVec.aim - aim) === ANGLE_UNITS - rate) fast++;
            checked++;
          }
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
    expect(fast).toBeGreaterThan(checked / 4);
  });
});
