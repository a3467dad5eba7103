// Optional link to LiveSplit's server (off by default): the runner's own timer follows our
// in-game time. We send start, split and reset, and keep LiveSplit's game time on our IGT: its
// game time is paused (so it never runs on its own clock) and set from our ticks at every split
// and every half second of game time between them, so its display moves and its splits match ours
// to the millisecond. Only commands LiveSplit's CommandServer knows are sent (it logs an error for
// any other). If LiveSplit is not running yet, or restarts, the link dials again with a capped
// backoff on an injected scheduler (tests step it).
import { ticksToMs } from './igt';
import { lssTime } from './livesplit';
import { LIVESPLIT_URL } from './livesplit-url';

export { LIVESPLIT_URL } from './livesplit-url';

/** off: not wanted; connecting: dialling; connected: commands flow; refused: down, will dial again. */
export type LinkState = 'off' | 'connecting' | 'connected' | 'refused';

/** The part of a WebSocket we use: the browser's, or `ws`'s client in Node tests. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: never) => void) | null;
  onerror: ((ev: never) => void) | null;
  onclose: ((ev: never) => void) | null;
}

/** Runs something later; returns how to cancel it (setTimeout in the page, stepped in tests). */
export interface Scheduler {
  after(ms: number, run: () => void): () => void;
}

export const timerScheduler: Scheduler = {
  after(ms, run) {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
};

/** Waits before dialling again after 1, 2, 3... failures in a row: 1, 2, 4, 8 s, then every 15 s. */
export const RECONNECT_MS: readonly number[] = [1000, 2000, 4000, 8000, 15000];

export function reconnectDelay(failures: number): number {
  return RECONNECT_MS[Math.min(Math.max(failures, 1), RECONNECT_MS.length) - 1]!;
}

/** Game time between two `setgametime` of a live run: half a second (not every tick). */
export const GAME_TIME_EVERY_TICKS = 30;

/** What a run's start sends: a fresh timer whose game time only moves when we set it. */
export function startCommands(): string[] {
  return ['reset', 'starttimer', 'pausegametime', `setgametime ${lssTime(0)}`];
}

/** A split at `igtTicks`: its game time first, so LiveSplit records exactly ours. */
export function splitCommands(igtTicks: number): string[] {
  return [`setgametime ${lssTime(ticksToMs(igtTicks))}`, 'split'];
}

/** The link's state as the HUD corner and Settings show it. */
export function linkStateText(state: LinkState): string {
  return { off: 'off', connecting: 'connecting...', connected: 'connected', refused: 'refused, retrying' }[state];
}

const OPEN = 1;
/** Commands sent while the first dial is under way wait for it (a run's start at most). */
const MAX_QUEUED = 16;

export class LiveSplitLink {
  private socket: SocketLike | null = null;
  private queue: string[] = [];
  private failures = 0;
  private cancelRetry: (() => void) | null = null;
  private url = LIVESPLIT_URL;
  /** A run is on LiveSplit's timer: its game time follows ours. */
  private live = false;
  private lastGameTime = 0;
  state: LinkState = 'off';

  constructor(
    private readonly open: (url: string) => SocketLike = (url) => new WebSocket(url) as unknown as SocketLike,
    private readonly scheduler: Scheduler = timerScheduler,
  ) {}

  /** Turns the link on (or points it elsewhere); it keeps dialling until disconnect(). */
  connect(url = this.url): void {
    this.disconnect();
    this.url = url;
    this.state = 'connecting';
    this.dial();
  }

  disconnect(): void {
    this.cancelRetry?.();
    this.cancelRetry = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) this.forget(socket);
    this.queue = [];
    this.failures = 0;
    this.state = 'off';
  }

  private dial(): void {
    this.cancelRetry = null;
    this.state = 'connecting';
    let socket: SocketLike;
    try {
      socket = this.open(this.url);
    } catch {
      this.dropped(null);
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (socket !== this.socket) return;
      this.state = 'connected';
      this.failures = 0;
      for (const c of this.queue.splice(0)) socket.send(c);
    };
    // A refused dial reports an error, then a close; a restarted LiveSplit, a close.
    socket.onerror = () => this.dropped(socket);
    socket.onclose = () => this.dropped(socket);
  }

  /** The socket failed or closed: say so and dial again after the backoff. */
  private dropped(socket: SocketLike | null): void {
    if (socket !== this.socket) return;
    this.socket = null;
    if (socket) this.forget(socket);
    if (this.state === 'off') return;
    this.queue = [];
    this.failures++;
    this.state = 'refused';
    this.cancelRetry = this.scheduler.after(reconnectDelay(this.failures), () => this.dial());
  }

  /** Closes a socket we no longer listen to. */
  private forget(socket: SocketLike): void {
    socket.onopen = null;
    socket.onerror = null;
    socket.onclose = null;
    try {
      socket.close();
    } catch {
      // Closing a socket that never opened may throw in some clients; it is gone either way.
    }
  }

  private send(command: string): void {
    const socket = this.socket;
    if (!socket) return;
    if (socket.readyState === OPEN) socket.send(command);
    else if (this.state === 'connecting' && this.queue.length < MAX_QUEUED) this.queue.push(command);
  }

  /** A run starts on its first tick of control: LiveSplit's game time is ours from here on. */
  start(): void {
    for (const c of startCommands()) this.send(c);
    this.live = true;
    this.lastGameTime = 0;
  }

  split(igtTicks: number): void {
    for (const c of splitCommands(igtTicks)) this.send(c);
    this.lastGameTime = igtTicks;
  }

  /** Every tick of a live run: every half second of game time, LiveSplit's game time is set to ours. */
  gameTime(igtTicks: number): void {
    if (!this.live || igtTicks - this.lastGameTime < GAME_TIME_EVERY_TICKS) return;
    this.send(`setgametime ${lssTime(ticksToMs(igtTicks))}`);
    this.lastGameTime = igtTicks;
  }

  reset(): void {
    this.send('reset');
    this.live = false;
  }
}
