// The leaderboard server's answers (issue 15's API), checked before the game uses any of them: a
// proxy's HTML page, a half-written body or an older server must give one readable line, not a
// crash somewhere in a scene. Names stay plain strings; they are only ever drawn as bitmap text.
import * as v from 'valibot';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** Ids may come as numbers or strings; the game only passes them back in URLs. */
const runId = v.pipe(v.union([v.pipe(v.string(), v.minLength(1), v.maxLength(200)), v.pipe(v.number(), v.integer())]), v.transform(String));
/** In-game time as the server states it (a number of seconds or a formatted string); the game shows ticks. */
const igt = v.optional(v.union([v.number(), v.string()]));

/** 201 from POST /api/runs. */
export const acceptedSchema = v.object({
  id: runId,
  category: v.string(),
  ticks: count,
  igt,
  rank: v.pipe(count, v.minValue(1)),
});
export type Accepted = v.InferOutput<typeof acceptedSchema>;

export const boardEntrySchema = v.object({
  rank: v.pipe(count, v.minValue(1)),
  player: v.pipe(v.string(), v.maxLength(200)),
  ticks: count,
  igt,
  id: runId,
  submittedAt: v.optional(v.union([v.string(), v.number()])),
});
export type BoardEntry = v.InferOutput<typeof boardEntrySchema>;

/** GET /api/boards/:category. */
export const boardSchema = v.object({
  category: v.string(),
  levelHash: v.optional(v.nullable(v.string())),
  entries: v.pipe(v.array(boardEntrySchema), v.maxLength(1000)),
});
export type Board = v.InferOutput<typeof boardSchema>;

/** Any refusal: `{"error": "..."}`. */
export const errorSchema = v.object({ error: v.string() });

/** GET /api/health: any JSON object (a dev server's index.html fallback is not one). */
export const healthSchema = v.record(v.string(), v.unknown());

/** The first thing wrong with a body, as "entries.0.rank: Invalid type..." */
export function shapeProblem(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0]!;
  const path = issue.path?.map((p) => String(p.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
