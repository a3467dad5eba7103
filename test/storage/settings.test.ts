import { describe, expect, it } from 'vitest';
import { defaultBindings, rebind } from '../../src/input/bindings';
import { SETTINGS_KEY, createSettingsStore, defaultSettings } from '../../src/storage/settings';
import { MemoryStorage } from './fakes';

describe('settings', () => {
  it('has the documented defaults', () => {
    expect(defaultSettings()).toEqual({
      volume: { master: 0.8, music: 0.6, sfx: 0.9 },
      screenShake: true,
      bindings: defaultBindings(),
      gamepad: { enabled: true },
      showCaptions: false,
      ghost: true,
      randomSeed: false,
      language: 'auto',
      liveSplit: false,
      liveSplitUrl: 'ws://localhost:16834/livesplit',
      touchLeftHanded: false,
      leaderboardUrl: '',
      assists: { speed: 100, extraHearts: false, noKnockdown: false, aimAssist: false, longFocus: false },
      reduceFlashes: false,
      captionSize: 'normal',
    });
  });

  it('round-trips through the store under desperado.settings, version 1', () => {
    const mem = new MemoryStorage();
    const s = defaultSettings();
    const changed = {
      ...s,
      volume: { ...s.volume, music: 0 },
      screenShake: false,
      bindings: rebind(s.bindings, 'dive', 0, 'ShiftLeft').bindings,
    };
    expect(createSettingsStore(mem).save(changed)).toEqual({ ok: true });
    expect(JSON.parse(mem.getItem(SETTINGS_KEY)!).version).toBe(1);
    expect(createSettingsStore(mem).load()).toEqual({ value: changed });
  });

  it('sound captions are off by default, and a saved "on" stays on', () => {
    const mem = new MemoryStorage();
    mem.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, value: { showCaptions: true } }));
    expect(createSettingsStore(mem).load().value.showCaptions).toBe(true);
    mem.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, value: { screenShake: false } }));
    expect(createSettingsStore(mem).load().value.showCaptions).toBe(false);
  });

  it('fills settings missing from an older record with defaults', () => {
    const mem = new MemoryStorage();
    mem.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, value: { volume: { master: 0.3 }, screenShake: false } }));
    const r = createSettingsStore(mem).load();
    expect(r.notice).toBeUndefined();
    expect(r.value).toEqual({ ...defaultSettings(), volume: { master: 0.3, music: 0.6, sfx: 0.9 }, screenShake: false });
  });

  it('treats out-of-range or mistyped settings as corrupt', () => {
    const mem = new MemoryStorage();
    mem.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, value: { volume: { master: 4 } } }));
    const r = createSettingsStore(mem).load();
    expect(r.value).toEqual(defaultSettings());
    expect(r.notice).toMatch(/^desperado\.settings: wrong shape \(volume\.master: /);
  });

  it('treats duplicate key bindings as corrupt', () => {
    const mem = new MemoryStorage();
    const bad = { ...defaultBindings(), reload: ['Space'] };
    mem.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, value: { bindings: bad } }));
    expect(createSettingsStore(mem).load().notice).toMatch(/a key is bound to two actions/);
  });
});
