import { z } from 'zod';
import type { RunJob } from '@ainow/engine/runtime';

/** Job payloads cross process boundaries (Redis), so they are checked: ids only (DESIGN.md section 7). */
export const runJobSchema = z.object({
  runId: z.string().min(1).max(80),
  kind: z.enum(['start', 'resume', 'retry']),
});

export function parseRunJob(data: unknown): RunJob {
  const parsed = runJobSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `a queue job has an unexpected shape (${parsed.error.message}); it holds only { runId, kind }`,
    );
  return parsed.data;
}

/** Nest injection token of the RunQueue port. */
export const RUN_QUEUE = Symbol('RUN_QUEUE');
/** Nest injection token of the node registry. */
export const NODE_REGISTRY = Symbol('NODE_REGISTRY');
/** Nest injection token of the RateLimiter port. */
export const RATE_LIMITER = Symbol('RATE_LIMITER');
