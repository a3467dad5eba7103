// "Fits its box" for the play screens: every row of src/i18n/boxes-play-rows.ts measured in both
// languages with the font's own advances (render/font-data.ts), at the scale it is drawn, against
// the room it has at 1280x720; the level files' lines (objectives, captions, titles) likewise.
import { afterEach, describe, expect, it } from 'vitest';
import { TITLE_CHARS } from '../../src/art/font';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { LANGS, levelText, setLang, t } from '../../src/i18n';
import { LEVEL_FIT_ROWS, PLAY_FIT_ROWS, type LevelFitRow } from '../../src/i18n/boxes-play-rows';
import { ARCHETYPES } from '../../src/sim';
import { defaultBindings } from '../../src/input/bindings';
import { describeCode } from '../../src/input/code-labels';
import { failureText } from '../../src/ui/failure-text';
import { controlHint } from '../../src/ui/hud-text';
import { measure } from './measure';

/** Lines after wrapping at `max` font pixels on spaces, as BitmapText.setMaxWidth does. */
function wrappedLines(text: string, max: number): number {
  let lines = 1;
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, 'small', 1) > max) {
      lines++;
      line = word;
    } else line = next;
  }
  return lines;
}

/** The level files' lines of one kind, in the current language. */
function levelLines(kind: LevelFitRow['kind']): string[] {
  const out: string[] = [];
  for (const entry of loadLevelIndex().levels) {
    const level = loadLevel(entry.id);
    if (kind === 'title') out.push(levelText(entry.title));
    if (kind === 'objective') out.push(...level.objectives.map((o) => levelText(o.text)));
    if (kind === 'caption') {
      for (const trig of level.triggers) for (const a of trig.actions) if (a.type === 'caption') out.push(`${levelText(a.speaker)}: ${levelText(a.text)}`);
    }
    if (kind === 'failure') {
      for (const a of level.actors) if (a.spare !== undefined) out.push(failureText(a.spare));
      for (const name of level.protect) {
        const who = Object.values(ARCHETYPES).find((d) => d.id === name || d.name.toLowerCase() === name.toLowerCase())?.name ?? name;
        out.push(failureText(`${who} was shot`), failureText(`${who} was killed`));
      }
    }
  }
  if (kind === 'failure') out.push(failureText('El Mariachi fell'), failureText('El Mariachi fell to the street below'));
  return out;
}

afterEach(() => setLang('en'));

describe.each(LANGS)('play text fits its box (%s)', (lang) => {
  it.each(PLAY_FIT_ROWS.map((r) => [r.what, r] as const))('%s', (_what, row) => {
    setLang(lang);
    const texts = row.keys.map((k) => t(k, row.params));
    if (row.face === 'title') for (const text of texts) expect([text, Array.from(text).filter((c) => !TITLE_CHARS.includes(c))]).toEqual([text, []]);
    const widths = texts.map((text) => measure(text, row.face, row.scale));
    if (row.joinedGap !== undefined) {
      const total = widths.reduce((a, b) => a + b, 0) + row.joinedGap * (widths.length - 1);
      expect([texts.join(' | '), total <= row.maxWidth]).toEqual([texts.join(' | '), true]);
    } else {
      texts.forEach((text, i) => expect([text, widths[i], widths[i]! <= row.maxWidth]).toEqual([text, widths[i], true]));
    }
  });

  it.each(LEVEL_FIT_ROWS.map((r) => [r.what, r] as const))('%s', (_what, row) => {
    setLang(lang);
    const lines = levelLines(row.kind);
    expect(lines.length).toBeGreaterThan(0);
    for (const text of lines) {
      if (row.maxLines !== undefined) expect([text, wrappedLines(text, row.maxWidth / row.scale) <= row.maxLines]).toEqual([text, true]);
      else expect([text, measure(text, 'small', row.scale) <= row.maxWidth]).toEqual([text, true]);
    }
  });
});

describe.each(LANGS)('the keyboard hint fits the bottom band (%s)', (lang) => {
  it('with the default keys and a level that loads the whole case', () => {
    setLang(lang);
    const hint = controlHint(defaultBindings(), { sawedOff: 8, wildey: 6, grenades: 3 }, false, describeCode);
    expect([hint, measure(hint, 'small', 2) <= 1232]).toEqual([hint, true]);
  });
});
