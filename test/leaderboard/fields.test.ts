import { describe, expect, it } from 'vitest';
import { entryLine, yourRank, boardCategories, canRace } from '../../src/leaderboard/board-view';
import { checkName } from '../../src/leaderboard/player-name';
import { submittableRun } from '../../src/leaderboard/results-submit';
import { checkServerUrl } from '../../src/leaderboard/server-url';
import { applyEdit, editKeyOf } from '../../src/ui/text-edit';
import type { ResultsData } from '../../src/game/results-data';
import { SETTINGS_KEY, createSettingsStore } from '../../src/storage/settings';
import { serverUrlText } from '../../src/ui/settings-values';
import { MemoryStorage } from '../storage/fakes';

describe('server URL', () => {
  it('takes http(s) URLs, normalised; empty means none', () => {
    expect(checkServerUrl(' https://runs.example.com/desperado/ ')).toEqual({ ok: true, url: 'https://runs.example.com/desperado' });
    expect(checkServerUrl('http://localhost:8787')).toEqual({ ok: true, url: 'http://localhost:8787' });
    expect(checkServerUrl('')).toEqual({ ok: true, url: '' });
  });

  it('refuses anything else with one line', () => {
    expect(checkServerUrl('localhost:8787')).toEqual({ ok: false, message: 'The server URL must start with http:// or https://' });
    expect(checkServerUrl('ftp://x')).toMatchObject({ ok: false });
    expect(checkServerUrl('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(checkServerUrl('http://exa mple.com')).toEqual({ ok: false, message: 'Not a URL: type it as http://host:port or https://host/path' });
    expect(checkServerUrl('https://me:pw@x.com')).toMatchObject({ ok: false, message: 'The server URL must not hold a user name or password' });
    expect(checkServerUrl('https://x.com/?a=1')).toMatchObject({ ok: false });
    expect(checkServerUrl(`https://x.com/${'a'.repeat(300)}`)).toMatchObject({ ok: false });
  });

  it('is shown short in Settings', () => {
    expect(serverUrlText('', true)).toBe("This page's server");
    expect(serverUrlText('', false)).toBe('None');
    expect(serverUrlText('https://runs.example.com', false)).toBe('runs.example.com');
    expect(serverUrlText('https://a-very-long-host-name.example.com/desperado', false)).toBe('..t-name.example.com/desperado');
  });
});

describe('settings migration: the leaderboard URL', () => {
  it('an older saved record without it still loads, every setting kept, the URL empty', () => {
    const mem = new MemoryStorage();
    mem.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, value: { screenShake: false, liveSplit: true, volume: { master: 0.3, music: 0.6, sfx: 0.9 } } }));
    const loaded = createSettingsStore(mem).load();
    expect(loaded.notice).toBeUndefined();
    expect(loaded.value).toMatchObject({ screenShake: false, liveSplit: true, leaderboardUrl: '' });
    expect(loaded.value.volume.master).toBe(0.3);
  });

  it('a saved URL is kept; a bad one reads as none without losing the other settings', () => {
    const mem = new MemoryStorage();
    const store = createSettingsStore(mem);
    const s = store.load().value;
    expect(store.save({ ...s, leaderboardUrl: 'https://runs.example.com' })).toEqual({ ok: true });
    expect(createSettingsStore(mem).load().value.leaderboardUrl).toBe('https://runs.example.com');
    mem.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, value: { screenShake: false, leaderboardUrl: 'javascript:alert(1)' } }));
    const loaded = createSettingsStore(mem).load();
    expect(loaded.notice).toBeUndefined();
    expect(loaded.value).toMatchObject({ screenShake: false, leaderboardUrl: '' });
  });
});

describe('player names', () => {
  it('1 to 24 printable characters, trimmed', () => {
    expect(checkName('  El Mariachi ')).toEqual({ ok: true, name: 'El Mariachi' });
    expect(checkName('Ñandú 中文')).toEqual({ ok: true, name: 'Ñandú 中文' });
    expect(checkName('   ')).toEqual({ ok: false, message: 'Type a name (1 to 24 characters)' });
    expect(checkName('x'.repeat(25))).toEqual({ ok: false, message: 'A name has at most 24 characters (this one has 25)' });
    expect(checkName('a\u0000b')).toEqual({ ok: false, message: 'A name holds printable characters only' });
    expect(checkName('a\u202eb')).toMatchObject({ ok: false });
  });
});

describe('text editing', () => {
  it('types, deletes, clears, takes pastes within the length', () => {
    expect(editKeyOf('a', false)).toEqual({ kind: 'text', text: 'a' });
    expect(editKeyOf('a', true)).toBeNull();
    expect(editKeyOf('ArrowLeft', false)).toBeNull();
    expect(editKeyOf('Backspace', true)).toEqual({ kind: 'clear' });
    expect(applyEdit('El', { kind: 'text', text: 'ñ' }, 24)).toBe('Elñ');
    expect(applyEdit('Elñ', { kind: 'backspace' }, 24)).toBe('El');
    expect(applyEdit('ab', { kind: 'text', text: 'cd\nef' }, 5)).toBe('abcd ');
    expect(applyEdit('ab', { kind: 'clear' }, 5)).toBe('');
  });
});

describe('board view', () => {
  it('pages through every level board and the full game; only levels are raced', () => {
    expect(boardCategories(['bar', 'street'])).toEqual(['bar', 'bar/random', 'street', 'street/random', 'full', 'full/random']);
    expect(canRace('bar/random')).toBe(true);
    expect(canRace('full')).toBe(false);
  });

  it('marks your line and says your rank', () => {
    const e = { rank: 2, player: 'El', ticks: 2475, id: 'r', igt: 41.25 };
    expect(entryLine(e, 'El')).toEqual({ text: ' 2. El  (you)', time: '0:41.250' });
    expect(yourRank([e], 'El')).toBe('Your rank: #2 (El)');
    expect(yourRank([e], 'Bucho')).toBe('Bucho: not in the top 20 of this board');
    expect(yourRank([e], null)).toMatch(/^No player name yet/);
  });
});

describe('what the results offer to submit', () => {
  const base = { level: 'bar', mode: 'il', outcome: 'cleared', ticks: 2475, category: 'bar', replay: { text: '{}', fileName: 'x.json' } } as unknown as ResultsData;
  it('a cleared level or a finished full game with its replay; never practice or a loss', () => {
    expect(submittableRun(base)).toEqual({ replay: '{}', category: 'bar', ticks: 2475 });
    expect(submittableRun({ ...base, outcome: 'dead' })).toBeNull();
    expect(submittableRun({ ...base, mode: 'practice', category: null })).toBeNull();
    expect(submittableRun({ ...base, mode: 'full', category: 'full', full: { ticks: 9000, cleared: 5, levels: 5, attempts: 6, finished: true } })).toEqual({ replay: '{}', category: 'full', ticks: 9000 });
    expect(submittableRun({ ...base, mode: 'full', category: 'full', full: { ticks: 900, cleared: 1, levels: 5, attempts: 1, finished: false } })).toBeNull();
  });
});
