// The audio runtime: the only file that touches howler. It renders every
// sound in code at startup, hands howler WAV bytes through Blob URLs, and
// plays them. When audio is missing or locked (no AudioContext, autoplay
// policy, Howler.noAudio, headless browsers) every method is a quiet no-op:
// nothing throws and nothing waits for the context to resume.
import { Howl, Howler } from 'howler';
import { DEFAULT_VOLUMES, DUCK_LEVEL, MUSIC_LEVEL } from './mix';
import { MUSIC_TRACKS, MUSIC_SAMPLE_RATE, renderMusic, type MusicTrack } from './music';
import { SFX_SAMPLE_RATE, SOUND_BANK, SOUND_NAMES, type SoundName } from './sound-bank';
import type { EngineMix } from './car-engine';
import { engineLoop } from './sounds/car';
import { crackleLoop } from './sounds/hazards';
import { packSprites } from './sprite-sheet';
import { encodeWav } from './wav';

export interface Volumes {
  readonly master: number;
  readonly music: number;
  readonly sfx: number;
}

export interface PlayOptions {
  readonly volume?: number;
  readonly pan?: number;
  readonly rate?: number;
}

const CROSSFADE_MS = 600;
/** Bullet time: the world's effects play lower and softer, the music drags (see setSlowMotion). */
const SLOW_SFX_RATE = 0.72;
const SLOW_SFX_VOLUME = 0.8;
const SLOW_MUSIC_RATE = 0.85;
const DUCK_MS = 250;
/** Render for at most this long before letting the page breathe (progress bar, input). */
const SLICE_MS = 12;
/** Seconds of padding around a music loop (see makeLoopHowl). */
const LOOP_PAD = 0.05;
const LOOP = 'loop';
/** Crackle loop level at full fire, before the sfx slider. */
const CRACKLE_VOLUME = 0.5;
/** Engine loop level for a car at full revs next to El, before the sfx slider. */
const ENGINE_VOLUME = 0.45;

interface Slot {
  /** The sprite sheet holding its takes (null until rendered: see SoundRecipe.late). */
  sheet: Howl | null;
  /** Sprite keys of the takes, played round-robin. */
  readonly keys: string[];
  next: number;
  active: number[];
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Runs fn, swallowing anything thrown: a sound problem must never break the game. */
function safely(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    console.warn('audio:', err);
  }
}

export class GameAudio {
  private readonly sounds = new Map<SoundName, Slot>();
  private readonly music = new Map<MusicTrack, Howl>();
  private volumes: Volumes = { ...DEFAULT_VOLUMES };
  private ducked = false;
  private slow = false;
  private wanted: MusicTrack | null = null;
  private current: { track: MusicTrack; howl: Howl; id: number } | null = null;
  private ready = false;
  private initPromise: Promise<void> | null = null;
  /** The fire's crackle: a looping effect whose level follows the fire near El (setCrackle). */
  private crackle: { howl: Howl; id: number | null; level: number } | null = null;
  /** The car's engine: a looping effect whose level, pan and revs follow the car (setEngine). */
  private engine: { howl: Howl; id: number | null; level: number; rate: number } | null = null;

  /**
   * `silent`: render nothing and open no audio context (src/audio/audio-wanted.ts: automated test
   * pages, or ?audio=off); every call is then a no-op, as on a machine without audio.
   */
  constructor(private readonly options: { readonly silent?: boolean } = {}) {}

  private available(): boolean {
    return this.options.silent !== true && audioAvailable();
  }

  /**
   * Renders the menu loop and every effect and creates the Howls, yielding
   * to the event loop as it goes (onProgress gets 0..1, ending at 1). The
   * combat loop renders in the next task after this resolves. Resolves at
   * once when audio is unavailable; decoding happens in the background and
   * plays queue until it is done. Safe to call more than once.
   */
  init(onProgress?: (fraction: number) => void): Promise<void> {
    this.initPromise ??= this.load(onProgress);
    return this.initPromise;
  }

