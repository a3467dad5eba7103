// Builds every hostile input the CLIs must refuse in one line, in a temp folder: huge, empty and
// non-regular files, symlinks to devices, deep JSON, huge strings, a BOM, a run of many long idle
// attempts, paths climbing out of their folder, level ids that are not the catalogue's. Each case
// says how the CLI is called and what it must answer. Used by cli-hostile.test.ts (through
// runner.ts) and by the before/after measurements (each case as its own process).
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { encodeInputs } from '../../src/replay/input-codec';
import { MAX_ATTEMPT_TICKS, MAX_JSON_DEPTH, MAX_RUN_ATTEMPTS, STRING_CHARS } from '../../src/limits';
import { NO_INPUT, type TickInput } from '../../src/sim';

export interface HostileCase {
  readonly name: string;
  /** Which CLI: verify (npm run verify -- <file>) or sim (npm run sim -- <args>). */
  readonly cli: 'verify' | 'sim';
  readonly args: readonly string[];
  readonly exit: number;
  /** The one stderr line must match this (a RegExp source). */
  readonly line: string;
  /** Text the answer must not hold (a file the input tried to make the CLI quote). */
  readonly notIn?: string;
}

const REPO = path.resolve(__dirname, '../..');
const golden = (id: string) => JSON.parse(readFileSync(path.join(REPO, 'test/replays', `${id}.json`), 'utf8')) as Record<string, unknown>;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A sparse file of `bytes` (no disk used). */
function sparse(file: string, bytes: number): void {
  const fd = openSync(file, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

/** One idle attempt at `level` of the longest length, marked as part of a full run. */
function idleAttempt(level: string, seed: number, inputs: string, ticks: number): Record<string, unknown> {
  return { format: 'desperado-replay', version: 2, game: '0.1.0', level, seed, mode: 'full', assists: [], inputs, ticks, outcome: null };
}

/** Writes every case's files under `dir` and returns the cases. */
export function buildCases(dir: string): HostileCase[] {
  mkdirSync(dir, { recursive: true });
  const at = (name: string) => path.join(dir, name);
  const write = (name: string, text: string | Uint8Array) => {
    writeFileSync(at(name), text);
    return at(name);
  };
  const cases: HostileCase[] = [];
  const verify = (name: string, file: string, exit: number, line: string, notIn?: string) =>
    cases.push({ name, cli: 'verify', args: [file], exit, line: `^verify: ${esc(file)}: ${line}`, ...(notIn ? { notIn } : {}) });

  const bar = golden('bar');

  // Sizes and kinds of file.
  sparse(at('huge.json'), 3 * 1024 * 1024 * 1024);
  verify('huge file (3 GB, sparse)', at('huge.json'), 2, 'expected a run file of at most 4 MB \\(the limit\\), got 3221225472 bytes');
  verify('empty file', write('empty.json', ''), 2, 'expected valid JSON, got a syntax error at the end of the text');
  execFileSync('mkfifo', [at('fifo.json')]);
  verify('FIFO', at('fifo.json'), 2, 'expected a run file, got a named pipe \\(FIFO\\)');
  symlinkSync('/dev/zero', at('zero.json'));
  verify('symlink to /dev/zero', at('zero.json'), 2, 'expected a run file, got a device');
  mkdirSync(at('folder.json'));
  verify('directory', at('folder.json'), 2, 'expected a run file, got a directory');
  symlinkSync(at('huge.json'), at('link-to-huge.json'));
  verify('symlink to a huge file', at('link-to-huge.json'), 2, 'expected a run file of at most 4 MB');
  verify('missing file', at('nope.json'), 2, 'expected a readable file, got no such file');
  verify('not UTF-8', write('latin1.json', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])), 2, 'expected a run file in UTF-8 text, got bytes that are not UTF-8');
  verify('not JSON', write('words.json', 'this is not a replay'), 2, 'expected valid JSON, got a syntax error at line 1, column 1');

  // Deep JSON: far past the limit, and exactly at it (which must parse, then be refused as a shape).
  verify('deep JSON (100 000 brackets)', write('deep.json', '['.repeat(100_000)), 2, `expected JSON nested at most ${MAX_JSON_DEPTH} deep, got deeper nesting at line 1, column ${MAX_JSON_DEPTH + 1}`);
  verify('deep JSON in strings is not depth', write('deep-string.json', JSON.stringify({ format: '['.repeat(100_000) })), 2, 'format: expected "desperado-replay"');
  const atLimit = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
  verify('JSON exactly at the depth limit', write('deep-ok.json', atLimit), 2, 'format: expected "desperado-replay" \\(one level\\) or "desperado-full-run" \\(a full game\\), got nothing');

  // Huge strings, bounded before their patterns.
  const hugeCheckpoints = { ...bar, checkpoints: 'a'.repeat(900_000) + 'z' };
  verify('900 KB checkpoints string', write('checkpoints.json', JSON.stringify(hugeCheckpoints)), 2, `checkpoints: expected checkpoint hashes \\(16 hex digits each\\), at most ${STRING_CHARS.checkpoints} characters`);
  verify('900 KB level id', write('long-level.json', JSON.stringify({ ...bar, level: 'x'.repeat(900_000) })), 2, 'level: expected a level id .*at most 64 characters');

  const runOf = (attempt: unknown) => ({ format: 'desperado-full-run', version: 1, game: '0.1.0', assists: [], ticks: 0, levels: [{ level: 'bar', ticks: 0, attempts: [attempt] }] });
  const hexRun = runOf({ ...bar, mode: 'full', checkpoints: '0'.repeat(3_000_000) + 'z' });
  verify('3 MB checkpoints string in a run', write('checkpoints-run.json', JSON.stringify(hexRun)), 2, `levels\\[0\\]\\.attempts\\[0\\]\\.checkpoints: expected checkpoint hashes \\(16 hex digits each\\), at most ${STRING_CHARS.checkpoints} characters`);

  // A BOM: read as the page reads it.
  verify('UTF-8 BOM', write('bom.json', '\uFEFF' + JSON.stringify(bar)), 0, '');

  // A full run of many long idle attempts: claims refused before anything is decoded.
  const idleTicks: TickInput[] = new Array<TickInput>(MAX_ATTEMPT_TICKS).fill(NO_INPUT);
  const idle = encodeInputs(idleTicks);
  const index = JSON.parse(readFileSync(path.join(REPO, 'levels/index.json'), 'utf8')) as { levels: { id: string; seed: number }[] };
  const first = index.levels[0]!;
  const honest = Array.from({ length: MAX_RUN_ATTEMPTS }, () => idleAttempt(first.id, first.seed, idle, MAX_ATTEMPT_TICKS));
  const run = (attempts: unknown[], ticks: number) => ({ format: 'desperado-full-run', version: 1, game: '0.1.0', assists: [], ticks, levels: [{ level: first.id, ticks, attempts }] });
  verify('500 idle hour-long attempts (claims honest)', write('idle-honest.json', JSON.stringify(run(honest, 0))), 2, 'levels: expected attempts of at most 2160000 ticks in all \\(the limit\\), got 2376000 by levels\\[0\\]\\.attempts\\[10\\]');
  const lying = honest.map((a) => ({ ...a, ticks: 1 }));
  verify('500 idle hour-long attempts (claiming 1 tick each)', write('idle-lying.json', JSON.stringify(run(lying, MAX_RUN_ATTEMPTS))), 2, 'levels\\[0\\]\\.attempts\\[0\\]\\.ticks: expected the number of inputs the file holds \\(more than 1 ticks\\), got 1');
  const tooMany = Array.from({ length: MAX_RUN_ATTEMPTS + 1 }, () => idleAttempt(first.id, first.seed, '', 0));
  verify('501 attempts', write('too-many.json', JSON.stringify(run(tooMany, 0))), 2, `levels\\[0\\]\\.attempts: expected at most ${MAX_RUN_ATTEMPTS} attempts`);

  // Level ids are the catalogue's: never a path, never quoted from a file.
  const pkg = readFileSync(path.join(REPO, 'package.json'), 'utf8');
  const pkgName = (JSON.parse(pkg) as { name: string }).name;
  verify('replay naming level package.json', write('pkg.json', JSON.stringify({ ...bar, level: 'package.json' })), 2, 'level: expected a level of this game \\(.*\\), got "package.json"', `"name": "${pkgName}"`);
  verify('replay naming an unknown level', write('unknown.json', JSON.stringify({ ...bar, level: 'nowhere' })), 2, 'level: expected a level of this game');

  // Maps: a tileset climbing out of the map's folder, or reached by a symlink to a device or a huge file.
  const mapText = readFileSync(path.join(REPO, 'levels/bar.tmj'), 'utf8');
  const mapWith = (folder: string, source: string) => {
    mkdirSync(at(folder), { recursive: true });
    writeFileSync(path.join(at(folder), 'map.tmj'), mapText.replace(/"source"\s*:\s*"[^"]*"/, JSON.stringify({ source }).slice(1, -1)));
    return path.join(at(folder), 'map.tmj');
  };
  const sim = (name: string, args: string[], line: string) => cases.push({ name, cli: 'sim', args, exit: 2, line: `^sim: ${line}` });
  write('outside.json', readFileSync(path.join(REPO, 'levels/tileset.tsj'), 'utf8'));
  const climb = mapWith('maps/climb', '../../outside.json');
  sim('tileset ../ outside the map folder', ['--level', climb, '--runs', '1', '--max-ticks', '1', '--workers', '1'], `${esc(climb)}: tilesets\\[0\\]\\.source: expected a tileset in the map's folder`);
  const devMap = mapWith('maps/dev', 'tiles.tsj');
  symlinkSync('/dev/zero', path.join(path.dirname(devMap), 'tiles.tsj'));
  sim('tileset symlinked to /dev/zero', ['--level', devMap, '--runs', '1', '--max-ticks', '1', '--workers', '1'], `${esc(path.join(path.dirname(devMap), 'tiles.tsj'))}: expected a tileset file, got a device`);
  const bigMap = mapWith('maps/big', 'tiles.tsj');
  symlinkSync(at('huge.json'), path.join(path.dirname(bigMap), 'tiles.tsj'));
  sim('tileset symlinked to a huge file', ['--level', bigMap, '--runs', '1', '--max-ticks', '1', '--workers', '1'], `${esc(path.join(path.dirname(bigMap), 'tiles.tsj'))}: expected a tileset file of at most 1 MB \\(the limit\\), got 3221225472 bytes`);
  sim('map that is a FIFO', ['--level', at('fifo.json'), '--runs', '1', '--workers', '1'], `${esc(at('fifo.json'))}: expected a map file, got a named pipe`);

  // Flags named like inherited properties.
  for (const flag of ['__proto__', 'constructor', 'toString']) sim(`flag --${flag}`, [`--${flag}`, 'x'], `unknown flag --${flag} \\(known:`);
  return cases;
}
