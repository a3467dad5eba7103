// The arsenal, props, car and duel sounds measured against the mix they join: loudness, length,
// spectrum and envelope, and that rapid repeats stay under full scale.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOLUMES } from '../../src/audio/mix';
import { SFX_SAMPLE_RATE as SR, SOUND_BANK, renderSound, type SoundName } from '../../src/audio/sound-bank';
import { engineLoop } from '../../src/audio/sounds/car';
import { analyse, type Analysis } from '../../tools/audio/analysis';
import { peakOf, rmsOf, sameBytes } from './helpers';

const cache = new Map<string, Float32Array>();
const pcm = (name: SoundName, v = 0): Float32Array => {
  const key = `${name}#${v}`;
  if (!cache.has(key)) cache.set(key, renderSound(name, v));
  return cache.get(key)!;
};
const stats = (name: SoundName, v = 0): Analysis => analyse(pcm(name, v), SR);
/** Energy as played with every slider up: what reaches the speakers. */
const energy = (name: SoundName): number => {
  const b = pcm(name);
  return rmsOf(b) ** 2 * b.length * SOUND_BANK[name].volume ** 2;
};
const lowShare = (a: Analysis): number => a.bands[0]! + a.bands[1]!;
const highShare = (a: Analysis): number => a.bands[3]! + a.bands[4]! + a.bands[5]!;

/** The shipped slider settings (master x effects). */
const SHIPPED = DEFAULT_VOLUMES.master * DEFAULT_VOLUMES.sfx;

/** Plays `times` (seconds) of a sound's takes round-robin with every slider up into one buffer, as the mixer sums them. */
function burst(name: SoundName, times: readonly number[], rate = 1): Float32Array {
  const r = SOUND_BANK[name];
  const out = new Float32Array(Math.round((times.at(-1)! + 3) * SR));
  times.forEach((t, k) => {
    const take = pcm(name, k % r.variants);
    const at = Math.round(t * SR);
    for (let i = 0; i < take.length / rate && at + i < out.length; i++) out[at + i]! += take[Math.floor(i * rate)]! * r.volume;
  });
  return out;
}