  /** Plays a sound effect; volume scales the recipe's default, pan is -1 (left) .. 1 (right), rate 1 = as rendered. */
  play(name: SoundName, opts: PlayOptions = {}): void {
    if (!this.ready || locked()) return; // a locked context would play a burst of stale sounds on unlock
    safely(() => {
      const slot = this.sounds.get(name);
      const sheet = slot?.sheet;
      const recipe = SOUND_BANK[name];
      if (!slot || !sheet || !recipe) return;
      const bus = recipe.bus === 'music' ? this.volumes.music : this.volumes.sfx;
      const slowed = this.slow && recipe.bus === 'sfx' && !recipe.unslowed;
      const volume = clamp01(recipe.volume * (opts.volume ?? 1) * bus * (slowed ? SLOW_SFX_VOLUME : 1));
      if (volume < 0.001) return;
      slot.active = slot.active.filter((id) => sheet.playing(id));
      while (slot.active.length >= recipe.voices) sheet.stop(slot.active.shift()!);
      const key = slot.keys[slot.next]!;
      slot.next = (slot.next + 1) % slot.keys.length;
      const id = sheet.play(key);
      sheet.volume(volume, id);
      const pan = Math.max(-1, Math.min(1, opts.pan ?? 0));
      if (pan !== 0 && Number.isFinite(pan)) sheet.stereo(pan, id);
      const rate = (opts.rate ?? 1) * (slowed ? SLOW_SFX_RATE : 1);
      if (rate !== 1 && Number.isFinite(rate) && rate > 0) sheet.rate(Math.min(4, Math.max(0.5, rate)), id);
      slot.active.push(id);
    });
  }

  /**
   * Level (0..1) of the fire crackle loop around El; 0 pauses it. Call once per tick or frame;
   * changes are smoothed a little so the loop never jumps.
   */
  setCrackle(level: number): void {
    if (!this.ready || locked()) return;
    safely(() => {
      const c = this.crackle;
      if (!c) return;
      const want = clamp01(level);
      c.level += (want - c.level) * 0.15;
      if (c.level < 0.01) {
        if (c.id !== null) c.howl.pause(c.id);
        return;
      }
      if (c.id === null) c.id = c.howl.play(LOOP);
      else if (!c.howl.playing(c.id)) c.howl.play(c.id);
      c.howl.volume(clamp01(c.level * CRACKLE_VOLUME * this.volumes.sfx), c.id);
    });
  }

  /** Silences the crackle and the engine at once (leaving a level, the run over). */
  stopCrackle(): void {
    safely(() => {
      for (const c of [this.crackle, this.engine]) {
        if (!c) continue;
        c.level = 0;
        if (c.id !== null) c.howl.pause(c.id);
      }
    });
  }

  /**
   * The car's engine as heard by El (engineMix in car-engine.ts); volume 0 pauses it. Call once
   * per tick; level and revs are smoothed so the loop glides rather than steps.
   */
  setEngine(mix: EngineMix): void {
    if (!this.ready || locked()) return;
    safely(() => {
      const e = this.engine;
      if (!e) return;
      e.level += (clamp01(mix.volume) - e.level) * 0.2;
      if (Number.isFinite(mix.rate) && mix.rate > 0) e.rate += (mix.rate - e.rate) * 0.1;
      if (e.level < 0.01) {
        if (e.id !== null) e.howl.pause(e.id);
        return;
      }
      if (e.id === null) e.id = e.howl.play(LOOP);
      else if (!e.howl.playing(e.id)) e.howl.play(e.id);
      e.howl.volume(clamp01(e.level * ENGINE_VOLUME * this.volumes.sfx * (this.slow ? SLOW_SFX_VOLUME : 1)), e.id);
      e.howl.rate(Math.min(4, Math.max(0.5, e.rate * (this.slow ? SLOW_SFX_RATE : 1))), e.id);
      const pan = Math.max(-1, Math.min(1, mix.pan));
      if (Number.isFinite(pan)) e.howl.stereo(pan, e.id);
    });
  }

  /** Crossfades to a loop (or to silence with null). Remembered while audio is locked or loading. */
  setMusic(track: MusicTrack | null): void {
    this.wanted = track;
    safely(() => this.syncMusic());
  }

  setVolumes(v: Volumes): void {
    this.volumes = { master: clamp01(v.master), music: clamp01(v.music), sfx: clamp01(v.sfx) };
    safely(() => {
      if (!this.available()) return;
      Howler.volume(this.volumes.master);
      if (this.current) this.current.howl.volume(this.musicVolume(), this.current.id);
    });
  }

  /** Bullet time on or off: effects play pitched down and softer, the music slows a little. */
  setSlowMotion(on: boolean): void {
    if (this.slow === on) return;
    this.slow = on;
    safely(() => {
      const c = this.current;
      if (c) c.howl.rate(on ? SLOW_MUSIC_RATE : 1, c.id);
    });
  }

