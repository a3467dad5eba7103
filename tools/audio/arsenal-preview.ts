// The arsenal, props, car and duel sounds, measured and laid out for a listen:
//   test-results/audio/arsenal-preview.wav   each sound at its in-game level (default settings), in
//                                            the order a fight would bring them, over silence
//   test-results/audio/engine-loop.wav       the car's engine loop, four laps (listen for the seam)
// Prints what these sounds add to boot (render ms, median of several runs, and KB of WAV), then
// per sound: length, peak/RMS at in-game level, energy per band, centroid, decay, and an envelope.
// Usage: npx tsx tools/audio/arsenal-preview.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { DEFAULT_VOLUMES } from '../../src/audio/mix';
import { SFX_SAMPLE_RATE as SR, SOUND_BANK, SOUND_NAMES, renderSound, type SoundName } from '../../src/audio/sound-bank';
import { engineLoop } from '../../src/audio/sounds/car';
import { peak } from '../../src/audio/synth/buffer';
import { encodeWav } from '../../src/audio/wav';
import { analyse, BANDS, describe, sparkline } from './analysis';
import { ARSENAL_NAMES } from './arsenal-names';

const OUT = 'test-results/audio';
/** GameAudio's ENGINE_VOLUME: the loop's level for a car at full revs beside El. */
const ENGINE_LEVEL = 0.45;
const RUNS = 7;
mkdirSync(OUT, { recursive: true });

const older = SOUND_NAMES.filter((n) => !ARSENAL_NAMES.includes(n));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(fn: () => void): { cold: number; median: number } {
  const ts: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  return { cold: ts[0]!, median: median(ts) };
}
const renderAll = (names: readonly SoundName[]): void => {
  for (const n of names) for (let v = 0; v < SOUND_BANK[n].variants; v++) renderSound(n, v);
};
// Cold first, in boot order: the older effects, then these.
const tOld = time(() => renderAll(older));
const tNew = time(() => renderAll(ARSENAL_NAMES));
const tEngine = time(() => engineLoop());

const takes = ARSENAL_NAMES.flatMap((n) => Array.from({ length: SOUND_BANK[n].variants }, (_, v) => ({ n, v, pcm: renderSound(n, v) })));
const engine = engineLoop();
const wavBytes = (pcm: Float32Array): number => encodeWav(pcm, SR).length;
const newBytes = takes.reduce((s, t) => s + wavBytes(t.pcm), 0) + wavBytes(engine);
const oldBytes = older.reduce((s, n) => s + Array.from({ length: SOUND_BANK[n].variants }, (_, v) => wavBytes(renderSound(n, v))).reduce((a, b) => a + b, 0), 0);
const inGame = (n: SoundName): number => SOUND_BANK[n].volume * DEFAULT_VOLUMES.master * (SOUND_BANK[n].bus === 'music' ? DEFAULT_VOLUMES.music : DEFAULT_VOLUMES.sfx);
const pcmOf = (n: SoundName, v = 0): Float32Array => takes.find((t) => t.n === n && t.v === v)?.pcm ?? renderSound(n, v);

/** Plays pcm into dst at `seconds` and playback `rate` (linear interpolation, as a resampler would). */
function place(dst: Float32Array, pcm: Float32Array, seconds: number, gain: number, rate = 1): void {
  const start = Math.round(seconds * SR);
  for (let i = 0; start + i < dst.length; i++) {
    const x = i * rate;
    const k = Math.floor(x);
    if (k + 1 >= pcm.length) break;
    dst[start + i]! += (pcm[k]! + (pcm[k + 1]! - pcm[k]!) * (x - k)) * gain;
  }
}

