// Builds levels/<id>.tmj from the map sources in tools/levels/maps/ and checks each result loads.
//   npx tsx tools/levels/build.ts            all maps
//   npx tsx tools/levels/build.ts church     just these
//   npx tsx tools/levels/build.ts --check    write nothing; exit 1 if a .tmj differs from its source
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadLevelFile } from '../../src/headless/level-files';
import { MAP_SOURCES } from './maps';
import { buildMap, mapText } from './tmj';

const args = process.argv.slice(2);
const check = args.includes('--check');
const ids = args.filter((a) => !a.startsWith('--'));
const unknown = ids.filter((id) => !MAP_SOURCES.some((s) => s.id === id));
if (unknown.length > 0) {
  process.stderr.write(`unknown map ${unknown.join(', ')} (sources: ${MAP_SOURCES.map((s) => s.id).join(', ')})\n`);
  process.exit(2);
}

let stale = 0;
for (const src of MAP_SOURCES) {
  if (ids.length > 0 && !ids.includes(src.id)) continue;
  const file = `levels/${src.id}.tmj`;
  const text = mapText(buildMap(src));
  if (check) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === text;
    if (!same) stale++;
    process.stdout.write(`${file}: ${same ? 'up to date' : 'differs from tools/levels/maps/' + src.id + '.ts'}\n`);
    continue;
  }
  writeFileSync(file, text);
  // Parse what was written, so a bad source fails here with the parser's one-line message.
  const level = loadLevelFile(file, src.id);
  process.stdout.write(`${file}: ${level.width}x${level.height}, ${level.actors.length} actors, ${level.triggers.length} triggers\n`);
}
if (stale > 0) process.exit(1);
