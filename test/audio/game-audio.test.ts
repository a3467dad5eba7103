// GameAudio against a fake howler (fake-howler.ts): what it really asks of howler. Sprites played
// with volume, pan and rate clamped; voices capped; the music crossfaded, ducked and slowed; the
// sliders applied; nothing played while the context is locked. The music loops are stubbed short
// (their sound is test/audio/music.test.ts's business), the effects are the real sound bank.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GameAudio } from '../../src/audio/game-audio';
import { DUCK_LEVEL, MUSIC_LEVEL } from '../../src/audio/mix';
import { SOUND_BANK } from '../../src/audio/sound-bank';
import { FakeHowl, FakeHowler } from './fake-howler';

vi.mock('howler', async () => {
  const fake = await import('./fake-howler');
  return { Howl: fake.FakeHowl, Howler: fake.FakeHowler };
});
vi.mock('../../src/audio/music', () => ({
  MUSIC_TRACKS: ['menu', 'combat'],
  MUSIC_SAMPLE_RATE: 22050,
  renderMusic: (track: string) => new Float32Array(track === 'menu' ? 22050 : 11025).fill(0.1),
}));

const VOLUMES = { master: 0.5, music: 0.8, sfx: 0.5 };

/** Lets the tasks GameAudio queued after init run, until `done` holds (bounded by turns, not time). */
async function settle(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 10_000 && !done(); turn++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  expect(done()).toBe(true);
}

interface Rig {
  audio: GameAudio;
  /** The sprite sheet holding `key` ('deagle:0'). */
  sheet(key: string): FakeHowl;
  music(track: 'menu' | 'combat'): FakeHowl;
}

/** A GameAudio initialised over the fake, with every sheet and loop made. */
async function rig(): Promise<Rig> {
  const audio = new GameAudio();
  audio.setVolumes(VOLUMES);
  await audio.init();
  const musics = (): FakeHowl[] => FakeHowl.made.filter((h) => h.listens('unlock'));
  await settle(() => musics().length === 2 && FakeHowl.made.some((h) => h.has('focusIn:0')));
  return {
    audio,
    sheet: (key) => FakeHowl.made.find((h) => h.has(key))!,
    music: (track) => musics()[track === 'menu' ? 0 : 1]!,
  };
}

/** The last value a Howl was given by `method` for sound `id` (volume, stereo, rate). */
function last(h: FakeHowl, method: string, id: number): unknown {
  return h.callsOf(method).filter((args) => args.at(-1) === id).at(-1)?.[0];
}

