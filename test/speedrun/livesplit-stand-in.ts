// A stand-in for LiveSplit's server (Control → Start TCP/WS Server) for tests: WebSocket only at
// /livesplit (any other path, and plain HTTP, answers 501 as LiveSplit's server does); every
// message is one command, checked against the commands LiveSplit's CommandServer knows and their
// arguments. Accepted commands are recorded in order; anything else is logged as an error, as
// LiveSplit logs it, and recorded in `errors`.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

/** The commands LiveSplit's CommandServer acts on (src/LiveSplit.Core/Server/CommandServer.cs). */
const KNOWN = new Set([
  'startorsplit', 'split', 'undosplit', 'unsplit', 'skipsplit', 'pause', 'undoallpauses', 'resume', 'reset',
  'start', 'starttimer', 'setgametime', 'setloadingtimes', 'addloadingtimes', 'pausegametime', 'unpausegametime',
  'alwayspausegametime', 'getgamename', 'getcategoryname', 'getdelta', 'getsplitindex', 'getsplitcount',
  'getcurrentrealtime', 'getcurrentgametime', 'getcurrenttime', 'getfinaltime', 'gettimerphase', 'setcomparison',
  'switchto', 'setsplitname', 'setcurrentsplitname', 'ping',
]);
/** Commands that take a time argument, which LiveSplit parses as [-][d.]hh:mm:ss[.fffffff]. */
const TIMED = new Set(['setgametime', 'setloadingtimes', 'addloadingtimes']);
const TIME = /^-?(\d+\.)?\d{1,2}:\d{2}:\d{2}(\.\d{1,7})?$/;

export interface StandIn {
  readonly port: number;
  readonly url: string;
  /** Accepted commands, in the order received. */
  readonly received: string[];
  /** What LiveSplit would have logged as errors. */
  readonly errors: string[];
  /** WebSocket connections opened so far. */
  connections: number;
  close(): Promise<void>;
}

/** Why LiveSplit would reject `message`, or null when it accepts it. */
export function rejection(message: string): string | null {
  const [command = '', arg] = message.split(/ (.*)/s, 2);
  if (!KNOWN.has(command)) return `unknown command "${command}"`;
  if (TIMED.has(command) && (arg === undefined || !TIME.test(arg))) return `Failed to parse time while running ${command}: ${String(arg)}`;
  return null;
}

/** Starts a stand-in on `port` (0: any free port), on 127.0.0.1. */
export async function startStandIn(port = 0): Promise<StandIn> {
  const http: Server = createServer((_req, res) => {
    res.writeHead(501).end();
  });
  const wss = new WebSocketServer({ noServer: true });
  const received: string[] = [];
  const errors: string[] = [];
  http.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/livesplit') {
      socket.end('HTTP/1.1 501 Not Implemented\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      standIn.connections++;
      ws.on('message', (data) => {
        const text = String(data);
        const why = rejection(text);
        if (why) {
          errors.push(why);
          console.error(`[stand-in LiveSplit] ${why}`);
        } else {
          received.push(text);
        }
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (http.address() as AddressInfo).port;
  const standIn: StandIn = {
    port: bound,
    url: `ws://127.0.0.1:${bound}/livesplit`,
    received,
    errors,
    connections: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  };
  return standIn;
}
