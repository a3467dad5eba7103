// Carolina, the bookstore owner: long dark hair falling down her back, a violet dress with a full
// skirt, bare shoulders and arms. She fights beside El with a pistol (and can cower like anyone).
import { blankGrid, gridOf, recolor, stamp, type Grid } from './grid';
import { dressed, HAT_NONE, headAt, look, type Look } from './looks';
import { BODY, POSES } from './poses';
import { torsoShape } from './shapes';

/** The skirt from above: a wide disc with a 1 px hem in shade and folds radiating to it. */
function skirt(cx: number, cy: number, a: number, b: number): Grid {
  const g = blankGrid(BODY, BODY);
  for (let y = 0; y < BODY; y++) {
    for (let x = 0; x < BODY; x++) {
      const dx = (x + 0.5 - cx) / a;
      const dy = (y + 0.5 - cy) / b;
      const d = Math.sqrt(dx * dx + dy * dy);
      if (d > 1) continue;
      const hem = d > 1 - 1.2 / Math.max(a, b);
      // Folds: every third step around the rim, in the outer part of the skirt.
      const fold = d > 0.6 && (Math.round((dx * 2.2 + 8) * 3) + Math.round((dy * 2.2 + 8) * 3)) % 5 === 0;
      g[y]![x] = hem || fold ? '2' : '1';
    }
  }
  return g;
}

// The fitted bodice (accent roles) over the skirt.
const BODICE = recolor(torsoShape(12, 12, 3.8, 6.8, 0), { '1': '4', '2': '5', '3': '4' });
const DRESS = stamp(skirt(12, 12, 7.5, 7), BODICE, 0, 0);

//                    012345678901234567890123
// Bare shoulders above the bodice's neckline, a thin strap over each.
const TORSO_CAROLINA = dressed(DRESS, [
  '...........66...........', // 5
  '.........66267..........', // 6
  '.........7..............', // 7
  '........................', // 8
  '........................', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '........................', // 14
  '........................', // 15
  '.........7..............', // 16
  '.........66267..........', // 17
  '...........66...........', // 18
], 5);

// Long dark hair, parted, falling in a sheet over her back; her face at the front.
const HEAD_CAROLINA = gridOf([
  '...88888..',
  '.88899887.',
  '8888888866',
  '8899988866',
  '.88888887.',
  '...88888..',
]);

export const CAROLINA: Look = look(
  {
    cloth: ['c', 'B', 'M'], accent: ['c', 'B'], skin: ['h', 'H'], hair: ['w', 'W'],
    sleeve: ['h', 'H'], trim: 'H', trousers: ['h', 'H'], boots: ['k', 'N'], hat: HAT_NONE,
  },
  {
    head: headAt(HEAD_CAROLINA, 6, 9), torso: { grid: TORSO_CAROLINA, x: 0, y: 0 }, gun: 'pistol', legs: 'dress',
    frames: { cower: { pose: POSES.cower, gun: null } },
  },
);
