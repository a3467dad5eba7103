import { describe, expect, it } from 'vitest';
import { TickLatch } from '../../src/input/tick-latch';

const downs = (l: TickLatch): boolean => l.sample().down.has('fire');

describe('TickLatch', () => {
  it('shows a press released before the tick for exactly one tick', () => {
    const l = new TickLatch();
    l.press('fire');
    l.release('fire');
    expect(downs(l)).toBe(true);
    expect(downs(l)).toBe(false);
  });

  it('reports a held button on every tick until released', () => {
    const l = new TickLatch();
    l.press('fire');
    expect([downs(l), downs(l), downs(l)]).toEqual([true, true, true]);
    l.release('fire');
    expect(downs(l)).toBe(false);
  });

  it('splits release + re-press between two ticks into up, then down (two edges for the sim)', () => {
    const l = new TickLatch();
    l.press('fire');
    expect(downs(l)).toBe(true);
    l.release('fire');
    l.press('fire');
    expect(downs(l)).toBe(false);
    expect(downs(l)).toBe(true);
    expect(downs(l)).toBe(true); // still held
  });

  it('gives two quick clicks in consecutive tick gaps two separate presses', () => {
    const l = new TickLatch();
    l.press('fire');
    l.release('fire');
    expect(downs(l)).toBe(true);
    l.press('fire');
    l.release('fire');
    expect(downs(l)).toBe(false);
    expect(downs(l)).toBe(true);
    expect(downs(l)).toBe(false);
  });

  it('lists a press in `pressed` once, however long it is held', () => {
    const l = new TickLatch();
    l.press('slot2');
    expect(l.sample().pressed).toEqual(['slot2']);
    expect(l.sample().pressed).toEqual([]);
    expect(l.sample().down.has('slot2')).toBe(true);
  });

  it('reset() drops pending presses and ignores what is held until released', () => {
    const l = new TickLatch();
    l.press('dive');
    l.release('dive');
    l.press('fire');
    l.reset();
    const s = l.sample();
    expect(s.down.size).toBe(0);
    expect(s.pressed).toEqual([]);
    l.release('fire');
    l.press('fire');
    expect(downs(l)).toBe(true);
  });
});
