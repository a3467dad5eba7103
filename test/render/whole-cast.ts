// One actor of every archetype (El is the level's player), in a tiny level: for tests that walk the
// whole cast through the render code.
import { ARCHETYPE_IDS, createWorld, type Actor } from '../../src/sim';
import { asciiLevel } from '../sim/ascii-level';

export function wholeCast(): Actor[] {
  const others = ARCHETYPE_IDS.filter((id) => id !== 'mariachi');
  const row = `#@${'e'.repeat(others.length)}#`;
  const wall = '#'.repeat(row.length);
  const level = asciiLevel([wall, row, wall], { actor: (spawn, i) => ({ ...spawn, archetype: others[i]!, name: `${others[i]}${i}` }) });
  return createWorld(level, 1).actors;
}
