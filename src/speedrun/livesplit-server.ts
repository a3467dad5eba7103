// Optional link to LiveSplit's server (off by default): the runner's own timer follows our
// in-game time. We send start, split and reset, and set LiveSplit's game time to our IGT (ticks)
// at every split, so its game-time column matches ours to the millisecond.
import { ticksToMs } from './igt';
import { lssTime } from './livesplit';

export const LIVESPLIT_URL = 'ws://localhost:16834';

/** The part of a WebSocket we use (injectable for tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
}

const OPEN = 1;

export class LiveSplitLink {
  private socket: SocketLike | null = null;
  /** Commands sent before the socket opened wait here (a few at most). */
  private queue: string[] = [];
  status: 'off' | 'connecting' | 'connected' | 'failed' = 'off';

  constructor(private readonly open: (url: string) => SocketLike = (url) => new WebSocket(url) as unknown as SocketLike) {}

  connect(url = LIVESPLIT_URL): void {
    this.disconnect();
    this.status = 'connecting';
    try {
      const socket = this.open(url);
      this.socket = socket;
      socket.onopen = () => {
        this.status = 'connected';
        for (const c of this.queue.splice(0)) socket.send(c);
      };
      socket.onerror = () => {
        this.status = 'failed';
      };
      socket.onclose = () => {
        if (this.status !== 'failed') this.status = 'off';
        this.socket = null;
      };
    } catch {
      this.status = 'failed';
    }
  }

  disconnect(): void {
    this.socket?.close();
    this.socket = null;
    this.queue = [];
    this.status = 'off';
  }

  private send(command: string): void {
    if (!this.socket || this.status === 'failed') return;
    if (this.socket.readyState === OPEN) this.socket.send(command);
    else if (this.queue.length < 16) this.queue.push(command);
  }

  /** A run starts on its first tick of control: LiveSplit's game time is ours from here on. */
  start(): void {
    this.send('reset');
    this.send('initgametime');
    this.send('starttimer');
    this.send('pausegametime');
    this.send(`setgametime ${lssTime(0)}`);
  }

  split(igtTicks: number): void {
    this.send(`setgametime ${lssTime(ticksToMs(igtTicks))}`);
    this.send('split');
  }

  reset(): void {
    this.send('reset');
  }
}
