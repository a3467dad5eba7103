// Writes the game's generated art to PNGs so people (and reviewers) can look at it:
//   test-results/art/atlas.png  every sprite, packed, 4x
//   test-results/art/tileset.png  the tileset, 4x
// Usage: npx tsx tools/art/preview.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { packAtlas } from '../../src/art/atlas';
import { buildAllSprites } from '../../src/art/sprite-registry';
import { buildTileset } from '../../src/art/tiles';
import { encodePng } from '../../src/headless/png';

mkdirSync('test-results/art', { recursive: true });
const atlas = packAtlas(buildAllSprites());
writeFileSync('test-results/art/atlas.png', encodePng(atlas.image, 4));
writeFileSync('test-results/art/tileset.png', encodePng(buildTileset(), 4));
process.stdout.write(`${atlas.frames.size} sprites, atlas ${atlas.image.w}x${atlas.image.h}; written to test-results/art/\n`);
