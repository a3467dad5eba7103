// The leaderboard's HTTP face: the API routes and, when given a folder, the game's production build.
// An app factory, so tests drive it with fastify's inject() and `npm run server` listens with it.
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { ServerGame } from './game-levels';
import { DEFAULT_LIMITS, type ServerLimits } from './limits';
import { registerBoardRoutes } from './routes/boards';
import { registerRunRoutes } from './routes/runs';
import type { RunStore } from './store/run-store';
import type { Verifier } from './verifier';

export interface ServerOptions {
  readonly store: RunStore;
  readonly verifier: Verifier;
  readonly game: ServerGame;
  readonly limits?: ServerLimits;
  /** The game's production build (dist/) to serve at /; none: the API only. */
  readonly staticDir?: string;
  /** Behind a load balancer: take the client address from X-Forwarded-For (for the rate limit). */
  readonly trustProxy?: boolean;
}

/** Every refusal is `{"error": "<one line>"}` with its status; 5xx never shows internals. */
function onError(this: FastifyInstance, err: FastifyError, _req: unknown, reply: { status(n: number): { send(b: unknown): void } }): void {
  const status = err.statusCode ?? 500;
  if (status >= 500) {
    this.log.error(err);
    reply.status(status).send({ error: status === 503 ? err.message : 'internal error: the server could not handle this request' });
    return;
  }
  const message = err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'request body too large' : err.message;
  reply.status(status).send({ error: message });
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const app = Fastify({ logger: false, bodyLimit: limits.bodyBytes, trustProxy: options.trustProxy ?? false });
  app.setErrorHandler(onError);

  // Any page may read boards and submit (the game's Settings can point at a server on another
  // origin). No cookies or credentials are involved: the player key travels in the body.
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-allow-methods', 'GET, POST, OPTIONS');
    reply.header('access-control-allow-headers', 'content-type');
    reply.header('access-control-max-age', '600');
  });
  app.options('/api/*', async (_req, reply) => reply.status(204).send());

  await app.register(rateLimit, {
    global: true,
    max: limits.requestsPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_req, context) => ({
      statusCode: 429,
      error: `too many requests: at most ${context.max} a minute from one address; try again in ${Math.ceil(context.ttl / 1000)} s`,
      message: `too many requests: at most ${context.max} a minute from one address; try again in ${Math.ceil(context.ttl / 1000)} s`,
    }),
  });

  await app.register(async (api) => {
    registerRunRoutes(api, options.store, options.verifier, limits);
    registerBoardRoutes(api, options.store, options.game, limits);
    api.get('/api/health', async (_req, reply) => {
      const ok = await options.store.healthy().catch(() => false);
      return reply.status(ok ? 200 : 503).send(ok ? { ok: true } : { ok: false, error: 'the database does not answer' });
    });
  });

  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ error: `no such ${req.url.startsWith('/api/') ? 'API route' : 'page'}: ${req.method} ${req.url.split('?')[0]}` });
  });

  if (options.staticDir) await app.register(fastifyStatic, { root: options.staticDir, wildcard: true });
  return app;
}
