// Renders every sound effect and both music loops to WAV so people can listen:
//   test-results/audio/<sound>.wav        as howler receives it (peak-normalised take)
//   test-results/audio/music-<track>.wav  the loops (22.05 kHz); music-<track>-twice.wav to hear the seam
//   test-results/audio/mix-preview.wav    the menu loop at in-game level with effects at in-game levels over it
// Prints render times (median of several runs), memory, and a loudness table
// at in-game levels (default settings), using `sox` for the stats when installed.
// Usage: npx tsx tools/audio/render-wavs.ts
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { DEFAULT_VOLUMES, MUSIC_LEVEL } from '../../src/audio/mix';
import { MUSIC_SAMPLE_RATE, MUSIC_TRACKS, renderMusic } from '../../src/audio/music';
import { SFX_SAMPLE_RATE, SOUND_BANK, SOUND_NAMES, renderSound, type SoundName } from '../../src/audio/sound-bank';
import { mixInto, peak, rms } from '../../src/audio/synth/buffer';
import { encodeWav } from '../../src/audio/wav';

const OUT = 'test-results/audio';
const RUNS = 7;
mkdirSync(OUT, { recursive: true });

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Runs fn RUNS times: the first (cold, before the JIT warms up, as at game start) and the median. */
function time(fn: () => void): { cold: number; median: number } {
  const ts: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  return { cold: ts[0]!, median: median(ts) };
}
const ms = (t: { cold: number; median: number }): string => `${t.median.toFixed(1)} ms (first, cold: ${t.cold.toFixed(1)} ms)`;
const renderAllSfx = (): void => {
  for (const n of SOUND_NAMES) for (let v = 0; v < SOUND_BANK[n].variants; v++) renderSound(n, v);
};

// Timings first, in the order the game renders: menu loop, effects, combat loop.
const menuFirst = time(() => renderMusic('menu'));
const sfxMs = time(renderAllSfx);
const musicMs = Object.fromEntries(MUSIC_TRACKS.map((t) => [t, time(() => renderMusic(t))]));
const music48Ms = Object.fromEntries(MUSIC_TRACKS.map((t) => [t, time(() => renderMusic(t, 48000))]));

let wavBytes = 0;
let decoded48 = 0;
const files: { file: string; gain: number; pcm: Float32Array; sr: number }[] = [];
const write = (file: string, pcm: Float32Array, sr: number, gain: number): void => {
  const bytes = encodeWav(pcm, sr);
  writeFileSync(`${OUT}/${file}`, bytes);
  wavBytes += bytes.length;
  decoded48 += Math.ceil((pcm.length * 48000) / sr) * 4; // a decoded mono Float32 AudioBuffer at 48 kHz
  files.push({ file, gain, pcm, sr });
};
const inGame = (n: SoundName): number =>
  SOUND_BANK[n].volume * DEFAULT_VOLUMES.master * (SOUND_BANK[n].bus === 'music' ? DEFAULT_VOLUMES.music : DEFAULT_VOLUMES.sfx);
const musicGain = DEFAULT_VOLUMES.master * DEFAULT_VOLUMES.music * MUSIC_LEVEL;

for (const n of SOUND_NAMES) {
  for (let v = 0; v < SOUND_BANK[n].variants; v++) write(`${n}${SOUND_BANK[n].variants > 1 ? v : ''}.wav`, renderSound(n, v), SFX_SAMPLE_RATE, inGame(n));
}
const loops = new Map(MUSIC_TRACKS.map((t) => [t, renderMusic(t)]));
for (const [t, pcm] of loops) {
  write(`music-${t}.wav`, pcm, MUSIC_SAMPLE_RATE, musicGain);
  // Twice in a row: listen for the seam in the middle.
  const twice = new Float32Array(pcm.length * 2);
  twice.set(pcm);
  twice.set(pcm, pcm.length);
  writeFileSync(`${OUT}/music-${t}-twice.wav`, encodeWav(twice, MUSIC_SAMPLE_RATE));
}

// A listening test for the balance: effects at their in-game levels over the menu loop at its level.
const bed = loops.get('menu')!.map((x) => x * musicGain);
const order: SoundName[] = ['uiMove', 'uiSelect', 'footWood0', 'footWood1', 'footSand0', 'footSand1', 'door', 'alertShout', 'sleeveDraw',
  'sleevePistol', 'sleevePistol', 'sleevePistol', 'casing', 'impactWood', 'impactStone', 'impactGlass', 'impactMetal', 'impactFlesh',
  'pistol', 'revolver', 'deagle', 'glassBreak', 'dryFire', 'reloadStart', 'reloadDone', 'dive', 'land', 'pickup', 'hurt', 'death'];
let cursor = 0.5;
order.forEach((n, k) => {
  const v = SOUND_BANK[n].variants > 1 ? k % SOUND_BANK[n].variants : 0;
  mixInto(bed, renderSound(n, v), Math.round(cursor * MUSIC_SAMPLE_RATE), inGame(n));
  cursor += n === 'sleevePistol' ? 0.12 : 0.6;
});
writeFileSync(`${OUT}/mix-preview.wav`, encodeWav(bed, MUSIC_SAMPLE_RATE));

const out = (s: string): boolean => process.stdout.write(`${s}\n`);
out(`render times (median of ${RUNS}, Node ${process.version}):`);
out(`  music menu: ${ms(menuFirst)}`);
out(`  all sound effects (${SOUND_NAMES.length} names): ${ms(sfxMs)}`);
for (const t of MUSIC_TRACKS) out(`  music ${t} (warm): ${musicMs[t]!.median.toFixed(1)} ms at ${MUSIC_SAMPLE_RATE} Hz; ${music48Ms[t]!.median.toFixed(1)} ms at 48000 Hz`);
out(`memory: ${(wavBytes / 1048576).toFixed(2)} MB of WAV (16-bit), ~${(decoded48 / 1048576).toFixed(1)} MB once decoded to 48 kHz float`);

// Loudness at in-game levels (default settings): peak and RMS in dBFS, from sox when it is installed.
const db = (x: number): string => (x > 0 ? (20 * Math.log10(x)).toFixed(1) : '-inf').padStart(7);
const haveSox = spawnSync('sox', ['--version']).status === 0;
out(`\n${'file'.padEnd(22)}  len s  peak dB   rms dB  (in-game level, default settings; ${haveSox ? 'sox stats' : 'no sox: computed here'})`);
for (const { file, gain, pcm, sr } of files) {
  const s = haveSox ? soxStats(`${OUT}/${file}`) : { peak: peak(pcm), rms: rms(pcm), length: pcm.length / sr };
  out(`${file.padEnd(22)} ${s.length.toFixed(2).padStart(6)} ${db(s.peak * gain)}  ${db(s.rms * gain)}`);
}

function soxStats(file: string): { peak: number; rms: number; length: number } {
  const text = spawnSync('sox', [file, '-n', 'stats'], { encoding: 'utf8' }).stderr; // sox prints stats on stderr
  const num = (label: string): number => Number(new RegExp(`${label}\\s+(-?[\\d.]+)`).exec(text)?.[1] ?? NaN);
  return { peak: Math.pow(10, num('Pk lev dB') / 20), rms: Math.pow(10, num('RMS lev dB') / 20), length: num('Length s') };
}
