// The player's language: Spanish or English, every string the player reads in one catalogue per
// language (en/, es/; a small typed catalogue rather than a library: two languages, no plurals
// beyond what a parameter holds). `t(key, params)` gives the text in the current language;
// `levelText(english)` the same for text that comes from level files.
import { MENUS_EN } from './en/menus';
import { PLAY_EN } from './en/play';
import { MENUS_ES } from './es/menus';
import { PLAY_ES } from './es/play';
import { LEVEL_TEXT_ES } from './level-text-es';

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];
/** Each language in itself, as a menu shows it. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', es: 'Español' };

export const EN = { ...MENUS_EN, ...PLAY_EN };
export type MessageKey = keyof typeof EN;
export const ES: Record<MessageKey, string> = { ...MENUS_ES, ...PLAY_ES };
const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en: EN, es: ES };

let current: Lang = 'en';
const listeners = new Set<(lang: Lang) => void>();

export function lang(): Lang {
  return current;
}

/** Switches language; listeners (open screens) redraw their text. */
export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  for (const f of listeners) f(next);
}

/** Calls `f` on every language change until the returned function is called. */
export function onLangChange(f: (lang: Lang) => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'es';
}

/**
 * The language to play in: `?lang=` first, then the saved setting ('auto' defers), then the
 * browser's languages in order (any Spanish, es-MX, es-419..., is Spanish), else English.
 */
export function pickLang(urlLang: string | null, setting: Lang | 'auto', browser: readonly string[]): Lang {
  if (isLang(urlLang)) return urlLang;
  if (setting !== 'auto') return setting;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/** `?lang=es` / `?lang=en` from the page's query: the language, or one line saying what is wrong. */
export function urlLang(search: string): { readonly lang: Lang | null; readonly error?: string } {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === null) return { lang: null };
  if (isLang(asked)) return { lang: asked };
  return { lang: null, error: `URL: lang must be one of ${LANGS.join(', ')}, got "${asked.slice(0, 20)}"` };
}

/** The message in the current language, `{name}` replaced by params (missing ones left as written). */
export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const text = CATALOGUES[current][key];
  return params ? fill(text, params) : text;
}

export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** Text from a level file (title, objective, caption) in the current language. */
export function levelText(english: string): string {
  return current === 'es' ? (LEVEL_TEXT_ES[english] ?? english) : english;
}
