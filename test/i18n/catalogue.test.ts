// The catalogues: Spanish has every English key with the same parameters; every string draws
// with glyphs the pixel font has; ?lang= and the browser's languages pick the language.
import { afterEach, describe, expect, it } from 'vitest';
import { FONT_CHARS } from '../../src/art/font';
import { EN, ES, fill, lang, levelText, pickLang, setLang, t, urlLang, type MessageKey } from '../../src/i18n';
import { LEVEL_TEXT_ES } from '../../src/i18n/level-text-es';

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const drawable = new Set(Array.from(FONT_CHARS));
const undrawable = (text: string) => Array.from(text).filter((c) => c !== '\n' && !drawable.has(c));

afterEach(() => setLang('en'));

describe('the catalogues', () => {
  const keys = Object.keys(EN) as MessageKey[];

  it('Spanish has every key, no extra ones, and the same parameters', () => {
    expect(Object.keys(ES).sort()).toEqual([...keys].sort());
    for (const k of keys) expect([k, params(ES[k])]).toEqual([k, params(EN[k])]);
  });

  it('every string, in both languages, draws with glyphs the pixel font has', () => {
    for (const k of keys) {
      expect([k, undrawable(EN[k])]).toEqual([k, []]);
      expect([k, undrawable(ES[k])]).toEqual([k, []]);
    }
    for (const [en, es] of Object.entries(LEVEL_TEXT_ES)) expect([en, undrawable(es)]).toEqual([en, []]);
  });

  it('t() and levelText() follow the language; parameters fill in', () => {
    expect(t('hud.enemiesLeft', { n: 3 })).toBe('3 left');
    setLang('es');
    expect(lang()).toBe('es');
    expect(t('hud.enemiesLeft', { n: 3 })).toBe('quedan 3');
    expect(levelText('no such line')).toBe('no such line');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('picking the language', () => {
  it('?lang= first, then the setting, then the browser (any Spanish), else English', () => {
    expect(pickLang('es', 'en', ['en-US'])).toBe('es');
    expect(pickLang(null, 'es', ['en-US'])).toBe('es');
    expect(pickLang(null, 'auto', ['es-MX', 'en'])).toBe('es');
    expect(pickLang(null, 'auto', ['fr-FR', 'es-419'])).toBe('es');
    expect(pickLang(null, 'auto', ['fr-FR', 'de'])).toBe('en');
    expect(pickLang(null, 'auto', [])).toBe('en');
  });

  it('a bad ?lang= is one line naming what is allowed', () => {
    expect(urlLang('?lang=es')).toEqual({ lang: 'es' });
    expect(urlLang('?level=bar')).toEqual({ lang: null });
    expect(urlLang('?lang=fr')).toEqual({ lang: null, error: 'URL: lang must be one of en, es, got "fr"' });
  });
});