describe('arsenal sounds in the mix', () => {
  it('an explosion is louder, longer, deeper than a pistol; far away it is duller', () => {
    const boom = stats('explosion');
    const pistol = stats('pistol');
    expect(energy('explosion')).toBeGreaterThan(4 * energy('pistol'));
    expect(boom.seconds).toBeGreaterThan(2 * pistol.seconds);
    expect(boom.fall20).toBeGreaterThan(3 * pistol.fall20);
    expect(boom.bands[0]).toBeGreaterThan(0.3); // sub-bass under 80 Hz
    expect(lowShare(boom)).toBeGreaterThan(lowShare(pistol));
    const far = stats('explosionFar');
    expect(far.centroidHz).toBeLessThan(boom.centroidHz);
    expect(highShare(far)).toBeLessThan(highShare(boom));
    // The crackle tail: bright bits still flying after the boom (more than the far version keeps).
    const tail = (name: SoundName): number => highShare(analyse(pcm(name).subarray(Math.round(0.6 * SR)), SR));
    expect(tail('explosion')).toBeGreaterThan(2 * tail('explosionFar'));
  });

  it('the sawed-off is a low boom, two barrels two takes; the Wildey cracks brighter and rolls longer than the Desert Eagle', () => {
    expect(stats('sawedOff').centroidHz).toBeLessThan(stats('pistol').centroidHz);
    expect(energy('sawedOff')).toBeGreaterThan(energy('pistol'));
    expect(SOUND_BANK.sawedOff.variants).toBe(2);
    expect(sameBytes(pcm('sawedOff', 0), pcm('sawedOff', 1))).toBe(false);
    const snap = (name: SoundName): number => analyse(pcm(name).subarray(0, Math.round(0.03 * SR)), SR).bands.slice(3).reduce((a, b) => a + b);
    expect(snap('wildey')).toBeGreaterThan(snap('deagle'));
    expect(stats('wildey').seconds).toBeGreaterThan(stats('deagle').seconds);
    expect(stats('wildey').fall20).toBeGreaterThan(stats('deagle').fall20);
  });

  it("Campa's case: short varied rounds; a long burst at full volume never clips and is never cut short", () => {
    const takes = SOUND_BANK.campaShot.variants;
    expect(takes).toBeGreaterThanOrEqual(3);
    for (let v = 1; v < takes; v++) expect(sameBytes(pcm('campaShot', 0), pcm('campaShot', v))).toBe(false);
    const gap = 4 / 60; // the case fires every 4 ticks
    expect(stats('campaShot').fall40).toBeLessThan(0.3);
    // Enough voices that a burst never stops a round that is still sounding.
    expect(SOUND_BANK.campaShot.voices * gap).toBeGreaterThanOrEqual(pcm('campaShot').length / SR);
    const rounds = Array.from({ length: 45 }, (_, k) => k * gap);
    expect(peakOf(burst('campaShot', rounds))).toBeLessThan(1);
    expect(peakOf(burst('campaShot', rounds, 0.95))).toBeLessThan(1);
  });

  it('both barrels, the Wildey fired as fast as it cycles, and a rocket into its blast stay under full scale as shipped', () => {
    // As loose as the Desert Eagle fired twice (the mix these join); the output limiter catches the rest.
    expect(peakOf(burst('sawedOff', [0, 14 / 60])) * SHIPPED).toBeLessThan(1);
    expect(peakOf(burst('wildey', [0, 32 / 60, 64 / 60])) * SHIPPED).toBeLessThan(1);
    const rocket = burst('rocketLaunch', [0]);
    const boom = burst('explosion', [0.9]);
    for (let i = 0; i < boom.length && i < rocket.length; i++) rocket[i]! += boom[i]!;
    expect(peakOf(rocket) * SHIPPED).toBeLessThan(1);
  });

  it("Quino's rocket rushes on after its ignition; the grenade's throw and bounces are short", () => {
    const r = stats('rocketLaunch');
    expect(r.fall20).toBeGreaterThan(0.8);
    expect(r.centroidHz).toBeGreaterThan(1000);
    expect(stats('grenadeThrow').seconds).toBeLessThanOrEqual(0.6);
    for (let v = 0; v < SOUND_BANK.grenadeBounce.variants; v++) expect(stats('grenadeBounce', v).seconds).toBeLessThanOrEqual(0.4);
    expect(sameBytes(pcm('grenadeBounce', 0), pcm('grenadeBounce', 1))).toBe(false);
  });

  it('a window shattering is bigger than a bullet tinking the glass, and than the bottles', () => {
    expect(energy('glassShatter')).toBeGreaterThan(4 * energy('impactGlass'));
    expect(energy('glassShatter')).toBeGreaterThan(energy('glassBreak'));
    expect(stats('glassShatter').fall20).toBeGreaterThan(stats('glassBreak').fall20);
  });

  it('the kicked table slams after the kick; a kicked door is a bigger bang than a door pushed open', () => {
    const env = stats('tableCrash').envelope;
    expect(env.indexOf(Math.max(...env))).toBeGreaterThanOrEqual(3); // the top lands ~0.2 s after the boot
    expect(energy('doorKick')).toBeGreaterThan(energy('door'));
    expect(peakOf(pcm('doorKick')) * SOUND_BANK.doorKick.volume).toBeGreaterThan(peakOf(pcm('door')) * SOUND_BANK.door.volume);
  });

  it('bullet time whooshes in (swelling to its end) and out (loudest at once), at its own speed', () => {
    const into = stats('focusIn').envelope;
    expect(into.indexOf(Math.max(...into))).toBeGreaterThanOrEqual(10);
    const out = stats('focusOut').envelope;
    expect(out.indexOf(Math.max(...out))).toBeLessThanOrEqual(6);
    expect(SOUND_BANK.focusIn.unslowed).toBe(true);
    expect(SOUND_BANK.focusOut.unslowed).toBe(true);
  });

  it('the duel cue strikes at once and is not music (it must be heard with the music down)', () => {
    const env = stats('duelCue').envelope;
    expect(env.indexOf(Math.max(...env))).toBeLessThanOrEqual(2);
    expect(SOUND_BANK.duelCue.bus).toBe('sfx');
    for (const n of ['duelStandoff', 'duelWin', 'duelFoul'] as const) expect(SOUND_BANK[n].bus).toBe('music');
  });

  it('the engine loop is seamless, low and unclipped', () => {
    const e = engineLoop();
    expect(engineLoop()).toEqual(e);
    const steps = Array.from(e.subarray(1), (x, i) => Math.abs(x - e[i]!)).sort((a, b) => a - b);
    // The jump from the last sample back to the first is no bigger than an ordinary step.
    expect(Math.abs(e[0]! - e[e.length - 1]!)).toBeLessThanOrEqual(steps[Math.floor(steps.length * 0.95)]!);
    expect(peakOf(e)).toBeLessThan(1);
    expect(e.length / SR).toBeGreaterThan(0.5);
    expect(analyse(e, SR).centroidHz).toBeLessThan(600);
  });
});
