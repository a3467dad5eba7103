// Run clips: a run's frames (renderFrame) as an animated GIF, encoded by gifenc.
// - A frame every TICKS_PER_FRAME ticks (15 fps) and on the run's last tick, which holds a second
//   before the GIF loops; delays are rounded on the running total, so the clip lasts as the run did.
// - The whole map by default (CLIP_VIEW): a still camera lets each frame store only the pixels that
//   changed (the rest is the palette's transparent colour over the frame before), which keeps a
//   10 s clip of the bar near half a megabyte; a camera that follows El changes every pixel.
// - One palette per clip: 255 colours quantised from frames sampled across the run (PALETTE_SAMPLES),
//   the 256th is the transparent "unchanged".
// - At most MAX_CLIP_SECONDS: a longer run keeps its last minute, how it was won or lost.
import { writeFileSync } from 'node:fs';
import type { Palette } from 'gifenc';
import { createWorld, step, TICK_RATE, type LevelData, type TickInput, type World } from '../../sim';
import { gif } from './gif-library';
import { renderFrame, type FrameOptions, type RgbFrame } from './render-frame';

export const TICKS_PER_FRAME = 4;
export const CLIP_FPS = TICK_RATE / TICKS_PER_FRAME;
export const MAX_CLIP_SECONDS = 60;
export const CLIP_VIEW: FrameOptions = { view: 'map' };
/** Frames the palette is quantised from, spread over the clip. */
export const PALETTE_SAMPLES = 8;
/** How long the last frame stays up before the clip loops, in hundredths of a second. */
const END_HOLD_CS = 100;
const COLOURS = 255;

function toRgba(frame: RgbFrame, into: Uint8Array = new Uint8Array(frame.width * frame.height * 4)): Uint8Array {
  const { rgb } = frame;
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    into[j] = rgb[i]!;
    into[j + 1] = rgb[i + 1]!;
    into[j + 2] = rgb[i + 2]!;
    into[j + 3] = 255;
  }
  return into;
}

/** A clip's palette: at most 255 colours quantised from these frames (all of one size). */
export function clipPalette(frames: readonly RgbFrame[]): Palette {
  if (frames.length === 0) throw new Error('a clip palette needs at least one frame');
  const size = frames[0]!.width * frames[0]!.height * 4;
  const all = new Uint8Array(size * frames.length);
  frames.forEach((f, i) => toRgba(f, all.subarray(i * size, (i + 1) * size)));
  return gif.quantize(all, COLOURS);
}

/** Encodes frames into a GIF as they come, each as its difference from the one before. */
export class ClipWriter {
  private readonly encoder = gif.GIFEncoder();
  private readonly palette: Palette;
  private readonly unchanged: number;
  private readonly rgba: Uint8Array;
  private previous: Uint8Array | null = null;
  /** The last frame's indices, written once the next arrives (so the last can hold). */
  private pending: Uint8Array | null = null;
  private count = 0;

  constructor(readonly width: number, readonly height: number, palette: Palette, private readonly ticksPerFrame = TICKS_PER_FRAME) {
    if (palette.length > COLOURS) throw new Error(`a clip palette has at most ${COLOURS} colours, not ${palette.length}`);
    this.palette = [...palette, [255, 0, 255]];
    this.unchanged = palette.length;
    this.rgba = new Uint8Array(width * height * 4);
  }

  get frames(): number {
    return this.count;
  }

  add(frame: RgbFrame): void {
    if (frame.width !== this.width || frame.height !== this.height) throw new Error(`clip frame is ${frame.width}x${frame.height}, expected ${this.width}x${this.height}`);
    const index = gif.applyPalette(toRgba(frame, this.rgba), this.palette.slice(0, this.unchanged));
    this.flush(0);
    const out = index.slice();
    if (this.previous) for (let i = 0; i < index.length; i++) if (index[i] === this.previous[i]) out[i] = this.unchanged;
    this.previous = index;
    this.pending = out;
    this.count++;
  }