// A fight's worth, in order, each at its in-game level.
const bed = new Float32Array(Math.round(48 * SR));
let t = 0.3;
const cue = (n: SoundName, gap: number, v = 0, rate = 1, gain = 1): void => {
  place(bed, pcmOf(n, v), t, inGame(n) * gain, rate);
  t += gap;
};
cue('scopeIn', 0.5); cue('wildey', 1.2); cue('wildey', 1.6, 0, 0.97);
cue('sawedOff', 0.35, 0); cue('sawedOff', 1.4, 1); cue('shotgunOpen', 1.17); cue('shotgunClose', 0.8);
// Campa's case: fifteen rounds a second for a second and a half, round-robin with a little pitch spread.
const burstAt = t;
for (let k = 0; k < 22; k++) cue('campaShot', 4 / 60, k % 4, 1 + ((k * 7) % 5 - 2) * 0.015);
const burstEnd = t + 0.4;
t += 1;
cue('grenadeThrow', 0.45); cue('grenadeBounce', 0.3, 0); cue('grenadeBounce', 0.25, 1, 1, 0.6); cue('grenadeBounce', 0.6, 2, 1, 0.35);
cue('explosion', 0, 0); cue('debris', 2.8);
cue('explosionFar', 3, 0, 1, 0.6);
cue('rocketLaunch', 1.2); cue('explosion', 2.8);
cue('glassShatter', 1.5); cue('tableCrash', 0.9); cue('tableThud', 0.8); cue('doorKick', 0.15); cue('bodyThump', 1.2);
cue('focusIn', 2.5); cue('focusOut', 1.2);
const engineAt = t;
for (let lap = 0; lap < 3; lap++) place(bed, engine, engineAt + (lap * engine.length) / (SR * 1.3), ENGINE_LEVEL * DEFAULT_VOLUMES.master * DEFAULT_VOLUMES.sfx, 1.3);
t += 2.6;
cue('carRam', 0.2); cue('explosion', 0, 0, 0.9); cue('carRam', 0); cue('glassShatter', 3, 0, 0.85, 0.6);
cue('duelStandoff', 2.9); cue('duelCue', 0.35); cue('sleevePistol', 0.25); cue('duelWin', 2.6); cue('duelFoul', 2.5);
const mix = bed.subarray(0, Math.min(bed.length, Math.round((t + 0.5) * SR)));
writeFileSync(`${OUT}/arsenal-preview.wav`, encodeWav(mix, SR));
const laps = new Float32Array(engine.length * 4);
for (let k = 0; k < 4; k++) laps.set(engine, k * engine.length);
writeFileSync(`${OUT}/engine-loop.wav`, encodeWav(laps, SR));

const out = (s: string): boolean => process.stdout.write(`${s}\n`);
const ms = (x: { cold: number; median: number }): string => `${x.median.toFixed(1)} ms (first, cold: ${x.cold.toFixed(1)} ms)`;
out(`boot cost (median of ${RUNS}, Node ${process.version}):`);
out(`  older ${older.length} effects: ${ms(tOld)}, ${(oldBytes / 1024).toFixed(0)} KB of WAV`);
out(`  these ${ARSENAL_NAMES.length} effects (${takes.length} takes): ${ms(tNew)}; engine loop ${ms(tEngine)}`);
out(`  added WAV: ${(newBytes / 1024).toFixed(0)} KB (16-bit mono ${SR} Hz), ~${((newBytes / 2) * (48000 / SR) * 4 / 1048576).toFixed(1)} MB once decoded to 48 kHz float`);
out(`\nCampa burst (22 rounds at 15/s, in-game level): peak ${(20 * Math.log10(peak(bed.subarray(Math.round(burstAt * SR), Math.round(burstEnd * SR))))).toFixed(1)} dBFS`);
out(`preview: ${(mix.length / SR).toFixed(1)} s, peak ${(20 * Math.log10(peak(mix))).toFixed(1)} dBFS -> ${OUT}/arsenal-preview.wav`);
out(`\n${'sound'.padEnd(16)} length  in-game level   | % energy: ${BANDS.map((b) => b[0]).join(' ')} | centroid | decay`);
for (const { n, v, pcm } of takes) out(describe(`${n}${SOUND_BANK[n].variants > 1 ? v : ''}`, analyse(pcm, SR), inGame(n)));
out(describe('engineLoop', analyse(engine, SR), ENGINE_LEVEL * DEFAULT_VOLUMES.master * DEFAULT_VOLUMES.sfx));
for (const ref of ['pistol', 'deagle', 'glassBreak', 'impactGlass'] as const) out(describe(`(${ref})`, analyse(renderSound(ref), SR), inGame(ref)));
out('\nenvelopes (50 ms per character, @ = loudest, each step 5 dB down):');
for (const { n, v, pcm } of takes) if (v === 0) out(`${n.padEnd(14)} |${sparkline(analyse(pcm, SR))}|`);
