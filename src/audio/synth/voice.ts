// A tiny source–filter voice: a buzzy glottal source (band-limited saw,
// with seeded jitter) plus breath noise, through three formant resonators
// whose frequencies glide between vowel targets. Enough for a shout or a
// grunt without any speech library.
import { Biquad } from './filters';
import { curveTrack, type Breakpoint } from './envelope';
import { sawFromFreqs } from './oscillator';
import { bipolar, createRng } from './prng';

/** Formant frequencies F1..F3 (Hz) at a time. */
export type FormantPoint = readonly [t: number, f1: number, f2: number, f3: number];

export interface VoiceOptions {
  readonly sr: number;
  readonly seconds: number;
  /** Pitch contour, Hz. */
  readonly pitch: readonly Breakpoint[];
  readonly formants: readonly FormantPoint[];
  /** Loudness contour, 0..1. */
  readonly amp: readonly Breakpoint[];
  /** Breath noise mixed into the source (0..1), as a contour. */
  readonly breath: readonly Breakpoint[];
  /** Random pitch wobble, fraction of the pitch (roughness of a strained voice). */
  readonly jitter: number;
  /** Bandwidth scale: wider = more shouted/blurred. */
  readonly q: number;
  readonly seed: number;
}

const FORMANT_GAIN = [1, 0.6, 0.35];

export function voice(o: VoiceOptions): Float32Array {
  const { sr } = o;
  const n = Math.max(1, Math.round(o.seconds * sr));
  const rng = createRng(o.seed);
  // Jitter changes slowly (every ~5 ms) so it reads as roughness, not noise.
  const freqs = new Float32Array(n);
  const pitch = curveTrack(o.pitch, n, sr);
  let wobble = 0;
  let target = 0;
  for (let i = 0; i < n; i++) {
    if (i % 110 === 0) target = bipolar(rng) * o.jitter;
    wobble += (target - wobble) * 0.01;
    freqs[i] = pitch[i]! * (1 + wobble);
  }
  const src = sawFromFreqs(freqs, sr);
  const breath = curveTrack(o.breath, n, sr);
  const amp = curveTrack(o.amp, n, sr);
  for (let i = 0; i < n; i++) {
    const br = breath[i]!;
    src[i] = (src[i]! * (1 - br) + bipolar(rng) * br * 1.5) * amp[i]!;
  }
  const out = new Float32Array(n);
  const bank = [new Biquad(), new Biquad(), new Biquad()];
  // Each formant's track, sampled once (the filters are retuned every 32 samples).
  const tracks = ([1, 2, 3] as const).map((k) => curveTrack(o.formants.map((p) => [p[0], p[k]] as const), n, sr));
  for (let i = 0; i < n; i++) {
    if ((i & 31) === 0) {
      for (let k = 0; k < 3; k++) bank[k]!.set('bandpass', tracks[k]![i]!, o.q * (1 + k * 0.5), sr);
    }
    const x = src[i]!;
    out[i] = bank[0]!.tick(x) * FORMANT_GAIN[0]! + bank[1]!.tick(x) * FORMANT_GAIN[1]! + bank[2]!.tick(x) * FORMANT_GAIN[2]!;
  }
  return out;
}
