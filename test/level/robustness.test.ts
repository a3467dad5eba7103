// Whatever a map file holds, parseLevel returns LevelData or throws a one-line LevelError:
// never a TypeError, a stack trace or a raw schema dump.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LevelError } from '../../src/level/level-error';
import { barJson, parseBar, tilesetJson, type Json } from './helpers';

type Path = readonly (string | number)[];

/** Every path into a JSON value (tile data arrays sampled, so the list stays small). */
function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    const step = value.length > 50 ? 97 : 1;
    for (let i = 0; i < value.length; i += step) {
      out.push([...prefix, i]);
      pathsOf(value[i], [...prefix, i], out);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      out.push([...prefix, key]);
      pathsOf(value[key], [...prefix, key], out);
    }
  }
  return out;
}

function mutate(root: Json, path: Path, replacement: unknown, remove: boolean): void {
  let parent = root;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1]!;
  if (remove && Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (remove) delete parent[last];
  else parent[last] = replacement;
}

function expectCleanOutcome(run: () => unknown): void {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(LevelError);
    const message = (err as Error).message;
    expect(message).not.toMatch(/[\r\n]/);
    expect(message).toMatch(/^levels\/(bar\.tmj|tileset\.tsj): .*expected .+, got .+/);
    expect(message).not.toMatch(/Invalid (type|key)|a Object|\[object Object\]|undefined/);
  }
}

const interesting = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(0, -1, 1.5, 1e9, '', 'x', true, null, [], {}, 'patrol', 'bar', 'tavo', 4096, 0x80000001),
);

describe('parseLevel on randomly damaged maps', () => {
  const mapPaths = pathsOf(barJson());
  const tilesetPaths = pathsOf(tilesetJson());

  it('map damage gives LevelData or one clean line', () => {
    fc.assert(
      fc.property(fc.nat(mapPaths.length - 1), interesting, fc.boolean(), (i, value, remove) => {
        const json = barJson();
        mutate(json, mapPaths[i]!, value, remove);
        expectCleanOutcome(() => parseBar(json));
      }),
      { numRuns: 600 },
    );
  });

  it('tileset damage gives LevelData or one clean line', () => {
    fc.assert(
      fc.property(fc.nat(tilesetPaths.length - 1), interesting, fc.boolean(), (i, value, remove) => {
        const ts = tilesetJson();
        mutate(ts, tilesetPaths[i]!, value, remove);
        expectCleanOutcome(() => parseBar(barJson(), ts));
      }),
      { numRuns: 300 },
    );
  });
});
