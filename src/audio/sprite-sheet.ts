// Packs every effect into one PCM "sheet" so the browser makes one Blob, one
// Howl and one decode instead of dozens (each costs a few ms at startup).
// The silent gaps keep the decoder's resampling of one sound from bleeding
// into the next.

export interface SpriteSheet {
  readonly pcm: Float32Array;
  /** key -> [start ms, duration ms], howler's sprite format. */
  readonly sprites: Record<string, [number, number]>;
}

export function packSprites(takes: readonly { key: string; pcm: Float32Array }[], sr: number, gapSeconds = 0.05): SpriteSheet {
  const gap = Math.round(gapSeconds * sr);
  const total = takes.reduce((n, t) => n + t.pcm.length + gap, gap);
  const pcm = new Float32Array(total);
  const sprites: Record<string, [number, number]> = {};
  let at = gap;
  for (const t of takes) {
    pcm.set(t.pcm, at);
    sprites[t.key] = [(at / sr) * 1000, (t.pcm.length / sr) * 1000];
    at += t.pcm.length + gap;
  }
  return { pcm, sprites };
}
