// Numbers for sounds nobody here can listen to: band energies from an FFT, spectral centroid,
// an RMS envelope, and how long the sound takes to fall 20/40 dB below its loudest moment.
// Used by tools/audio/arsenal-preview.ts (and handy from a REPL while tuning a recipe).

/** In-place radix-2 FFT of (re, im); length must be a power of two. */
function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const w = (-2 * Math.PI) / len;
    for (let i = 0; i < n; i += len) {
      for (let k = 0; k < len / 2; k++) {
        const c = Math.cos(w * k);
        const s = Math.sin(w * k);
        const a = i + k;
        const b = a + len / 2;
        const tr = re[b]! * c - im[b]! * s;
        const ti = re[b]! * s + im[b]! * c;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a]! += tr;
        im[a]! += ti;
      }
    }
  }
}

/** Power spectrum averaged over Hann-windowed frames of `size` samples (hop size/2). */
export function powerSpectrum(pcm: Float32Array, size = 4096): Float64Array {
  const acc = new Float64Array(size / 2);
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  let frames = 0;
  for (let start = 0; start === 0 || start + size <= pcm.length; start += size / 2) {
    for (let i = 0; i < size; i++) {
      const w = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (size - 1));
      re[i] = (pcm[start + i] ?? 0) * w;
      im[i] = 0;
    }
    fft(re, im);
    for (let k = 0; k < size / 2; k++) acc[k]! += re[k]! * re[k]! + im[k]! * im[k]!;
    frames++;
  }
  return acc.map((x) => x / frames);
}

/** Edges (Hz) of the bands reported: sub, bass, low-mid, mid, presence, air. */
export const BANDS: readonly (readonly [string, number, number])[] = [
  ['sub<80', 0, 80], ['80-250', 80, 250], ['250-1k', 250, 1000], ['1-3k', 1000, 3000], ['3-6k', 3000, 6000], ['6k+', 6000, 1e9],
];

export interface Analysis {
  readonly seconds: number;
  readonly peak: number;
  readonly rms: number;
  /** Share of energy (0..1) in each of BANDS. */
  readonly bands: readonly number[];
  readonly centroidHz: number;
  /** Seconds from the loudest 10 ms window until the envelope stays 20 / 40 dB under it. */
  readonly fall20: number;
  readonly fall40: number;
  /** RMS of consecutive 50 ms windows. */
  readonly envelope: readonly number[];
}

export function analyse(pcm: Float32Array, sr: number): Analysis {
  const spec = powerSpectrum(pcm);
  const hz = (k: number): number => (k * sr) / (2 * spec.length);
  let total = 0;
  let weighted = 0;
  const bands = BANDS.map(() => 0);
  spec.forEach((p, k) => {
    total += p;
    weighted += p * hz(k);
    const b = BANDS.findIndex(([, lo, hi]) => hz(k) >= lo && hz(k) < hi);
    if (b >= 0) bands[b]! += p;
  });
  const win = (ms: number): number[] => {
    const n = Math.max(1, Math.round((ms / 1000) * sr));
    const out: number[] = [];
    for (let i = 0; i < pcm.length; i += n) {
      let s = 0;
      const end = Math.min(pcm.length, i + n);
      for (let j = i; j < end; j++) s += pcm[j]! * pcm[j]!;
      out.push(Math.sqrt(s / (end - i)));
    }
    return out;
  };
  const fine = win(10);
  const top = Math.max(...fine);
  const at = fine.indexOf(top);
  const fall = (db: number): number => {
    const floor = top * Math.pow(10, -db / 20);
    let last = at;
    for (let i = at; i < fine.length; i++) if (fine[i]! > floor) last = i;
    return ((last - at + 1) * 10) / 1000;
  };
  let peak = 0;
  let sq = 0;
  for (const x of pcm) {
    peak = Math.max(peak, Math.abs(x));
    sq += x * x;
  }
  return {
    seconds: pcm.length / sr, peak, rms: Math.sqrt(sq / pcm.length),
    bands: bands.map((b) => (total > 0 ? b / total : 0)), centroidHz: total > 0 ? weighted / total : 0,
    fall20: fall(20), fall40: fall(40), envelope: win(50),
  };
}

const db = (x: number): string => (x > 0 ? (20 * Math.log10(x)).toFixed(1) : '-inf');

/** One line per sound: length, peak/RMS dB, band shares %, centroid, decay times. */
export function describe(name: string, a: Analysis, gain = 1): string {
  const bands = a.bands.map((b) => (b * 100).toFixed(0).padStart(3)).join(' ');
  return `${name.padEnd(16)} ${a.seconds.toFixed(2).padStart(5)}s pk ${db(a.peak * gain).padStart(5)} rms ${db(a.rms * gain).padStart(6)} | ${bands} | c ${a.centroidHz.toFixed(0).padStart(5)} Hz | -20dB ${a.fall20.toFixed(2)}s -40dB ${a.fall40.toFixed(2)}s`;
}

/** A coarse text picture of the envelope: one character per 50 ms, louder = denser. */
export function sparkline(a: Analysis): string {
  const top = Math.max(...a.envelope, 1e-9);
  const ramp = ' .:-=+*#%@';
  return a.envelope.map((e) => ramp[Math.max(0, Math.min(9, Math.round(9 + (20 * Math.log10(Math.max(e, 1e-9) / top)) / 5)))]).join('');
}