describe('GameAudio over howler', () => {
  beforeEach(() => {
    FakeHowl.made = [];
    FakeHowler.state = 'running';
    FakeHowler.masterVolumes = [];
    vi.stubGlobal('window', globalThis);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('silent (automated pages): init ends at once, nothing is rendered or made, every call is a no-op', async () => {
    const audio = new GameAudio({ silent: true });
    const progress: number[] = [];
    await audio.init((f) => progress.push(f));
    expect(progress).toEqual([1]);
    audio.setVolumes(VOLUMES);
    audio.setMusic('combat');
    audio.play('deagle');
    // Turns for any late job to run: there are none. (First in the file: no earlier test's late jobs run here.)
    for (let turn = 0; turn < 20; turn++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
    expect(FakeHowl.made).toEqual([]);
    expect(FakeHowler.masterVolumes).toEqual([]);
  });

  it('reports loading to the end and packs every take of every effect into sprite sheets', async () => {
    const audio = new GameAudio();
    const progress: number[] = [];
    await audio.init((f) => progress.push(f));
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    await settle(() => FakeHowl.made.some((h) => h.has('focusIn:0')));
    for (const name of Object.keys(SOUND_BANK) as (keyof typeof SOUND_BANK)[]) {
      for (let v = 0; v < SOUND_BANK[name].variants; v++) expect(FakeHowl.made.some((h) => h.has(`${name}:${v}`)), `${name}:${v}`).toBe(true);
    }
    // Auto-suspend off: the locked check reads the context's state, which a suspend would fake.
    expect(FakeHowler.autoSuspend).toBe(false);
  });

  it('plays a sprite with its volume scaled by the recipe and slider, pan and rate clamped', async () => {
    const { audio, sheet } = await rig();
    const s = sheet('deagle:0');
    audio.play('deagle', { volume: 0.5, pan: -3, rate: 9 });
    const id = s.callsOf('play').length;
    expect(s.callsOf('play').at(-1)).toEqual(['deagle:0']);
    expect(last(s, 'volume', id)).toBeCloseTo(SOUND_BANK.deagle.volume * 0.5 * VOLUMES.sfx, 9);
    expect(last(s, 'stereo', id)).toBe(-1);
    expect(last(s, 'rate', id)).toBe(4);
    // Too loud is full volume, too slow is half speed, a zero rate and centre pan are left alone.
    audio.play('deagle', { volume: 40, pan: 0.25, rate: 0.1 });
    const loud = id + 1;
    expect(last(s, 'volume', loud)).toBe(1);
    expect(last(s, 'stereo', loud)).toBe(0.25);
    expect(last(s, 'rate', loud)).toBe(0.5);
    audio.play('deagle', { pan: 0, rate: 0 });
    expect(last(s, 'stereo', loud + 1)).toBeUndefined();
    expect(last(s, 'rate', loud + 1)).toBeUndefined();
    // Inaudible is not played at all.
    const plays = s.callsOf('play').length;
    audio.play('deagle', { volume: 0 });
    expect(s.callsOf('play').length).toBe(plays);
  });

  it('takes turns between a sound\'s takes and cuts the oldest voice past its limit', async () => {
    const { audio, sheet } = await rig();
    const pistols = sheet('sleevePistol:0');
    for (let i = 0; i < 4; i++) audio.play('sleevePistol');
    const keys = pistols.callsOf('play').filter(([k]) => String(k).startsWith('sleevePistol'));
    expect(keys).toEqual([['sleevePistol:0'], ['sleevePistol:1'], ['sleevePistol:2'], ['sleevePistol:0']]);
    const s = sheet('revolver:0');
    const before = s.callsOf('stop').length;
    for (let i = 0; i < SOUND_BANK.revolver.voices; i++) audio.play('revolver');
    expect(s.callsOf('stop').length).toBe(before);
    audio.play('revolver');
    const ids = s.callsOf('play').map((_, i) => i + 1);
    const revolverIds = ids.filter((id) => s.callsOf('play')[id - 1]![0] === 'revolver:0');
    expect(s.callsOf('stop').at(-1)).toEqual([revolverIds[0]]);
  });

  it('plays nothing while the audio context is locked', async () => {
    const { audio, sheet } = await rig();
    const s = sheet('pistol:0');
    const plays = s.callsOf('play').length;
    FakeHowler.state = 'suspended';
    audio.play('pistol');
    expect(s.callsOf('play').length).toBe(plays);
    FakeHowler.state = 'running';
    audio.play('pistol');
    expect(s.callsOf('play').length).toBe(plays + 1);
  });

  it('fades the music in, crossfades to another loop, and ducks it under the pause menu', async () => {
    const { audio, music } = await rig();
    const menu = music('menu');
    const combat = music('combat');
    const full = VOLUMES.music * MUSIC_LEVEL;
    audio.setMusic('menu');
    expect(menu.callsOf('play')).toEqual([['loop']]);
    expect(menu.callsOf('fade').at(-1)).toEqual([0, full, 600, 1]);
    audio.setMusic('combat');
    expect(menu.callsOf('fade').at(-1)).toEqual([full, 0, 600, 1]);
    expect(menu.callsOf('once')).toEqual([['fade']]);
    menu.emit('fade');
    expect(menu.callsOf('stop')).toEqual([[1]]);
    expect(combat.callsOf('play')).toEqual([['loop']]);
    audio.duckMusic(true);
    expect(combat.callsOf('fade').at(-1)).toEqual([full, full * DUCK_LEVEL, 250, 1]);
    audio.duckMusic(false);
    expect(combat.callsOf('fade').at(-1)).toEqual([full * DUCK_LEVEL, full, 250, 1]);
    audio.setMusic(null);
    expect(combat.callsOf('fade').at(-1)).toEqual([full, 0, 600, 1]);
  });

  it('applies the sliders: master to howler, music to the playing loop, sfx to each effect', async () => {
    const { audio, music, sheet } = await rig();
    expect(FakeHowler.masterVolumes.at(-1)).toBe(VOLUMES.master);
    audio.setMusic('menu');
    audio.setVolumes({ master: 0.25, music: 0.5, sfx: 1 });
    expect(FakeHowler.masterVolumes.at(-1)).toBe(0.25);
    expect(last(music('menu'), 'volume', 1)).toBeCloseTo(0.5 * MUSIC_LEVEL, 9);
    const s = sheet('glassBreak:0');
    audio.play('glassBreak');
    expect(last(s, 'volume', s.callsOf('play').length)).toBeCloseTo(SOUND_BANK.glassBreak.volume, 9);
    // Out-of-range and broken values are clamped, never passed on.
    audio.setVolumes({ master: NaN, music: -1, sfx: 9 });
    expect(FakeHowler.masterVolumes.at(-1)).toBe(0);
    expect(last(music('menu'), 'volume', 1)).toBe(0);
  });

  it('slows and softens the effects and drags the music in bullet time, but not the focus cues', async () => {
    const { audio, music, sheet } = await rig();
    audio.setMusic('menu');
    audio.setSlowMotion(true);
    expect(last(music('menu'), 'rate', 1)).toBe(0.85);
    const s = sheet('pistol:0');
    audio.play('pistol', { rate: 1 });
    const id = s.callsOf('play').length;
    expect(last(s, 'rate', id)).toBeCloseTo(0.72, 9);
    expect(last(s, 'volume', id)).toBeCloseTo(SOUND_BANK.pistol.volume * VOLUMES.sfx * 0.8, 9);
    const cues = sheet('focusIn:0');
    audio.play('focusIn');
    const cue = cues.callsOf('play').length;
    expect(last(cues, 'rate', cue)).toBeUndefined();
    expect(last(cues, 'volume', cue)).toBeCloseTo(SOUND_BANK.focusIn.volume * VOLUMES.sfx, 9);
    audio.setSlowMotion(false);
    expect(last(music('menu'), 'rate', 1)).toBe(1);
    audio.play('pistol');
    expect(last(s, 'rate', s.callsOf('play').length)).toBeUndefined();
  });
});

describe('GameAudio without audio', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('initialises, reports completion and makes nothing when there is no window', async () => {
    FakeHowl.made = [];
    const audio = new GameAudio();
    const progress: number[] = [];
    await audio.init((f) => progress.push(f));
    expect(progress).toEqual([1]);
    audio.play('deagle');
    audio.setMusic('combat');
    expect(FakeHowl.made).toEqual([]);
  });
});
