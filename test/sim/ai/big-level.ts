// A saloon-sized test level (40x30, 15 actors): rooms, doors, tables, calm patrons, patrols,
// guards and civilians, for the determinism test and the per-tick cost measurement.
import type { TickInput } from '../../../src/sim/input';
import type { ActorSpawn, LevelData } from '../../../src/sim/level-data';
import { asciiLevel } from '../ascii-level';

export const BIG_ROWS = [
  '########################################',
  '#..........#.............#.............#',
  '#..TT...e..#....g........#......c......#',
  '#..TT......#.............D.............#',
  '#..........D....TTTT.....#.....e.......#',
  '#....e.....#.............#.............#',
  '#..........#......g......######D########',
  '#####D######.............#.............#',
  '#..........#.............#......g......#',
  '#...c......#######D#######.............#',
  '#..........#.............#.....TT......#',
  '#....TTT...#......e......#.............#',
  '#..........#.............D.............#',
  '#.....e....#...T...T.....#.............#',
  '#..........#.............#.............#',
  '#######D#######.....########D###########',
  '#.............#........................#',
  '#..@..........D.......TTTT.............#',
  '#.............#........................#',
  '#.............#.............e..........#',
  '#.............#........................#',
  '#.....TTT.....#########H####...........#',
  '#.........g............#...............#',
  '#......................#...TT..........#',
  '#..............e.......#...............#',
  '#......................#.........c.....#',
  '#......................D...............#',
  '#......................#.....e.........#',
  '#......................#...............#',
  '########################################',
];

const c = (t: number) => t * 16 + 8;

/** Spawn tweaks by actor index (reading order): calm patrons, patrols, guards. */
function tweak(s: ActorSpawn, i: number): ActorSpawn {
  switch (i) {
    case 0: // e in the top-left room: calm patron
    case 3: // e in the top-left room: calm patron
      return { ...s, calm: true };
    case 1: // g top-middle: guard facing south
      return { ...s, behavior: 'guard', facing: 1024 };
    case 4: // e top-right: patrol round the room
      return { ...s, behavior: 'patrol', path: [{ x: c(28), y: c(2) }, { x: c(37), y: c(2) }, { x: c(37), y: c(5) }, { x: c(28), y: c(5) }] };
    case 6: // g right room: guard facing west
      return { ...s, behavior: 'guard', facing: 2048 };
    case 8: // e middle room: patrol through the door to the right room and back
      return { ...s, behavior: 'patrol', path: [{ x: c(14), y: c(11) }, { x: c(22), y: c(12) }, { x: c(30), y: c(12) }, { x: c(22), y: c(12) }] };
    case 10: // e big hall: patrol
      return { ...s, behavior: 'patrol', path: [{ x: c(17), y: c(16) }, { x: c(36), y: c(16) }, { x: c(36), y: c(20) }, { x: c(17), y: c(20) }] };
    default:
      return s;
  }
}

export function bigLevel(): LevelData {
  return asciiLevel(BIG_ROWS, { id: 'big', actor: tweak, playerFacing: 0 });
}

/** A wandering, trigger-happy El from a tiny LCG (not the sim's PRNG: input comes from outside). */
export function botInputs(n: number, seed: number): TickInput[] {
  let s = seed >>> 0;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const out: TickInput[] = [];
  let mx = 0;
  let my = 0;
  let aim = 0;
  for (let i = 0; i < n; i++) {
    if (i % 45 === 0) {
      mx = Math.round((rnd() * 2 - 1) * 127);
      my = Math.round((rnd() * 2 - 1) * 127);
      aim = Math.floor(rnd() * 4096);
    }
    let buttons = 0;
    if (i % 90 < 20 && i % 3 === 0) buttons |= 1;
    if (i % 300 === 150) buttons |= 2;
    if (i % 200 === 199) buttons |= 4;
    out.push({ moveX: mx, moveY: my, aim: (aim + i * 7) & 4095, buttons });
  }
  return out;
}