  /** Lowers the music (pause menu) or brings it back. */
  duckMusic(on: boolean): void {
    if (this.ducked === on) return;
    this.ducked = on;
    safely(() => {
      const c = this.current;
      if (!c) return;
      c.howl.fade(c.howl.volume(c.id) as number, this.musicVolume(), DUCK_MS, c.id);
    });
  }

  private musicVolume(): number {
    return this.volumes.music * MUSIC_LEVEL * (this.ducked ? DUCK_LEVEL : 1);
  }

  private syncMusic(): void {
    if (!this.ready || this.current?.track === this.wanted) return;
    if (this.wanted !== null && locked()) return; // started by the unlock/resume handlers instead
    // A loop still rendering (see load): keep the current one until it is ready.
    if (this.wanted !== null && !this.music.has(this.wanted)) return;
    const old = this.current;
    this.current = null;
    if (old) {
      old.howl.fade(old.howl.volume(old.id) as number, 0, CROSSFADE_MS, old.id);
      old.howl.once('fade', () => safely(() => old.howl.stop(old.id)), old.id);
    }
    const howl = this.wanted === null ? undefined : this.music.get(this.wanted);
    if (!howl || this.wanted === null) return;
    const id = howl.play(LOOP);
    howl.volume(0, id);
    if (this.slow) howl.rate(SLOW_MUSIC_RATE, id);
    howl.fade(0, this.musicVolume(), CROSSFADE_MS, id);
    this.current = { track: this.wanted, howl, id };
  }

  private async load(onProgress?: (fraction: number) => void): Promise<void> {
    const report = (f: number): void => safely(() => onProgress?.(f));
    if (!this.available()) {
      report(1);
      return;
    }
    const jobs: { weight: number; run: () => void }[] = [];
    // Menu music first: it is what the title screen wants.
    const musicJob = (track: MusicTrack): void => {
      this.music.set(track, this.makeLoopHowl(renderMusic(track, MUSIC_SAMPLE_RATE), MUSIC_SAMPLE_RATE));
    };
    jobs.push({ weight: 8, run: () => musicJob('menu') });
    // Two sheets: what the boot bar waits for, and the `late` sounds rendered after it (below).
    const sheets = { boot: { slots: [] as Slot[], takes: [] as { key: string; pcm: Float32Array }[] }, late: { slots: [] as Slot[], takes: [] as { key: string; pcm: Float32Array }[] } };
    const lateJobs: (() => void)[] = [];
    for (const name of SOUND_NAMES) {
      const recipe = SOUND_BANK[name];
      const slot: Slot = { sheet: null, keys: [], next: 0, active: [] };
      this.sounds.set(name, slot);
      const group = recipe.late ? sheets.late : sheets.boot;
      group.slots.push(slot);
      for (let v = 0; v < recipe.variants; v++) {
        const key = `${name}:${v}`;
        slot.keys.push(key);
        const render = (): void => void group.takes.push({ key, pcm: recipe.render(v) });
        if (recipe.late) lateJobs.push(render);
        else jobs.push({ weight: 1, run: render });
      }
    }
    const pack = (group: typeof sheets.boot): void => {
      const sheet = packSprites(group.takes, SFX_SAMPLE_RATE);
      group.takes.length = 0;
      const howl = this.makeHowl(sheet.pcm, SFX_SAMPLE_RATE, { loop: false, pool: 24, sprite: sheet.sprites });
      for (const slot of group.slots) slot.sheet = howl;
    };
    jobs.push({ weight: 3, run: () => pack(sheets.boot) });
    jobs.push({ weight: 2, run: () => (this.crackle = { howl: this.makeLoopHowl(crackleLoop(), SFX_SAMPLE_RATE, false), id: null, level: 0 }) });
    if (sheets.late.slots.length > 0) lateJobs.push(() => pack(sheets.late));
    lateJobs.push(() => (this.engine = { howl: this.makeLoopHowl(engineLoop(), SFX_SAMPLE_RATE, false), id: null, level: 0, rate: 1 }));

    const total = jobs.reduce((s, j) => s + j.weight, 0);
    let done = 0;
    let sliceStart = now();
    for (const job of jobs) {
      job.run();
      done += job.weight;
      report(done / total);
      if (now() - sliceStart > SLICE_MS) {
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        sliceStart = now();
      }
    }
    this.ready = true;
    safely(() => this.syncMusic());
    // The title needs none of the `late` sounds: render them one per task once it is up (a play
    // before its sheet exists is silent, and nothing on the title asks for them).
    const runLate = (k: number): void => {
      if (k >= lateJobs.length) return;
      safely(lateJobs[k]!);
      setTimeout(() => runLate(k + 1), 0);
    };
    setTimeout(() => runLate(0), 0);
    // The other loops aren't needed on the title screen: render them after init
    // resolves, one per task (setMusic keeps the old loop playing until then).
    for (const track of MUSIC_TRACKS) {
      if (track !== 'menu') setTimeout(() => safely(() => {
        musicJob(track);
        this.syncMusic();
      }), 0);
    }
  }

