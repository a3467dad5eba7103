import { describe, expect, it } from 'vitest';
import { LiveSplitLink, type SocketLike } from '../../src/speedrun/livesplit-server';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: string[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  constructor(readonly url: string) {}
  send(data: string) { this.sent.push(data); }
  close() { this.onclose?.({}); }
  openNow() { this.readyState = 1; this.onopen?.({}); }
}

describe('LiveSplit server link', () => {
  it('sends start, game time and splits once connected (queued until then)', () => {
    let socket: FakeSocket | null = null;
    const link = new LiveSplitLink((url) => (socket = new FakeSocket(url)));
    link.connect();
    expect(socket!.url).toBe('ws://localhost:16834');
    link.start();
    expect(socket!.sent).toEqual([]);
    socket!.openNow();
    expect(link.status).toBe('connected');
    link.split(748);
    link.reset();
    expect(socket!.sent).toEqual([
      'reset', 'initgametime', 'starttimer', 'pausegametime', 'setgametime 00:00:00.0000000',
      'setgametime 00:00:12.4660000', 'split', 'reset',
    ]);
  });

  it('is harmless when LiveSplit is not running', () => {
    const link = new LiveSplitLink(() => {
      throw new Error('connection refused');
    });
    link.connect();
    expect(link.status).toBe('failed');
    expect(() => { link.start(); link.split(10); link.reset(); }).not.toThrow();
    let s: FakeSocket | null = null;
    const other = new LiveSplitLink((url) => (s = new FakeSocket(url)));
    other.connect();
    s!.onerror?.({});
    other.split(5);
    expect(s!.sent).toEqual([]);
    expect(other.status).toBe('failed');
  });
});
