// Readable without colour: foe and friend stand on marks of different shapes, which stay different
// with the colour taken away; the "Fewer flashes, less shake" setting turns shake down.
import { describe, expect, it } from 'vitest';
import { teamMarkerSprites } from '../../src/art/sprites/team-markers';
import { buildAllSprites } from '../../src/art/sprite-registry';
import type { PixelImage } from '../../src/art/pixel-sprite';
import { actorFrame, actorLegsFrame } from '../../src/render/cast-frames';
import { figureLook, teamMarkerOf } from '../../src/render/figure-look';
import { CALM_SHAKE_SCALE, shakeIntensity } from '../../src/render/reduced-flashes';
import type { Actor } from '../../src/sim';
import { wholeCast } from '../render/whole-cast';

const cast = wholeCast();
const byArch = (id: string) => cast.find((a) => a.arch === id)!;
const fighting = (a: Actor): Actor => ({ ...a, ai: a.ai ? { ...a.ai, calm: false } : null });

/** Grey level per pixel (0 where transparent), as a grey-scale screenshot would see it. */
function grey(img: PixelImage): number[] {
  const out: number[] = [];
  for (let i = 0; i < img.w * img.h; i++) {
    const [r, g, b, a] = [img.data[i * 4]!, img.data[i * 4 + 1]!, img.data[i * 4 + 2]!, img.data[i * 4 + 3]!];
    out.push(a === 0 ? 0 : Math.round(0.299 * r + 0.587 * g + 0.114 * b));
  }
  return out;
}

describe('foe and friend by shape', () => {
  it('a man fighting El stands on the diamond; friends and bystanders on the dot ring; calm patrons and the dead on none', () => {
    expect(teamMarkerOf(fighting(byArch('henchman')))).toBe('hostile_marker');
    expect(teamMarkerOf(fighting(byArch('gunman')))).toBe('hostile_marker');
    for (const id of ['carolina', 'campa', 'quino', 'civilian', 'boy']) expect(teamMarkerOf(byArch(id))).toBe('friend_marker');
    expect(teamMarkerOf(byArch('mariachi'))).toBeNull();
    expect(teamMarkerOf({ ...byArch('patron'), ai: { ...byArch('patron').ai!, calm: true } })).toBeNull();
    expect(teamMarkerOf({ ...fighting(byArch('henchman')), alive: false })).toBeNull();
    const foe = fighting(byArch('henchman'));
    expect(figureLook(foe, actorFrame(foe, 0), actorLegsFrame(foe, 0)).teamMarker).toBe('hostile_marker');
  });

  it('the two marks differ in grey-scale, and both are in the atlas', () => {
    const marks = teamMarkerSprites();
    const [foe, friend] = [grey(marks.get('hostile_marker')!), grey(marks.get('friend_marker')!)];
    const drawn = (g: number[]): number[] => g.map((v) => (v > 0 ? 1 : 0));
    const differing = drawn(foe).filter((v, i) => v !== drawn(friend)[i]).length;
    // Most of either shape's pixels are where the other has none.
    expect(differing).toBeGreaterThan(0.6 * (drawn(foe).reduce((a, b) => a + b) + drawn(friend).reduce((a, b) => a + b)) / 2);
    const atlas = buildAllSprites();
    expect(atlas.has('hostile_marker') && atlas.has('friend_marker')).toBe(true);
  });
});

describe('fewer flashes, less shake', () => {
  it('shake shrinks to a quarter, and Screen shake off still means none', () => {
    expect(shakeIntensity(0.008, true, false)).toBe(0.008);
    expect(shakeIntensity(0.008, true, true)).toBeCloseTo(0.008 * CALM_SHAKE_SCALE);
    expect(shakeIntensity(0.008, false, false)).toBe(0);
    expect(shakeIntensity(0.008, false, true)).toBe(0);
  });
});
