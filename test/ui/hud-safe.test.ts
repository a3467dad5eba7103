// The HUD never covers El at a start: for every level's start and every practice split start (the
// state a run is in when an objective completes, as practice replays the PB up to there), the
// camera's first frame puts El's body clear of every HUD box, in a single level and a full game.
import { describe, expect, it } from 'vitest';
import { findBot } from '../../src/headless/bots';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { elOnScreen, viewOrigin, type Frame } from '../../src/render/camera-frame';
import { WORLD_ZOOM } from '../../src/render/camera-rig';
import { createWorld, playerOf, step, TILE } from '../../src/sim';
import { overlaps, playHudBoxes, SCREEN } from '../../src/ui/hud-layout';

const levels = loadLevelIndex().levels;

/** El at the level's start and at each objective a bot's run completes (the practice starts). */
function starts(id: string, seed: number): { label: string; x: number; y: number }[] {
  const level = loadLevel(id);
  const out: { label: string; x: number; y: number }[] = [];
  const first = playerOf(createWorld(level, seed));
  out.push({ label: 'start', x: first.x, y: first.y });
  // A few bot seeds, so every split a player's PB could reach is likely covered.
  for (let b = 0; b < 3; b++) {
    const world = createWorld(level, seed);
    const bot = findBot('tactician')!.create(b);
    let objective = world.objective;
    while (world.outcome === null && world.tick < 12_000) {
      step(world, bot.act(world));
      if (world.objective !== objective) {
        objective = world.objective;
        const el = playerOf(world);
        if (el.alive) out.push({ label: `bot ${b} split ${objective} (tick ${world.tick})`, x: el.x, y: el.y });
      }
    }
  }
  return out;
}

function frame(id: string, hudLevels: number, hud = true): Frame {
  const level = loadLevel(id);
  return { levelW: level.width * TILE, levelH: level.height * TILE, viewW: SCREEN.w, viewH: SCREEN.h, zoom: WORLD_ZOOM, hud: hud ? playHudBoxes(hudLevels) : [] };
}

describe('HUD-safe camera', () => {
  let underHudWithoutSafeArea = 0;

  it.each(levels.map((l) => [l.id, l.seed] as const))('%s: El is clear of every HUD box at the start and every split start', (id, seed) => {
    const all = starts(id, seed);
    expect(all.length, `${id}: splits reached`).toBeGreaterThan(1);
    for (const s of all) {
      for (const full of [0, levels.length]) {
        const f = frame(id, full);
        const el = elOnScreen(f, viewOrigin(f, s, s), s);
        for (const box of f.hud) expect(overlaps(el, box), `${id} ${s.label} (full game: ${full > 0}): El ${JSON.stringify(el)} under ${JSON.stringify(box)}`).toBe(false);
        // He is on screen too.
        expect(el.x >= 0 && el.y >= 0 && el.x + el.w <= SCREEN.w && el.y + el.h <= SCREEN.h, `${id} ${s.label} on screen`).toBe(true);
      }
      // The same start framed with no HUD-safe area: how often the plain clamp put him under the HUD.
      const plain = frame(id, 0, false);
      const el = elOnScreen(plain, viewOrigin(plain, s, s), s);
      if (playHudBoxes(0).some((b) => overlaps(el, b))) underHudWithoutSafeArea++;
    }
  }, 120_000);

  it('the safe area matters: without it some start puts El under the HUD', () => {
    expect(underHudWithoutSafeArea).toBeGreaterThan(0);
  });

  it('moves the view only as far as it must: El in the open stays centred', () => {
    const f: Frame = { levelW: 4000, levelH: 4000, viewW: SCREEN.w, viewH: SCREEN.h, zoom: WORLD_ZOOM, hud: playHudBoxes(5) };
    const o = viewOrigin(f, { x: 2000, y: 2000 }, { x: 2000, y: 2000 });
    expect(o).toEqual({ x: 2000 - SCREEN.w / WORLD_ZOOM / 2, y: 2000 - SCREEN.h / WORLD_ZOOM / 2 });
  });
});
