// The case thrown over the rooftop gap says what it is while it flies: the words of the trigger
// that throws it.
import { describe, expect, it } from 'vitest';
import { buildAllSprites } from '../../src/art/sprite-registry';
import { loadLevel } from '../../src/headless/level-files';
import { caseCaption } from '../../src/render/case-caption';

describe('the case in flight', () => {
  it('carries the caption of the trigger that throws it, without the speaker', () => {
    expect(caseCaption(loadLevel('rooftops'))).toBe('The case goes first.');
  });

  it('says nothing on a level where no trigger throws it', () => {
    expect(caseCaption(loadLevel('bar'))).toBeNull();
  });

  it('has its sprite and El\'s rim round it', () => {
    const sprites = buildAllSprites();
    expect(sprites.has('guitar_case') && sprites.has('guitar_case@el')).toBe(true);
  });
});
