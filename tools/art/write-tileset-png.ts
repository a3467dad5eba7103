// Writes levels/tileset.png (256x64, 1x) from the tileset drawn in src/art/tiles/, so Tiled shows the
// real tiles when editing maps.
//
// Re-run it whenever you change anything under src/art/tiles/ or src/art/palette.ts, or the layout in
// levels/tileset.tsj, and commit the PNG with the change:
//   npx tsx tools/art/write-tileset-png.ts
// test/art/tiles.test.ts fails while levels/tileset.png differs from buildTileset().
import { writeFileSync } from 'node:fs';
import { buildTileset } from '../../src/art/tiles';
import { encodePng } from '../../src/headless/png';

const OUT = 'levels/tileset.png';
const img = buildTileset();
writeFileSync(OUT, encodePng(img, 1));
process.stdout.write(`${OUT}: ${img.w}x${img.h}\n`);
