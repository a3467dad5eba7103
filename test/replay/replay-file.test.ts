import { describe, expect, it } from 'vitest';
import { encodeInputs } from '../../src/replay/input-codec';
import { createReplay, parseReplay, replayToText, ReplayError, validateReplay } from '../../src/replay/replay-file';
import type { TickInput } from '../../src/sim';

const inputs: TickInput[] = [
  { moveX: 127, moveY: 0, aim: 0, buttons: 0 },
  { moveX: 127, moveY: 0, aim: 0, buttons: 1 },
  { moveX: -5, moveY: 90, aim: 4095, buttons: 2 | (2 << 8) },
];
const good = { format: 'desperado-replay', version: 1, level: 'bar', seed: 7, inputs: encodeInputs(inputs), ticks: 3, outcome: null, hash: '0123456789abcdef' };

function message(value: unknown): string {
  try {
    validateReplay(value, 'runs/x.json');
  } catch (err) {
    expect(err).toBeInstanceOf(ReplayError);
    expect((err as Error).message).not.toMatch(/\n/);
    return (err as Error).message;
  }
  throw new Error('no error');
}

describe('replay files', () => {
  it('round-trip through text, inputs decoded exactly', () => {
    const replay = createReplay({ level: 'bar', seed: 7, inputs, outcome: 'dead', hash: 'fedcba9876543210' });
    const text = replayToText(replay);
    expect(text.endsWith('\n')).toBe(true);
    const back = parseReplay(text, 'r.json');
    expect(back.replay).toEqual(replay);
    expect(back.inputs).toEqual(inputs);
    // outcome and hash are optional.
    const bare = createReplay({ level: 'bar', seed: 0, inputs: [] });
    expect(Object.keys(bare)).toEqual(['format', 'version', 'game', 'level', 'seed', 'mode', 'assists', 'inputs', 'ticks']);
    expect(validateReplay(bare).inputs).toEqual([]);
  });

  it.each([
    [[], 'runs/x.json: expected a desperado-replay JSON object, got an array of 0'],
    [{ ...good, format: 'replay' }, 'runs/x.json: format: expected "desperado-replay", got "replay"'],
    [{ ...good, format: undefined }, 'runs/x.json: format: expected "desperado-replay", got nothing'],
    [{ ...good, version: 3 }, 'runs/x.json: version: expected 1 to 2 (a newer game wrote this replay), got 3'],
    [{ ...good, version: '1' }, 'runs/x.json: version: expected a version number (this build reads 1 to 2), got "1"'],
    [{ ...good, version: 0 }, 'runs/x.json: version: expected a version number'],
    [{ ...good, seed: -1 }, 'runs/x.json: seed: expected an integer from 0 to 4294967295, got -1'],
    [{ ...good, level: '' }, 'runs/x.json: level: expected a level id'],
    [{ ...good, level: undefined }, 'runs/x.json: level: expected a level id (string), got nothing (the field is missing)'],
    [{ ...good, inputs: 'a b' }, 'runs/x.json: inputs: expected encoded inputs (base64url text), got "a b"'],
    [{ ...good, inputs: 'AAAA' }, 'runs/x.json: inputs: expected encoded inputs, got bad text'],
    [{ ...good, ticks: 4 }, 'runs/x.json: ticks: expected 3 (the number of inputs the file holds), got 4'],
    [{ ...good, outcome: 'won' }, 'runs/x.json: outcome: expected an outcome (cleared, dead, timeout) or null, got "won"'],
    [{ ...good, hash: 'XYZ' }, 'runs/x.json: hash: expected a state hash (16 hex digits), got "XYZ"'],
    [{ ...good, extra: 1 }, 'runs/x.json: extra: unknown field (version 1 has format, version, level, seed, inputs, ticks, outcome, hash)'],
    [{ ...good, ticks: undefined }, 'runs/x.json: ticks: expected an integer from 0 to 216000, got nothing (the field is missing)'],
  ])('refuses %j with one line naming the file and the field', (value, text) => {
    expect(message(value)).toContain(text);
  });

  it('reads version 1 files as individual-level, unassisted runs of an unknown game version', () => {
    const { replay } = validateReplay(good, 'old.json');
    expect(replay).toMatchObject({ version: 2, game: 'unknown', mode: 'il', assists: [], level: 'bar', seed: 7 });
    expect(replay.levelHash).toBeUndefined();
  });

  it('refuses version 2 fields that are wrong', () => {
    const v2 = { ...createReplay({ level: 'bar', seed: 7, inputs }) };
    expect(message({ ...v2, mode: 'any%' })).toContain('runs/x.json: mode: expected a run mode (il, full), got "any%"');
    expect(message({ ...v2, checkpoints: 'abc' })).toContain('runs/x.json: checkpoints: expected checkpoint hashes');
    expect(message({ ...v2, levelHash: 'nope' })).toContain('runs/x.json: levelHash: expected a state hash');
    expect(message({ ...v2, assists: Array(9).fill('aim-assist') })).toContain('runs/x.json: assists: expected at most 8 assists');
  });

  it('refuses text that is not JSON, with the position', () => {
    expect(() => parseReplay('{"format": ', 'runs/y.json')).toThrow(/^runs\/y\.json: expected valid JSON, got a syntax error at the end of the text/);
    expect(() => parseReplay('{"format": ', 'runs/y.json')).toThrow(ReplayError);
  });
});
