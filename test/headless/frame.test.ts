// renderFrame: an RGB frame of the world from the game's own art, headless.
import { describe, expect, it } from 'vitest';
import { actorById, cloneWorld, createWorld, NO_INPUT, step, TILE, type World } from '../../src/sim';
import { loadLevel } from '../../src/headless/level-files';
import { CAMERA_H, CAMERA_W, FrameError, renderFrame, type RgbFrame } from '../../src/headless';
import { allSprites } from '../../src/headless/frame/art-cache';

const bar = loadLevel('bar');

function fresh(seed = 7): World {
  return createWorld(bar, seed);
}

/** The camera window's top-left in world pixels, as renderFrame places it (El centred, clamped). */
function origin(world: World, w = CAMERA_W, h = CAMERA_H): { x: number; y: number } {
  const el = actorById(world, world.playerId)!;
  const clamp = (v: number, size: number, view: number) => Math.round(Math.min(Math.max(v, 0), Math.max(0, size - view)));
  return { x: clamp(el.x - w / 2, bar.width * TILE, w), y: clamp(el.y - h / 2, bar.height * TILE, h) };
}

/** Pixels that differ between two frames of one size, within a box (frame pixels). */
function differing(a: RgbFrame, b: RgbFrame, box = { x: 0, y: 0, w: a.width, h: a.height }): number {
  let n = 0;
  for (let y = Math.max(0, box.y); y < Math.min(a.height, box.y + box.h); y++) {
    for (let x = Math.max(0, box.x); x < Math.min(a.width, box.x + box.w); x++) {
      const i = (y * a.width + x) * 3;
      if (a.rgb[i] !== b.rgb[i] || a.rgb[i + 1] !== b.rgb[i + 1] || a.rgb[i + 2] !== b.rgb[i + 2]) n++;
    }
  }
  return n;
}

/** The colours of a sprite, as 0xrrggbb, opaque pixels only. */
function spriteColours(name: string): Set<number> {
  const img = allSprites().get(name)!;
  const out = new Set<number>();
  for (let i = 0; i < img.data.length; i += 4) if (img.data[i + 3] === 255) out.add((img.data[i]! << 16) | (img.data[i + 1]! << 8) | img.data[i + 2]!);
  return out;
}

function countColours(f: RgbFrame, colours: Set<number>, box: { x: number; y: number; w: number; h: number }): number {
  let n = 0;
  for (let y = Math.max(0, box.y); y < Math.min(f.height, box.y + box.h); y++) {
    for (let x = Math.max(0, box.x); x < Math.min(f.width, box.x + box.w); x++) {
      const i = (y * f.width + x) * 3;
      if (colours.has((f.rgb[i]! << 16) | (f.rgb[i + 1]! << 8) | f.rgb[i + 2]!)) n++;
    }
  }
  return n;
}

