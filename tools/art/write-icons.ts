// Writes the app's icons into public/ (the favicon, the home-screen icons and the manifest's
// maskable one) from the art in src/art/app-icon.ts. Vite copies public/ into the build as is.
//
// Re-run it whenever you change src/art/app-icon.ts, mariachi-silhouette.ts or palette.ts, and commit
// the PNGs with the change:
//   npx tsx tools/art/write-icons.ts
// test/art/app-icon.test.ts fails while a PNG in public/ differs from what the art code draws.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_ICON_FILES } from '../../src/art/app-icon';
import { encodePng } from '../../src/headless/png';

for (const { file, render, scale } of APP_ICON_FILES) {
  const img = render();
  const out = path.join('public', file);
  writeFileSync(out, encodePng(img, scale));
  process.stdout.write(`${out}: ${img.w * scale}x${img.h * scale}\n`);
}
