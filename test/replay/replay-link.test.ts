import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReplay, replayToText, ReplayError } from '../../src/replay/replay-file';
import {
  base64urlToBytes, bytesToBase64url, checkReplaySize, decodeReplayLink, encodeReplayLink, MAX_LINK_TEXT_BYTES,
  MAX_QUERY_LINK_CHARS, MAX_REPLAY_FILE_BYTES, readReplayText, replayFromLink, replayLinkUrl,
} from '../../src/replay/replay-link';
import { parseLaunchParams } from '../../src/game/launch-params';
import type { TickInput } from '../../src/sim';

const KNOWN = ['bar', 'street'];

const tickInput = fc.record({
  moveX: fc.integer({ min: -127, max: 127 }),
  moveY: fc.integer({ min: -127, max: 127 }),
  aim: fc.integer({ min: 0, max: 4095 }),
  buttons: fc.integer({ min: 0, max: 31 }).chain((b) => fc.integer({ min: 0, max: 7 }).map((slot) => b | (slot << 8))),
});

/** The one-line message `fn` throws, checking it is a ReplayError. */
function error(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ReplayError);
    const text = (err as Error).message;
    expect(text).not.toMatch(/\n/);
    return text;
  }
  throw new Error('no error');
}

const link = (value: unknown) => bytesToBase64url(new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)));
const good = createReplay({ level: 'bar', seed: 7, inputs: [{ moveX: 127, moveY: 0, aim: 0, buttons: 1 }], outcome: null });

