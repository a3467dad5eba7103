// When the page registers the offline worker, when a new build may take over, and the notice on the
// first start of a new build.
import { EN } from '../../src/i18n';
import { describe, expect, it } from 'vitest';
import type Phaser from 'phaser';
import { markTakeOver, NOTICE_UPDATED, updatedNotice } from '../../src/pwa/build-id';
import { inMenus, urlStartsRun } from '../../src/pwa/in-menus';
import { serviceWorkerWanted, type PageFacts } from '../../src/pwa/sw-wanted';
import { followUpdates, NOTICE_OFFLINE_READY, NOTICE_READY_NEXT_START, type WorkerLifecycle } from '../../src/pwa/update-policy';
import type { StorageLike } from '../../src/storage';

function page(query: string, over: Partial<PageFacts> = {}): PageFacts {
  return { production: true, supported: true, automated: false, query: new URLSearchParams(query), ...over };
}

describe('serviceWorkerWanted', () => {
  it('registers in a production build for a player', () => {
    expect(serviceWorkerWanted(page('')).register).toBe(true);
    expect(serviceWorkerWanted(page('?level=bar')).register).toBe(true);
  });

  it('never on the dev server, nor where service workers do not exist', () => {
    expect(serviceWorkerWanted(page('?sw=on', { production: false }))).toEqual({ register: false, why: 'dev server' });
    expect(serviceWorkerWanted(page('?sw=on', { supported: false })).register).toBe(false);
  });

  it('not under the test clock or automation unless asked with ?sw=on', () => {
    expect(serviceWorkerWanted(page('?clock=manual')).register).toBe(false);
    expect(serviceWorkerWanted(page('', { automated: true })).register).toBe(false);
    expect(serviceWorkerWanted(page('?clock=manual&sw=on', { automated: true })).register).toBe(true);
    expect(serviceWorkerWanted(page('?sw=off')).register).toBe(false);
  });
});

describe('urlStartsRun / inMenus', () => {
  it('knows the addresses that open a run or a replay at once', () => {
    expect(urlStartsRun('?level=bar&seed=3', '')).toBe(true);
    expect(urlStartsRun('?mode=full', '')).toBe(true);
    expect(urlStartsRun('?replay=abc', '')).toBe(true);
    expect(urlStartsRun('', '#replay=abc')).toBe(true);
    expect(urlStartsRun('?clock=manual&sw=on', '')).toBe(false);
    expect(urlStartsRun('?mode=il', '')).toBe(false);
  });

  function game(state: Partial<Record<'active' | 'paused' | 'sleeping', string[]>>): Phaser.Game {
    const has = (list: string[] | undefined) => (key: string) => list?.includes(key) ?? false;
    return { scene: { isActive: has(state.active), isPaused: has(state.paused), isSleeping: has(state.sleeping) } } as unknown as Phaser.Game;
  }

  it('is idle on the boot, title, level select and settings screens only', () => {
    expect(inMenus(game({ active: ['boot'] }), false)).toBe(true);
    expect(inMenus(game({ active: ['title'] }), false)).toBe(true);
    expect(inMenus(game({ active: ['levelSelect', 'settings'] }), false)).toBe(true);
    expect(inMenus(game({ active: ['play', 'hud'] }), false)).toBe(false);
    expect(inMenus(game({ paused: ['play'], active: ['pause', 'settings'] }), false)).toBe(false);
    expect(inMenus(game({ sleeping: ['play'], active: ['results'] }), false)).toBe(false);
    expect(inMenus(game({ active: ['replay'] }), false)).toBe(false);
    // Opened straight into a level: still on the boot screen, but the run is on its way.
    expect(inMenus(game({ active: ['boot'] }), true)).toBe(false);
  });
});

type Listener = (e: { wasWaitingBeforeRegister?: boolean; isUpdate?: boolean }) => void;

