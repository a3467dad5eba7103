// Writes the game's generated art to PNGs so people (and reviewers) can look at it:
//   test-results/art/atlas.png  every sprite, packed, 4x
//   test-results/art/tileset.png  the tileset, 4x
// Usage: npx tsx tools/art/preview.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { packAtlas } from '../../src/art/atlas';
import { buildAllSprites } from '../../src/art/sprite-registry';
import { blankImage, blit } from '../../src/art/pixel-sprite';
import { buildTile, buildTileset } from '../../src/art/tiles';
import { encodePng } from '../../src/headless/png';

mkdirSync('test-results/art', { recursive: true });
const atlas = packAtlas(buildAllSprites());
writeFileSync('test-results/art/atlas.png', encodePng(atlas.image, 4));
writeFileSync('test-results/art/tileset.png', encodePng(buildTileset(), 4));
process.stdout.write(`${atlas.frames.size} sprites, atlas ${atlas.image.w}x${atlas.image.h}; written to test-results/art/\n`);

// `npx tsx tools/art/preview.ts pew@floor_church limo@street_sand ...` also writes each named tile laid
// 3x3 (over the floor named after '@', for cover) to test-results/art/tiles-zoom.png at 8x, to judge
// how it joins its neighbours.
const zoom = process.argv.slice(2);
if (zoom.length > 0) {
  const GAP = 8;
  const img = blankImage(zoom.length * (48 + GAP) + GAP, 48 + 2 * GAP);
  zoom.forEach((spec, i) => {
    const [art, floor] = spec.split('@') as [string, string | undefined];
    for (let ty = 0; ty < 3; ty++) {
      for (let tx = 0; tx < 3; tx++) {
        const x = GAP + i * (48 + GAP) + tx * 16;
        if (floor) blit(img, buildTile(floor), x, GAP + ty * 16);
        blit(img, buildTile(art), x, GAP + ty * 16);
      }
    }
  });
  writeFileSync('test-results/art/tiles-zoom.png', encodePng(img, 8));
}
