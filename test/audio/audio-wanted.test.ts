import { describe, expect, it } from 'vitest';
import { audioWanted } from '../../src/audio/audio-wanted';

const page = (search: string, automated = false) => audioWanted({ automated, query: new URLSearchParams(search) });

describe('audioWanted (which pages make sound)', () => {
  it("a player's page makes sound; automated and test-clock pages do not", () => {
    expect(page('')).toEqual({ wanted: true, error: null });
    expect(page('?level=bar')).toEqual({ wanted: true, error: null });
    expect(page('', true)).toEqual({ wanted: false, error: null });
    expect(page('?clock=manual')).toEqual({ wanted: false, error: null });
  });

  it('?audio=on and ?audio=off decide for any page', () => {
    expect(page('?clock=manual&audio=on', true)).toEqual({ wanted: true, error: null });
    expect(page('?audio=off')).toEqual({ wanted: false, error: null });
  });

  it('any other value is one message and changes nothing', () => {
    expect(page('?audio=loud')).toEqual({ wanted: true, error: 'URL: audio must be "on" or "off", got "loud" (sound as usual)' });
    expect(page('?audio=1', true).wanted).toBe(false);
  });
});
