// The car's frames and the stand-ins for cast members drawn later: every frame they name exists.
import { describe, expect, it } from 'vitest';
import { buildAllSprites } from '../../src/art/sprite-registry';
import { isVehicle, standInFrame, vehicleFrame } from '../../src/render/cast-frames';
import { ARCHETYPES } from '../../src/sim/archetypes';
import { createWorld } from '../../src/sim/world';
import { asciiLevel } from '../sim/ascii-level';

describe('cast frames', () => {
  const sprites = buildAllSprites();
  const world = createWorld(asciiLevel(['#######', '#@aqlb#', '#vBe..#', '#######']), 1);

  it('the lieutenant is drawn as the car, and as a wreck once dead', () => {
    const car = world.actors.find((a) => a.arch === 'lieutenant')!;
    expect(isVehicle(car)).toBe(true);
    expect(world.actors.filter(isVehicle)).toEqual([car]);
    expect(vehicleFrame(car)).toBe('car');
    expect(vehicleFrame({ ...car, alive: false })).toBe('car_wreck');
    expect(sprites.has('car') && sprites.has('car_wreck')).toBe(true);
  });

  it('every body frame of every archetype has a stand-in that exists', () => {
    for (const a of world.actors) {
      const civilian = ARCHETYPES[a.arch]!.team === 'civilian';
      for (const f of civilian ? ['idle', 'cower', 'dead0', 'dead1'] : ['idle', 'aim', 'recoil', 'dead0', 'dead1']) {
        expect(sprites.has(standInFrame(a, `${a.arch}_${f}`)), `${a.arch}_${f}`).toBe(true);
      }
    }
    const campa = world.actors.find((a) => a.arch === 'campa')!;
    expect(standInFrame(campa, 'campa_recoil')).toBe('mariachi_recoil');
  });
});
