// A stand-in for howler that records what GameAudio asks of it, for test/audio/game-audio.test.ts
// (installed with vi.mock('howler')). Only what GameAudio calls is here; a Howl plays nothing and
// says a sound is playing until it is stopped.

export interface HowlCall {
  readonly method: string;
  readonly args: readonly unknown[];
}

interface HowlOptions {
  readonly sprite?: Record<string, unknown>;
  readonly loop?: boolean;
}

export class FakeHowl {
  /** Every Howl made, in order. */
  static made: FakeHowl[] = [];
  readonly calls: HowlCall[] = [];
  /** Per sound id: its volume, and whether it plays. */
  private readonly volumes = new Map<number, number>();
  private readonly sounding = new Set<number>();
  private readonly handlers = new Map<string, (() => void)[]>();
  private nextId = 1;

  constructor(readonly options: HowlOptions) {
    FakeHowl.made.push(this);
  }

  /** Whether this Howl holds a sprite of that key (a sheet of effects, or a loop). */
  has(key: string): boolean {
    return this.options.sprite !== undefined && key in this.options.sprite;
  }

  /** The calls of one method, newest last. */
  callsOf(method: string): (readonly unknown[])[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  play(key: string | number): number {
    this.calls.push({ method: 'play', args: [key] });
    const id = typeof key === 'number' ? key : this.nextId++;
    this.sounding.add(id);
    return id;
  }

  /** volume(id) reads a sound's volume (as howler does for a known id); volume(v, id) sets it. */
  volume(...args: number[]): number | this {
    if (args.length < 2) return this.volumes.get(args[0] ?? -1) ?? 1;
    const [v, id] = args as [number, number];
    this.calls.push({ method: 'volume', args: [v, id] });
    this.volumes.set(id, v);
    return this;
  }

  stereo(pan: number, id: number): this {
    this.calls.push({ method: 'stereo', args: [pan, id] });
    return this;
  }

  rate(r: number, id: number): this {
    this.calls.push({ method: 'rate', args: [r, id] });
    return this;
  }

  fade(from: number, to: number, ms: number, id: number): this {
    this.calls.push({ method: 'fade', args: [from, to, ms, id] });
    this.volumes.set(id, to);
    return this;
  }

  stop(id: number): this {
    this.calls.push({ method: 'stop', args: [id] });
    this.sounding.delete(id);
    return this;
  }

  pause(id: number): this {
    this.calls.push({ method: 'pause', args: [id] });
    this.sounding.delete(id);
    return this;
  }

  playing(id: number): boolean {
    return this.sounding.has(id);
  }

  on(event: string, fn: () => void): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), fn]);
    return this;
  }

  once(event: string, fn: () => void): this {
    this.calls.push({ method: 'once', args: [event] });
    return this.on(event, fn);
  }

  /** Whether something listens for that event (the music loops listen for 'unlock'). */
  listens(event: string): boolean {
    return (this.handlers.get(event) ?? []).length > 0;
  }

  /** Fires an event the way howler would (a fade finishing, the context unlocking). */
  emit(event: string): void {
    for (const fn of this.handlers.get(event) ?? []) fn();
  }
}

/** The global Howler: master volume, and an AudioContext that is running unless a test locks it. */
export const FakeHowler = {
  autoSuspend: true,
  noAudio: false,
  usingWebAudio: true,
  state: 'running',
  ctx: null,
  masterGain: null,
  masterVolumes: [] as number[],
  volume(v?: number): number {
    if (v !== undefined) this.masterVolumes.push(v);
    return this.masterVolumes.at(-1) ?? 1;
  },
};
