// POST /api/runs (submit a run: checked, replayed in a verifier thread, then stored and ranked) and
// GET /api/runs/:id (the stored replay file, for ghosts and the viewer).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { formatIgt, ticksToMs } from '../../speedrun/igt';
import { KEY_MAX, type ServerLimits } from '../limits';
import { checkKey, checkName, keyMatches, newKeyHash } from '../players';
import type { RunStore, StoredRun } from '../store/run-store';
import { VerifierBusy, type Verifier } from '../verifier';
import { runIdentity } from '../verify-run';

interface SubmitBody {
  player: string;
  key: string;
  replay: Record<string, unknown>;
}

const submitSchema = {
  body: {
    type: 'object',
    required: ['player', 'key', 'replay'],
    additionalProperties: false,
    properties: {
      // Loose here, exact in checkName/checkKey, which word their own messages.
      player: { type: 'string', maxLength: 200 },
      key: { type: 'string', maxLength: KEY_MAX * 2 },
      replay: { type: 'object' },
    },
  },
} as const;

/** Run ids: the first 16 hex digits of the run's identity (runIdentity). */
const RUN_ID = /^[0-9a-f]{16}$/;

const refuse = (reply: FastifyReply, status: number, error: string) => reply.status(status).send({ error });

export function registerRunRoutes(app: FastifyInstance, store: RunStore, verifier: Verifier, limits: ServerLimits): void {
  const answer = async (reply: FastifyReply, status: number, run: StoredRun) => {
    const rank = await store.rankOf(run.category, run.levelHash, run.player);
    return reply.status(status).send({ id: run.id, category: run.category, ticks: run.ticks, igt: formatIgt(run.ticks), rank });
  };

  app.post<{ Body: SubmitBody }>('/api/runs', {
    schema: submitSchema,
    config: { rateLimit: { max: limits.submissionsPerMinute, timeWindow: 60_000 } },
  }, async (req, reply) => {
    const named = checkName(req.body.player);
    if ('error' in named) return refuse(reply, 400, named.error);
    const { name } = named;
    const { key } = req.body;
    const badKey = checkKey(key);
    if (badKey) return refuse(reply, 400, badKey);
    const wrongKey = () => refuse(reply, 403, `player: the name "${name}" belongs to another player (wrong key)`);

    // The same run twice is one run: answer from the store without replaying it again.
    const text = JSON.stringify(req.body.replay);
    const contentHash = runIdentity(req.body.replay);
    const known = await store.player(name);
    if (known && !keyMatches(key, known.salt, known.hash)) return wrongKey();
    const existing = await store.runByContent(contentHash);
    if (existing) {
      if (existing.player !== name) return refuse(reply, 409, `replay: this run was already submitted by another player`);
      return answer(reply, 200, existing);
    }

    let verdict;
    try {
      verdict = await verifier.verify(text, limits.replayTicks);
    } catch (err) {
      if (err instanceof VerifierBusy) return refuse(reply, 503, 'the server is busy verifying other runs; try again in a minute');
      throw err;
    }
    if (!verdict.ok) return refuse(reply, verdict.status, verdict.error);

    // Only a verified run binds a name; of two first submissions at once, the first bind wins.
    const fresh = newKeyHash(key);
    const player = known ?? await store.bindPlayer(name, fresh.salt, fresh.hash);
    if (!keyMatches(key, player.salt, player.hash)) return wrongKey();
    const stored = await store.addRun({
      id: contentHash.slice(0, 16), contentHash, category: verdict.category, levelHash: verdict.levelHash,
      ticks: verdict.ticks, igtMs: ticksToMs(verdict.ticks), playerId: player.id, replay: text,
    });
    if (stored.player !== name) return refuse(reply, 409, 'replay: this run was already submitted by another player');
    return answer(reply, 201, stored);
  });

  app.get<{ Params: { id: string } }>('/api/runs/:id', async (req, reply) => {
    const { id } = req.params;
    const text = RUN_ID.test(id) ? await store.replay(id) : null;
    if (text === null) return refuse(reply, 404, `no run with id "${id.slice(0, 40)}"`);
    return reply.type('application/json; charset=utf-8').send(text);
  });
}
