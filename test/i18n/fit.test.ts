// Every menu string (src/i18n/boxes-menus.ts) fits the room it has on screen, in English and in
// Spanish, measured with the pixel fonts' own advances at the scale it is drawn (1280x720). The
// play screens' rows (src/i18n/boxes-play-rows.ts) are measured the same way by play-fit.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang, t, LANGS } from '../../src/i18n';
import type { TextBox } from '../../src/i18n/boxes';
import { MENU_BOXES } from '../../src/i18n/boxes-menus';
import { measure } from './measure';

afterEach(() => setLang('en'));

const overflow = (box: TextBox): string | null => {
  const text = t(box.key, box.params);
  const w = measure(text, box.face, box.scale);
  return w > box.maxWidth ? `${box.key}: "${text}" is ${w} px, has ${box.maxWidth}` : null;
};

describe('every string fits its box', () => {
  for (const lang of LANGS) {
    it(`in ${lang}`, () => {
      setLang(lang);
      const over = MENU_BOXES.map(overflow).filter((o) => o !== null);
      expect(over).toEqual([]);
    });
  }

  it('the measure is the fonts\' own: wider text measures wider, scale multiplies', () => {
    expect(measure('Ajustes', 'small', 3)).toBe(measure('Ajustes', 'small', 1) * 3);
    expect(measure('MM', 'title', 1)).toBeGreaterThan(measure('II', 'title', 1));
    expect(measure('ab\nabc', 'small', 1)).toBe(measure('abc', 'small', 1));
    expect(() => measure('Ü', 'title', 1)).not.toThrow();
  });
});

describe('the menus table', () => {
  // Not boxed: the menu actions' labels (never shown: menu keys cannot be rebound), the results
  // values and notes that results-layout.ts wraps and scales to its panel itself, and the notices.
  it('gives every other menu string a box', async () => {
    const { MENUS_EN } = await import('../../src/i18n/en/menus');
    const boxed = new Set(MENU_BOXES.map((b) => b.key));
    const exempt = new Set(['action.confirm', 'action.back', 'action.menuUp', 'action.menuDown', 'action.menuLeft', 'action.menuRight',
      'results.levelsValue', 'results.attemptsRestarts', 'results.practiceFrom', 'results.raced', 'results.fullGameValue', 'results.fullGameTitle',
      // Shown in the page's notices (HTML, wrapping), or carrying the server's own words: a line
      // longer than the room under the results panel is said whole in the page as well.
      'lb.waiting', 'lb.dropped', 'lb.refusedForGood', 'lb.serverFailedSaid', 'lb.notUnderstood', 'lb.noticePrefix',
      'pwa.updated', 'pwa.readyNextStart', 'pwa.offlineReady', 'pwa.unavailable', 'boot.soundOff', 'replayIo.cannotRace', 'replayIo.loading',
      'replayIo.openFile']);
    expect(Object.keys(MENUS_EN).filter((k) => !boxed.has(k as never) && !exempt.has(k))).toEqual([]);
  });
});
