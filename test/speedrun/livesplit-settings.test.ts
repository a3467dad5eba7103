// The LiveSplit settings: the link's URL is kept with the settings; a record saved before it
// existed (link on, no URL) loads with LiveSplit's own address; the Settings lines say the state.
import { describe, expect, it } from 'vitest';
import { LIVESPLIT_URL } from '../../src/speedrun/livesplit-url';
import { SETTINGS_KEY, createSettingsStore } from '../../src/storage/settings';
import { liveSplitLinkText, shortValue } from '../../src/ui/settings-values';
import { MemoryStorage } from '../storage/fakes';

describe('LiveSplit settings', () => {
  it('an older record with the link on and no URL loads with the default URL, nothing set aside', () => {
    const mem = new MemoryStorage();
    mem.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, value: { liveSplit: true, ghost: false } }));
    const r = createSettingsStore(mem).load();
    expect(r.notice).toBeUndefined();
    expect(r.value).toMatchObject({ liveSplit: true, ghost: false, liveSplitUrl: LIVESPLIT_URL });
  });

  it('keeps a URL the player typed', () => {
    const mem = new MemoryStorage();
    const store = createSettingsStore(mem);
    const url = 'ws://192.168.1.20:16834/livesplit';
    expect(store.save({ ...store.load().value, liveSplitUrl: url }).notice).toBeUndefined();
    expect(createSettingsStore(mem).load().value.liveSplitUrl).toBe(url);
  });

  it('shows the link\'s state on its line, and a long URL by its end', () => {
    expect(liveSplitLinkText(false, 'connected')).toBe('Off');
    expect(liveSplitLinkText(true, 'refused, retrying')).toBe('On: refused, retrying');
    expect(shortValue(LIVESPLIT_URL, 40)).toBe(LIVESPLIT_URL);
    const long = 'wss://a-very-long-host-name.example.org:16834/livesplit';
    expect(shortValue(long, 30)).toHaveLength(30);
    expect(shortValue(long, 30).endsWith(':16834/livesplit')).toBe(true);
  });
});
