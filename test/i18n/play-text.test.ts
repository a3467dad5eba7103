// What the player reads while playing, in Spanish: the hint with the player's keys, the status
// line, sound captions, the ammo readout, who killed El, why a run is lost, the run marks; and
// the same calls in English still say exactly what they said before the catalogue.
import { afterEach, describe, expect, it } from 'vitest';
import { killedByText, whoText } from '../../src/game/killed-by';
import { setLang } from '../../src/i18n';
import { describeCode } from '../../src/input/code-labels';
import { ARCHETYPES, ARCHETYPE_IDS } from '../../src/sim';
import { assistMark } from '../../src/ui/assist-mark';
import { failureText } from '../../src/ui/failure-text';
import { controlHint, soundCaption, statusLine } from '../../src/ui/hud-text';
import { runMarks } from '../../src/ui/run-marks';
import { resultsText } from '../../src/scenes/results-rows';

const KEYS = { fire: ['Mouse0'], dive: ['Space'], use: ['KeyE'], throw: ['KeyG'] };
const LOADED = { sawedOff: 8, wildey: 6, grenades: 2 };

afterEach(() => setLang('en'));

describe('play text in Spanish', () => {
  it('the control hint names the player\'s keys in Spanish words', () => {
    setLang('es');
    expect(controlHint(KEYS, LOADED, false, describeCode)).toBe('Clic: saca las pistolas de la manga    Espacio: lánzate    E: recoge    1-4: armas    G: granada');
    expect(controlHint(KEYS, LOADED, true, describeCode)).toBe('Gatillo derecho: saca las pistolas de la manga    Cruceta: armas    LT: granada');
    expect(describeCode('ShiftLeft')).toBe('Shift izq.');
  });

  it('status line, sound captions and the assist mark', () => {
    setLang('es');
    expect(statusLine(true, false, true)).toBe('RECARGANDO');
    expect(statusLine(false, true, false)).toBe('SIN BALAS - presiona 1 para las pistolas');
    expect(soundCaption({ type: 'alarm' } as never, 1)).toBe('[gritos: "¡Mátenlo!"]');
    expect(assistMark(['speed-60', 'aim-assist'])).toBe('AYUDAS 60%');
  });

  it('who killed El, with Spanish articles and words', () => {
    setLang('es');
    expect(killedByText({ cause: 'round', weapon: 'revolver' }, 'gunman', false)).toBe('un pistolero de la trastienda - revólver');
    expect(killedByText({ cause: 'ram', weapon: null }, 'lieutenant', false)).toBe('la mano derecha de Bucho - el carro');
    expect(killedByText({ cause: 'fall', weapon: null }, null, false)).toBe('una caída');
    expect(killedByText({ cause: 'blast', weapon: 'grenade' }, 'mariachi', true)).toBe('su propia arma: granada');
  });

  it('why a run is lost: the sim\'s English said again in Spanish', () => {
    setLang('es');
    expect(failureText('The boy was shot')).toBe('Le dispararon al niño');
    expect(failureText('Carolina was killed')).toBe('Mataron a Carolina');
    expect(failureText('El Mariachi fell')).toBe('El Mariachi cayó');
    expect(failureText('El Mariachi fell to the street below')).toBe('El Mariachi cayó a la calle');
    expect(failureText('Not like this. Bucho must face you at the ranch.')).toBe('Así no. Bucho tiene que darte la cara en el rancho.');
  });

  it('the results panel says why the run was lost in Spanish too', () => {
    setLang('es');
    const lost = resultsText({
      level: 'bar', mode: 'il', ticks: 300, stats: { kills: 0, shotsFired: 0, shotsHit: 0, damageTaken: 6, civiliansHit: 0 }, grade: 'D', newBest: false,
      splits: [], hadPb: false, sumOfBest: null, seed: 3, randomSeed: false, category: 'bar', splitNames: [], outcome: 'dead', playerAlive: false,
      failure: 'El Mariachi fell',
    }, 'El Tarasco', 2100, 1995);
    expect(lost.note).toBe('El Mariachi cayó');
  });

  it('run marks: practice from a split names the objective in Spanish', () => {
    setLang('es');
    const session = { mode: 'practice', practiceFrom: 'split 1: Deal with Tavo', racing: null, full: null, randomSeed: true, seed: 7 } as const;
    expect(runMarks(session as never)).toBe('PRÁCTICA desde parcial 1: Encárgate de Tavo   semilla 7 (aleatoria)');
  });
});

describe('play text in English is unchanged', () => {
  it('every archetype is named as the old rule named it: an article for the nameless, none for the named', () => {
    const named = new Set(['mariachi', 'tavo', 'navajas', 'bucho', 'lieutenant', 'campa', 'quino', 'carolina', 'buscemi']);
    for (const id of ARCHETYPE_IDS) {
      const name = ARCHETYPES[id].name;
      const noun = name.toLowerCase();
      const old = named.has(id) ? name : name.startsWith('The ') ? `the ${name.slice(4)}` : `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
      expect([id, whoText(id)]).toEqual([id, old]);
    }
  });

  it('failure reasons and key names read as before', () => {
    expect(failureText('The boy was shot')).toBe('The boy was shot');
    expect(describeCode('Space')).toBe('Space');
    expect(describeCode('Mouse0')).toBe('Left mouse');
    expect(runMarks({ mode: 'practice', practiceFrom: 'start', racing: null, full: null, randomSeed: false, seed: 1 } as never)).toBe('PRACTICE from start');
  });
});
