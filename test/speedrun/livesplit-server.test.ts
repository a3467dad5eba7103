// The LiveSplit link against a stand-in of LiveSplit's own server (WebSocket at /livesplit only,
// unknown commands rejected), through `ws`'s client as the page's WebSocket; reconnection is
// driven by a stepped scheduler, never by waiting on real time.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  GAME_TIME_EVERY_TICKS, LIVESPLIT_URL, LiveSplitLink, linkStateText, reconnectDelay, startCommands, type Scheduler, type SocketLike,
} from '../../src/speedrun/livesplit-server';
import { liveSplitUrlProblem } from '../../src/speedrun/livesplit-url';
import { rejection, startStandIn, type StandIn } from './livesplit-stand-in';

/** A scheduler tests step by hand: step() runs what is due after `ms` more. */
class SteppedScheduler implements Scheduler {
  now = 0;
  private jobs: { at: number; run: () => void }[] = [];
  after(ms: number, run: () => void): () => void {
    const job = { at: this.now + ms, run };
    this.jobs.push(job);
    return () => (this.jobs = this.jobs.filter((j) => j !== job));
  }
  get pending(): number[] {
    return this.jobs.map((j) => j.at - this.now);
  }
  step(ms: number): void {
    this.now += ms;
    const due = this.jobs.filter((j) => j.at <= this.now);
    this.jobs = this.jobs.filter((j) => j.at > this.now);
    for (const j of due) j.run();
  }
}

const wsClient = (url: string) => new WebSocket(url) as unknown as SocketLike;

/** Waits for socket events (real network, so no tick count): generous, and fails with `what`. */
async function until(what: string, ok: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!ok()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const servers: StandIn[] = [];
const links: LiveSplitLink[] = [];
afterEach(async () => {
  for (const l of links.splice(0)) l.disconnect();
  for (const s of servers.splice(0)) await s.close();
});

async function standIn(port = 0): Promise<StandIn> {
  const s = await startStandIn(port);
  servers.push(s);
  return s;
}

function link(scheduler: Scheduler = new SteppedScheduler()): LiveSplitLink {
  const l = new LiveSplitLink(wsClient, scheduler);
  links.push(l);
  return l;
}

describe('LiveSplit link against a stand-in LiveSplit server', () => {
  it('connects to LiveSplit\'s path by default, and sends start, game time and splits it accepts', async () => {
    expect(LIVESPLIT_URL).toBe('ws://localhost:16834/livesplit');
    const server = await standIn();
    const l = link();
    l.connect(server.url);
    expect(l.state).toBe('connecting');
    // Sent while dialling: queued until the socket opens.
    l.start();
    await until('connected', () => l.state === 'connected');
    for (let t = 1; t <= 100; t++) l.gameTime(t);
    l.split(100);
    l.gameTime(110);
    l.gameTime(130);
    l.reset();
    l.gameTime(400);
    await until('every command', () => server.received.length >= 10);
    expect(server.received).toEqual([
      ...startCommands(),
      'setgametime 00:00:00.5000000', 'setgametime 00:00:01.0000000', 'setgametime 00:00:01.5000000',
      'setgametime 00:00:01.6660000', 'split', 'setgametime 00:00:02.1660000', 'reset',
    ]);
    expect(server.errors).toEqual([]);
    expect(server.received).not.toContain('initgametime');
    expect(GAME_TIME_EVERY_TICKS).toBe(30);
  });

  it('the stand-in behaves like LiveSplit: 501 off /livesplit, unknown commands rejected', async () => {
    const server = await standIn();
    const res = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(res.status).toBe(501);
    const l = link();
    l.connect(`ws://127.0.0.1:${server.port}`);
    await until('refused', () => l.state === 'refused');
    expect(server.connections).toBe(0);
    expect(rejection('initgametime')).toMatch(/unknown command/);
    expect(rejection('setgametime soon')).toMatch(/parse time/);
    expect(rejection('setgametime 00:00:12.4660000')).toBeNull();
  });

  it('dials again with a capped backoff until LiveSplit starts, then works', async () => {
    const probe = await standIn();
    const port = probe.port;
    await probe.close();
    servers.length = 0;
    const scheduler = new SteppedScheduler();
    const l = link(scheduler);
    l.connect(`ws://127.0.0.1:${port}/livesplit`);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      await until(`refusal ${i + 1}`, () => l.state === 'refused');
      expect(linkStateText(l.state)).toBe('refused, retrying');
      waits.push(...scheduler.pending);
      scheduler.step(scheduler.pending[0]!);
      expect(l.state).toBe('connecting');
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
    await until('refusal 7', () => l.state === 'refused');
    const server = await standIn(port);
    scheduler.step(15000);
    await until('connected', () => l.state === 'connected');
    l.start();
    await until('start', () => server.received.length === startCommands().length);
    // LiveSplit closes (or restarts): back to dialling from the first wait.
    for (const c of [...servers]) await c.close();
    servers.length = 0;
    await until('dropped', () => l.state === 'refused');
    expect(scheduler.pending).toEqual([1000]);
    l.disconnect();
    expect(l.state).toBe('off');
    expect(scheduler.pending).toEqual([]);
  });

  it('is harmless when the socket cannot even be made', () => {
    const scheduler = new SteppedScheduler();
    const l = new LiveSplitLink(() => {
      throw new Error('SecurityError');
    }, scheduler);
    l.connect();
    expect(l.state).toBe('refused');
    expect(() => { l.start(); l.split(10); l.gameTime(99); l.reset(); }).not.toThrow();
    expect(reconnectDelay(1)).toBe(1000);
    expect(reconnectDelay(40)).toBe(15000);
  });

  it('checks the URL typed in Settings: ws:// or wss://, one line otherwise', () => {
    expect(liveSplitUrlProblem(LIVESPLIT_URL)).toBeNull();
    expect(liveSplitUrlProblem('wss://timer.example:443/livesplit')).toBeNull();
    for (const bad of ['', 'localhost:16834', 'http://localhost:16834/livesplit', 'ws://x/#y']) {
      const why = liveSplitUrlProblem(bad);
      expect(why).toMatch(/^LiveSplit server: /);
      expect(why).not.toContain('\n');
    }
  });
});
