import type { RetryPolicy } from '../workflow/workflow.schema';
import { isRetryable, retryAfterOf } from '../sdk/errors';
import { sleep } from './sleep';

/** Longest single wait between tries, whatever Retry-After asks. */
const MAX_DELAY_MS = 5 * 60_000;

/** The delay before try `attempt + 1` (attempt counts from 1). */
export function retryDelay(policy: RetryPolicy, attempt: number, error: unknown): number {
  const base = policy.backoff === 'exponential' ? policy.delayMs * 2 ** (attempt - 1) : policy.delayMs;
  return Math.min(MAX_DELAY_MS, Math.max(base, retryAfterOf(error) ?? 0));
}

/**
 * Runs `work`, trying again after transient failures (network, 408, 429, 5xx) as the node's
 * retry policy says, honouring Retry-After. Returns the result and how many retries it took.
 */
export async function withRetry<T>(
  work: () => Promise<T>,
  policy: RetryPolicy | undefined,
  signal: AbortSignal,
  onRetry?: (attempt: number, error: unknown, delayMs: number) => void,
): Promise<{ value: T; retries: number }> {
  const maxAttempts = policy?.maxAttempts ?? 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await work(), retries: attempt - 1 };
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryable(error) || signal.aborted) {
        if (error && typeof error === 'object') (error as { retries?: number }).retries = attempt - 1;
        throw error;
      }
      const delay = retryDelay(policy!, attempt, error);
      onRetry?.(attempt, error, delay);
      await sleep(delay, signal);
    }
  }
}
