import { describe, expect, it } from 'vitest';
import { SFX_SAMPLE_RATE, SOUND_BANK, SOUND_NAMES, renderSound, type SoundName } from '../../src/audio/sound-bank';
import { encodeWav } from '../../src/audio/wav';
import { peakOf, rmsOf, sameBytes } from './helpers';

const REQUIRED: readonly SoundName[] = [
  'sleevePistol', 'pistol', 'revolver', 'deagle', 'dryFire', 'reloadStart', 'reloadDone', 'sleeveDraw', 'dive', 'land',
  'impactWood', 'impactStone', 'impactGlass', 'impactMetal', 'impactFlesh', 'glassBreak',
  'footWood0', 'footWood1', 'footSand0', 'footSand1', 'footStone0', 'footStone1', 'footMetal0', 'footMetal1', 'door', 'alertShout', 'death', 'hurt', 'pickup',
  'uiMove', 'uiSelect', 'uiBack', 'clearSting', 'deathSting', 'casing',
  'fireIgnite', 'sizzle', 'knifeTell', 'knifeWhoosh', 'knifeThunkWood', 'knifeThunkStone',
  'sawedOff', 'wildey', 'campaShot', 'rocketLaunch', 'shotgunOpen', 'shotgunClose', 'scopeIn',
  'grenadeThrow', 'grenadeBounce', 'explosion', 'explosionFar', 'debris',
  'glassShatter', 'tableCrash', 'tableThud', 'doorKick', 'bodyThump', 'focusIn', 'focusOut',
  'carRam', 'duelStandoff', 'duelCue', 'duelWin', 'duelFoul',
];
/** Guns: the loudest things in the mix, bar the blasts. */
const GUNS: readonly SoundName[] = ['sleevePistol', 'pistol', 'revolver', 'deagle', 'sawedOff', 'wildey', 'campaShot', 'rocketLaunch'];
const BLASTS: readonly SoundName[] = ['explosion', 'explosionFar'];
/** Longest a take may be (s): stings ring out, blasts and the magnum roll on, everything else is short. */
const maxSeconds = (name: SoundName): number =>
  name.endsWith('Sting') ? 4 : name.startsWith('duel') || BLASTS.includes(name) || ['wildey', 'rocketLaunch'].includes(name) ? 3 : 1.6;

const takes = SOUND_NAMES.flatMap((name) => Array.from({ length: SOUND_BANK[name].variants }, (_, v) => ({ name, v })));
const rendered = new Map(takes.map(({ name, v }) => [`${name}#${v}`, renderSound(name, v)]));
const pcm = (name: SoundName, v = 0): Float32Array => rendered.get(`${name}#${v}`)!;

describe('sound bank', () => {
  it('has exactly the sounds the game asks for', () => {
    expect([...SOUND_NAMES].sort()).toEqual([...REQUIRED].sort());
  });

  it.each(takes)('$name (take $v) is audible, unclipped and of sensible length', ({ name, v }) => {
    const b = pcm(name, v);
    const seconds = b.length / SFX_SAMPLE_RATE;
    expect(b.every(Number.isFinite)).toBe(true);
    expect(peakOf(b)).toBeLessThanOrEqual(1);
    expect(peakOf(b)).toBeGreaterThan(0.3);
    expect(rmsOf(b)).toBeGreaterThan(0.01);
    expect(seconds).toBeGreaterThanOrEqual(0.1);
    expect(seconds).toBeLessThanOrEqual(maxSeconds(name));
    // Ends in silence: no click when the voice stops.
    expect(Math.abs(b[b.length - 1]!)).toBeLessThan(0.01);
  });

  it('renders every take deterministically (same WAV bytes twice)', () => {
    for (const { name, v } of takes) {
      expect(Buffer.from(encodeWav(renderSound(name, v), SFX_SAMPLE_RATE)).equals(Buffer.from(encodeWav(pcm(name, v), SFX_SAMPLE_RATE))), name).toBe(true);
    }
  });

  it('gives the sleeve pistols several different takes for round-robin', () => {
    expect(SOUND_BANK.sleevePistol.variants).toBeGreaterThanOrEqual(2);
    expect(sameBytes(pcm('sleevePistol', 0), pcm('sleevePistol', 1))).toBe(false);
  });

  it('makes every sound distinct', () => {
    const all = [...rendered.values()];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(sameBytes(all[i]!, all[j]!)).toBe(false);
  });

  it('keeps the mix in order: gunshots loudest, UI soft', () => {
    const loudness = (name: SoundName): number => SOUND_BANK[name].volume * peakOf(pcm(name));
    const quietestGun = Math.min(...GUNS.map(loudness));
    for (const name of SOUND_NAMES) {
      if (!GUNS.includes(name) && !BLASTS.includes(name)) expect(loudness(name), name).toBeLessThan(quietestGun);
    }
    for (const ui of ['uiMove', 'uiSelect', 'uiBack'] as const) expect(loudness(ui)).toBeLessThan(0.35);
    expect(SOUND_BANK.deagle.volume).toBe(Math.max(...SOUND_NAMES.map((n) => SOUND_BANK[n].volume)));
  });

  it('renders behind the boot bar everything the title and menus play; the arsenal set comes just after', () => {
    for (const name of ['uiMove', 'uiSelect', 'uiBack', 'clearSting', 'deathSting', 'sleevePistol', 'footWood0'] as const) expect(SOUND_BANK[name].late, name).toBeFalsy();
    for (const name of ['sawedOff', 'explosion', 'glassShatter', 'focusIn', 'carRam', 'duelCue'] as const) expect(SOUND_BANK[name].late, name).toBe(true);
  });

  it('allows at least one voice per sound and routes the stings with the music', () => {
    for (const name of SOUND_NAMES) expect(SOUND_BANK[name].voices).toBeGreaterThanOrEqual(1);
    expect(SOUND_BANK.clearSting.bus).toBe('music');
    expect(SOUND_BANK.deathSting.bus).toBe('music');
    expect(SOUND_BANK.deagle.bus).toBe('sfx');
  });
});
