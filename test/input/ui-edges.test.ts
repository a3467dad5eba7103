import { describe, expect, it } from 'vitest';
import { REPEAT_DELAY_MS, REPEAT_INTERVAL_MS, UiEdges } from '../../src/input/ui-edges';

describe('UiEdges', () => {
  it('lets each press be consumed once, from the next frame on', () => {
    const e = new UiEdges();
    e.press('pause', 0);
    expect(e.consume('pause')).toBe(false); // not before the frame opens
    e.beginFrame(16);
    expect(e.consume('pause')).toBe(true);
    expect(e.consume('pause')).toBe(false);
    e.release('pause');
    e.press('pause', 20);
    e.beginFrame(32);
    expect(e.consume('pause')).toBe(true);
  });

  it('drops presses nobody consumed in their frame', () => {
    const e = new UiEdges();
    e.press('confirm', 0);
    e.beginFrame(16);
    e.beginFrame(32);
    expect(e.consume('confirm')).toBe(false);
  });

  it('repeats held menu moves, but not other actions', () => {
    const e = new UiEdges();
    e.press('menuDown', 0);
    e.press('confirm', 0);
    e.beginFrame(1);
    expect(e.consume('menuDown')).toBe(true);
    e.beginFrame(REPEAT_DELAY_MS - 1);
    expect(e.consume('menuDown')).toBe(false);
    e.beginFrame(REPEAT_DELAY_MS);
    expect(e.consume('menuDown')).toBe(true);
    expect(e.consume('confirm')).toBe(false);
    e.beginFrame(REPEAT_DELAY_MS + REPEAT_INTERVAL_MS);
    expect(e.consume('menuDown')).toBe(true);
    e.release('menuDown');
    e.beginFrame(REPEAT_DELAY_MS + 5 * REPEAT_INTERVAL_MS);
    expect(e.consume('menuDown')).toBe(false);
  });
});
