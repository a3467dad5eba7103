// Shared fixtures for the level tests: the shipped bar map as mutable JSON, and error assertions.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { LevelError } from '../../src/level/level-error';
import { parseLevel } from '../../src/level/parse-level';
import type { LevelData } from '../../src/sim';

/** Map JSON is mutated freely in tests; a loose type keeps that readable. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const BAR_FILE = 'levels/bar.tmj';
export const TILESET_FILE = 'levels/tileset.tsj';

const barText = readFileSync(BAR_FILE, 'utf8');
const tilesetText = readFileSync(TILESET_FILE, 'utf8');

/** A fresh deep copy of the shipped bar map JSON, safe to mutate. */
export function barJson(): Json {
  return JSON.parse(barText) as Json;
}

/** A fresh deep copy of the shipped tileset JSON. */
export function tilesetJson(): Json {
  return JSON.parse(tilesetText) as Json;
}

/** Parses map JSON as if it were levels/bar.tmj, with the shipped (or a given) tileset. */
export function parseBar(json: unknown = barJson(), tileset: unknown = tilesetJson()): LevelData {
  return parseLevel(json, {
    file: BAR_FILE,
    id: 'bar',
    resolveTileset: (source) => {
      if (source !== 'tileset.tsj') throw new Error(`unexpected tileset ${source}`);
      return tileset;
    },
  });
}

/** The objects array of the map's object layer. */
export function objectsOf(json: Json): Json[] {
  return json.layers.find((l: { name: string }) => l.name === 'objects').objects;
}

export function objectNamed(json: Json, name: string): Json {
  const o = objectsOf(json).find((x) => x.name === name);
  if (!o) throw new Error(`no object ${name}`);
  return o;
}

export function setProp(obj: Json, name: string, type: string, value: unknown): void {
  obj.properties ??= [];
  const p = obj.properties.find((x: { name: string }) => x.name === name);
  if (p) {
    p.type = type;
    p.value = value;
  } else {
    obj.properties.push({ name, type, value });
  }
}

export function layerIndex(json: Json, name: string): number {
  return json.layers.findIndex((l: { name: string }) => l.name === name);
}

/**
 * Runs `fn`, expecting a LevelError whose message is one line naming `file` and `field`,
 * matching every pattern; returns the message.
 */
export function expectLevelError(fn: () => unknown, file: string, field: string, ...patterns: RegExp[]): string {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught, 'expected a LevelError to be thrown').toBeInstanceOf(LevelError);
  const message = (caught as LevelError).message;
  expect(message).not.toMatch(/[\r\n]/);
  expect(message).not.toMatch(/\bat \S+ \(?\S+:\d+:\d+\)?/); // no stack frames
  expect(message).not.toMatch(/Invalid (type|key)|issues|"kind"/); // no raw valibot output
  expect(message.startsWith(`${file}: `), message).toBe(true);
  if (field !== '') expect(message.startsWith(`${file}: ${field}: expected `), message).toBe(true);
  else expect(message).toContain(': expected ');
  expect(message).toMatch(/, got /);
  for (const p of patterns) expect(message).toMatch(p);
  return message;
}
