// GET /api/boards/<category>: each player's best verified run on the category's board, best first.
// The board of the game's current level version unless ?levelHash= names an older one.
import type { FastifyInstance } from 'fastify';
import { formatIgt } from '../../speedrun/igt';
import { boardHash, categoriesOf, type ServerGame } from '../game-levels';
import type { ServerLimits } from '../limits';
import type { RunStore } from '../store/run-store';

interface BoardQuery {
  limit?: number;
  offset?: number;
  levelHash?: string;
}

/** Deepest page offset: boards are read from the top. */
const MAX_OFFSET = 100_000;

export function registerBoardRoutes(app: FastifyInstance, store: RunStore, game: ServerGame, limits: ServerLimits): void {
  const schema = {
    querystring: {
      type: 'object',
      additionalProperties: false,
      properties: {
        limit: { type: 'integer', minimum: 1, maximum: limits.boardPage, default: 20 },
        offset: { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 },
        levelHash: { type: 'string', pattern: '^[0-9a-f]{16}$' },
      },
    },
  } as const;

  // A wildcard, so "bar/random" works URL-encoded (bar%2Frandom) and as two path segments.
  app.get<{ Params: { '*': string }; Querystring: BoardQuery }>('/api/boards/*', { schema }, async (req, reply) => {
    let category: string;
    try {
      category = decodeURIComponent(req.params['*']);
    } catch {
      return reply.status(400).send({ error: 'category: not valid URL encoding' });
    }
    const current = boardHash(game, category);
    if (current === null) {
      return reply.status(404).send({ error: `no category "${category.slice(0, 64)}" (this game has ${categoriesOf(game).join(', ')})` });
    }
    const levelHash = req.query.levelHash ?? current;
    const rows = await store.board(category, levelHash, req.query.limit ?? 20, req.query.offset ?? 0);
    return {
      category,
      levelHash,
      entries: rows.map((r) => ({ rank: r.rank, player: r.player, ticks: r.ticks, igt: formatIgt(r.ticks), id: r.id, submittedAt: r.submittedAt })),
    };
  });
}