  /** The GIF's bytes; no frame may be added after. */
  finish(): Uint8Array {
    if (this.count === 0) throw new Error('a clip needs at least one frame');
    this.flush(END_HOLD_CS);
    this.encoder.finish();
    return this.encoder.bytes();
  }

  private flush(holdCs: number): void {
    if (!this.pending) return;
    // Frame k shows ticks k*N to (k+1)*N: hundredths rounded on the running total (4 ticks are
    // 6.67 cs: delays of 7, 7, 6, ...), so the clip keeps the run's real duration.
    const k = this.count - 1;
    const cs = Math.round(((k + 1) * this.ticksPerFrame * 100) / TICK_RATE) - Math.round((k * this.ticksPerFrame * 100) / TICK_RATE);
    const first = k === 0;
    this.encoder.writeFrame(this.pending, this.width, this.height, {
      palette: this.palette, delay: (cs + holdCs) * 10, repeat: 0, transparent: !first, transparentIndex: this.unchanged, dispose: 1,
    });
    this.pending = null;
  }
}

export interface ClipOptions {
  /** How frames are drawn (renderFrame's options); default CLIP_VIEW, the whole map. */
  readonly frame?: FrameOptions;
  /** The longest clip, in seconds of game time (default MAX_CLIP_SECONDS). */
  readonly maxSeconds?: number;
}

export interface Clip {
  readonly gif: Uint8Array;
  readonly frames: number;
  /** The ticks it shows, first and last. */
  readonly fromTick: number;
  readonly toTick: number;
  readonly width: number;
  readonly height: number;
}

/** The ticks a clip of a run of `ticks` ticks shows, in order: every TICKS_PER_FRAME from `from`, and the last. */
export function clipTicks(ticks: number, maxSeconds = MAX_CLIP_SECONDS): number[] {
  const from = Math.max(0, ticks - Math.max(1, Math.round(maxSeconds * TICK_RATE)));
  const out: number[] = [];
  for (let t = from; t <= ticks; t += TICKS_PER_FRAME) out.push(t);
  if (out[out.length - 1] !== ticks) out.push(ticks);
  return out;
}

/** A clip of a run: its inputs replayed on a fresh world (twice: once to sample the palette). */
export function runClip(level: LevelData, seed: number, inputs: readonly TickInput[], options: ClipOptions = {}): Clip {
  const ticks = clipTicks(inputs.length, options.maxSeconds);
  const frameOptions = options.frame ?? CLIP_VIEW;
  const every = Math.max(1, Math.floor(ticks.length / PALETTE_SAMPLES));
  const samples: RgbFrame[] = [];
  playTo(level, seed, inputs, ticks.filter((_, i) => i % every === 0 || i === ticks.length - 1), (w) => samples.push(renderFrame(w, level, frameOptions)));
  const palette = clipPalette(samples);
  const writer = new ClipWriter(samples[0]!.width, samples[0]!.height, palette);
  playTo(level, seed, inputs, ticks, (w) => writer.add(renderFrame(w, level, frameOptions)));
  return { gif: writer.finish(), frames: writer.frames, fromTick: ticks[0]!, toTick: ticks[ticks.length - 1]!, width: writer.width, height: writer.height };
}

/** Steps a fresh world through the inputs, calling `at` at each of `ticks` (ascending). */
function playTo(level: LevelData, seed: number, inputs: readonly TickInput[], ticks: readonly number[], at: (world: World) => void): void {
  const world = createWorld(level, seed);
  for (const t of ticks) {
    while (world.tick < t) step(world, inputs[world.tick]!);
    at(world);
  }
}

/** Writes a run's clip to a file (GIF); returns what was written. */
export function writeRunClip(file: string, level: LevelData, seed: number, inputs: readonly TickInput[], options: ClipOptions = {}): Clip {
  const clip = runClip(level, seed, inputs, options);
  writeFileSync(file, clip.gif);
  return clip;
}
