// Every line a level file carries (titles, objectives, trigger captions and their speakers, a
// spared actor's line) has its Spanish in src/i18n/level-text-es.ts, and nothing there is stale.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { levelText, setLang } from '../../src/i18n';
import { LEVEL_TEXT_ES } from '../../src/i18n/level-text-es';

afterEach(() => setLang('en'));

/** Every player-read string of every shipped level, with where it comes from. */
function levelLines(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const entry of loadLevelIndex().levels) {
    const level = loadLevel(entry.id);
    out.push({ where: `${entry.id} index title`, text: entry.title }, { where: `${entry.id} title`, text: level.title });
    level.objectives.forEach((o, i) => out.push({ where: `${entry.id} objective ${i + 1}`, text: o.text }));
    level.triggers.forEach((t, i) => {
      for (const a of t.actions) {
        if (a.type !== 'caption') continue;
        out.push({ where: `${entry.id} trigger ${i} speaker`, text: a.speaker }, { where: `${entry.id} trigger ${i} caption`, text: a.text });
      }
    });
    for (const a of level.actors) if (a.spare !== undefined) out.push({ where: `${entry.id} ${a.archetype} spare`, text: a.spare });
  }
  return out;
}

describe('level text in Spanish', () => {
  const lines = levelLines();

  it('reads a good number of lines from the five levels', () => {
    expect(lines.length).toBeGreaterThan(80);
  });

  it('every title, objective, caption, speaker and spare line has an entry', () => {
    const missing = lines.filter((l) => !Object.hasOwn(LEVEL_TEXT_ES, l.text)).map((l) => `${l.where}: ${l.text}`);
    expect(missing).toEqual([]);
  });

  it('no entry is left over from a line the levels no longer say', () => {
    const said = new Set(lines.map((l) => l.text));
    expect(Object.keys(LEVEL_TEXT_ES).filter((k) => !said.has(k))).toEqual([]);
  });

  it('levelText gives the Spanish in Spanish and the map\'s words in English', () => {
    expect(levelText('Deal with Tavo')).toBe('Deal with Tavo');
    setLang('es');
    expect(levelText('Deal with Tavo')).toBe('Encárgate de Tavo');
    expect(levelText('Bartender')).toBe('Cantinero');
  });
});
