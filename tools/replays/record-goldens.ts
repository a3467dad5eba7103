// Re-records the golden replays in test/replays/: for each level of levels/index.json, a bot clears
// the level on its fixed seed (the board every player gets), trying bot seeds until one clears.
// A change to the rules changes these runs: re-record on purpose, look at the diff, commit.
//   npx tsx tools/replays/record-goldens.ts [level id ...]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { findBot } from '../../src/headless/bots';
import { botForLevel } from '../../src/headless/bots/level-bots';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { recordBotRun } from '../../src/headless/record-bot-run';
import { writeReplayFile } from '../../src/headless/replay-files';
import { formatIgt } from '../../src/speedrun/igt';
import { GOLDEN_DIR, MAX_GOLDEN_TICKS } from '../../test/replays/golden-plan';

const BOT_SEEDS_TRIED = 200;

const wanted = process.argv.slice(2);
mkdirSync(GOLDEN_DIR, { recursive: true });
for (const entry of loadLevelIndex().levels) {
  if (wanted.length > 0 && !wanted.includes(entry.id)) continue;
  const level = loadLevel(entry.id);
  const botName = botForLevel(entry.id);
  const bot = findBot(botName);
  if (!bot) throw new Error(`no bot "${botName}" for level ${entry.id}`);
  let written = false;
  for (let botSeed = 1; botSeed <= BOT_SEEDS_TRIED && !written; botSeed++) {
    const replay = recordBotRun(level, entry.seed, bot, MAX_GOLDEN_TICKS, botSeed);
    if (replay.outcome !== 'cleared') continue;
    const file = path.join(GOLDEN_DIR, `${entry.id}.json`);
    writeReplayFile(file, replay);
    process.stdout.write(`${entry.id}: ${botName} bot (bot seed ${botSeed}) cleared in ${replay.ticks} ticks (${formatIgt(replay.ticks)}), hash ${replay.hash} -> ${file}\n`);
    written = true;
  }
  if (!written) process.stdout.write(`${entry.id}: ${botName} bot did not clear seed ${entry.seed} with bot seeds 1..${BOT_SEEDS_TRIED}\n`);
}