/** workbox-window's Workbox as the policy sees it: events fired by hand. */
function fakeWorker() {
  const listeners = new Map<string, Listener[]>();
  let skipWaitingAsked = 0;
  const worker: WorkerLifecycle = {
    addEventListener(type: string, listener: Listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    messageSkipWaiting() {
      skipWaitingAsked++;
    },
  } as WorkerLifecycle;
  const fire = (type: string, e: Parameters<Listener>[0] = {}) => {
    for (const l of listeners.get(type) ?? []) l(e);
  };
  return { worker, fire, skipWaitingAsked: () => skipWaitingAsked };
}

function fakePage(idle: boolean) {
  const page = { idle: () => idle, reloads: 0, notices: [] as string[], reload() { page.reloads++; }, notice(t: string) { page.notices.push(t); } };
  return page;
}

describe('followUpdates', () => {
  it('says once that the first install plays offline, and never reloads for it', () => {
    const { worker, fire } = fakeWorker();
    const p = fakePage(true);
    followUpdates(worker, p);
    fire('installed', { isUpdate: false });
    fire('controlling', { isUpdate: false });
    expect(p.notices).toEqual([EN[NOTICE_OFFLINE_READY]]);
    expect(p.reloads).toBe(0);
  });

  it('a build found while the game runs waits for the next start, with a notice', () => {
    const { worker, fire, skipWaitingAsked } = fakeWorker();
    const p = fakePage(true);
    followUpdates(worker, p);
    fire('installed', { isUpdate: true });
    fire('waiting', { isUpdate: true });
    expect(skipWaitingAsked()).toBe(0);
    expect(p.reloads).toBe(0);
    expect(p.notices).toEqual([EN[NOTICE_READY_NEXT_START]]);
  });

  it('at the next start, from the menus, the waiting build takes over and the page reloads into it', () => {
    const { worker, fire, skipWaitingAsked } = fakeWorker();
    const p = fakePage(true);
    followUpdates(worker, p);
    fire('waiting', { wasWaitingBeforeRegister: true });
    expect(skipWaitingAsked()).toBe(1);
    expect(p.reloads).toBe(0);
    fire('controlling', { isUpdate: true });
    expect(p.reloads).toBe(1);
  });

  it('a start straight into a level leaves the waiting build waiting', () => {
    const { worker, fire, skipWaitingAsked } = fakeWorker();
    const p = fakePage(false);
    followUpdates(worker, p);
    fire('waiting', { wasWaitingBeforeRegister: true });
    fire('controlling', { isUpdate: true });
    expect(skipWaitingAsked()).toBe(0);
    expect(p.reloads).toBe(0);
    expect(p.notices).toEqual([EN[NOTICE_READY_NEXT_START]]);
  });

  it('a level started in the moment of the take-over is not reloaded', () => {
    const { worker, fire } = fakeWorker();
    let idle = true;
    const p = { ...fakePage(true), idle: () => idle };
    followUpdates(worker, p);
    fire('waiting', { wasWaitingBeforeRegister: true });
    idle = false;
    fire('controlling', { isUpdate: true });
    expect(p.reloads).toBe(0);
  });

  it('a newer build found waiting by a look at the registration is told of once, event or not', () => {
    const { worker, fire, skipWaitingAsked } = fakeWorker();
    const p = fakePage(true);
    const follower = followUpdates(worker, p);
    expect(follower.watching).toBe(true);
    follower.newerWaiting();
    expect(p.notices).toEqual([EN[NOTICE_READY_NEXT_START]]);
    expect(follower.watching).toBe(false);
    // The worker's own event coming late, or another look: no second notice, no take-over.
    fire('waiting', { isUpdate: true });
    follower.newerWaiting();
    expect(p.notices).toEqual([EN[NOTICE_READY_NEXT_START]]);
    expect(skipWaitingAsked()).toBe(0);
    expect(p.reloads).toBe(0);
  });

  it('after the event told of the waiting build, a look finds nothing new to say', () => {
    const { worker, fire } = fakeWorker();
    const p = fakePage(true);
    const follower = followUpdates(worker, p);
    fire('waiting', { isUpdate: true });
    expect(follower.watching).toBe(false);
    follower.newerWaiting();
    expect(p.notices).toEqual([EN[NOTICE_READY_NEXT_START]]);
  });

  it('during a take-over a look says nothing (the page is about to reload into the new build)', () => {
    const { worker, fire } = fakeWorker();
    const p = fakePage(true);
    const follower = followUpdates(worker, p);
    fire('waiting', { wasWaitingBeforeRegister: true });
    expect(follower.watching).toBe(false);
    follower.newerWaiting();
    expect(p.notices).toEqual([]);
  });
});

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('updatedNotice', () => {
  it('is silent on the first visit and on later starts of the same build', () => {
    const local = memoryStorage();
    const session = memoryStorage();
    expect(updatedNotice(local, session, 'index-a.js')).toBeNull();
    expect(updatedNotice(local, session, 'index-a.js')).toBeNull();
  });

  it('speaks once on the first start of a new build', () => {
    const local = memoryStorage();
    updatedNotice(local, null, 'index-a.js');
    expect(updatedNotice(local, null, 'index-b.js')).toBe(EN[NOTICE_UPDATED]);
    expect(updatedNotice(local, null, 'index-b.js')).toBeNull();
  });

  it('speaks after the take-over reload, once', () => {
    const local = memoryStorage();
    const session = memoryStorage();
    updatedNotice(local, session, 'index-a.js');
    markTakeOver(session);
    expect(updatedNotice(local, session, 'index-a.js')).toBe(EN[NOTICE_UPDATED]);
    expect(updatedNotice(local, session, 'index-a.js')).toBeNull();
  });

  it('never throws when storage is missing or refuses', () => {
    const refusing: StorageLike = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
      removeItem: () => { throw new Error('SecurityError'); },
    };
    expect(updatedNotice(null, null, 'index-a.js')).toBeNull();
    expect(updatedNotice(refusing, refusing, 'index-a.js')).toBeNull();
    expect(() => markTakeOver(refusing)).not.toThrow();
  });
});
