import { describe, expect, it } from 'vitest';
import { bodyFrame, legsFrame } from '../../src/render/actor-frames';
import { createWorld } from '../../src/sim';
import { asciiLevel } from '../sim/ascii-level';

describe('a knocked-down man is drawn sprawled', () => {
  it('shows the falling frame without legs while stunned, and stands again after', () => {
    const w = createWorld(asciiLevel(['#####', '#@.e#', '#####']), 1);
    const man = w.actors[1]!;
    man.stunLeft = 10;
    expect(bodyFrame(man, w.tick)).toBe('henchman_dead0');
    expect(legsFrame(man, 0)).toBeNull();
    man.stunLeft = 0;
    expect(bodyFrame(man, w.tick)).not.toBe('henchman_dead0');
    expect(legsFrame(man, 0)).not.toBeNull();
  });
});