describe('renderFrame', () => {
  it('makes a 480x270 camera frame, the whole map, and scaled frames', () => {
    const world = fresh();
    const cam = renderFrame(world, bar);
    expect([cam.width, cam.height, cam.rgb.length]).toEqual([480, 270, 480 * 270 * 3]);
    const map = renderFrame(world, bar, { view: 'map' });
    expect([map.width, map.height, map.rgb.length]).toEqual([bar.width * TILE, bar.height * TILE, bar.width * TILE * bar.height * TILE * 3]);
    const half = renderFrame(world, bar, { scale: 0.5 });
    expect([half.width, half.height, half.rgb.length]).toEqual([240, 135, 240 * 135 * 3]);
    const small = renderFrame(world, bar, { width: 96, height: 64 });
    expect([small.width, small.height]).toEqual([96, 64]);
    // Nearest neighbour: the half-size frame's pixels are the full frame's.
    expect(Array.from(half.rgb.subarray((70 * 240 + 100) * 3, (70 * 240 + 100) * 3 + 3))).toEqual(Array.from(cam.rgb.subarray((141 * 480 + 201) * 3, (141 * 480 + 201) * 3 + 3)));
  });

  it('draws El where he is, in his own colours', () => {
    const world = fresh();
    const el = actorById(world, world.playerId)!;
    const o = origin(world);
    const frame = renderFrame(world, bar);
    const sx = Math.round(el.x - o.x);
    const sy = Math.round(el.y - o.y);
    const near = { x: sx - 12, y: sy - 12, w: 24, h: 24 };
    // His sprite's own colours where he stands (lit figures are drawn over the shade, unchanged).
    const idle = spriteColours('mariachi_idle');
    expect(countColours(frame, idle, near)).toBeGreaterThan(20);
    expect(countColours(frame, idle, { x: sx + 40, y: sy - 12, w: 24, h: 24 })).toBeLessThan(5);
    // On the whole map (a camera without him would look elsewhere), taking him out changes the
    // pixels round him and nowhere else.
    const without = cloneWorld(world);
    without.actors = without.actors.filter((a) => a.id !== world.playerId);
    const map = { view: 'map' as const };
    const withEl = renderFrame(world, bar, map);
    const empty = renderFrame(without, bar, map);
    const mx = Math.round(el.x);
    const my = Math.round(el.y);
    expect(differing(withEl, empty, { x: mx - 12, y: my - 12, w: 24, h: 24 })).toBeGreaterThan(150);
    expect(differing(withEl, empty)).toBe(differing(withEl, empty, { x: mx - 14, y: my - 14, w: 28, h: 28 }));
  });

  it('changes when El moves, and the camera follows him', () => {
    const world = fresh();
    const before = renderFrame(world, bar, { view: 'map' });
    const beforeCam = renderFrame(world, bar);
    for (let i = 0; i < 30; i++) step(world, { ...NO_INPUT, moveX: 127, moveY: 0 });
    const after = renderFrame(world, bar, { view: 'map' });
    expect(differing(before, after)).toBeGreaterThan(100);
    expect(differing(beforeCam, renderFrame(world, bar))).toBeGreaterThan(1000);
  });

  it('shows a dead hostile and a gun on the floor', () => {
    const world = fresh();
    const foe = world.actors.find((a) => a.team === 'enemy' && a.alive)!;
    const dead = cloneWorld(world);
    const body = dead.actors.find((a) => a.id === foe.id)!;
    body.alive = false;
    body.hp = 0;
    body.diedTick = dead.tick - 100;
    const map = { view: 'map' as const };
    const around = { x: Math.round(foe.x) - 12, y: Math.round(foe.y) - 12, w: 24, h: 24 };
    const corpse = renderFrame(dead, bar, map);
    const gone = cloneWorld(world);
    gone.actors = gone.actors.filter((a) => a.id !== foe.id);
    // The body lies there (and differs from him standing).
    expect(differing(corpse, renderFrame(gone, bar, map), around)).toBeGreaterThan(50);
    expect(differing(corpse, renderFrame(world, bar, map), around)).toBeGreaterThan(50);

    const gun = cloneWorld(world);
    const spot = { x: 200, y: 200 };
    gun.pickups.push({ id: 999, weapon: 'revolver', rounds: 3, x: spot.x, y: spot.y, alive: true });
    const withGun = renderFrame(gun, bar, map);
    const box = { x: spot.x - 10, y: spot.y - 10, w: 20, h: 20 };
    expect(differing(withGun, renderFrame(world, bar, map), box)).toBeGreaterThan(10);
    expect(differing(withGun, renderFrame(world, bar, map))).toBe(differing(withGun, renderFrame(world, bar, map), box));
  });

  it('is deterministic: the same world gives the same bytes', () => {
    const a = fresh(11);
    const b = fresh(11);
    for (let i = 0; i < 90; i++) {
      step(a, { ...NO_INPUT, moveX: 90, moveY: -40, aim: 40 });
      step(b, { ...NO_INPUT, moveX: 90, moveY: -40, aim: 40 });
    }
    expect(Buffer.from(renderFrame(a, bar).rgb).equals(Buffer.from(renderFrame(b, bar).rgb))).toBe(true);
    expect(Buffer.from(renderFrame(a, bar, { view: 'map' }).rgb).equals(Buffer.from(renderFrame(cloneWorld(a), bar, { view: 'map' }).rgb))).toBe(true);
  });

  it('refuses options that cannot make a frame, in one line naming the option', () => {
    const world = fresh();
    expect(() => renderFrame(world, bar, { scale: 0 })).toThrow(new FrameError('scale must be a number above 0, not 0'));
    expect(() => renderFrame(world, bar, { width: 12.5 })).toThrow(/^width must be a whole number of pixels from 1 to 4096, not 12.5$/);
    expect(() => renderFrame(world, bar, { view: 'side' as 'map' })).toThrow('view must be "camera" or "map", not "side"');
    expect(() => renderFrame(world, bar, { scale: 100 })).toThrow(/larger than 4096 pixels a side/);
  });
});
