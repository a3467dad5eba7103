// GameAudio against no audio at all (Node has no AudioContext): every call must be a safe no-op.
// It is never tested against a real AudioContext here.
import { describe, expect, it } from 'vitest';
import { GameAudio } from '../../src/audio/game-audio';

describe('GameAudio without audio', () => {
  it('initialises, reports completion and ignores every call', async () => {
    const audio = new GameAudio();
    audio.setVolumes({ master: 0.5, music: 0.5, sfx: 0.5 });
    audio.setMusic('menu');
    const progress: number[] = [];
    await audio.init((f) => progress.push(f));
    expect(progress.at(-1)).toBe(1);
    expect(() => {
      audio.play('deagle', { volume: 2, pan: -3, rate: 0 });
      audio.setMusic('combat');
      audio.duckMusic(true);
      audio.duckMusic(false);
      audio.setSlowMotion(true);
      audio.play('glassBreak', { volume: 1, pan: 0, rate: 0.6 });
      audio.setSlowMotion(false);
      audio.setMusic(null);
      audio.setCrackle(0.7);
      audio.setCrackle(NaN);
      audio.setEngine({ volume: 0.6, pan: 3, rate: NaN });
      audio.play('focusIn');
      audio.stopCrackle();
      audio.setVolumes({ master: NaN, music: -1, sfx: 9 });
    }).not.toThrow();
    await expect(audio.init()).resolves.toBeUndefined();
  });
});
