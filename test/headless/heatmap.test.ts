// --heatmap: a valid PNG of the level at HEATMAP_SCALE with a legend strip, and the overlays show.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HEATMAP_SCALE, heatmapPng, heatmapSize, LEGEND_HEIGHT, renderHeatmap } from '../../src/headless/heatmap';
import { loadLevel } from '../../src/headless/level-files';
import { cli } from './cli-helpers';
import { decodePng, type DecodedPng } from './png-decode';

const bar = loadLevel('bar');
// Where the aggressive bot still dies now and then (it clears the bar every time since the pistols converge).
const church = loadLevel('church');
const dir = mkdtempSync(path.join(os.tmpdir(), 'desperado-heat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pixels strongly red: the colour of El's deaths. */
function redPixels(img: { data: ArrayLike<number> }): number {
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) if (img.data[i]! > 150 && img.data[i + 1]! < 70 && img.data[i + 2]! < 80) n++;
  return n;
}

describe('heatmap', () => {
  it('is the level at 2x with a legend strip under it', () => {
    expect(heatmapSize([bar])).toEqual({ width: 40 * 16 * HEATMAP_SCALE, height: (30 * 16 + LEGEND_HEIGHT) * HEATMAP_SCALE });
    expect(heatmapSize([bar, bar]).height).toBe(2 * (30 * 16 + LEGEND_HEIGHT) * HEATMAP_SCALE);
  });

  it('shows deaths as red and shots as warm heat', () => {
    const none = renderHeatmap([{ level: bar, deaths: [], shots: [], caption: 'x' }]);
    const deaths = renderHeatmap([{ level: bar, deaths: [200, 200, 205, 198, 400, 120], shots: [], caption: 'x' }]);
    const shots = renderHeatmap([{ level: bar, deaths: [], shots: [300, 300, 301, 300, 50, 60], caption: 'x' }]);
    // The legend has a red swatch; the deaths add blobs well beyond it.
    expect(redPixels(deaths)).toBeGreaterThan(redPixels(none) + 300);
    expect(redPixels(shots)).toBe(redPixels(none));
    const at = (img: typeof none, x: number, y: number) => Array.from(img.data.subarray((y * img.w + x) * 4, (y * img.w + x) * 4 + 3));
    const [r, g, b] = at(shots, 300, 300);
    const [r0, g0, b0] = at(none, 300, 300);
    // Brighter and warm (red >= green >= blue) where the bullets stopped.
    expect(r! + g! + b!).toBeGreaterThan(r0! + g0! + b0! + 150);
    expect(r!).toBeGreaterThanOrEqual(g!);
    expect(g!).toBeGreaterThan(b!);
  });

  it('writes a valid PNG of the expected size from the command line; deaths change it', async () => {
    const withDeaths = path.join(dir, 'deaths.png');
    const without = path.join(dir, 'none.png');
    // Aggressive dies in the church on seed 1 (and clears others); idle for one second neither dies nor fires.
    const a = await cli(['--level', 'church', '--runs', '4', '--seed', '1', '--max-ticks', '3000', '--workers', '2', '--heatmap', withDeaths, '--json']);
    const b = await cli(['--level', 'church', '--bot', 'idle', '--runs', '4', '--seed', '1', '--max-ticks', '60', '--workers', '1', '--heatmap', without]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.out).toHaveLength(5);
    expect(JSON.parse(a.out[4]!).summary.dead).toBeGreaterThan(0);
    const pa: DecodedPng = decodePng(readFileSync(withDeaths));
    const pb: DecodedPng = decodePng(readFileSync(without));
    const size = heatmapSize([church]);
    expect([pa.w, pa.h]).toEqual([size.width, size.height]);
    expect([pb.w, pb.h]).toEqual([size.width, size.height]);
    expect(Buffer.from(pa.data).equals(Buffer.from(pb.data))).toBe(false);
    expect(redPixels(pa)).toBeGreaterThan(redPixels(pb) + 400);
    // The same runs on one thread draw the same picture.
    const again = path.join(dir, 'again.png');
    await cli(['--level', 'church', '--runs', '4', '--seed', '1', '--max-ticks', '3000', '--workers', '1', '--heatmap', again, '--json']);
    expect(readFileSync(again).equals(readFileSync(withDeaths))).toBe(true);
  }, 30_000);

  it('encodes what it renders', () => {
    const panel = { level: bar, deaths: [100, 100], shots: [120, 100], caption: 'bar' };
    const img = renderHeatmap([panel]);
    const png = decodePng(heatmapPng([panel]));
    expect(png.w).toBe(img.w * HEATMAP_SCALE);
    const x = 101;
    const y = 99;
    expect(Array.from(png.data.subarray(((y * HEATMAP_SCALE) * png.w + x * HEATMAP_SCALE) * 4, ((y * HEATMAP_SCALE) * png.w + x * HEATMAP_SCALE) * 4 + 4)))
      .toEqual(Array.from(img.data.subarray((y * img.w + x) * 4, (y * img.w + x) * 4 + 4)));
  });
});
