// Draws levels the way the game bakes them (src/art/level-image.ts: every tile layer in map order,
// no actors, no lighting) so tile art can be judged in place:
//   test-results/art/level-<id>.png  at 3x, the game's zoom
// Usage: npx tsx tools/art/preview-levels.ts [id ...] [--crop x,y,w,h] (crop in tiles; default all levels)
import { mkdirSync, writeFileSync } from 'node:fs';
import { blankImage, blitRegion } from '../../src/art/pixel-sprite';
import { buildTileset } from '../../src/art/tiles';
import { loadLevelFile, loadLevelIndex, LEVELS_DIR } from '../../src/headless/level-files';
import { encodePng } from '../../src/headless/png';
import { bakeLevelImage } from '../../src/art/level-image';

const args = process.argv.slice(2);
const cropAt = args.indexOf('--crop');
const crop = cropAt >= 0 ? args.splice(cropAt, 2)[1]!.split(',').map(Number) : null;
const index = loadLevelIndex();
const ids = args.length > 0 ? args : index.levels.map((l) => l.id);
const tileset = buildTileset();

mkdirSync('test-results/art', { recursive: true });
for (const id of ids) {
  const entry = index.levels.find((l) => l.id === id);
  if (!entry) {
    process.stderr.write(`preview-levels: no level "${id}" in ${LEVELS_DIR}/index.json\n`);
    process.exitCode = 1;
    continue;
  }
  let img = bakeLevelImage(loadLevelFile(`${LEVELS_DIR}/${entry.file}`, id), tileset);
  if (crop) {
    const [x, y, w, h] = crop.map((v) => v * 16) as [number, number, number, number];
    const part = blankImage(w, h);
    blitRegion(part, img, x, y, w, h, 0, 0);
    img = part;
  }
  const out = `test-results/art/level-${id}.png`;
  writeFileSync(out, encodePng(img, 3));
  process.stdout.write(`${out}: ${img.w}x${img.h} (x3)\n`);
}
