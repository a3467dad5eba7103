// Readability, measured: the WCAG contrast between each figure and every floor it can stand on, in
// each level's mood, from the sprites' pixels and the baked shade (lighting.ts) as drawn.
//
// What is compared. A figure is found by the eye at its edge, where it meets the floor, so the
// figure's luminance here is that of its contour: the outermost one-pixel ring of the figure as
// drawn (its rim included) and the ring just inside it, each the mean relative luminance of its
// pixels (linear light, what a few-pixel patch averages to on the retina). A figure reads when
// either ring steps from the floor by the ratio, as an outlined caption reads on any picture. The
// floor's luminance is the mean of its tile's pixels under the place's shade and sun shadows, per
// cell; each figure is compared with every cell it can stand on and the worst is reported.
// El and hostile men are drawn over the shade (figure-look.ts), so their pixels are as painted.
// Not modelled: lamp pools and fire light (additive, they brighten a few cells).
import { describe, expect, it } from 'vitest';
import { contourRings, contrastRatio, meanLuminance } from '../../src/art/luminance';
import { blankImage, blit, type PixelImage } from '../../src/art/pixel-sprite';
import { buildAllSprites } from '../../src/art/sprite-registry';
import { rimFrame } from '../../src/art/sprites/characters/rim';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { ARCHETYPES, type LevelData } from '../../src/sim';
import { floorCells, type FloorCell } from './floor-cells';

const sprites = buildAllSprites();
const MIN = 3;

/** The figure as drawn: its rim under its body (centres aligned). */
function figure(frame: string, role: 'el' | 'foe'): PixelImage {
  const body = sprites.get(frame)!;
  const rim = sprites.get(rimFrame(frame, role))!;
  const img = blankImage(rim.w, rim.h);
  blit(img, rim, 0, 0);
  blit(img, body, (rim.w - body.w) / 2, (rim.h - body.h) / 2);
  return img;
}

/** Luminance of the outer and inner contour rings. */
function rings(img: PixelImage): [number, number] {
  const r = contourRings(img);
  return [meanLuminance(img, r.outer), meanLuminance(img, r.inner)];
}

/** The worst contrast of a figure's contour over the floor cells, and where. */
function worst(figureRings: [number, number], cells: readonly FloorCell[]): { ratio: number; cell: FloorCell } {
  let best = { ratio: Infinity, cell: cells[0]! };
  for (const cell of cells) {
    const ratio = Math.max(contrastRatio(figureRings[0], cell.lum), contrastRatio(figureRings[1], cell.lum));
    if (ratio < best.ratio) best = { ratio, cell };
  }
  return best;
}

/** The armed hostile men a level holds, by sprite prefix (patrons in all three colourings). */
function hostiles(level: LevelData): string[] {
  const archs = new Set(level.actors.map((s) => s.archetype));
  const out: string[] = [];
  for (const arch of archs) {
    const def = ARCHETYPES[arch];
    if (!def || def.team !== 'enemy' || def.weapon === null || def.vehicle === true) continue;
    if (arch === 'patron') out.push('patron', 'patron_b', 'patron_c');
    else out.push(arch);
  }
  return out.sort();
}

const levels = loadLevelIndex().levels.map((e) => loadLevel(e.id));
const rows: string[] = [];

describe('figures against floors, in every level\'s mood', () => {
  it.each(levels.map((l) => [l.id, l] as const))('%s: El and the armed men read at 3:1 or more on every floor', (_id, level) => {
    const cells = floorCells(level);
    expect(cells.length).toBeGreaterThan(50);
    const figures: [string, PixelImage][] = [
      ['El (aim)', figure('mariachi_aim', 'el')],
      ['El (idle)', figure('mariachi_idle', 'el')],
      ['El (dive)', figure('mariachi_dive1', 'el')],
      ...hostiles(level).map((p) => [p, figure(`${p}_aim`, 'foe')] as [string, PixelImage]),
    ];
    const floors = [...new Set(cells.map((c) => c.art))];
    const lums = cells.map((c) => c.lum);
    rows.push(`${level.id}: ${cells.length} cells, ${floors.length} floors, floor luminance ${Math.min(...lums).toFixed(3)}..${Math.max(...lums).toFixed(3)}`);
    const failures: string[] = [];
    for (const [name, img] of figures) {
      const r = rings(img);
      const w = worst(r, cells);
      rows.push(`  ${name.padEnd(16)} rings ${r[0].toFixed(3)}/${r[1].toFixed(3)}  worst ${w.ratio.toFixed(2)}:1 on ${w.cell.art} (${w.cell.x},${w.cell.y})`);
      if (w.ratio < MIN) failures.push(`${name} ${w.ratio.toFixed(2)}:1 on ${w.cell.art} at ${w.cell.x},${w.cell.y}`);
    }
    expect(failures).toEqual([]);
  });

  it('prints the table (for the lead)', () => {
    console.log(`Contour contrast, worst floor cell per figure (need ${MIN}:1):\n${rows.join('\n')}`);
    expect(rows.length).toBeGreaterThan(levels.length);
  });
});