describe('replay links', () => {
  it('carry any text up to the limit exactly (UTF-8, base64url, no padding)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const value = encodeReplayLink(text);
        expect(value).toMatch(/^[A-Za-z0-9_-]*$/);
        if (text === '') expect(value).toBe('');
        else expect(decodeReplayLink(value)).toBe(text);
      }),
    );
  });

  it('base64url matches the platform encoder byte for byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const ours = bytesToBase64url(bytes);
        expect(ours).toBe(Buffer.from(bytes).toString('base64url'));
        expect(Array.from(base64urlToBytes(ours))).toEqual(Array.from(bytes));
        // Padding from other encoders is tolerated.
        expect(Array.from(base64urlToBytes(Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_')))).toEqual(Array.from(bytes));
      }),
    );
  });

  it('round-trip whole replays: the viewer gets back the file and its inputs', () => {
    fc.assert(
      fc.property(fc.array(tickInput, { maxLength: 300 }), fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom('bar', 'street'), (inputs: TickInput[], seed, level) => {
        const replay = createReplay({ level, seed, inputs, outcome: null });
        const checked = replayFromLink(encodeReplayLink(replayToText(replay)), KNOWN);
        expect(checked.replay).toEqual(replay);
        expect(checked.inputs).toEqual(inputs);
      }),
      { numRuns: 60 },
    );
  });

  it('makes page URLs: the query for short runs, the fragment (never sent to servers) for long ones', () => {
    const text = replayToText(good);
    expect(replayLinkUrl('https://x.test/game/', text)).toBe(`https://x.test/game/?replay=${encodeReplayLink(text)}`);
    const long = replayToText(createReplay({ level: 'bar', seed: 1, inputs: Array.from({ length: 6000 }, (_, i) => ({ moveX: (i * 37) % 255 - 127, moveY: 0, aim: (i * 911) % 4096, buttons: i % 3 })) }));
    expect(encodeReplayLink(long).length).toBeGreaterThan(MAX_QUERY_LINK_CHARS);
    const url = replayLinkUrl('https://x.test/', long);
    expect(url.startsWith('https://x.test/#replay=')).toBe(true);
    // The page reads both forms, the query first.
    const u = new URL(url);
    expect(replayFromLink(parseLaunchParams(u.search, KNOWN, u.hash).replay!, KNOWN).replay.ticks).toBe(6000);
    expect(parseLaunchParams('?replay=abc', KNOWN, '#replay=def').replay).toBe('abc');
    expect(parseLaunchParams('?level=bar', KNOWN, '').replay).toBeNull();
  });

  it.each([
    ['', 'replay link: expected a replay (base64url text), got nothing'],
    ['abc%def', 'replay link: expected base64url text (A-Z a-z 0-9 - _), got "%" at character 4'],
    ['ab cd', 'replay link: expected base64url text (A-Z a-z 0-9 - _), got a space ("+" in a link: standard base64 is not base64url) at character 3'],
    ['ab/c', 'replay link: expected base64url text (A-Z a-z 0-9 - _), got "/" at character 3'],
    ['abcdé', 'replay link: expected base64url text (A-Z a-z 0-9 - _), got "é" at character 5'],
    ['abcde', 'replay link: expected base64url text, got 5 characters, one too many or too few for whole bytes (was the link cut short?)'],
    [bytesToBase64url(new Uint8Array([0xff, 0xfe, 0x80])), 'replay link: expected UTF-8 replay text, got bytes that are not UTF-8 (a damaged link?)'],
  ])('refuses the bad link %j with one line', (value, text) => {
    expect(error(() => replayFromLink(value, KNOWN))).toBe(text);
  });

  it('refuses links that carry more than 64 KB, before decoding them', () => {
    const text = `{"pad":"${'x'.repeat(MAX_LINK_TEXT_BYTES)}"}`;
    expect(error(() => encodeReplayLink(text))).toBe('replay link: expected at most 64 KB of replay text, got 65546 bytes: too long for a link, share the .json file instead (drop it on the game)');
    const huge = 'A'.repeat(4 * 1024 * 1024);
    expect(error(() => replayFromLink(huge, KNOWN))).toBe('replay link: expected at most 64 KB of replay text, got 3 MB: too long for a link, share the .json file instead (drop it on the game)');
    // Exactly at the limit is fine (and then fails as a replay, not as a link).
    const max = 'x'.repeat(MAX_LINK_TEXT_BYTES);
    expect(decodeReplayLink(encodeReplayLink(max))).toBe(max);
  });

  it.each([
    ['not json at all', 'replay link: '],
    ['{"format": "desperado-replay", "version": 1,', 'replay link: '],
    ['[1, 2]', 'replay link: expected a desperado-replay JSON object, got an array of 2'],
    [{ ...good, version: 3 }, 'replay link: version: expected 1 to 2 (a newer game wrote this replay), got 3'],
    [{ ...good, version: 0 }, 'replay link: version: expected a version number (this build reads 1 to 2), got 0'],
    [{ ...good, format: 'other' }, 'replay link: format: expected "desperado-replay", got "other"'],
    [{ ...good, ticks: 2 }, 'replay link: ticks: expected 1 (the number of inputs the file holds), got 2'],
    [{ ...good, level: 'nowhere' }, 'replay link: level: expected a level of this game (bar, street), got "nowhere"'],
  ])('refuses a link to %j with one line naming what is wrong', (value, text) => {
    const message = error(() => replayFromLink(link(value), KNOWN));
    expect(message.startsWith(text)).toBe(true);
  });

  it('says what a non-JSON link holds', () => {
    expect(error(() => replayFromLink(link('not json at all'), KNOWN))).toMatch(/^replay link: .*JSON/);
  });
});

describe('replay files as text', () => {
  it('are refused over 1 MB, by size, naming the file', () => {
    expect(() => checkReplaySize(MAX_REPLAY_FILE_BYTES, 'run.json')).not.toThrow();
    expect(error(() => checkReplaySize(MAX_REPLAY_FILE_BYTES + 1, 'run.json'))).toBe('run.json: expected a replay file of at most 1 MB, got 1048577 bytes');
    expect(error(() => readReplayText(' '.repeat(3 * 1024 * 1024), 'big.json', KNOWN))).toBe('big.json: expected a replay file of at most 1 MB, got 3 MB');
  });

  it('are checked like links, with the file named', () => {
    expect(readReplayText(replayToText(good), 'run.json', KNOWN).replay).toEqual(good);
    expect(error(() => readReplayText(JSON.stringify({ ...good, level: 'moon' }), 'run.json', KNOWN))).toBe('run.json: level: expected a level of this game (bar, street), got "moon"');
    expect(error(() => readReplayText('', 'run.json', KNOWN))).toMatch(/^run\.json: /);
  });
});
