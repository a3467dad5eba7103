// Who stands out: El and the men fighting him are lit and rimmed, calm patrons, bystanders, friends
// and the dead are not; every rim the world view can ask for exists.
import { describe, expect, it } from 'vitest';
import { buildAllSprites } from '../../src/art/sprite-registry';
import { actorFrame, actorLegsFrame } from '../../src/render/cast-frames';
import { Depth } from '../../src/render/depth';
import { figureLook, isHostileNow } from '../../src/render/figure-look';
import type { Actor } from '../../src/sim';
import { wholeCast } from './whole-cast';

const sprites = buildAllSprites();

const cast = wholeCast();
const byArch = (id: string) => cast.find((a) => a.arch === id)!;
const look = (a: Actor) => figureLook(a, actorFrame(a, 0), actorLegsFrame(a, 0));

describe('figure look', () => {
  it('El is lit over every other figure, rimmed, with his ring on the floor', () => {
    const el = look(byArch('mariachi'));
    expect(el.lit && el.marker).toBe(true);
    expect(el.bodyRim).toMatch(/@el$/);
    expect(el.legsRim).toMatch(/@el$/);
    const foe = look({ ...byArch('henchman'), ai: { ...byArch('henchman').ai!, calm: false } });
    expect(el.bodyDepth).toBeGreaterThan(foe.bodyDepth);
    expect(el.rimDepth).toBeGreaterThan(Depth.Lights);
    expect(el.rimDepth).toBeLessThan(el.legsDepth);
    expect(el.legsDepth).toBeLessThan(el.bodyDepth);
  });

  it('a calm patron is muted; the same man once he draws is lit with a red rim', () => {
    const patron = byArch('patron');
    const calm = look({ ...patron, ai: { ...patron.ai!, calm: true } });
    expect(calm.lit || calm.bodyRim !== null || calm.marker).toBe(false);
    expect(calm.bodyDepth).toBeLessThan(Depth.Lights);
    const drawn = look({ ...patron, ai: { ...patron.ai!, calm: false } });
    expect(drawn.lit).toBe(true);
    expect(drawn.bodyRim).toMatch(/@foe$/);
  });

  it('bystanders, friends, the car and the dead are never lit', () => {
    for (const id of ['civilian', 'bartender', 'boy', 'carolina', 'campa', 'quino', 'lieutenant']) {
      expect(isHostileNow(byArch(id)), id).toBe(false);
      expect(look(byArch(id)).lit, id).toBe(false);
    }
    const dead = { ...byArch('henchman'), alive: false };
    expect(look(dead).lit).toBe(false);
    expect(look({ ...byArch('mariachi'), alive: false }).marker).toBe(false);
    // Knocked down: no rim round a man lying on the floor.
    expect(look({ ...byArch('henchman'), stunLeft: 10 }).bodyRim).toBeNull();
  });

  it('every rim a lit figure can ask for exists', () => {
    const missing: string[] = [];
    for (const base of cast) {
      for (const calm of [false, true]) {
        for (const cooldown of [0, 1, 2, 3, 10, 40]) {
          for (const windupLeft of [0, 10]) {
            for (const walked of [0, 5, 10, 15]) {
              const a: Actor = { ...base, cooldown, ai: base.ai && { ...base.ai, calm, windupLeft } };
              const l = figureLook(a, actorFrame(a, 0), actorLegsFrame({ ...a, x: a.x + 1 }, walked));
              for (const f of [l.bodyRim, l.legsRim]) if (f && !sprites.has(f)) missing.push(f);
            }
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(sprites.has('el_marker')).toBe(true);
  });
});
