// The two music loops. Pure: each render is deterministic PCM.
import { renderCombat } from './combat';
import { renderMenu } from './menu';

export type MusicTrack = 'menu' | 'combat';

export const MUSIC_TRACKS: readonly MusicTrack[] = ['menu', 'combat'];

/** Default music sample rate (the runtime may pass the AudioContext's own rate instead). */
export const MUSIC_SAMPLE_RATE = 22050;

/** Renders a loop of whole bars, ready to loop sample-accurately. */
export function renderMusic(track: MusicTrack, sr = MUSIC_SAMPLE_RATE): Float32Array {
  return track === 'menu' ? renderMenu(sr) : renderCombat(sr);
}