  private makeHowl(pcm: Float32Array, rate: number, o: { loop: boolean; pool: number; sprite?: Record<string, [number, number] | [number, number, boolean]> }): Howl {
    const url = URL.createObjectURL(new Blob([encodeWav(pcm, rate)], { type: 'audio/wav' }));
    // Web Audio keeps the decoded buffer, so the Blob can go; HTML5 Audio re-reads the URL on every play.
    const release = (): void => {
      if (Howler.usingWebAudio) URL.revokeObjectURL(url);
    };
    return new Howl({
      src: [url],
      format: ['wav'],
      loop: o.loop,
      pool: o.pool,
      preload: true,
      sprite: o.sprite,
      onload: release,
      onloaderror: release,
    });
  }

  /**
   * A music loop. The browser resamples the WAV to the context's rate when it
   * decodes it, and a resampler smears the first and last few ms of a buffer
   * (it sees silence beyond them): a click at every loop. So the loop is
   * stored with LOOP_PAD of its own end before it and of its start after it,
   * and played as a looping sprite between the pads, where the resampled
   * audio is exact.
   */
  private makeLoopHowl(loop: Float32Array, rate: number, music = true): Howl {
    const pad = Math.min(loop.length, Math.round(LOOP_PAD * rate));
    const padded = new Float32Array(loop.length + 2 * pad);
    padded.set(loop.subarray(loop.length - pad), 0);
    padded.set(loop, pad);
    padded.set(loop.subarray(0, pad), pad + loop.length);
    const howl = this.makeHowl(padded, rate, { loop: true, pool: 2, sprite: { [LOOP]: [(pad / rate) * 1000, (loop.length / rate) * 1000, true] } });
    if (!music) return howl;
    // The first user gesture unlocks audio; start whatever music is wanted then.
    const resync = (): void => safely(() => this.syncMusic());
    howl.on('unlock', resync);
    howl.on('resume', resync);
    return howl;
  }
}

let prepared = false;

/** Keep the context running once unlocked: our `locked()` check reads its state, and Howler's 30 s auto-suspend would fool it. */
function prepareHowler(): void {
  if (prepared) return;
  prepared = true;
  safely(() => {
    Howler.autoSuspend = false;
    Howler.volume(Howler.volume()); // creates the AudioContext (or discovers there is none)
    guardOutput();
  });
}

/**
 * A limiter between howler's master gain and the speakers. Each sound is rendered under full
 * scale, but a blast on a blast, or both barrels over the music, can sum past it; this catches
 * those peaks (it does nothing below -3 dBFS, where the mix normally sits).
 */
function guardOutput(): void {
  const ctx = Howler.usingWebAudio ? Howler.ctx : null;
  const master = Howler.masterGain;
  if (!ctx || !master || typeof ctx.createDynamicsCompressor !== 'function') return;
  const limiter = ctx.createDynamicsCompressor();
  limiter.threshold.value = -3;
  limiter.knee.value = 2;
  limiter.ratio.value = 20;
  limiter.attack.value = 0.002;
  limiter.release.value = 0.15;
  master.disconnect();
  master.connect(limiter);
  limiter.connect(ctx.destination);
}

function audioAvailable(): boolean {
  try {
    prepareHowler();
    return (
      typeof window !== 'undefined' && typeof Blob !== 'undefined' && typeof URL.createObjectURL === 'function' && !Howler.noAudio
    );
  } catch {
    return false;
  }
}

/** True while Web Audio exists but has not been unlocked by a user gesture. */
function locked(): boolean {
  try {
    if (!Howler.usingWebAudio) return false;
    return (Howler as unknown as { state?: string }).state !== 'running';
  } catch {
    return true;
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
