import { describe, expect, it } from 'vitest';
import { packSprites } from '../../src/audio/sprite-sheet';

describe('packSprites', () => {
  it('lays takes end to end with silent gaps and howler [start ms, duration ms] sprites', () => {
    const a = Float32Array.from([0.5, -0.5]);
    const b = Float32Array.from([0.25, 0.25, 0.25]);
    const sheet = packSprites([{ key: 'a', pcm: a }, { key: 'b', pcm: b }], 1000, 0.002);
    expect([...sheet.pcm]).toEqual([0, 0, 0.5, -0.5, 0, 0, 0.25, 0.25, 0.25, 0, 0]);
    expect(sheet.sprites).toEqual({ a: [2, 2], b: [6, 3] });
  });
});
