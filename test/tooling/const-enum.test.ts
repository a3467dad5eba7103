// src/sim uses `export const enum`. Vite/Vitest transpile one file at a time
// (isolatedModules), so const enums must survive as real objects at runtime.
import { describe, expect, it } from 'vitest';
import { Cell, Material } from '../../src/sim';

describe('const enums under the Vite transformer', () => {
  it('are usable as values across modules', () => {
    expect(Cell.Wall).toBe(1);
    expect(Material.Metal).toBe(4);
  });
});
