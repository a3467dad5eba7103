// Rounds in flight are visible: at the default zoom every round is at least 3 screen pixels across,
// and reads at 3:1 or more against every floor cell of every level in its mood (a round is its
// bright core in a dark casing, drawn over the shade: it reads when either steps from the floor,
// as for figures, contrast.test.ts). El's rounds and his enemies' differ in colour.
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminanceOfHex } from '../../src/art/luminance';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { WORLD_ZOOM } from '../../src/render/camera-rig';
import { tracerFor, type Side } from '../../src/render/tracers';
import { WEAPONS, type WeaponId } from '../../src/sim';
import { floorCells } from './floor-cells';

/** Weapons whose rounds are drawn as tracers (knives are sprites, grenades and the case are thrown). */
const FIRED = (Object.keys(WEAPONS) as WeaponId[]).filter((w) => !['knife', 'grenade', 'guitarCase'].includes(w));
const SIDES: Side[] = ['foe', 'el'];
const levels = loadLevelIndex().levels.map((e) => loadLevel(e.id));

function hue(rgb: number): number {
  const r = (rgb >> 16) & 255;
  const g = (rgb >> 8) & 255;
  const b = rgb & 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max === min) return 0;
  const h = max === r ? (g - b) / (max - min) : max === g ? 2 + (b - r) / (max - min) : 4 + (r - g) / (max - min);
  return ((h * 60) + 360) % 360;
}

describe('rounds in flight', () => {
  it('every round is at least 3 screen pixels across at the default zoom', () => {
    for (const side of SIDES) for (const w of FIRED) expect(tracerFor(w, side).width * WORLD_ZOOM, `${side} ${w}`).toBeGreaterThanOrEqual(3);
  });

  it.each(levels.map((l) => [l.id, l] as const))('%s: every round reads at 3:1 or more on every floor', (_id, level) => {
    const cells = floorCells(level);
    const lines: string[] = [];
    for (const side of SIDES) {
      for (const w of FIRED) {
        const t = tracerFor(w, side);
        const core = luminanceOfHex(t.core);
        const casing = luminanceOfHex(t.casing);
        let worst = Infinity;
        let where = '';
        for (const c of cells) {
          const r = Math.max(contrastRatio(core, c.lum), contrastRatio(casing, c.lum));
          if (r < worst) [worst, where] = [r, c.art];
        }
        if (w === 'pistol' || w === 'sleevePistols') lines.push(`${side} ${w}: worst ${worst.toFixed(2)}:1 on ${where}`);
        expect(worst, `${side} ${w} on ${where}`).toBeGreaterThanOrEqual(3);
      }
    }
    console.log(`${level.id} rounds: ${lines.join('; ')}`);
  });

  it('enemy rounds glow red, El\'s do not; their cores differ', () => {
    for (const w of FIRED.filter((id) => id !== 'quinoCase')) {
      const foe = tracerFor(w, 'foe');
      const el = tracerFor(w, 'el');
      const red = (h: number) => h < 20 || h > 340;
      expect(red(hue(foe.glow)) && red(hue(foe.casing)), w).toBe(true);
      expect(red(hue(el.glow)) || red(hue(el.casing)), w).toBe(false);
      expect(foe.core).not.toBe(el.core);
    }
  });
});
