import { describe, expect, it } from 'vitest';
import { BUTTON_MM, GAME_H, GAME_W, buttonAt, gamePxPerMm, stickSide, touchLayout, type ScreenMetrics } from '../../src/input/touch-layout';

/** The phone of the browser test: 915x412 CSS px in landscape at DPR 2.6; Scale.FIT letterboxes 16:9 to 732x412. */
const PHONE: ScreenMetrics = { canvasCssWidth: 412 * (16 / 9), canvasCssHeight: 412, devicePixelRatio: 2.6, coarse: true };
/** A 10" tablet, 1280x800 CSS px at DPR 2: the canvas 1280x720. */
const TABLET: ScreenMetrics = { canvasCssWidth: 1280, canvasCssHeight: 720, devicePixelRatio: 2, coarse: true };

const mmOf = (m: ScreenMetrics, gamePx: number) => gamePx / gamePxPerMm(m);
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('touch layout from the screen\'s physical size', () => {
  it('makes the buttons about 11 mm across on a phone and on a tablet', () => {
    for (const m of [PHONE, TABLET]) {
      const layout = touchLayout(m, false);
      for (const b of layout.buttons.filter((x) => x.id !== 'pause')) expect(mmOf(m, 2 * b.r)).toBeCloseTo(BUTTON_MM, 5);
      const pause = layout.buttons.find((b) => b.id === 'pause')!;
      expect(mmOf(m, 2 * pause.r)).toBeGreaterThanOrEqual(8);
    }
  });

  it('gives smaller game-pixel buttons on a big screen, the same millimetres', () => {
    const phone = touchLayout(PHONE, false).buttons[0]!.r;
    const tablet = touchLayout(TABLET, false).buttons[0]!.r;
    expect(phone).toBeGreaterThan(tablet * 1.5);
    // Phone: 1280 game px over 732 CSS px, 160 CSS px per inch.
    expect(gamePxPerMm(PHONE)).toBeCloseTo((160 / 25.4) * (1280 / (412 * (16 / 9))), 6);
  });

  it('measures a desktop touch screen by the 96 dpi CSS inch', () => {
    const desk: ScreenMetrics = { canvasCssWidth: 1280, canvasCssHeight: 720, devicePixelRatio: 1, coarse: false };
    expect(gamePxPerMm(desk)).toBeCloseTo(96 / 25.4, 6);
  });

  it('keeps every button on screen, below the HUD band, none overlapping, even on a tiny screen', () => {
    const tiny: ScreenMetrics = { canvasCssWidth: 320, canvasCssHeight: 180, devicePixelRatio: 3, coarse: true };
    for (const m of [PHONE, TABLET, tiny]) {
      for (const left of [false, true]) {
        const { buttons } = touchLayout(m, left);
        for (const b of buttons) {
          expect(b.x - b.r).toBeGreaterThanOrEqual(0);
          expect(b.x + b.r).toBeLessThanOrEqual(GAME_W);
          expect(b.y - b.r).toBeGreaterThanOrEqual(128);
          expect(b.y + b.r).toBeLessThanOrEqual(GAME_H);
        }
        for (const a of buttons) for (const b of buttons) if (a !== b) expect(dist(a, b)).toBeGreaterThan(a.r + b.r);
      }
    }
  });

  it('keeps the action buttons within a thumb\'s reach of its corner (60 mm) on a phone and a tablet alike', () => {
    for (const m of [PHONE, TABLET]) {
      for (const left of [false, true]) {
        const corner = { x: left ? 0 : GAME_W, y: GAME_H };
        for (const b of touchLayout(m, left).buttons.filter((x) => x.id !== 'pause')) expect(mmOf(m, dist(b, corner))).toBeLessThan(60);
      }
    }
  });

  it('hit-tests each button by its circle, and nothing just outside it', () => {
    const layout = touchLayout(PHONE, false);
    for (const b of layout.buttons) {
      expect(buttonAt(layout, { x: b.x, y: b.y })?.id).toBe(b.id);
      expect(buttonAt(layout, { x: b.x + b.r * 0.95, y: b.y })?.id).toBe(b.id);
      expect(buttonAt(layout, { x: b.x, y: b.y + b.r * 1.05 })?.id).not.toBe(b.id);
    }
    expect(buttonAt(layout, { x: 200, y: 500 })).toBeNull();
  });

  it('puts the action buttons on the aiming thumb\'s side, and mirrors everything when left-handed', () => {
    const right = touchLayout(PHONE, false);
    const left = touchLayout(PHONE, true);
    for (const b of right.buttons.filter((x) => x.id !== 'pause')) expect(b.x).toBeGreaterThan(GAME_W / 2);
    right.buttons.forEach((b, i) => {
      const m = left.buttons[i]!;
      expect(m.id).toBe(b.id);
      expect(m.x).toBeCloseTo(GAME_W - b.x, 9);
      expect(m.y).toBe(b.y);
    });
    expect(stickSide(right, { x: 200, y: 500 })).toBe('move');
    expect(stickSide(right, { x: 900, y: 500 })).toBe('aim');
    expect(stickSide(left, { x: 200, y: 500 })).toBe('aim');
    expect(stickSide(left, { x: 900, y: 500 })).toBe('move');
  });
});
