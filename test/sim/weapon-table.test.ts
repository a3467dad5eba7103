// The README's table of guns says what src/sim/weapons.ts says: magazine, spread in degrees,
// range and ticks between shots, row by row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANGLE_UNITS } from '../../src/sim/math';
import { WEAPONS, type WeaponId } from '../../src/sim/weapons';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const GUNS: WeaponId[] = ['sleevePistols', 'sawedOff', 'wildey', 'pistol', 'revolver', 'deagle', 'campaCase', 'quinoCase', 'knife'];

describe("the README's table of guns", () => {
  for (const id of GUNS) {
    it(`${id}: magazine, spread, range and rhythm as in WEAPONS`, () => {
      const def = WEAPONS[id];
      const row = README.split('\n').find((l) => l.startsWith(`| ${def.name} |`));
      expect(row, `a row for ${def.name}`).toBeDefined();
      const [, , magazine, , spread, range, rhythm] = row!.split('|').slice(1, -1).map((c) => c.trim());
      if (id !== 'knife') expect(parseInt(magazine!, 10)).toBe(def.magazine);
      expect(spread).toBe(`${id === 'knife' ? '' : '±'}${((def.spread * 360) / ANGLE_UNITS).toFixed(def.spread === 0 ? 0 : 1)}°`);
      expect(range).toBe(`${def.range} px`);
      expect(parseInt(rhythm!, 10)).toBe(def.cooldown);
    });
  }
});
