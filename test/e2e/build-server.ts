// A small static server over the production build (dist/, built by the Playwright web server), for
// the specs that need two builds of the service worker. sw.js is served with `workerSuffix` appended,
// so "the build installed first" and "a newer build" differ byte for byte on the server itself.
// Intercepting the browser's requests instead (context.route) did not reach every fetch of the
// worker's script in Chromium: now and then the first install got the real file, and a take-over met
// an endless stream of workers installing and activating in turn. Neither was seen with this server.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const DIST = path.resolve('dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BuildServer {
  /** The origin's root, ending in '/'. */
  readonly url: string;
  /** Text appended to sw.js from now on ('' serves the build's own worker). */
  setWorkerSuffix(text: string): void;
  close(): Promise<void>;
}

export async function startBuildServer(): Promise<BuildServer> {
  let workerSuffix = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const file = path.join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      let body: Buffer;
      let type: string;
      try {
        if (!file.startsWith(DIST + path.sep)) throw new Error('outside the build');
        body = await readFile(file);
        type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      } catch {
        // As vite preview does: any other path gets the page (the leaderboard probe expects that).
        body = await readFile(path.join(DIST, 'index.html'));
        type = TYPES['.html']!;
      }
      if (pathname === '/sw.js') body = Buffer.concat([body, Buffer.from(workerSuffix)]);
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
      res.end(body);
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setWorkerSuffix: (text) => {
      workerSuffix = text;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The page's keep-alive connections would hold close() open until the browser goes.
        server.closeAllConnections();
      }),
  };
}
